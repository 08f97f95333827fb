// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteSlot, listSlots, readSlot, SLOTS_KEY, writeSlot, type SaveSlot } from '../../src/ui/autosave';
import { button, byLabel } from './dom';
import { memoryStore } from './fakes';
import { fullStore, launch, newGame, playTurn, readThrough, type Tab } from './harness';

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

  it('leave out what cannot be read', () => {
    expect(listSlots(memoryStore({ [SLOTS_KEY]: 'not json' }))).toEqual([]);
    expect(listSlots(memoryStore({ [SLOTS_KEY]: JSON.stringify([{ id: 1 }, slot('ok', '2025-01-01T00:00:00Z')]) })).map((s) => s.id)).toEqual(['ok']);
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
