import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../engine';
import { playBatchSlice, summarizeBatch, type BatchOptions, type BatchResult, type BatchSamples } from '../sim/batch';
import type { SliceJob } from './sim-worker';

// A batch split across worker threads, one slice each. Game i has the same seed whichever thread
// plays it, so the result is identical to a run on one thread.

/** Below this many games per thread, starting threads costs more than it saves. */
const MIN_GAMES_PER_WORKER = 250;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function runSlice(job: SliceJob): Promise<BatchSamples> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sim-worker-boot.mjs', import.meta.url), { workerData: job });
    worker.once('message', (samples: BatchSamples) => {
      resolve(samples);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a batch worker stopped with code ${code}`));
    });
  });
}

export async function runBatchParallel(scenarioArg: string, scenario: Scenario, options: BatchOptions, workers: number): Promise<BatchResult> {
  const threads = Math.min(workers, Math.floor(options.runs / MIN_GAMES_PER_WORKER));
  if (threads <= 1) return summarizeBatch(scenario, options, [playBatchSlice(scenario, options, 0, options.runs)]);
  const { onGame: _onGame, ...plain } = options;
  const size = Math.ceil(options.runs / threads);
  const jobs: SliceJob[] = Array.from({ length: threads }, (_, i) => ({
    scenario: scenarioArg,
    options: plain,
    from: i * size,
    to: Math.min(options.runs, (i + 1) * size),
  }));
  const slices = await Promise.all(jobs.map(runSlice));
  return summarizeBatch(scenario, options, slices);
}
