import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../engine';
import { summarizeBatch, type BatchOptions, type BatchResult, type BatchTally } from '../sim/batch';
import { controlBuffer, PLAYED, playChunks, STARTED, type ChunkJob } from './batch-chunks';
import type { WorkerJob } from './sim-worker';
import { simWorkerBundle } from './worker-bundle';

// A batch shared between the main thread and worker threads (see batch-chunks.ts). The main thread
// plays from the first moment while the workers start. Game i has the same seed whichever thread
// plays it and tallies are counts, so the result is identical to a run on one thread.

/**
 * Work per thread, in games times sexenios, below which another thread costs more than it saves.
 * A thread's V8 compiles the engine and the machine as it plays: from cold, its first hundred games
 * run at about 400 a second, its first thousand take 0.6 s (0.2 s warm), and full speed comes after
 * about 1,800; it compiles on background threads, which on two cores take time from the other
 * thread too. Games got about twenty times faster since this was first set (at 1,250), so a second
 * thread now has a batch of several thousand games to win back its start. Measured on an idle
 * two-core machine, `npm run sim -- --runs N --workers 1` against `--workers 2` with this limit
 * lifted, best of three: 2,500 two-sexenio games 2.53 s against 2.87 s, 5,000 3.71 against 3.80,
 * 10,000 4.70 against 4.52, 20,000 7.00 against 5.86. The crossover was near 7,000 games. When a
 * game took 15% fewer instructions, the start stayed as dear and the crossover moved up: measured in
 * one process (`runBatchParallel` with 1 and 2 threads, the machine otherwise idle, two or three runs each),
 * 7,000 games 1.81-1.84 s on one thread against 2.03-2.22 on two, 10,000 2.29-2.38 against
 * 2.30-2.39, 14,000 3.44-3.91 against 3.15-3.37, 20,000 4.88-5.72 against 3.46-3.95.
 */
const MIN_WORK_PER_THREAD = 10_000;
/** Games per chunk at most: small enough to share the last games evenly, large enough to claim rarely. */
const MAX_CHUNK = 100;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** The threads to use for `--workers asked`: at most one per core, with a note when that is fewer than asked. */
export function workerCount(asked: number | undefined, cores = defaultWorkers()): { workers: number; note: string | null } {
  if (asked === undefined) return { workers: cores, note: null };
  if (asked <= cores) return { workers: asked, note: null };
  return { workers: cores, note: `--workers ${asked}: this machine has ${cores} core(s); using ${cores} worker thread(s)` };
}

/** How many of `workers` threads a batch of `runs` games of `sexenios` sexenios gains from (see MIN_WORK_PER_THREAD). */
export function threadsFor(workers: number, runs: number, sexenios: number): number {
  return Math.max(1, Math.min(workers, Math.floor((runs * Math.max(1, sexenios)) / MIN_WORK_PER_THREAD)));
}

interface Running {
  readonly worker: Worker;
  /** Never rejects: an error is a value here, so that none goes unhandled while the main thread plays. */
  readonly result: Promise<{ ok: true; tally: BatchTally } | { ok: false; error: Error }>;
}

function startWorker(bundle: string, job: WorkerJob): Running {
  // No inherited execArgv: under tsx it names tsx's loader, and a worker that loaded it would start
  // a module-hooks thread and send its one plain-JavaScript file through it (70 ms more to its
  // first game). The bundle needs no loader; the V8 flags a process was given apply to every thread.
  const worker = new Worker(bundle, { workerData: job, execArgv: [] });
  const result = new Promise<{ ok: true; tally: BatchTally } | { ok: false; error: Error }>((resolve) => {
    worker.once('message', (tally: BatchTally) => resolve({ ok: true, tally }));
    worker.once('error', (error) => resolve({ ok: false, error }));
    worker.once('exit', (code) => resolve({ ok: false, error: new Error(`a batch worker stopped with code ${code} before sending its games`) }));
  });
  return { worker, result };
}

export interface ParallelHooks {
  /** Hears the number of games finished, often: it should be cheap (see progress.ts). */
  readonly onProgress?: (done: number) => void;
  /** Hears a note for the user, e.g. that the batch runs on one thread because workers could not start. */
  readonly onNote?: (note: string) => void;
  /** The worker threads' script (worker-bundle.ts; replaced in tests). */
  readonly workerBundle?: () => Promise<string>;
}

/**
 * Plays the batch on `threads` threads (the main thread and threads - 1 workers; one when `onGame`
 * must see every game) and summarizes it. When the workers' script cannot be prepared (a read-only
 * node_modules, say), the batch runs on the main thread alone, with a note: the same result.
 */
export async function runBatchParallel(scenario: Scenario, options: BatchOptions, threadCount: number, hooks: ParallelHooks = {}): Promise<BatchResult> {
  const { onProgress, onNote, workerBundle = simWorkerBundle } = hooks;
  let threads = options.onGame ? 1 : Math.max(1, Math.min(threadCount, options.runs));
  let bundle = '';
  if (threads > 1) {
    try {
      bundle = await workerBundle();
    } catch (error) {
      onNote?.(`the worker threads could not be prepared (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); playing on one thread`);
      threads = 1;
    }
  }
  const { onGame: _onGame, ...plain } = options;
  const job: ChunkJob = {
    options: plain,
    chunk: Math.max(1, Math.min(MAX_CHUNK, Math.ceil(options.runs / (threads * 16)))),
    control: controlBuffer(threads),
  };
  const running = Array.from({ length: threads - 1 }, (_, i) => startWorker(bundle, { ...job, scenario, thread: i + 1 }));
  const control = new Int32Array(job.control);
  let mine: BatchTally;
  try {
    // The main thread keeps `onGame` (only ever set when it plays alone).
    mine = playChunks(scenario, { ...job, options }, 0, onProgress);
  } catch (e) {
    await Promise.all(running.map((r) => r.worker.terminate()));
    throw e;
  }
  // The chunks have run out: a worker that has not begun claiming will never get one, so it need
  // not finish starting up.
  const waiting = running.filter((r, i) => {
    if (Atomics.load(control, STARTED + i + 1) === 1) return true;
    void r.worker.terminate();
    return false;
  });
  const ticker = onProgress && waiting.length > 0 ? setInterval(() => onProgress(Atomics.load(control, PLAYED)), 100) : undefined;
  const results = await Promise.all(waiting.map((r) => r.result));
  if (ticker) clearInterval(ticker);
  for (const r of waiting) void r.worker.terminate();
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw new Error(`a batch worker failed: ${failed.error.message}`);
  const tallies = [mine, ...results.flatMap((r) => (r.ok ? [r.tally] : []))];
  const played = tallies.reduce((n, t) => n + t.games, 0);
  if (played !== options.runs) throw new Error(`the batch played ${played} of ${options.runs} games`);
  return summarizeBatch(scenario, options, tallies);
}
