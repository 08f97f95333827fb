import type { KeyValueStore, SaveData } from './types';

// The game saves itself after every move; a reload offers to resume. Storage may be missing, full
// or shared with other tabs of the same page:
// - a write that fails is reported (the app tells the player and offers the file instead);
// - reading never depends on writing: a full store still gives back the save it holds;
// - each autosave says which game it is, which tab wrote it and the moves so far, so a tab can
//   tell its own save from another tab's and never replace another game, or a longer line of the
//   same game, without asking;
// - a save that cannot be read is set aside under its own key, never thrown away.

export const AUTOSAVE_KEY = 'csd.autosave';
/** Where an autosave that could not be read is kept, for the player to download or discard. */
export const UNREADABLE_KEY = 'csd.autosave.unreadable';
const KIND = 'critical-strategic-decisions/autosave';
const SAVE_FORMAT = 'critical-strategic-decisions/save';

/** What the store holds under the autosave key, read without trusting it. */
export interface Autosave {
  /** Exactly what the store holds. */
  readonly raw: string;
  /** The save file's text inside it (the whole of it for a bare save file). */
  readonly text: string;
  /** The game it belongs to; null for a bare save file (written before games had ids). */
  readonly game: string | null;
  /** The tab that wrote it, if known. */
  readonly tab: string | null;
  /** The moves it holds, when they can be read (to tell a longer line of a game from a shorter one). */
  readonly moves: readonly unknown[] | null;
  /** False when it is not even a save: not JSON, or not this game's format. */
  readonly readable: boolean;
  /** A finished game's save (its debrief), kept until a new game starts. */
  readonly finished?: boolean;
}

export interface AutosaveMeta {
  readonly game: string;
  readonly tab: string;
  /** The game is over: the save is kept so that a reload returns to its debrief. */
  readonly finished?: boolean;
}

/** The text stored for a save file's text and its game and tab. */
export function wrapAutosave(saveText: string, meta: AutosaveMeta): string {
  const save = JSON.parse(saveText) as { moves?: unknown };
  const moves = Array.isArray(save.moves) ? save.moves.length : 0;
  return JSON.stringify({ kind: KIND, game: meta.game, tab: meta.tab, moves, ...(meta.finished ? { finished: true } : {}), save });
}

/** Reads what the store holds under the autosave key. Never throws, whatever the text. */
export function unwrapAutosave(raw: string): Autosave {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { raw, text: raw, game: null, tab: null, moves: null, readable: false };
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (record?.kind === KIND && typeof record.game === 'string' && record.save && typeof record.save === 'object') {
    const save = record.save as Record<string, unknown>;
    return {
      raw,
      text: JSON.stringify(save, null, 1),
      game: record.game,
      tab: typeof record.tab === 'string' ? record.tab : null,
      moves: Array.isArray(save.moves) ? save.moves : null,
      readable: save.format === SAVE_FORMAT,
      ...(record.finished === true ? { finished: true } : {}),
    };
  }
  return { raw, text: raw, game: null, tab: null, moves: Array.isArray(record?.moves) ? record.moves : null, readable: record?.format === SAVE_FORMAT };
}

/**
 * Whether writing `mine` over `stored` loses nothing: the stored save is of the same game and its
 * moves are the first moves of `mine` (this tab is ahead on the same line of play).
 */
export function supersedes(mine: { readonly game: string; readonly moves: readonly unknown[] }, stored: Autosave): boolean {
  if (stored.game !== mine.game || !stored.moves || stored.moves.length > mine.moves.length) return false;
  return stored.moves.every((m, i) => JSON.stringify(m) === JSON.stringify(mine.moves[i]));
}

export function writeAutosave(store: KeyValueStore | null, text: string): boolean {
  return write(store, AUTOSAVE_KEY, text);
}

/** What the store holds under the autosave key (exactly), or null; never throws. */
export function readAutosave(store: KeyValueStore | null): string | null {
  return read(store, AUTOSAVE_KEY);
}

export function clearAutosave(store: KeyValueStore | null): void {
  remove(store, AUTOSAVE_KEY);
}

/**
 * Moves an autosave that cannot be read out of the way, under its own key, so that the title stops
 * offering it and nothing is lost. False when the store refuses (it is then left where it was).
 */
export function setAsideAutosave(store: KeyValueStore | null, raw: string): boolean {
  if (!write(store, UNREADABLE_KEY, raw)) return false;
  if (read(store, AUTOSAVE_KEY) === raw) remove(store, AUTOSAVE_KEY);
  return true;
}

export function readUnreadable(store: KeyValueStore | null): string | null {
  return read(store, UNREADABLE_KEY);
}

export function discardUnreadable(store: KeyValueStore | null): void {
  remove(store, UNREADABLE_KEY);
}

export function saveName(save: SaveData): string {
  return `csd-${save.scenario}-seed${save.config.seed}-${save.savedAt.slice(0, 10)}.json`;
}

// ── named save slots ─────────────────────────────────────────────────────────────────────────
// "Save as…" keeps a game under a name, beside the autosave: an index of the slots (what the title
// lists) and each slot's save file under its own key, so that a slot too large for a full store
// fails alone and the others stay readable.

export const SLOTS_KEY = 'csd.slots';
const SLOT_PREFIX = 'csd.slot.';

export interface SaveSlot {
  readonly id: string;
  readonly name: string;
  readonly scenario: string;
  readonly year: number;
  readonly savedAt: string;
  readonly moves: number;
}

function isSlot(x: unknown): x is SaveSlot {
  const r = x as Record<string, unknown> | null;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.name === 'string' && typeof r.scenario === 'string' && typeof r.year === 'number' && typeof r.savedAt === 'string' && typeof r.moves === 'number';
}

/** The named saves, newest first; what cannot be read is left out (never thrown away). */
export function listSlots(store: KeyValueStore | null): SaveSlot[] {
  try {
    const raw = JSON.parse(read(store, SLOTS_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter(isSlot).sort((a, b) => b.savedAt.localeCompare(a.savedAt)) : [];
  } catch {
    return [];
  }
}

/** A slot's save file text, or null. */
export function readSlot(store: KeyValueStore | null, id: string): string | null {
  return read(store, SLOT_PREFIX + id);
}

/**
 * Stores a save file under a name. False when the store refuses (full or turned off): then nothing
 * changes, the index and the other slots stay as they were.
 */
export function writeSlot(store: KeyValueStore | null, slot: SaveSlot, saveText: string): boolean {
  const others = listSlots(store).filter((s) => s.id !== slot.id);
  if (!write(store, SLOT_PREFIX + slot.id, saveText)) return false;
  if (write(store, SLOTS_KEY, JSON.stringify([slot, ...others]))) return true;
  remove(store, SLOT_PREFIX + slot.id);
  return false;
}

export function deleteSlot(store: KeyValueStore | null, id: string): void {
  // The save first, which frees the room the shorter index needs in a full store.
  remove(store, SLOT_PREFIX + id);
  write(store, SLOTS_KEY, JSON.stringify(listSlots(store).filter((s) => s.id !== id)));
}

function write(store: KeyValueStore | null, key: string, text: string): boolean {
  if (!store) return false;
  try {
    store.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

function read(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function remove(store: KeyValueStore | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to remove, or the store is locked: either way the game goes on.
  }
}
