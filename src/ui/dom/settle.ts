// A press meant for one panel never acts on the next. A double-click on "Next year" must not
// confirm the next year's decisions (drawn at the same spot), and Enter pressed three times must
// not pass an event card unread and confirm an empty decision. So once a person's press has acted
// on a panel's main action, every main action ignores a person's presses for a short settle time,
// a held key's repeats never act, and the rest of a double-click never acts. A script's click()
// (a shortcut's, a test's) is deliberate and is never held back.

/** Time as the settle guard reads it; tests give it a clock of their own instead of sleeping. */
export interface SettleClock {
  /** Milliseconds, never going back. */
  now(): number;
  /** Runs `then` in `ms` milliseconds. */
  after(ms: number, then: () => void): void;
}

/** Longer than the gap between a double-click's two clicks or quick repeated Enters, too short to read a panel in. */
export const SETTLE_MS = 400;

/** What marks a main action, held back while the panel settles. */
const MAIN = 'data-settle';

const browserClock: SettleClock = {
  now: () => performance.now(),
  after: (ms, then) => void setTimeout(then, ms),
};

const state = { clock: browserClock, ms: SETTLE_MS, last: Number.NEGATIVE_INFINITY };
const watched = new WeakSet<Document>();

/** For tests: this clock and settle time from now on (no press yet); the returned function restores the browser's. */
export function useSettleClock(clock: SettleClock, ms = SETTLE_MS): () => void {
  Object.assign(state, { clock, ms, last: Number.NEGATIVE_INFINITY });
  return () => Object.assign(state, { clock: browserClock, ms: SETTLE_MS, last: Number.NEGATIVE_INFINITY });
}

/** Whether the last press that acted was too recent for another one to be meant for the panel now shown. */
export function settling(): boolean {
  return state.clock.now() - state.last < state.ms;
}

const byPerson = (event: Event) => event.isTrusted === true;

/** The press acts: the main actions on the page (and those drawn next) wait for the settle time. */
function acted(doc: Document | null): void {
  state.last = state.clock.now();
  if (doc) for (const el of doc.querySelectorAll<HTMLElement>(`[${MAIN}]`)) hold(el);
}

/**
 * Marks an action held back as aria-disabled until the settle time is over: assistive technology
 * says so, and automation (Playwright waits for an enabled button) waits instead of losing a click.
 * It looks the same: the wait is too short to see.
 */
function hold(el: HTMLElement): void {
  if (!settling()) return;
  el.setAttribute('aria-disabled', 'true');
  const release = () => {
    if (settling()) state.clock.after(Math.max(1, state.ms - (state.clock.now() - state.last)), release);
    else el.removeAttribute('aria-disabled');
  };
  state.clock.after(Math.max(1, state.ms - (state.clock.now() - state.last)), release);
}

/** Whether a person's key press acts now (a repeat or a press too soon does not); one that does starts the settle time. */
export function keyActs(event: KeyboardEvent): boolean {
  if (!byPerson(event)) return true;
  if (event.repeat || settling()) return false;
  acted(event.target instanceof Node ? event.target.ownerDocument : null);
  return true;
}

/** Holds back a person's click on a main action that comes too soon, or as the second click of a double-click. */
function onClick(event: MouseEvent): void {
  if (!byPerson(event) || !(event.target instanceof Element) || !event.target.closest(`[${MAIN}]`)) return;
  if (event.detail > 1 || settling()) {
    event.preventDefault();
    event.stopImmediatePropagation();
    return;
  }
  acted(event.target.ownerDocument);
}

/**
 * The main actions of a panel (confirm, next, continue: what moves the game on). A person's press
 * on one acts only once the panel has settled; drawn within the settle time, they wait it out.
 */
export function mainActions(...actions: HTMLElement[]): void {
  for (const el of actions) {
    el.setAttribute(MAIN, '');
    hold(el);
    const doc = el.ownerDocument;
    // One listener per page, capturing: it runs before the action's own.
    if (!watched.has(doc)) {
      watched.add(doc);
      doc.addEventListener('click', onClick, true);
    }
  }
}
