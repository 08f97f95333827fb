import { parentPort, workerData } from 'node:worker_threads';
import { setStateFreezing, type Scenario } from '../engine';
import { playChunks, tallyBuffers, type ChunkJob } from './batch-chunks';

// One worker thread of a parallel batch: plays chunks of games until none is left and sends back
// its tally. Started from the prebuilt bundle that worker-bundle.ts makes, not from this source.

export interface WorkerJob extends ChunkJob {
  /** The scenario as the main thread loaded and validated it (plain data, copied to each thread). */
  readonly scenario: Scenario;
  readonly thread: number;
}

// Batch states are never frozen (engine/work.ts): freezing is a development check, and it would
// make a worker play several times slower than the main thread, which turns it off too.
setStateFreezing(false);
const job = workerData as WorkerJob;
const tally = playChunks(job.scenario, job, job.thread);
parentPort?.postMessage(tally, tallyBuffers(tally));
