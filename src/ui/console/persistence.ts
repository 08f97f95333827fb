import type { Scenario } from '../../engine';
import { EXERCISE_FORMAT, EXERCISE_VERSION, exerciseGame, type Exercise } from '../../exercise';
import { isKeptAsideKey, keepAside, keptAside, type KeptAside } from '../kept-aside';
import type { GameData, KeyValueStore } from '../types';

// The exercise in this browser (issue 11, item 1: "closing and reopening either window loses
// nothing"): written after every accepted command, read when the console opens. The same check
// reads an exported file: the whole exercise, whose moves replay into its game.

export const EXERCISE_KEY = 'csd.exercise';
/** A stored exercise this version could not read, set aside so that the next exercise does not overwrite it (then `.1`, `.2`… beside an older one). */
export const UNREADABLE_KEY = 'csd.exercise.unreadable';
/** The exercise a fork branched from, kept in case the facilitator wants it back. */
export const FORKED_KEY = 'csd.exercise.forked';

export type ExerciseRead = { readonly ok: true; readonly exercise: Exercise; readonly scenario: Scenario } | { readonly ok: false; readonly problem: 'notJson' | 'notExercise' | 'version' | 'scenario' | 'replay'; readonly detail?: string };

/** An exercise from text (storage or a file): its format, its scenario, and a replay of its moves. */
export function readExercise(text: string, data: Pick<GameData, 'scenarios' | 'parseExercise'>): ExerciseRead {
  let value: unknown;
  try {
    // A file saved by an editor that starts UTF-8 with a byte-order mark is the same exercise.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const e = value as Partial<Exercise> | null;
  if (!e || typeof e !== 'object' || e.format !== EXERCISE_FORMAT) return { ok: false, problem: 'notExercise' };
  if (e.version !== EXERCISE_VERSION) return { ok: false, problem: 'version', detail: String(e.version) };
  // Every field, as a room checks an exercise it is made with: a damaged one (a team that is null, a
  // log entry that is not one) is refused here, naming the field, before anything draws it.
  const checked = data.parseExercise(value);
  if (!checked.ok) return { ok: false, problem: 'notExercise', detail: checked.problem };
  const exercise = checked.exercise;
  const scenario = data.scenarios.find((s) => s.id === exercise.scenario);
  if (!scenario) return { ok: false, problem: 'scenario', detail: exercise.scenario.slice(0, 60) };
  try {
    exerciseGame(scenario, exercise);
  } catch (error) {
    return { ok: false, problem: 'replay', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, exercise, scenario };
}

/** Writes the exercise; false when the store refused (full or turned off). */
export function writeExercise(storage: KeyValueStore | null, exercise: Exercise, key = EXERCISE_KEY): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(exercise));
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` under `key`; false when the store refused. */
export function writeText(storage: KeyValueStore | null, key: string, text: string): boolean {
  try {
    storage?.setItem(key, text);
    return storage !== null;
  } catch {
    return false;
  }
}

export function storedExercise(storage: KeyValueStore | null): string | null {
  try {
    return storage?.getItem(EXERCISE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function clearExercise(storage: KeyValueStore | null): void {
  try {
    storage?.removeItem(EXERCISE_KEY);
  } catch {
    // Nothing to do: the next start overwrites it.
  }
}

/** A stored exercise that could not be read, as it was kept aside: its key and its text exactly. */
export type KeptExercise = KeptAside;

/**
 * Keeps a stored exercise that would not read under its own key, beside any kept before (a text
 * already kept is not kept twice); false when the store refuses.
 */
export function setAsideExercise(storage: KeyValueStore | null, text: string): boolean {
  return keepAside(storage, UNREADABLE_KEY, text);
}

/** The exercises kept aside (for the facilitator to download or discard), in the order of their keys. */
export function unreadableExercises(storage: KeyValueStore | null): KeptExercise[] {
  return keptAside(storage, UNREADABLE_KEY);
}

/**
 * Discards one exercise kept aside, and the stored one when it is the same text (else the next start
 * would set it aside again). Any other key is left alone.
 */
export function discardUnreadableExercise(storage: KeyValueStore | null, key: string): void {
  if (!isKeptAsideKey(UNREADABLE_KEY, key)) return;
  const kept = unreadableExercises(storage).find((copy) => copy.key === key)?.text ?? null;
  if (kept !== null && storedExercise(storage) === kept) clearExercise(storage);
  try {
    storage?.removeItem(key);
  } catch {
    // A locked store: the copy stays, offered again next time.
  }
}

/** The exercise as a file to download: its name (safe on any system) and its text. */
export function exerciseFile(exercise: Exercise): { readonly name: string; readonly text: string; readonly type: string } {
  return { name: `csd-exercise-${exercise.id}.json`.replace(/[^\w.-]+/g, '-'), text: JSON.stringify(exercise, null, 2), type: 'application/json' };
}

/** The largest exercise file read: far above a long exercise's few hundred kilobytes. */
const MAX_FILE_BYTES = 10_000_000;

/** An exercise from a file the facilitator chose. */
export async function readExerciseFile(file: Blob, data: Pick<GameData, 'scenarios' | 'parseExercise'>): Promise<ExerciseRead> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'notExercise', detail: `${file.size} bytes` };
  return readExercise(await file.text(), data);
}
