import { afterEach, beforeEach } from 'vitest';
import { useSettleClock } from '../../src/ui/dom/settle';

// A person's presses, and a fake clock for the settle guard (src/ui/dom/settle.ts). The guard holds
// back only trusted events; happy-dom's are not, so these carry isTrusted as a browser's would.

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A person's click; `detail` 0 is the click a browser makes for Enter on a button, 2 a double-click's second. */
export const click = (el: Element, detail = 1) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, detail })));

/** A person's key press on `el` (the focused element: the panel's heading, as the app leaves it). */
export const press = (el: Element, key: string, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));

/**
 * Installs a fake settle clock around every test of the file (and empties the page after each):
 * no test sleeps. `wait` lets fake time pass, running what falls due.
 */
export function fakeSettleClock(): { wait(ms: number): void } {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  let restore: () => void = () => {};
  beforeEach(() => {
    now = 1000;
    timers = [];
    restore = useSettleClock({ now: () => now, after: (ms, run) => void timers.push({ at: now + ms, run }) });
  });
  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });
  return {
    wait(ms: number): void {
      now += ms;
      const due = timers.filter((x) => x.at <= now);
      timers = timers.filter((x) => x.at > now);
      for (const x of due) x.run();
    },
  };
}
