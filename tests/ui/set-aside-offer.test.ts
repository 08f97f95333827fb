// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGameData } from '../../src/data';
import type { Language } from '../../src/i18n';
import { discardSetAsideIndex, setAsideIndexes, SLOTS_KEY, UNREADABLE_SLOTS_KEY, writeSlot, type SaveSlot } from '../../src/ui/autosave';
import { FacilitatorConsole } from '../../src/ui/console/console';
import { EXERCISE_KEY, UNREADABLE_KEY as EXERCISE_UNREADABLE_KEY } from '../../src/ui/console/persistence';
import { button, expectAccessible } from './dom';
import { consoleDeps } from './console-fakes';
import { memoryStore } from './fakes';
import { launch, type TestStore } from './harness';

// Saved data that would not read is set aside, never overwritten; each copy is offered where the
// player would look for it, the same way as the title's unreadable autosave: a line saying what was
// kept, Download (the text exactly as kept) and Discard (after a question: it is gone for good).
// The list of the saves with the saves; the facilitator's exercise on the console's set-up form.

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const slot = (id: string): SaveSlot => ({ id, name: `Save ${id}`, scenario: 'transition-2012', year: 2014, savedAt: '2025-01-01T00:00:00Z', moves: 3 });
const CUT = '[{"id":"a","name":"Save a","scenario":"transition-2012","year":2014,"savedAt":"2025-01-01T00:00:00Z","moves":3},{"id":"b","na';

/** What the page offers as files, by their text. */
function downloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:x';
  });
  return blobs;
}

/** A store that can list its keys, as a page's Storage can. */
function listableStore(initial: Record<string, string> = {}): TestStore {
  const store = memoryStore(initial);
  return { ...store, key: (i: number) => [...store.data.keys()][i] ?? null, get length() {
    return store.data.size;
  } };
}

/** The saved games, or the lists kept aside on their own when no save is left. */
const slots = (root: HTMLElement) => root.querySelector('section.slots, .slots-kept') as HTMLElement;
const openDialog = (root: HTMLElement) => root.querySelector('dialog[open]') as HTMLElement;

describe('a list of the saves kept aside', () => {
  it('is offered with the saves once a damaged list was set aside, to download as it was kept', async () => {
    // The index cut short: the next "Save as…" sets it aside and rebuilds it.
    const store = listableStore({ [SLOTS_KEY]: CUT, 'csd.slot.a': '{}' });
    expect(writeSlot(store, slot('c'), '{}')).toBe(true);
    expect(store.data.get(UNREADABLE_SLOTS_KEY)).toBe(CUT);
    const ui = launch({ store });
    const section = slots(ui.panel());
    expect(section.textContent).toContain('The list of saved games could not be read');
    // The saves are all still listed.
    expect(section.querySelectorAll('li')).toHaveLength(2);
    const blobs = downloads();
    button(section, 'Download the damaged list').click();
    expect(await blobs[0]?.text()).toBe(CUT);
    expect(section.querySelector('[role="status"]')).not.toBeNull();
    expectAccessible(section);
  });

  it('is discarded only when the player confirms, and the saves stay', () => {
    const store = listableStore({ [SLOTS_KEY]: JSON.stringify([slot('a')]), 'csd.slot.a': '{}', [UNREADABLE_SLOTS_KEY]: CUT });
    const ui = launch({ store });
    button(slots(ui.panel()), 'Discard it').click();
    expect(openDialog(ui.root).textContent).toContain('Discard the damaged copy?');
    button(openDialog(ui.root), 'Keep it').click();
    expect(store.data.get(UNREADABLE_SLOTS_KEY)).toBe(CUT);
    expect(slots(ui.panel()).textContent).toContain('The list of saved games could not be read');
    button(slots(ui.panel()), 'Discard it').click();
    button(openDialog(ui.root), 'Discard it').click();
    expect(store.data.has(UNREADABLE_SLOTS_KEY)).toBe(false);
    expect(ui.panel().textContent).not.toContain('The list of saved games could not be read');
    expect(slots(ui.panel()).querySelectorAll('li')).toHaveLength(1);
    expect(store.data.get('csd.slot.a')).toBe('{}');
  });

  it('is offered even when no save is left to list, each copy of several on its own', () => {
    const store = listableStore({ [UNREADABLE_SLOTS_KEY]: 'first', [`${UNREADABLE_SLOTS_KEY}.2`]: 'third' });
    const ui = launch({ store });
    const offers = [...slots(ui.panel()).querySelectorAll<HTMLElement>('.unreadable')];
    expect(offers.map((o) => o.querySelector('p')?.textContent?.slice(0, 22))).toEqual(['Damaged list 1 of 2: t', 'Damaged list 2 of 2: t']);
    button(offers[1] as HTMLElement, 'Discard it').click();
    button(openDialog(ui.root), 'Discard it').click();
    expect([...store.data.keys()]).toEqual([UNREADABLE_SLOTS_KEY]);
    expect(slots(ui.panel()).textContent).toContain('The list of saved games could not be read');
  });

  it('is offered in Spanish', () => {
    const ui = launch({ store: listableStore({ [UNREADABLE_SLOTS_KEY]: CUT }), language: 'es' });
    const section = slots(ui.panel());
    expect(section.textContent).toContain('No se pudo leer la lista de partidas guardadas');
    button(section, 'Desecharla').click();
    expect(openDialog(ui.root).textContent).toContain('¿Desechar la copia dañada?');
    button(openDialog(ui.root), 'Conservarla').click();
    button(section, 'Descargar la lista dañada');
  });

  it('are found under every key they are kept under, and only those keys are discarded', () => {
    const store = memoryStore({ [UNREADABLE_SLOTS_KEY]: 'a', [`${UNREADABLE_SLOTS_KEY}.7`]: 'b', 'csd.slot.x': '{}' });
    expect(setAsideIndexes(store)).toEqual([{ key: UNREADABLE_SLOTS_KEY, text: 'a' }, { key: `${UNREADABLE_SLOTS_KEY}.7`, text: 'b' }]);
    discardSetAsideIndex(store, 'csd.slot.x');
    expect(store.data.get('csd.slot.x')).toBe('{}');
    discardSetAsideIndex(store, `${UNREADABLE_SLOTS_KEY}.7`);
    expect(setAsideIndexes(store)).toEqual([{ key: UNREADABLE_SLOTS_KEY, text: 'a' }]);
  });
});

const data = loadGameData();

function facilitatorConsole(store: TestStore, language: Language = 'en') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const files: { name: string; text: string }[] = [];
  const console = new FacilitatorConsole(consoleDeps(root, data, store, { download: (name: string, text: string) => void files.push({ name, text }) }), language);
  const form = () => root.querySelector('form.console-setup') as HTMLFormElement;
  return { console, root, files, form };
}

describe('an exercise kept aside', () => {
  it('is offered on the console’s set-up form, to download as it was stored', async () => {
    const store = memoryStore({ [EXERCISE_KEY]: '{"format":"critical-strategic-decisions/exer' });
    const c = facilitatorConsole(store);
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    const offer = c.form().querySelector('.unreadable') as HTMLElement;
    expect(offer.getAttribute('role')).toBe('status');
    expect(offer.textContent).toContain('The exercise stored in this browser could not be read');
    button(offer, 'Download the unreadable exercise').click();
    expect(c.files).toEqual([{ name: 'csd-unreadable-exercise.json', text: '{"format":"critical-strategic-decisions/exer' }]);
    expectAccessible(offer);
  });

  it('is discarded only when the facilitator confirms, and then stays gone after a reload', async () => {
    const store = memoryStore({ [EXERCISE_KEY]: 'not json' });
    const c = facilitatorConsole(store);
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    button(c.form(), 'Discard it').click();
    button(openDialog(c.root), 'Keep it').click();
    expect(store.data.get(EXERCISE_UNREADABLE_KEY)).toBe('not json');
    button(c.form(), 'Discard it').click();
    button(openDialog(c.root), 'Discard it').click();
    expect(store.data.has(EXERCISE_UNREADABLE_KEY)).toBe(false);
    expect(c.form().querySelector('.unreadable')).toBeNull();
    c.console.destroy();
    // The stored exercise it was copied from went with it: a reload does not set it aside again.
    const again = facilitatorConsole(store);
    await again.console.start();
    await vi.waitFor(() => expect(again.form()).not.toBeNull());
    expect(again.form().querySelector('.unreadable')).toBeNull();
    expect(store.data.has(EXERCISE_UNREADABLE_KEY)).toBe(false);
  });

  it('is offered in Spanish, and not offered when there is none', async () => {
    const c = facilitatorConsole(memoryStore({ [EXERCISE_UNREADABLE_KEY]: 'kept' }), 'es');
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    expect(c.form().querySelector('.unreadable')?.textContent).toContain('No se pudo leer el ejercicio guardado en este navegador');
    button(c.form(), 'Descargar el ejercicio ilegible');
    button(c.form(), 'Desecharlo').click();
    expect(openDialog(c.root).textContent).toContain('¿Desechar la copia dañada?');
    const none = facilitatorConsole(memoryStore());
    await none.console.start();
    await vi.waitFor(() => expect(none.form()).not.toBeNull());
    expect(none.form().querySelector('.unreadable')).toBeNull();
  });
});

describe('a stored exercise that would not read', () => {
  const message = (root: HTMLElement) => root.querySelector('.console-app > .message') as HTMLElement;

  it('is said to be the exercise stored in this browser, kept aside, not a file the facilitator chose', async () => {
    const c = facilitatorConsole(memoryStore({ [EXERCISE_KEY]: 'not json' }));
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    expect(message(c.root).hidden).toBe(false);
    expect(message(c.root).querySelector('.main')?.textContent).toBe('The exercise stored in this browser could not be read (it is not valid JSON), so it has been kept aside: you can download or discard it below.');
    expect(message(c.root).textContent).not.toContain('file');
    // A file chosen to import that is not JSON is still called a file.
    const input = c.root.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['not json either'], 'notes.txt')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(message(c.root).querySelector('.main')?.textContent).toBe('That file is not JSON.'));
  });

  it('is said so in Spanish, with what was wrong with it', async () => {
    const c = facilitatorConsole(memoryStore({ [EXERCISE_KEY]: JSON.stringify({ format: 'critical-strategic-decisions/exercise', version: 999 }) }), 'es');
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    expect(message(c.root).querySelector('.main')?.textContent).toBe('No se pudo leer el ejercicio guardado en este navegador (se guardó con otra versión del juego), así que se apartó: más abajo puede descargarlo o desecharlo.');
  });

  it('is said not to be kept when the store refuses the copy', async () => {
    const store = memoryStore({ [EXERCISE_KEY]: 'not json' });
    const setItem = store.setItem.bind(store);
    store.setItem = (key: string, value: string) => {
      if (key.startsWith(EXERCISE_UNREADABLE_KEY)) throw new Error('QuotaExceededError');
      setItem(key, value);
    };
    const c = facilitatorConsole(store);
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    expect(message(c.root).querySelector('.main')?.textContent).toContain('could not be read (it is not valid JSON), and this browser’s storage would not keep a copy aside');
    expect(c.form().querySelector('.unreadable')).toBeNull();
  });

  it('does not overwrite one kept before: each is kept under its own key and offered, numbered', async () => {
    const store = memoryStore({ [EXERCISE_KEY]: 'first damaged' });
    const first = facilitatorConsole(store);
    await first.console.start();
    await vi.waitFor(() => expect(first.form()).not.toBeNull());
    first.console.destroy();
    // A reload with the same damaged exercise keeps it once.
    const reload = facilitatorConsole(store);
    await reload.console.start();
    await vi.waitFor(() => expect(reload.form()).not.toBeNull());
    reload.console.destroy();
    expect([...store.data.keys()].filter((k) => k.startsWith(EXERCISE_UNREADABLE_KEY))).toEqual([EXERCISE_UNREADABLE_KEY]);
    // Another exercise stored later is damaged too.
    store.data.set(EXERCISE_KEY, 'second damaged');
    const c = facilitatorConsole(store);
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    expect(store.data.get(EXERCISE_UNREADABLE_KEY)).toBe('first damaged');
    expect(store.data.get(`${EXERCISE_UNREADABLE_KEY}.1`)).toBe('second damaged');
    const offers = () => [...c.form().querySelectorAll<HTMLElement>('.unreadable')];
    expect(offers().map((o) => o.querySelector('p')?.textContent?.slice(0, 30))).toEqual(['Unreadable exercise 1 of 2: an', 'Unreadable exercise 2 of 2: an']);
    button(offers()[0] as HTMLElement, 'Download the unreadable exercise').click();
    button(offers()[1] as HTMLElement, 'Download the unreadable exercise').click();
    expect(c.files).toEqual([{ name: 'csd-unreadable-exercise.json', text: 'first damaged' }, { name: 'csd-unreadable-exercise-2.json', text: 'second damaged' }]);
    offers().forEach((o) => expectAccessible(o));
    // Discarding the second (asked first) leaves the first, offered alone; the stored copy of the second goes with it.
    button(offers()[1] as HTMLElement, 'Discard it').click();
    button(openDialog(c.root), 'Discard it').click();
    expect(store.data.get(EXERCISE_UNREADABLE_KEY)).toBe('first damaged');
    expect(store.data.has(`${EXERCISE_UNREADABLE_KEY}.1`)).toBe(false);
    expect(store.data.has(EXERCISE_KEY)).toBe(false);
    expect(offers()).toHaveLength(1);
    expect(offers()[0]?.textContent).toContain('The exercise stored in this browser could not be read, so it has been set aside');
  });

  it('is numbered in Spanish', async () => {
    const c = facilitatorConsole(memoryStore({ [EXERCISE_UNREADABLE_KEY]: 'a', [`${EXERCISE_UNREADABLE_KEY}.3`]: 'b' }), 'es');
    await c.console.start();
    await vi.waitFor(() => expect(c.form()).not.toBeNull());
    const texts = [...c.form().querySelectorAll('.unreadable p')].map((p) => p.textContent?.slice(0, 27));
    expect(texts).toEqual(['Ejercicio ilegible 1 de 2: ', 'Ejercicio ilegible 2 de 2: ']);
  });
});
