// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/app';
import type { PageHistory } from '../../src/ui/screen-history';
import { AUTOSAVE_KEY } from '../../src/ui/autosave';
import { button } from './dom';
import { memoryStore, recordingAudio, recordingBoard } from './fakes';
import { data, fullStore, newGame, NOW, playTurn, readThrough, type Tab, type TestStore } from './harness';

// The browser's Back inside the game (screen-history.ts), with the page's history faked: Back from
// a game (or the setup) returns to the title with the game autosaved and offered to resume, Back
// on the title leaves the page, and a game is one history entry however many years it runs.

afterEach(() => {
  document.body.replaceChildren();
});

/** A page's session history: the entries, where the page stands, and whether Back has left the page. */
function fakeHistory(firstPage: EventTarget) {
  /** The window of the page now on the entries (a reload brings a new one). */
  let events = firstPage;
  const entries: { state: unknown; url: string | URL | null | undefined }[] = [{ state: null, url: undefined }];
  let index = 0;
  let left = false;
  const history: PageHistory & { back(): void; forward(): void } = {
    get state() {
      return entries[index]?.state ?? null;
    },
    // The browser stores a copy of the state (structured clone), as here.
    pushState(state: unknown, _unused: string, url?: string | URL | null) {
      entries.splice(index + 1);
      entries.push({ state: structuredClone(state), url });
      index = entries.length - 1;
    },
    replaceState(state: unknown, _unused: string, url?: string | URL | null) {
      entries[index] = { state: structuredClone(state), url };
    },
    scrollRestoration: 'auto',
    back() {
      if (index === 0) return void (left = true);
      index--;
      events.dispatchEvent(new Event('popstate'));
    },
    forward() {
      if (index === entries.length - 1) return;
      index++;
      events.dispatchEvent(new Event('popstate'));
    },
  } as PageHistory & { back(): void; forward(): void };
  return {
    history,
    /** The page was reloaded: its new window hears Back and Forward. */
    reloaded(page: EventTarget) {
      events = page;
    },
    get length() {
      return entries.length;
    },
    get index() {
      return index;
    },
    get left() {
      return left;
    },
    /** The addresses the app asked for: none (the page's own stays). */
    urls: () => entries.map((e) => e.url),
  };
}

function launch(options: { store?: TestStore; history?: ReturnType<typeof fakeHistory>; events?: EventTarget } = {}) {
  const store = options.store ?? memoryStore();
  const events = options.events ?? new EventTarget();
  const page = options.history ?? fakeHistory(events);
  page.reloaded(events);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const app = new App(
    { root, storage: store, loadData: async () => data, loadBoard: async () => recordingBoard(), createAudio: () => recordingAudio(), newSeed: () => 5, now: () => NOW, events, history: page.history },
    'en',
  );
  app.start();
  const panel = () => root.querySelector('#panel') as HTMLElement;
  const heading = () => panel().querySelector('h1, h2')?.textContent ?? '';
  const message = () => root.querySelector('.message:not(.notice)') as HTMLElement;
  const year = () => app['actor']?.getSnapshot().context.game?.year;
  // The harness's helpers read only the panel and its heading.
  const ui = { app, root, store, panel, heading, message } as unknown as Tab;
  return { ui, root, page, events, year, panel, heading, message };
}

const TITLE = 'Critical Strategic Decisions';

/** Plays until a decision or a card's choice is on the panel in a year after `year`. */
function playToTurnAfter(t: ReturnType<typeof launch>, year: number): void {
  for (let i = 0; i < 200 && !((t.year() ?? 0) > year && t.panel().querySelector('form.decide, form.choice')); i++) playTurn(t.ui);
  expect(t.year()).toBeGreaterThan(year);
}

describe("the browser's Back", () => {
  it('from a game returns to the title with the game offered to resume, and Resume brings back the same year', async () => {
    const t = launch();
    await newGame(t.ui);
    playToTurnAfter(t, 2013);
    const year = t.year();
    const before = t.panel().textContent;
    // A passage open over the game closes with it.
    t.root.querySelector<HTMLDialogElement>('dialog.glossary')?.showModal();
    expect(t.root.querySelector('dialog[open]')).not.toBeNull();
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
    expect(t.root.querySelector('dialog[open]')).toBeNull();
    expect(t.page.left).toBe(false);
    button(t.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(t.year()).toBe(year));
    readThrough(t.ui);
    expect(t.panel().textContent).toBe(before);
  });

  it('adds one entry for a whole game, not one a year; Back on the title leaves the page', async () => {
    const t = launch();
    expect(t.page.length).toBe(1);
    await newGame(t.ui);
    playToTurnAfter(t, 2014);
    expect(t.page.length).toBe(2);
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
    t.page.history.back();
    expect(t.page.left).toBe(true);
    // The page's address is left as it is: its query (?view=..., ?join=...) is the other pages' routes.
    expect(t.page.urls()).toEqual([undefined, undefined]);
  });

  it('from the setup returns to the title; leaving the title again after Forward adds no entry', async () => {
    const t = launch();
    button(t.panel(), 'New game').click();
    await vi.waitFor(() => expect(t.heading()).toBe('New game'));
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
    // Forward does not reopen the setup (nor resume a game): the title's buttons do.
    t.page.history.forward();
    expect(t.heading()).toBe(TITLE);
    button(t.panel(), 'New game').click();
    await vi.waitFor(() => expect(t.heading()).toBe('New game'));
    expect(t.page.length).toBe(2);
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
  });

  it('keeps a game that this browser could not save on screen, and says why', async () => {
    const store = fullStore();
    const t = launch({ store });
    await newGame(t.ui);
    playToTurnAfter(t, 2013);
    const before = t.panel().textContent;
    t.page.history.back();
    expect(t.panel().textContent).toBe(before);
    expect(t.message().textContent).toMatch(/not saved in this browser, so Back keeps you in it/);
    // Back was taken back: the next Back is asked again, and once the store saves, it is the title.
    expect(t.page.index).toBe(1);
    store.free();
    playTurn(t.ui);
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
    expect(button(t.panel(), 'Resume the saved game')).toBeDefined();
  });

  it('after a reload in a game, the title is offered with Resume, and the game adds no entry', async () => {
    const t = launch();
    await newGame(t.ui);
    playToTurnAfter(t, 2013);
    const year = t.year();
    // The reload: a new page on the same entry, its state kept by the browser.
    const again = launch({ store: t.ui.store, history: t.page, events: new EventTarget() });
    expect(again.heading()).toBe(TITLE);
    button(again.panel(), 'Resume the saved game').click();
    await vi.waitFor(() => expect(again.year()).toBe(year));
    expect(t.page.length).toBe(2);
    t.page.history.back();
    expect(again.heading()).toBe(TITLE);
    expect(again.year()).toBeUndefined();
  });

  it('after a reload in a game, Back on the title leaves the page at once, as without a reload, and the autosave stays', async () => {
    const t = launch();
    await newGame(t.ui);
    playToTurnAfter(t, 2013);
    const saved = t.ui.store.data.get(AUTOSAVE_KEY);
    expect(saved).toBeDefined();
    const again = launch({ store: t.ui.store, history: t.page, events: new EventTarget() });
    expect(again.heading()).toBe(TITLE);
    // The reload's title stands on the game's entry: one Back passes the title's own entry.
    t.page.history.back();
    expect(t.page.left).toBe(true);
    expect(t.page.index).toBe(0);
    expect(t.page.length).toBe(2);
    expect(t.ui.store.data.get(AUTOSAVE_KEY)).toBe(saved);
    // Forward, back on the game's entry, shows the title still (only Resume resumes), and the save is kept.
    t.page.history.forward();
    expect(again.heading()).toBe(TITLE);
    expect(again.year()).toBeUndefined();
    expect(button(again.panel(), 'Resume the saved game')).toBeDefined();
    expect(t.ui.store.data.get(AUTOSAVE_KEY)).toBe(saved);
  });

  it("Back on a title shown over the game's entry (after Forward, after the setup's own Back) leaves the page at once", async () => {
    const t = launch();
    await newGame(t.ui);
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
    t.page.history.forward();
    expect(t.heading()).toBe(TITLE);
    t.page.history.back();
    expect(t.page.left).toBe(true);

    const u = launch();
    button(u.panel(), 'New game').click();
    await vi.waitFor(() => expect(u.heading()).toBe('New game'));
    button(u.panel(), 'Back').click();
    expect(u.heading()).toBe(TITLE);
    u.page.history.back();
    expect(u.page.left).toBe(true);
  });

  it('Back from an entry not ours (a hash typed in on the title) to the title stays on the page', () => {
    const t = launch();
    // The browser adds the hash's entry, with no state of ours.
    t.page.history.pushState(null, '');
    t.events.dispatchEvent(new Event('popstate'));
    t.page.history.back();
    expect(t.heading()).toBe(TITLE);
    expect(t.page.left).toBe(false);
    expect(t.page.index).toBe(0);
  });
});
