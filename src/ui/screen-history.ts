// The browser's Back (its button, Alt+Left, a mouse's back button) inside the game. The page keeps
// two entries in the browser's history: the title screen, and one for everything after it (the
// setup and the game, whatever the year: no entry per turn). Back from a game lands on the title
// entry, and the app shows the title with the game autosaved and offered to resume; Back from the
// title leaves the page as it always did. Forward after Back does not resume the game (the title's
// Resume does): the entry past the title may show the title, and leaving the title again from it
// adds no entry. Back from a title shown on that entry (after a reload in a game, which opens the
// title there; after Forward; after the setup's own Back button) would only move to the title's own
// entry with nothing to change on screen, so the page passes that entry at once: one Back leaves the
// page, as it does from the title's own entry. The address is left as it is (no query or hash of
// ours), and the other pages' routes (?view=..., ?join=...) with it.

/** What the app needs of the page's `window.history`. */
export type PageHistory = Pick<History, 'state' | 'pushState' | 'replaceState' | 'back'>;

/** Which of the page's two entries a history state is: ours carry this key. */
const KEY = 'csdScreen';
type Entry = 'title' | 'play';

function entryOf(state: unknown): Entry | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = (state as Record<string, unknown>)[KEY];
  return value === 'title' || value === 'play' ? value : null;
}

export class ScreenHistory {
  /** The entry the page stands on (null: not ours), as of the last move the page saw. */
  private entry: Entry | null = null;

  constructor(
    private readonly history: PageHistory | null,
    /** The page's window, where the browser fires `popstate`. */
    private readonly events: Pick<EventTarget, 'addEventListener'>,
    /** Whether the title is on screen now. */
    private readonly titleShown: () => boolean,
    /** Back (or Forward) reached the title's entry. */
    private readonly onTitleEntry: () => void,
  ) {}

  /** Marks the entry the page opened in as the title's (a reload past the title keeps its own). */
  start(): void {
    const history = this.history;
    if (!history) return;
    if (entryOf(history.state) === null) history.replaceState({ [KEY]: 'title' }, '');
    this.entry = entryOf(history.state);
    this.events.addEventListener('popstate', () => {
      // The state of the entry the browser moved to (an entry not ours, e.g. a hash typed in, is left alone).
      const from = this.entry;
      this.entry = entryOf(history.state);
      if (this.entry !== 'title') return;
      // Back from the title shown on the play entry: on to the page before, as from the title's own entry.
      if (from === 'play' && this.titleShown()) history.back();
      else this.onTitleEntry();
    });
  }

  /** The player leaves the title (for the setup, a game): Back will return to it. */
  leaveTitle(): void {
    const history = this.history;
    if (!history || entryOf(history.state) === 'play') return;
    history.pushState({ [KEY]: 'play' }, '');
    this.entry = 'play';
  }
}
