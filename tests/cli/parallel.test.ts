import { describe, expect, it } from 'vitest';
import { runBatchParallel } from '../../src/cli/parallel';
import { runBatch, type BatchOptions } from '../../src/sim/batch';
import { scenario } from '../helpers';

describe('a batch split across worker threads', () => {
  it('gives exactly the result of the same batch on one thread', async () => {
    const sc = scenario();
    const options: BatchOptions = { runs: 520, seed: 17, strategies: ['B'], usPolicy: 'recommended', runner: 'engine' };
    const parallel = await runBatchParallel('transition-2012', sc, options, 2);
    expect(parallel).toEqual(runBatch(sc, options));
  });
});
