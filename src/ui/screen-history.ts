// The browser's Back (its button, Alt+Left, a mouse's back button) inside the game. The page keeps
// two entries in the browser's history: the title screen, and one for everything after it (the
// setup and the game, whatever the year: no entry per turn). Back from a game lands on the title
// entry, and the app shows the title with the game autosaved and offered to resume; Back from the
// title leaves the page as it always did. Forward after Back does not resume the game (the title's
// Resume does): an entry past the title may show the title, and leaving the title again from it
// adds no entry (so from there, and after a reload in a game, which also opens the title, the first
// Back only moves to the title's own entry, with nothing to change on screen). The address is left
// as it is (no query or hash of ours), and the other pages' routes (?view=..., ?join=...) with it.

/** What the app needs of the page's `window.history`. */
export type PageHistory = Pick<History, 'state' | 'pushState' | 'replaceState'>;

/** Which of the page's two entries a history state is: ours carry this key. */
const KEY = 'csdScreen';
type Entry = 'title' | 'play';

function entryOf(state: unknown): Entry | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = (state as Record<string, unknown>)[KEY];
  return value === 'title' || value === 'play' ? value : null;
}

export class ScreenHistory {
  constructor(
    private readonly history: PageHistory | null,
    /** The page's window, where the browser fires `popstate`. */
    private readonly events: Pick<EventTarget, 'addEventListener'>,
    /** Back (or Forward) reached the title's entry. */
    private readonly onTitleEntry: () => void,
  ) {}

  /** Marks the entry the page opened in as the title's (a reload past the title keeps its own). */
  start(): void {
    const history = this.history;
    if (!history) return;
    if (entryOf(history.state) === null) history.replaceState({ [KEY]: 'title' }, '');
    this.events.addEventListener('popstate', () => {
      // The state of the entry the browser moved to (an entry not ours, e.g. a hash typed in, is left alone).
      if (entryOf(history.state) === 'title') this.onTitleEntry();
    });
  }

  /** The player leaves the title (for the setup, a game): Back will return to it. */
  leaveTitle(): void {
    const history = this.history;
    if (history && entryOf(history.state) !== 'play') history.pushState({ [KEY]: 'play' }, '');
  }
}
