// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteSlot, listSlots, readSlot, SLOTS_KEY, UNREADABLE_SLOTS_KEY, writeSlot, type SaveSlot } from '../../src/ui/autosave';
import { button, byLabel } from './dom';
import { memoryStore } from './fakes';
import { fullStore, launch, newGame, playTurn, readThrough, type Tab, type TestStore } from './harness';

// Named saves (issue 10, "nothing lost"): "Save as…" keeps a game under a name; the title lists the
// saves with scenario, year and date, to load or delete; a full store is told, never thrown.

afterEach(() => {
  document.body.replaceChildren();
});

const slot = (id: string, savedAt: string, name = id): SaveSlot => ({ id, name, scenario: 'transition-2012', year: 2014, savedAt, moves: 3 });

describe('the slots in the store', () => {
  it('are listed newest first, read back, replaced by id and deleted', () => {
    const store = memoryStore();
    expect(writeSlot(store, slot('a', '2025-01-01T00:00:00Z'), '{"a":1}')).toBe(true);
    expect(writeSlot(store, slot('b', '2025-02-01T00:00:00Z'), '{"b":1}')).toBe(true);
    expect(listSlots(store).map((s) => s.id)).toEqual(['b', 'a']);
    expect(readSlot(store, 'a')).toBe('{"a":1}');
    expect(writeSlot(store, slot('a', '2025-03-01T00:00:00Z', 'renamed'), '{"a":2}')).toBe(true);
    expect(listSlots(store).map((s) => [s.id, s.name])).toEqual([['a', 'renamed'], ['b', 'b']]);
    deleteSlot(store, 'a');
    expect(listSlots(store).map((s) => s.id)).toEqual(['b']);
    expect(readSlot(store, 'a')).toBeNull();
  });

  it('survive a full store: the write is refused, and what was there stays', () => {
    const store = fullStore();
    store.free();
    writeSlot(store, slot('kept', '2025-01-01T00:00:00Z'), '{"kept":1}');
    const full = fullStore(Object.fromEntries(store.data));
    expect(writeSlot(full, slot('new', '2025-02-01T00:00:00Z'), '{}')).toBe(false);
    expect(listSlots(full).map((s) => s.id)).toEqual(['kept']);
    expect(readSlot(full, 'kept')).toBe('{"kept":1}');
    expect(writeSlot(null, slot('x', '2025-01-01T00:00:00Z'), '{}')).toBe(false);
  });

  it('leave out an entry without an id to find its save by', () => {
    expect(listSlots(memoryStore({ [SLOTS_KEY]: 'not json' }))).toEqual([]);
    expect(listSlots(memoryStore({ [SLOTS_KEY]: JSON.stringify([{ id: 1 }, slot('ok', '2025-01-01T00:00:00Z')]) })).map((s) => s.id)).toEqual(['ok']);
  });
});

/** A store that can list its keys, as a page's Storage can. */
function listableStore(initial: Record<string, string> = {}): TestStore {
  const store = memoryStore(initial);
  return { ...store, key: (i: number) => [...store.data.keys()][i] ?? null, get length() {
    return store.data.size;
  } };
}

// A corrupt index loses nothing: an entry another version wrote, or an index cut short, must not make
// the other named saves disappear from the title, nor from the index at the next "Save as…".
describe('a damaged index of the slots', () => {
  const entry = (id: string, over: Record<string, unknown> = {}) => ({ ...slot(id, '2025-01-01T00:00:00Z'), ...over });
  const ids = (store: TestStore) => (JSON.parse(store.data.get(SLOTS_KEY) ?? '[]') as { id: string }[]).map((e) => e.id);

  it('keeps an entry it cannot read, as written, when another slot is written, and lists it as damaged', () => {
    const b = entry('b', { year: '2014' });
    const store = memoryStore({ [SLOTS_KEY]: JSON.stringify([entry('a'), b]), 'csd.slot.a': '{"a":1}', 'csd.slot.b': '{"b":1}' });
    expect(listSlots(store)).toEqual([entry('a'), { id: 'b', name: 'b', damaged: true }]);
    expect(writeSlot(store, slot('c', '2025-02-01T00:00:00Z'), '{"c":1}')).toBe(true);
    expect(JSON.parse(store.data.get(SLOTS_KEY) ?? '')).toEqual([slot('c', '2025-02-01T00:00:00Z'), entry('a'), b]);
    expect(listSlots(store).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(['a', 'b', 'c'].map((id) => readSlot(store, id))).toEqual(['{"a":1}', '{"b":1}', '{"c":1}']);
    deleteSlot(store, 'a');
    expect(JSON.parse(store.data.get(SLOTS_KEY) ?? '')).toEqual([slot('c', '2025-02-01T00:00:00Z'), b]);
  });

  it('rebuilds an index that will not parse from the slots in the store, and keeps its text aside', () => {
    const cut = JSON.stringify([entry('a'), entry('b')]).slice(0, -3);
    const store = listableStore({ [SLOTS_KEY]: cut, 'csd.slot.a': '{"a":1}', 'csd.slot.b': '{"b":1}' });
    // Listed before anything is written: the whole entry as it was, the cut one by its id.
    expect(listSlots(store)).toEqual([entry('a'), { id: 'b', name: 'b', damaged: true }]);
    expect(store.data.get(SLOTS_KEY)).toBe(cut);
    expect(writeSlot(store, slot('c', '2025-02-01T00:00:00Z'), '{"c":1}')).toBe(true);
    expect(store.data.get(UNREADABLE_SLOTS_KEY)).toBe(cut);
    expect(ids(store)).toEqual(['c', 'a', 'b']);
    expect(listSlots(store).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(['a', 'b', 'c'].map((id) => readSlot(store, id))).toEqual(['{"a":1}', '{"b":1}', '{"c":1}']);
  });

  it('without a store that lists its keys, keeps the entries it can read back and sets the text aside', () => {
    const cut = JSON.stringify([entry('a'), entry('b')]).slice(0, -3);
    const store = memoryStore({ [SLOTS_KEY]: cut, 'csd.slot.a': '{"a":1}', 'csd.slot.b': '{"b":1}' });
    expect(listSlots(store).map((s) => s.id)).toEqual(['a']);
    expect(writeSlot(store, slot('c', '2025-02-01T00:00:00Z'), '{}')).toBe(true);
    expect(store.data.get(UNREADABLE_SLOTS_KEY)).toBe(cut);
    expect(ids(store)).toEqual(['c', 'a']);
    expect(readSlot(store, 'b')).toBe('{"b":1}');
  });

  it('deleting a slot rebuilds the index without it, and keeps each damaged text once', () => {
    const cut = JSON.stringify([entry('a'), entry('b')]).slice(0, -3);
    const store = listableStore({ [SLOTS_KEY]: cut, 'csd.slot.a': '{}', 'csd.slot.b': '{}', [UNREADABLE_SLOTS_KEY]: 'an older one' });
    deleteSlot(store, 'a');
    expect(ids(store)).toEqual(['b']);
    expect(readSlot(store, 'a')).toBeNull();
    expect(store.data.get(UNREADABLE_SLOTS_KEY)).toBe('an older one');
    expect(store.data.get(`${UNREADABLE_SLOTS_KEY}.1`)).toBe(cut);
    store.data.set(SLOTS_KEY, cut);
    deleteSlot(store, 'b');
    expect(ids(store)).toEqual([]);
    expect(store.data.has(`${UNREADABLE_SLOTS_KEY}.2`)).toBe(false);
  });

  it('in a full store, refuses the write and changes nothing', () => {
    const cut = JSON.stringify([entry('a')]).slice(0, -3);
    const store = fullStore({ [SLOTS_KEY]: cut, 'csd.slot.a': '{}' });
    expect(writeSlot(store, slot('c', '2025-02-01T00:00:00Z'), '{}')).toBe(false);
    expect(store.data.get(SLOTS_KEY)).toBe(cut);
    expect(store.data.has('csd.slot.c')).toBe(false);
  });

  it('a refused read of the index writes no index over it', () => {
    const store = memoryStore({ [SLOTS_KEY]: JSON.stringify([entry('a')]), 'csd.slot.a': '{}' });
    const locked = { ...store, getItem: () => {
      throw new Error('SecurityError');
    } };
    expect(writeSlot(locked, slot('c', '2025-02-01T00:00:00Z'), '{}')).toBe(false);
    expect(ids(store)).toEqual(['a']);
  });
});

async function saveAs(ui: Tab, name: string): Promise<void> {
  button(ui.toolbar(), 'Save as…').click();
  const dialog = ui.root.querySelector('dialog[open]') as HTMLDialogElement;
  const input = byLabel(dialog, 'Name of the save');
  expect(input.value).toMatch(/^The 2012 transition.*, 2013$|, 2013$/);
  input.value = name;
  (dialog.querySelector('form') as HTMLFormElement).requestSubmit();
  await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
}

describe('Save as… and the title', () => {
  it('saves under a name, lists it on the title with scenario, year and date, loads and deletes it', async () => {
    const ui = launch();
    await newGame(ui);
    const heading = ui.heading();
    await saveAs(ui, 'Before the vote');
    expect(ui.message().textContent).toBe('Saved as “Before the vote”.');
    playTurn(ui);
    // A second visit: the title lists the save.
    const again = launch({ store: ui.store });
    await vi.waitFor(() => expect(again.panel().querySelector('.slots')).not.toBeNull());
    const row = again.panel().querySelector('.slots li') as HTMLElement;
    expect(row.textContent).toContain('Before the vote');
    expect(row.textContent).toMatch(/year 2013 · saved .+ · 0 moves/);
    button(again.panel(), 'Load “Before the vote”').click();
    // Saved before the first move: the game does not open cold, the moments before it come again.
    await vi.waitFor(() => expect(again.panel().querySelector('.moment')).not.toBeNull());
    expect(again.message().textContent).toBe('Resumed Before the vote.');
    readThrough(again);
    expect(again.heading()).toBe(heading);
    // Deleted from the title.
    const third = launch({ store: ui.store });
    button(third.panel(), 'Delete “Before the vote”').click();
    expect(third.panel().querySelector('.slots')).toBeNull();
    expect(listSlots(ui.store)).toEqual([]);
  });

  it('lists a slot whose entry is damaged, or whose index is cut short, to load or delete', async () => {
    const ui = launch({ store: listableStore() });
    await newGame(ui);
    await saveAs(ui, 'Before the vote');
    const stored = (JSON.parse(ui.store.data.get(SLOTS_KEY) ?? '') as SaveSlot[])[0] as SaveSlot;
    // Written by another version: the year as a string.
    ui.store.data.set(SLOTS_KEY, JSON.stringify([{ ...stored, year: String(stored.year) }]));
    const again = launch({ store: ui.store });
    await vi.waitFor(() => expect(again.panel().querySelector('.slots')).not.toBeNull());
    const row = again.panel().querySelector(`.slots li[data-slot="${stored.id}"]`) as HTMLElement;
    expect(row.classList.contains('damaged')).toBe(true);
    expect(row.textContent).toContain('Before the vote');
    button(again.panel(), 'Load “Before the vote”').click();
    await vi.waitFor(() => expect(again.panel().querySelector('.moment')).not.toBeNull());
    expect(again.message().textContent).toBe('Resumed Before the vote.');
    // Cut short: listed by its id, still loads, and deletes.
    ui.store.data.set(SLOTS_KEY, JSON.stringify([stored]).slice(0, -3));
    const third = launch({ store: ui.store });
    await vi.waitFor(() => expect(third.panel().querySelector('.slots')).not.toBeNull());
    button(third.panel(), `Load “${stored.id}”`).click();
    await vi.waitFor(() => expect(third.panel().querySelector('.moment')).not.toBeNull());
    const fourth = launch({ store: ui.store });
    button(fourth.panel(), `Delete “${stored.id}”`).click();
    expect(fourth.panel().querySelector('.slots')).toBeNull();
    expect(readSlot(ui.store, stored.id)).toBeNull();
  });

  it('tells the player when the store is full, and the game goes on', async () => {
    const store = fullStore();
    const ui = launch({ store });
    await newGame(ui);
    await saveAs(ui, 'Too much');
    expect(ui.message().textContent).toMatch(/^The save “Too much” could not be written: this browser’s storage is full/);
    expect(listSlots(store)).toEqual([]);
    playTurn(ui);
    expect(ui.heading()).not.toBe('');
  });
});
