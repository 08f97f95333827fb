import { produce, setAutoFreeze } from 'immer';
import { DrawCounts } from './rng';
import { TrackTable } from './tracks';
import type { GameState, LogEntry, PendingChoice, Role, Stance, Strategy, YearRecord } from './types';

// Each engine action runs on a plain working copy of the few small parts of the state it may change,
// then commits what changed in one immer `produce`. Reading and writing through immer's proxies
// costs about half a microsecond an operation, and a year's resolution makes hundreds: working on
// plain objects keeps a whole game near a few milliseconds while immer still gives back a new,
// frozen state that shares every untouched part with the old one.

/** Marks the start of a new log chunk in an action's appended entries. */
export const CHUNK_BREAK = 'chunk-break';

export interface Work {
  readonly scenario: string;
  readonly config: GameState['config'];
  /** This year's draw counters; the state's `draws` at commit (see `DrawCounts`). */
  draws: DrawCounts;
  phase: GameState['phase'];
  year: number;
  sexenio: number;
  yearInTerm: number;
  party: GameState['party'];
  strategy: Strategy | null;
  strategyYears: number;
  handoverYear: number | null;
  /** The tracks as a flat table (tracks.ts `TrackTable`); the state's record at commit. */
  readonly tracks: TrackTable;
  intelligenceSharing: GameState['intelligenceSharing'];
  flags: string[];
  capital: Record<Role, number>;
  stance: Stance;
  pending: Role[];
  pendingChoices: PendingChoice[];
  deck: string[];
  drawn: string[];
  discard: string[];
  readonly start: YearRecord;
  history: YearRecord[];
  /** The log as it stood before the action; the action only appends (see `appended`). */
  readonly log: GameState['log'];
  /** Entries this action logged, with CHUNK_BREAK where a new chunk begins. */
  appended: (LogEntry | typeof CHUNK_BREAK)[];
  /** A lean game (headless batches) logs only what batch statistics read: elections and strategies. */
  readonly lean: boolean;
  elections: number;
  transitions: number;
}

/** How a game runs: `lean` keeps only the log entries batch statistics read (see `pushLog`). */
export interface PlayOptions {
  readonly lean?: boolean;
}

/**
 * A working copy read as a state, by the rules that take one. It is one in every part the rules
 * read; only its draw counters and its tracks differ in form: the counters only rng.ts reads, and
 * the track table has every track as a property too (tracks.ts `TrackTable`).
 */
export function asState(work: Work): GameState {
  return work as unknown as GameState;
}

export function openWork(state: GameState, options: PlayOptions = {}): Work {
  // Every part is named rather than spread from the state: an object spread and then extended
  // (`{ ...state, lean }`) has too many properties for V8 to keep it a fast object, and every
  // read and write of a working copy in dictionary mode costs several times as much.
  return {
    scenario: state.scenario,
    config: state.config,
    draws: DrawCounts.of(state.draws),
    phase: state.phase,
    year: state.year,
    sexenio: state.sexenio,
    yearInTerm: state.yearInTerm,
    party: state.party,
    strategy: state.strategy,
    strategyYears: state.strategyYears,
    handoverYear: state.handoverYear,
    tracks: TrackTable.of(state.tracks),
    intelligenceSharing: state.intelligenceSharing,
    flags: [...state.flags],
    capital: { ...state.capital },
    stance: state.stance,
    pending: [...state.pending],
    pendingChoices: [...state.pendingChoices],
    deck: [...state.deck],
    drawn: [...state.drawn],
    discard: [...state.discard],
    start: state.start,
    history: [...state.history],
    log: state.log,
    appended: [],
    lean: options.lean === true,
    elections: state.elections,
    transitions: state.transitions,
  };
}

function sameRecord(a: object, b: object): boolean {
  let count = 0;
  for (const k in a) {
    if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The log with an action's entries appended: earlier chunks are shared, the latest is extended. */
function appendLog(log: GameState['log'], appended: Work['appended']): GameState['log'] {
  const chunks = log.slice();
  let current: LogEntry[] | null = null;
  for (const item of appended) {
    if (item === CHUNK_BREAK) {
      if (current) chunks.push(freezing ? Object.freeze(current) : current);
      current = [];
      continue;
    }
    if (!current) current = [...(chunks.pop() ?? [])];
    current.push(freezing ? deepFreeze(item) : item);
  }
  if (current) chunks.push(freezing ? Object.freeze(current) : current);
  return freezing ? Object.freeze(chunks) : chunks;
}

const SKIP = new Set<keyof Work>(['log', 'appended', 'scenario', 'config', 'start', 'lean', 'draws', 'tracks']);

/**
 * Whether committed states are deeply frozen. On in development and tests, where freezing catches a
 * stray mutation at once; the production build and headless batches turn it off (it is a fifth of a
 * game's time), which changes no value of any state.
 */
let freezing = true;
export function setStateFreezing(on: boolean): void {
  freezing = on;
  setAutoFreeze(on);
}

/** The next state: `state` with what `work` changed, as one immer produce (or a plain copy, unfrozen). */
export function commitWork(state: GameState, work: Work): GameState {
  const changes: [string, unknown][] = [];
  for (const key in work) {
    const k = key as keyof Work;
    if (SKIP.has(k)) continue;
    const before = state[k as keyof GameState];
    const after = work[k];
    if (before === after) continue;
    if (Array.isArray(after)) {
      if (sameList(after, before as unknown[])) continue;
    } else if (after !== null && typeof after === 'object' && before !== null && typeof before === 'object' && sameRecord(after, before)) continue;
    changes.push([key, after]);
  }
  if (!work.tracks.sameAs(state.tracks)) changes.push(['tracks', work.tracks.toRecord()]);
  if (!work.draws.sameAs(state.draws)) changes.push(['draws', work.draws.toRecord()]);
  if (work.appended.length > 0) changes.push(['log', appendLog(state.log, work.appended)]);
  if (changes.length === 0) return state;
  // Unfrozen states (headless batches) are committed as a plain copy: immer would walk every
  // unfrozen value it is given, looking for drafts in it, and the result would be the same.
  if (!freezing) {
    const next = { ...state } as Record<string, unknown>;
    for (const [key, value] of changes) next[key] = value;
    return next as unknown as GameState;
  }
  return produce(state, (draft) => {
    const d = draft as Record<string, unknown>;
    // Frozen values are committed as they are; immer would otherwise walk them looking for drafts.
    for (const [key, value] of changes) d[key] = deepFreeze(value);
  });
}

/** Freezes a plain value and everything in it that is not frozen yet. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // The state's arrays hold one kind of thing: a list of ids needs no further freezing.
  if (Array.isArray(value) && typeof value[0] !== 'object') return value;
  const children: readonly unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return value;
}
