import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { controlBuffer, NEXT } from '../../src/cli/batch-chunks';
import { runBatchParallel, threadsFor, workerCount } from '../../src/cli/parallel';
import { simWorkerBundle } from '../../src/cli/worker-bundle';
import { playBatchSlice, runBatch, summarizeBatch, type BatchOptions, type BatchTally } from '../../src/sim/batch';
import { scenario } from '../helpers';

describe('a batch split across worker threads', () => {
  const sc = scenario();

  it('gives exactly the result of the same batch on one thread, and reports its progress', async () => {
    const options: BatchOptions = { runs: 520, seed: 17, strategies: ['B'], usPolicy: 'recommended', runner: 'engine' };
    const seen: number[] = [];
    const parallel = await runBatchParallel(sc, options, 2, { onProgress: (done) => seen.push(done) });
    expect(parallel).toEqual(runBatch(sc, options));
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(520);
  });

  it('gives the same result on one thread and on two, through the machine, for a batch of a few hundred', async () => {
    const options: BatchOptions = { runs: 300, seed: 5, strategies: [], sexenios: 2, usPolicy: 'passive' };
    const one = await runBatchParallel(sc, options, 1);
    expect(await runBatchParallel(sc, options, 2)).toEqual(one);
  });

  it('plays on one thread, with a note, when the workers\' script cannot be prepared (a read-only node_modules)', async () => {
    const options: BatchOptions = { runs: 120, seed: 9, strategies: [], sexenios: 2, usPolicy: 'recommended' };
    const notes: string[] = [];
    const result = await runBatchParallel(sc, options, 2, {
      onNote: (note) => notes.push(note),
      workerBundle: () => Promise.reject(new Error("ENOTDIR: not a directory, mkdir 'node_modules/.cache/csd-sim-worker'")),
    });
    expect(result).toEqual(await runBatchParallel(sc, options, 1));
    expect(notes).toEqual([expect.stringMatching(/^the worker threads could not be prepared \(ENOTDIR: .*\); playing on one thread$/)]);
  });

  it('starts workers from a prebuilt JavaScript bundle that plays its chunks exactly as the main thread would', async () => {
    const bundle = await simWorkerBundle();
    expect(bundle).toMatch(/\.mjs$/);
    expect(existsSync(bundle)).toBe(true);
    expect(await simWorkerBundle()).toBe(bundle);
    // Thread 0 (the main thread here) plays two chunks, then a worker plays the rest.
    const options: BatchOptions = { runs: 45, seed: 23, strategies: [], usPolicy: 'hawkish', runner: 'engine' };
    const job = { scenario: sc, options, chunk: 10, control: controlBuffer(2) };
    Atomics.store(new Int32Array(job.control), NEXT, 3);
    const mine = playBatchSlice(sc, options, 0, 30);
    const tally = await new Promise<BatchTally>((resolve, reject) => {
      const worker = new Worker(bundle, { workerData: { ...job, thread: 1 } });
      worker.once('message', (t: BatchTally) => void worker.terminate().then(() => resolve(t)));
      worker.once('error', reject);
    });
    expect(tally.games).toBe(15);
    expect(summarizeBatch(sc, options, [mine, tally])).toEqual(runBatch(sc, options));
  });

  it('uses another thread only for a batch large enough to gain from it', () => {
    expect(threadsFor(2, 5000, 2)).toBe(1);
    expect(threadsFor(2, 9999, 2)).toBe(1);
    expect(threadsFor(2, 10_000, 2)).toBe(2);
    expect(threadsFor(2, 19_999, 1)).toBe(1);
    expect(threadsFor(2, 1_000_000, 2)).toBe(2);
    expect(threadsFor(8, 30_000, 2)).toBe(6);
    expect(threadsFor(1, 1_000_000, 8)).toBe(1);
    expect(threadsFor(4, 1, 1)).toBe(1);
  });

  it('uses at most one thread per core, and says so when asked for more', () => {
    expect(workerCount(undefined, 4)).toEqual({ workers: 4, note: null });
    expect(workerCount(2, 4)).toEqual({ workers: 2, note: null });
    expect(workerCount(16, 2)).toEqual({ workers: 2, note: '--workers 16: this machine has 2 core(s); using 2 worker thread(s)' });
  });
});
