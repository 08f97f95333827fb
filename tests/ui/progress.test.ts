// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, UNREADABLE_KEY, unwrapAutosave } from '../../src/ui/autosave';
import { pageStorage } from '../../src/ui/storage';
import { button } from './dom';
import { memoryStore } from './fakes';
import { data, fullStore, launch, newGame, playTurn, playUntil, readThrough, sharedStorage, type Tab } from './harness';

// No progress is lost without a word: not to another tab of the same page, not to a full store,
// not to a reload in the middle of a seminar's decisions, not to a save that cannot be read.

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** The game a store's autosave holds: its id and how many moves. */
function stored(store: { getItem(key: string): string | null }) {
  const raw = store.getItem(AUTOSAVE_KEY);
  if (raw === null) return null;
  const save = unwrapAutosave(raw);
  return { game: save.game, moves: save.moves?.length ?? -1, raw };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('two tabs on one store', () => {
  it('tells a tab at once when another tab plays further in the same game, and does not overwrite it', async () => {
    const shared = sharedStorage();
    const a = launch({ ...shared.tab(), tabId: 'A' });
    await newGame(a);
    playUntil(a, (h) => h === 'The year 2013: what changed and why');
    const b = launch({ ...shared.tab(), tabId: 'B', alongside: true });
    button(b.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(b.heading()).toBe('The year 2013: what changed and why'));
    await tick();
    const start = stored({ getItem: (k) => shared.data.get(k) ?? null })?.moves ?? 0;
    // Tab A plays on, eight moves and more.
    playUntil(a, (h) => h === 'The year 2017: what changed and why');
    const ahead = stored({ getItem: (k) => shared.data.get(k) ?? null });
    expect((ahead?.moves ?? 0) - start).toBeGreaterThanOrEqual(8);
    // Tab B is told, with both counts, before it plays a move.
    await vi.waitFor(() => expect(b.notice().hidden).toBe(false));
    expect(b.notice().textContent).toMatch(/Another tab has played further in this game/);
    expect(a.notice().hidden).toBe(true);
    // B plays a move anyway: A's longer game stays in the store.
    playTurn(b);
    await tick();
    expect(stored({ getItem: (k) => shared.data.get(k) ?? null })?.raw).toBe(ahead?.raw);
    // B takes A's game.
    button(b.notice(), "Load the other tab's game").click();
    await vi.waitFor(() => expect(b.heading()).toBe('The year 2017: what changed and why'));
    expect(b.panel().textContent).toBe(a.panel().textContent);
    expect(b.notice().hidden).toBe(true);
    // Both tabs hold the same line now; B plays on, and A is the one behind.
    playTurn(b);
    await vi.waitFor(() => expect(a.notice().hidden).toBe(false));
    expect(a.notice().textContent).toMatch(/Another tab has played further in this game/);
  });

  it('never replaces another tab’s different game without asking, and either may keep its own', async () => {
    const shared = sharedStorage();
    const read = () => stored({ getItem: (k) => shared.data.get(k) ?? null });
    const a = launch({ ...shared.tab(), tabId: 'A', seed: 5 });
    await newGame(a);
    playTurn(a);
    await tick();
    const gameA = read()?.game;
    // A second tab starts a game of its own (the player chose New game over Resume).
    const b = launch({ ...shared.tab(), tabId: 'B', seed: 9, alongside: true });
    await newGame(b);
    await tick();
    const gameB = read()?.game;
    expect(gameB).not.toBe(gameA);
    // A is told at once that its save was replaced, and does not silently take the slot back.
    await vi.waitFor(() => expect(a.notice().hidden).toBe(false));
    expect(a.notice().textContent).toMatch(/Another tab has saved a different game/);
    playTurn(a);
    await tick();
    expect(read()?.game).toBe(gameB);
    // A keeps its own game: saved now, and B is told in turn.
    button(a.notice(), "Keep this tab's game (overwrite)").click();
    expect(read()?.game).toBe(gameA);
    expect(a.notice().hidden).toBe(true);
    await vi.waitFor(() => expect(b.notice().hidden).toBe(false));
    expect(b.notice().textContent).toMatch(/Another tab has saved a different game/);
  });

  it('never asks a single tab: reloads, resumes, new games and loaded files save without a prompt', async () => {
    const shared = sharedStorage();
    const tab1 = shared.tab();
    const first = launch({ ...tab1, tabId: 'one' });
    await newGame(first);
    playTurn(first);
    await tick();
    expect(first.notice().hidden).toBe(true);
    tab1.close();
    // Reloaded: a new tab id, the same store.
    const tab2 = shared.tab();
    const second = launch({ ...tab2, tabId: 'two' });
    button(second.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(second.heading()).not.toBe('Critical Strategic Decisions'));
    playTurn(second);
    await tick();
    expect(second.notice().hidden).toBe(true);
    tab2.close();
    const text = unwrapAutosave(shared.data.get(AUTOSAVE_KEY) ?? '').text;
    const third = launch({ ...shared.tab(), tabId: 'three', seed: 77 });
    await newGame(third);
    playTurn(third);
    await tick();
    third.importFile(text, 'mine.json');
    await vi.waitFor(() => expect(third.message().textContent).toBe('Resumed mine.json.'));
    playTurn(third);
    await tick();
    expect(third.notice().hidden).toBe(true);
  });
});

describe('a store that refuses writes', () => {
  it.each([
    ['en', 'This game could not be saved in this browser', 'Download the save file'],
    ['es', 'No se pudo guardar esta partida en este navegador', 'Descargar el archivo de partida'],
  ] as const)('says so (%s) and offers the save file instead', async (language, said, offer) => {
    const store = fullStore();
    const ui = launch({ store, language });
    button(ui.panel(), language === 'en' ? 'New game' : 'Nueva partida').click();
    await vi.waitFor(() => expect(ui.panel().querySelector('form')).not.toBeNull());
    button(ui.panel(), language === 'en' ? 'Start the game' : 'Comenzar la partida').click();
    await vi.waitFor(() => expect(ui.notice().hidden).toBe(false));
    expect(ui.notice().textContent).toContain(said);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:save';
    });
    button(ui.notice(), offer).click();
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const [blob] = blobs;
    const parsed = data.parseSave(await (blob as Blob).text(), 'download');
    expect(parsed.ok).toBe(true);
    // Space freed: the next move is saved and the notice goes.
    store.free();
    readThrough(ui);
    if (language === 'en') playTurn(ui);
    else (ui.panel().querySelector('button.primary') as HTMLButtonElement).click();
    // Confirming no action asks first: the answer is yes.
    (ui.panel().querySelector('dialog[open] button.primary') as HTMLButtonElement | null)?.click();
    await vi.waitFor(() => expect(ui.notice().hidden).toBe(true));
    expect(store.data.has(AUTOSAVE_KEY)).toBe(true);
  });

  it('still offers and resumes the save it holds', async () => {
    const source = launch();
    await newGame(source);
    playTurn(source);
    readThrough(source);
    const heading = source.heading();
    const saved = source.store.data.get(AUTOSAVE_KEY) ?? '';
    const ui = launch({ store: fullStore({ [AUTOSAVE_KEY]: saved }) });
    button(ui.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(ui.heading()).toBe(heading));
  });

  it('is handed to the app by the entry point even when a test write fails', () => {
    const full = fullStore({ [AUTOSAVE_KEY]: 'kept' }) as unknown as Storage;
    expect(pageStorage(() => full)).toEqual({ store: full, writable: false });
    expect(pageStorage(() => full).store?.getItem(AUTOSAVE_KEY)).toBe('kept');
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(pageStorage(blocked)).toEqual({ store: null, writable: false });
    const fine = memoryStore() as unknown as Storage;
    expect(pageStorage(() => fine)).toEqual({ store: fine, writable: true });
  });
});

describe('a seminar', () => {
  it("keeps a team's confirmed decisions through a reload before the phase ends", async () => {
    const ui = launch();
    await newGame(ui, 'Seminar: teams around one screen');
    // Play until the first team's decisions, then confirm them.
    let first = '';
    for (let i = 0; i < 50; i++) {
      first = ui.panel().querySelector('form.decide') ? (ui.panel().querySelector('.team')?.textContent ?? '') : '';
      if (first) break;
      playTurn(ui);
    }
    expect(first).not.toBe('');
    const box = ui.panel().querySelector<HTMLInputElement>('input[type="checkbox"]:not(:disabled)');
    box?.click();
    button(ui.panel(), 'Confirm decisions').click();
    // The other team's turn, in the same phase.
    const after = { heading: ui.heading(), team: ui.panel().querySelector('.team')?.textContent ?? '', text: ui.panel().textContent };
    expect(after.team).not.toBe(first);
    // A reload: the confirmed decisions are in the save.
    document.body.replaceChildren();
    const again = launch({ store: ui.store });
    button(again.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(again.heading()).toBe(after.heading));
    expect(again.panel().querySelector('.team')?.textContent).toBe(after.team);
    expect(again.panel().textContent).toBe(after.text);
  });
});

describe('an autosave that cannot be read', () => {
  const crafted = '{"format":"critical-strategic-decisions/save","version":{"toString":1}}';

  async function resumeBroken(ui: Tab) {
    button(ui.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
  }

  it('is reported once, set aside (not lost), and the title stops offering it', async () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: crafted });
    const ui = launch({ store });
    await resumeBroken(ui);
    expect(ui.message().textContent).toBe('The saved game does not say which version of the game saved it.');
    expect(ui.heading()).toBe('Critical Strategic Decisions');
    await vi.waitFor(() => expect(ui.panel().textContent).not.toContain('Resume the saved game'));
    expect(ui.panel().textContent).toContain('A saved game could not be read');
    // Kept, byte for byte, under its own key.
    expect(store.data.get(UNREADABLE_KEY)).toBe(crafted);
    expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    // Offered for download as it is.
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    button(ui.panel(), 'Download the unreadable save').click();
    expect(await blobs[0]?.text()).toBe(crafted);
    // A reload does not offer it again; discarding it is the player's choice, asked first (it is gone for good).
    const again = launch({ store });
    expect(again.panel().textContent).not.toContain('Resume the saved game');
    const question = () => again.root.querySelector('dialog[open]') as HTMLElement;
    button(again.panel(), 'Discard it').click();
    expect(question().textContent).toContain('Discard the damaged copy?');
    button(question(), 'Keep it').click();
    expect(store.data.get(UNREADABLE_KEY)).toBe(crafted);
    expect(again.panel().textContent).toContain('A saved game could not be read');
    button(again.panel(), 'Discard it').click();
    button(question(), 'Discard it').click();
    expect(store.data.has(UNREADABLE_KEY)).toBe(false);
    expect(again.panel().textContent).not.toContain('A saved game could not be read');
  });

  it('is found at start-up when it is not even JSON', () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: '{"format":"critical-strategic-decisions/sa' });
    const ui = launch({ store });
    expect(ui.panel().textContent).not.toContain('Resume the saved game');
    expect(ui.panel().textContent).toContain('A saved game could not be read');
    expect(store.data.get(UNREADABLE_KEY)).toBe('{"format":"critical-strategic-decisions/sa');
  });

  it('is kept in place when it cannot be moved, and still not offered', async () => {
    const store = fullStore({ [AUTOSAVE_KEY]: crafted });
    const ui = launch({ store });
    await resumeBroken(ui);
    await vi.waitFor(() => expect(ui.panel().textContent).not.toContain('Resume the saved game'));
    expect(store.data.get(AUTOSAVE_KEY)).toBe(crafted);
    expect(button(ui.panel(), 'Download the unreadable save')).toBeTruthy();
  });
});
