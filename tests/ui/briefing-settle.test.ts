// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { button, byLabel } from './dom';
import { launch, type Tab } from './harness';
import { click, fakeSettleClock, press } from './person';

// The briefing's Begin moves play on like Next year or Confirm, so it settles like them
// (settle.ts): Enter pressed twice quickly on a brief, or a double-click on it, must not pass the
// panel drawn next (the opening election, another team's brief) unread. A person's presses are
// trusted events; happy-dom's are not, so these carry isTrusted as the browser's would. The settle
// clock is a fake: no test sleeps.

/** A person's Enter, on the element that has the focus (the panel's heading, as the app leaves it). */
const enter = (el: Element) => press(el, 'Enter');
const title = (ui: Tab) => ui.panel().querySelector('h2') as HTMLElement;

const { wait } = fakeSettleClock();

async function start(ui: Tab, mode: string): Promise<void> {
  button(ui.panel(), 'New game').click();
  await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
  byLabel(ui.panel(), mode).click();
  button(ui.panel(), 'Start the game').click();
  await vi.waitFor(() => expect(ui.panel().querySelector('.briefing')).not.toBeNull());
}

describe("the briefing's Begin", () => {
  it('Enter, Enter quickly: the second Enter does not pass the opening election unread', async () => {
    const ui = launch({ seed: 5 });
    await start(ui, 'Solo, as the United States');
    // Enter on Begin (the browser clicks it, detail 0), then Enter again on the next panel's heading.
    click(button(ui.panel(), 'Begin'), 0);
    expect(ui.heading()).toBe('2012: the PRD wins the election');
    enter(title(ui));
    expect(ui.heading()).toBe('2012: the PRD wins the election');
    // Held, the moment's Continue says so; once the panel has been up a moment, Enter goes on.
    const go = button(ui.panel(), 'Continue');
    expect(go.getAttribute('aria-disabled')).toBe('true');
    wait(400);
    expect(go.hasAttribute('aria-disabled')).toBe(false);
    enter(title(ui));
    expect(ui.heading()).toMatch(/^The PRD government takes /);
  });

  it("a double-click on one team's brief does not pass the next team's unread", async () => {
    const ui = launch({ seed: 5 });
    await start(ui, 'Seminar: teams around one screen');
    expect(ui.panel().querySelector('.briefing')?.getAttribute('data-role')).toBe('mexico');
    click(button(ui.panel(), 'Next brief: United States'), 1);
    expect(ui.panel().querySelector('.briefing')?.getAttribute('data-role')).toBe('us');
    // Begin is drawn where the last button was: the double-click's second click, and a quick third, do nothing.
    const begin = button(ui.panel(), 'Begin');
    click(begin, 2);
    wait(150);
    click(begin, 1);
    expect(ui.panel().querySelector('.briefing')?.getAttribute('data-role')).toBe('us');
    expect(begin.getAttribute('aria-disabled')).toBe('true');
    wait(400);
    click(begin, 1);
    expect(ui.panel().querySelector('.briefing')).toBeNull();
  });

  it("holds back no script: a shortcut's or a test's click() acts at once", async () => {
    const ui = launch({ seed: 5 });
    await start(ui, 'Seminar: teams around one screen');
    click(button(ui.panel(), 'Next brief: United States'), 1);
    button(ui.panel(), 'Begin').click();
    expect(ui.panel().querySelector('.briefing')).toBeNull();
  });
});
