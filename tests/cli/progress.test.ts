import { describe, expect, it } from 'vitest';
import { progressBar, progressDelay, progressLine, wantsProgressBar } from '../../src/cli/progress';

function fakeBar(total: number) {
  let now = 0;
  const out: string[] = [];
  const bar = progressBar({ total, write: (t) => out.push(t), now: () => now, columns: 80 });
  return { bar, out, at: (ms: number) => (now = ms) };
}

describe('the batch progress bar', () => {
  it('is drawn only on a terminal and never with --json', () => {
    expect(wantsProgressBar(false, true)).toBe(true);
    expect(wantsProgressBar(true, true)).toBe(false);
    expect(wantsProgressBar(false, false)).toBe(false);
    expect(wantsProgressBar(false, undefined)).toBe(false);
  });

  it('prints nothing for a batch shorter than a second', () => {
    const { bar, out, at } = fakeBar(100);
    for (let i = 1; i <= 100; i++) {
      at(i * 9);
      bar.update(i);
    }
    bar.finish();
    expect(out).toEqual([]);
  });

  it('appears after a second, redraws at most ten times a second and ends with a newline', () => {
    const { bar, out, at } = fakeBar(3000);
    for (let i = 1; i <= 3000; i++) {
      at(i);
      bar.update(i);
    }
    bar.finish();
    const draws = out.filter((t) => t.startsWith('\r'));
    expect(draws.length).toBeGreaterThanOrEqual(20);
    expect(draws.length).toBeLessThanOrEqual(22);
    expect(draws[0]).toMatch(/ 33% 1,000\/3,000 games, 2s left/);
    expect(draws.at(-1)).toMatch(/\[#+\] 100% 3,000\/3,000 games/);
    expect(out.at(-1)).toBe('\n');
  });

  it('fits the terminal', () => {
    expect(progressLine(500_000, 1_000_000, 60_000, 80).length).toBeLessThanOrEqual(80);
    expect(progressLine(500_000, 1_000_000, 60_000, 80)).toMatch(/50% 500,000\/1,000,000 games, 1m00s left$/);
  });
});

describe('progressDelay', () => {
  it('is a second unless CSD_PROGRESS_DELAY_MS gives a whole number of milliseconds', () => {
    expect([undefined, '', 'soon', '-5', '1.5'].map(progressDelay)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(['0', '250'].map(progressDelay)).toEqual([0, 250]);
  });
});
