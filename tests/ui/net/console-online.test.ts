// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadGameData } from '../../../src/data';
import type { Exercise } from '../../../src/exercise';
import { FacilitatorConsole } from '../../../src/ui/console/console';
import { channelTransport, memoryChannels } from '../../../src/ui/console/transport';
import { button } from '../dom';
import { consoleDeps } from '../console-fakes';
import { memoryStore } from '../fakes';

// "Run it over the network" on the local console (issue 12): offered in the console's menu when the
// page can make rooms, handed the console's exercise, and what went wrong said on the console.

const data = loadGameData();

function open(runOnline?: (exercise: Exercise) => Promise<string | null>) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  let ids = 0;
  // Its clock ticks as the browser's would (no `every`).
  const c = new FacilitatorConsole(consoleDeps(root, data, memoryStore(), { transport: channelTransport(memoryChannels()(), null), newId: () => `ex-${++ids}`, every: undefined, ...(runOnline ? { runOnline } : {}) }), 'en');
  return { root, console: c };
}

async function started(root: HTMLElement, c: FacilitatorConsole): Promise<void> {
  await c.start();
  await vi.waitFor(() => expect(root.querySelector('form.console-setup')).not.toBeNull());
  // A player's way in is on the set-up screen.
  expect(root.querySelector<HTMLAnchorElement>('a.net-join-entry')?.getAttribute('href')).toBe('?join');
  button(root, 'Start the exercise').click();
  await vi.waitFor(() => expect(root.querySelector('.console-running')).not.toBeNull());
}

describe('Run it over the network', () => {
  it("hands the console's exercise over, and says what went wrong", async () => {
    const asked: Exercise[] = [];
    const { root, console: c } = open(async (exercise) => (asked.push(exercise), 'This page is served without a room server.'));
    await started(root, c);
    button(root, 'Run it over the network').click();
    expect(asked.map((e) => e.id)).toEqual(['ex-1']);
    await vi.waitFor(() => expect(root.querySelector('.message')?.textContent).toContain('This page is served without a room server.'));
  });

  it('is not offered where the page cannot make rooms', async () => {
    const { root, console: c } = open();
    await started(root, c);
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Run it over the network')).toBe(false);
  });
});
