import type { KeyValueStore, SaveData } from './types';
import { isKeptAsideKey, keepAside, keptAside, type KeptAside } from './kept-aside';

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
// fails alone and the others stay readable. A damaged index loses no slot: an entry this version
// cannot read is kept as written and listed by its id; an index that will not parse is set aside
// under its own key and rebuilt from the slots in the store.

export const SLOTS_KEY = 'csd.slots';
/** Where an index of the slots that would not parse is kept (then `.1`, `.2`… beside an older one). */
export const UNREADABLE_SLOTS_KEY = 'csd.slots.unreadable';
const SLOT_PREFIX = 'csd.slot.';

export interface SaveSlot {
  readonly id: string;
  readonly name: string;
  readonly scenario: string;
  readonly year: number;
  readonly savedAt: string;
  readonly moves: number;
}

/** An index entry whose details could not all be read: its slot may still load, and can be deleted. */
export interface DamagedSlot {
  readonly id: string;
  /** The entry's name, or its id when the name cannot be read. */
  readonly name: string;
  readonly damaged: true;
}

export type ListedSlot = SaveSlot | DamagedSlot;

function isSlot(x: unknown): x is SaveSlot {
  const r = x as Record<string, unknown> | null;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.name === 'string' && typeof r.scenario === 'string' && typeof r.year === 'number' && typeof r.savedAt === 'string' && typeof r.moves === 'number';
}

/** The id an entry names its slot by, however damaged the rest is; null without one. */
function entryId(x: unknown): string | null {
  const r = x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : null;
  return typeof r?.id === 'string' && r.id !== '' ? r.id : null;
}

/** The index: its entries as written (untrusted), and its text when it would not parse as a list. */
interface SlotIndex {
  readonly entries: readonly unknown[];
  readonly unreadable: string | null;
}

/** The index of the slots; null when the store refuses to be read (an index written then would replace one unseen). */
function readIndex(store: KeyValueStore | null): SlotIndex | null {
  let text: string | null;
  try {
    text = store?.getItem(SLOTS_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return { entries: [], unreadable: null };
  try {
    const data = JSON.parse(text) as unknown;
    if (Array.isArray(data)) return { entries: data, unreadable: null };
  } catch {
    // Rebuilt below.
  }
  return { entries: store ? rebuildIndex(store, text) : [], unreadable: text };
}

/**
 * The entries of an index that would not parse (cut short by a full store, or edited by hand): the
 * whole entries its text still holds (each is a flat object), then every other slot the store
 * holds, by its id alone. Only slots that are stored: an entry of a slot that is gone names nothing.
 */
function rebuildIndex(store: KeyValueStore, text: string): unknown[] {
  const entries = new Map<string, unknown>();
  for (const [fragment] of text.matchAll(/\{[^{}]*\}/g)) {
    try {
      const entry = JSON.parse(fragment) as unknown;
      const id = entryId(entry);
      if (id !== null && !entries.has(id)) entries.set(id, entry);
    } catch {
      // Not a whole entry.
    }
  }
  for (const id of storedSlotIds(store)) if (!entries.has(id)) entries.set(id, { id });
  return [...entries].filter(([id]) => read(store, SLOT_PREFIX + id) !== null).map(([, entry]) => entry);
}

/** The ids of the slots in the store, when it can list its keys (a page's Storage can); none otherwise. */
function storedSlotIds(store: KeyValueStore): string[] {
  const ids: string[] = [];
  try {
    const count = store.length;
    if (typeof store.key !== 'function' || typeof count !== 'number') return ids;
    for (let i = 0; i < count; i++) {
      const key = store.key(i);
      if (key?.startsWith(SLOT_PREFIX)) ids.push(key.slice(SLOT_PREFIX.length));
    }
  } catch {
    // A store that cannot list its keys: the entries read back from the text are all there is.
  }
  return ids;
}

/** Keeps an index that would not parse under its own key, beside any kept before; false when the store refuses. */
function setAsideIndex(store: KeyValueStore | null, text: string): boolean {
  return keepAside(store, UNREADABLE_SLOTS_KEY, text);
}

/** An index of the slots that would not parse, as it was kept: its key and its text exactly. */
export type SetAsideIndex = KeptAside;

/** The indexes kept aside (for the player to download or discard), in the order of their keys. */
export function setAsideIndexes(store: KeyValueStore | null): SetAsideIndex[] {
  return keptAside(store, UNREADABLE_SLOTS_KEY);
}

/** Removes one index kept aside; any other key is left alone (this is no way to delete a slot). */
export function discardSetAsideIndex(store: KeyValueStore | null, key: string): void {
  if (isKeptAsideKey(UNREADABLE_SLOTS_KEY, key)) remove(store, key);
}

/**
 * The named saves, newest first, then those whose entry is damaged (by their id, to load or delete).
 * Nothing is thrown away: an entry without even an id stays in the index, unlisted.
 */
export function listSlots(store: KeyValueStore | null): ListedSlot[] {
  const entries = readIndex(store)?.entries ?? [];
  const whole = entries.filter(isSlot).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const listed = new Set(whole.map((s) => s.id));
  const damaged: DamagedSlot[] = [];
  for (const entry of entries) {
    const id = entryId(entry);
    if (id === null || isSlot(entry) || listed.has(id)) continue;
    listed.add(id);
    const name = (entry as { name?: unknown }).name;
    damaged.push({ id, name: typeof name === 'string' && name.trim() !== '' ? name : id, damaged: true });
  }
  return [...whole, ...damaged];
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
  const index = readIndex(store);
  if (!index) return false;
  // The other entries as written, those this version cannot read too.
  const others = index.entries.filter((entry) => entryId(entry) !== slot.id);
  // An index that would not parse is set aside first: if the store refuses, nothing has changed.
  if (index.unreadable !== null && !setAsideIndex(store, index.unreadable)) return false;
  // Saving over a slot keeps what it held until the index is written: a refusal puts it back.
  const previous = read(store, SLOT_PREFIX + slot.id);
  if (!write(store, SLOT_PREFIX + slot.id, saveText)) return false;
  if (write(store, SLOTS_KEY, JSON.stringify([slot, ...others]))) return true;
  if (previous !== null) write(store, SLOT_PREFIX + slot.id, previous);
  else remove(store, SLOT_PREFIX + slot.id);
  return false;
}

export function deleteSlot(store: KeyValueStore | null, id: string): void {
  const index = readIndex(store);
  // The save first, which frees the room the shorter index needs in a full store.
  remove(store, SLOT_PREFIX + id);
  if (!index || (index.unreadable !== null && !setAsideIndex(store, index.unreadable))) return;
  write(store, SLOTS_KEY, JSON.stringify(index.entries.filter((entry) => entryId(entry) !== id)));
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
