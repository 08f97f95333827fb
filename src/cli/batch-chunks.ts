import type { Scenario } from '../engine';
import { emptyTally, playBatchSlice, type BatchOptions, type BatchTally } from '../sim/batch';

// The games of a batch dealt out in small chunks to whichever thread is free: the main thread and
// each worker claim the next chunk from a shared counter until none is left. Who plays a game does
// not change it (game i always has the same seed) nor the statistics (tallies are counts, merged in
// any order), so a thread that starts late or runs slow simply plays fewer chunks.

export interface ChunkJob {
  readonly options: Omit<BatchOptions, 'onGame'>;
  /** Games per chunk. */
  readonly chunk: number;
  /** Int32 cells: [NEXT] the next chunk to claim, [PLAYED] games finished, [STARTED + t] thread t has begun claiming. */
  readonly control: SharedArrayBuffer;
}

export const NEXT = 0;
export const PLAYED = 1;
export const STARTED = 2;

export function controlBuffer(threads: number): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (STARTED + threads));
}

/** Plays chunks until none is left; `onPlayed` hears the batch-wide count of finished games after each game. */
export function playChunks(scenario: Scenario, job: ChunkJob, thread: number, onPlayed?: (played: number) => void): BatchTally {
  const control = new Int32Array(job.control);
  // Marked before the first claim: a thread still unmarked once the chunks run out can never get one.
  Atomics.store(control, STARTED + thread, 1);
  const tally = emptyTally();
  const runs = job.options.runs;
  const chunks = Math.ceil(runs / job.chunk);
  const played = () => {
    const n = Atomics.add(control, PLAYED, 1) + 1;
    onPlayed?.(n);
  };
  for (;;) {
    const c = Atomics.add(control, NEXT, 1);
    if (c >= chunks) break;
    playBatchSlice(scenario, job.options, c * job.chunk, Math.min(runs, (c + 1) * job.chunk), tally, played);
  }
  return tally;
}

/** The tally's large buffers, to transfer rather than copy when it is posted to another thread. */
export function tallyBuffers(tally: BatchTally): ArrayBuffer[] {
  return Object.values(tally.tracks).flatMap((years) => years.map((counts) => counts.counts.buffer as ArrayBuffer));
}
