import { parentPort, workerData } from 'node:worker_threads';
import { playBatchSlice, type BatchOptions } from '../sim/batch';
import { loadScenarioArg } from './scenario-arg';

// One worker thread of a parallel batch: plays its slice of games and sends back the samples.

export interface SliceJob {
  readonly scenario: string;
  readonly options: Omit<BatchOptions, 'onGame'>;
  readonly from: number;
  readonly to: number;
}

const job = workerData as SliceJob;
const scenario = loadScenarioArg(job.scenario);
if (!scenario.ok) throw new Error(scenario.error);
const samples = playBatchSlice(scenario.value, job.options, job.from, job.to);
const buffers = Object.values(samples.columns).flatMap((series) => series.map((column) => column.buffer as ArrayBuffer));
parentPort?.postMessage(samples, buffers);
