import { describe, expect, it } from 'vitest';
import { makeConfig, playGame } from '../../src/engine';
import { comparisonRequest, computeComparisons, type ComparisonProgress } from '../../src/sim/debrief-comparisons';
import { runComparisons } from '../../src/ui/debrief/comparison-runner';
import { manualWorker } from './fakes';
import { sc } from './play';
import { seats } from '../helpers';

// Where the debrief's comparisons are played: in a worker, or, without one, on the page's own
// thread a slice at a time, giving the page its turn between slices.

const played = playGame(sc, makeConfig(sc, { seed: 11 }));
const game = { ...played, config: { ...played.config, seats: seats(['us']) } };
const request = comparisonRequest(game, sc, 8);
const expected = computeComparisons(sc, request);

describe('running the comparisons', () => {
  it('without a worker, plays them on the page in slices, reporting progress and letting the page run in between', async () => {
    const progress: ComparisonProgress[] = [];
    const fellBack: string[] = [];
    let pageTurns = 0;
    let turnsWhilePlaying = 0;
    const job = runComparisons(sc, request, {
      sliceMs: 0,
      onProgress: (p) => {
        progress.push(p);
        turnsWhilePlaying = pageTurns;
      },
      onFallback: (why) => fellBack.push(why),
    });
    // The page's own work, queued as the games start: it runs before they end.
    const page = setInterval(() => pageTurns++, 0);
    const result = await job.result;
    clearInterval(page);
    expect(result).toEqual(expected);
    expect(fellBack).toEqual(['no worker']);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.every((p) => p.total === 3 * 8)).toBe(true);
    expect(turnsWhilePlaying).toBeGreaterThan(0);
  });

  it('stops when cancelled: no more progress, and no result', async () => {
    const progress: ComparisonProgress[] = [];
    const job = runComparisons(sc, request, { sliceMs: 0, onProgress: (p) => progress.push(p) });
    let settled = false;
    void job.result.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    job.cancel();
    const seen = progress.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(progress.length).toBe(seen);
    expect(settled).toBe(false);
  });

  it('takes the numbers from a worker, and ends it', async () => {
    const worker = manualWorker();
    const progress: ComparisonProgress[] = [];
    const job = runComparisons(sc, request, { createWorker: () => worker as unknown as Worker, onProgress: (p) => progress.push(p) });
    expect(worker.asked).toEqual([{ type: 'compare', request }]);
    worker.answer({ type: 'progress', done: 3, total: 24 });
    worker.answer({ type: 'result', comparisons: expected });
    await expect(job.result).resolves.toEqual(expected);
    expect(progress).toEqual([{ done: 3, total: 24 }]);
    expect(worker.terminated).toBe(true);
  });

  it('plays them on the page when the worker fails', async () => {
    const worker = manualWorker();
    const fellBack: string[] = [];
    const job = runComparisons(sc, request, { createWorker: () => worker as unknown as Worker, onProgress: () => {}, onFallback: (why) => fellBack.push(why) });
    worker.fail('Failed to load module script');
    await expect(job.result).resolves.toEqual(expected);
    expect(worker.terminated).toBe(true);
    expect(fellBack).toEqual(['the worker failed: Failed to load module script']);
  });

  it('plays them on the page when the worker stays silent', async () => {
    const worker = manualWorker();
    const fellBack: string[] = [];
    const job = runComparisons(sc, request, { createWorker: () => worker as unknown as Worker, silenceMs: 50, onProgress: () => {}, onFallback: (why) => fellBack.push(why) });
    await expect(job.result).resolves.toEqual(expected);
    expect(fellBack).toEqual(['the worker was silent for 50 ms']);
    expect(worker.terminated).toBe(true);
  });
});
