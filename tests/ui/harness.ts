import { expect, vi } from 'vitest';
import { loadGameData } from '../../src/data';
import type { Language } from '../../src/i18n';
import { App } from '../../src/ui/app';
import type { KeyValueStore } from '../../src/ui/types';
import { button, byLabel } from './dom';
import { memoryStore, recordingAudio, recordingBoard } from './fakes';

// The whole app with its outside world faked, as tabs of one browser: each launch is a tab, with
// its own root in the document and its own window for `storage` events; tabs may share a store.

export const data = loadGameData();
export const NOW = '2025-03-09T22:15:00.000Z';

/** A store the test can look into. */
export type TestStore = KeyValueStore & { readonly data: Map<string, string> };

export interface LaunchOptions {
  readonly store?: TestStore;
  readonly language?: Language;
  readonly seed?: number;
  /** The tab's window, where the browser fires `storage` events. */
  readonly events?: EventTarget;
  readonly tabId?: string;
  /** Keep the tabs already in the document (another tab of the same browser). */
  readonly alongside?: boolean;
}

export function launch(options: LaunchOptions = {}) {
  const store: TestStore = options.store ?? memoryStore();
  const root = document.createElement('div');
  if (options.alongside) document.body.append(root);
  else document.body.replaceChildren(root);
  const board = recordingBoard();
  const audio = recordingAudio();
  const app = new App(
    { root, storage: store, loadData: async () => data, loadBoard: async () => board, createAudio: () => audio, newSeed: () => options.seed ?? 5, now: () => NOW, events: options.events ?? new EventTarget(), tabId: options.tabId },
    options.language ?? 'en',
  );
  app.start();
  root.dispatchEvent(new Event('pointerdown'));
  const panel = () => root.querySelector('#panel') as HTMLElement;
  const heading = () => panel().querySelector('h1, h2')?.textContent ?? '';
  const message = () => root.querySelector('.message:not(.notice)') as HTMLElement;
  const notice = () => root.querySelector('.notice') as HTMLElement;
  const toolbar = () => root.querySelector('nav') as HTMLElement;
  const fileInput = () => root.querySelector('input[type="file"]') as HTMLInputElement;
  const importFile = (text: string, name = 'game.json') => {
    const input = fileInput();
    Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change'));
  };
  const setLanguage = (language: Language) => {
    const select = toolbar().querySelector('#language-select') as HTMLSelectElement;
    select.value = language;
    select.dispatchEvent(new Event('change'));
  };
  return { app, root, store, board, audio, panel, heading, message, notice, toolbar, importFile, setLanguage };
}

export type Tab = ReturnType<typeof launch>;

export async function newGame(ui: Tab, mode = 'Solo, as the United States'): Promise<void> {
  button(ui.panel(), 'New game').click();
  await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
  byLabel(ui.panel(), mode).click();
  button(ui.panel(), 'Start the game').click();
  readThrough(ui);
}

/**
 * Reads through what comes before play goes on (issue 10): each team's brief and the big moments
 * (the election, the new strategy, a band crossed...), in any language, as a player who read them.
 */
export function readThrough(ui: { panel(): HTMLElement }): void {
  for (let i = 0; i < 100; i++) {
    const next = ui.panel().querySelector<HTMLButtonElement>('.briefing .actions button.primary, .moment button[data-continue]');
    if (!next) return;
    next.click();
  }
}

/** Answers one turn the way a player in a hurry would: the defaults, one action, next (English UI). */
export function playTurn(ui: Tab): void {
  const panel = ui.panel();
  if (panel.querySelector('.briefing, .moment')) return readThrough(ui);
  if (panel.querySelector('form.choice')) return button(panel, 'Confirm the choice').click();
  if (panel.querySelector('form.decide')) {
    const first = panel.querySelector<HTMLInputElement>('input[type="checkbox"][data-cost="1"]:not(:disabled)');
    first?.click();
    return button(panel, 'Confirm decisions').click();
  }
  if (/^The year \d+: what changed and why$/.test(ui.heading())) return button(panel, /^(Next year|To the debrief)$/).click();
  if (panel.querySelector('.turn') && /election/.test(ui.heading())) return button(panel, 'Hold the vote').click();
  if (/^The transition/.test(ui.heading())) return button(panel, 'Choose option B').click();
  throw new Error(`unexpected panel: ${ui.heading()}`);
}

export function playUntil(ui: Tab, stop: (heading: string) => boolean): void {
  for (let i = 0; i < 200 && !stop(ui.heading()); i++) playTurn(ui);
  expect(stop(ui.heading()), ui.heading()).toBe(true);
}

/** One store shared by tabs, firing `storage` at the other tabs' windows after each change, as browsers do. */
export function sharedStorage() {
  const backing = memoryStore();
  const windows: EventTarget[] = [];
  const tab = () => {
    const events = new EventTarget();
    windows.push(events);
    /** The tab is closed: it hears no more. */
    const close = () => void windows.splice(windows.indexOf(events), 1);
    const notify = (key: string, oldValue: string | null, newValue: string | null) => {
      for (const w of windows) if (w !== events) setTimeout(() => w.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue })), 0);
    };
    const store: TestStore = {
      data: backing.data,
      getItem: (key) => backing.getItem(key),
      setItem: (key, value) => {
        const old = backing.getItem(key);
        backing.setItem(key, value);
        notify(key, old, String(value));
      },
      removeItem: (key) => {
        const old = backing.getItem(key);
        backing.removeItem(key);
        notify(key, old, null);
      },
    };
    return { store, events, close };
  };
  return { data: backing.data, tab };
}

/** A store that holds what it holds but refuses every write, as a full browser store does. */
export function fullStore(initial: Record<string, string> = {}) {
  const store = memoryStore(initial);
  let full = true;
  return {
    data: store.data,
    getItem: store.getItem,
    removeItem: store.removeItem,
    setItem(key: string, value: string) {
      if (full) throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
      store.setItem(key, value);
    },
    /** Frees space: writes succeed again. */
    free() {
      full = false;
    },
  };
}
