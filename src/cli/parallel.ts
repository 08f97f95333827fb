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
 *
 * What a thread costs on two cores: each thread's V8 compiles the engine and the machine for
 * itself, on background threads, while it plays. Alone, the main thread plays on one core and its
 * compiling takes the other: a 300-game batch used 420-450 ms of processor time in 230-260 ms,
 * 3,000 games 1.1-1.2 s in 0.63-0.72 s (about 0.45 s of compiling in all, measured with
 * `process.cpuUsage()`). A second thread has no idle core for its own compiling, so it gains only
 * once the games it takes over are worth more than two threads' compiling: about 2 x 0.45 s of
 * games, some 15,000 one-sexenio games on this machine (at 55-60 us a game), whatever the start-up
 * costs besides (a worker's first claim comes 55 ms after it is created). On a machine with cores
 * to spare the compiling would run beside the games and the crossover would fall to a few hundred
 * games, but every machine this project runs on has two.
 *
 * Measured in one process (`runBatchParallel` with 1 and 2 threads, one-sexenio games, the machine
 * otherwise idle, two runs each): 300 games 0.20-0.21 s on one thread against 0.25-0.31 on two,
 * 1,000 0.29-0.35 against 0.48-0.58, 3,000 0.62-0.64 against 0.81-1.02, 10,000 0.95-1.12 against
 * 1.03-1.18, 30,000 1.75-2.02 against 1.59-1.60, 100,000 5.1-5.8 against 3.4-4.4. Earlier rounds,
 * with slower games, put the crossover at 7,000 and then 10,000 two-sexenio games: the compiling
 * costs the same however fast a game is, so the faster the games, the more of them it takes. At
 * 10,000 a thread, a second thread joins from 20,000 one-sexenio games (10,000 of two sexenios).
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
