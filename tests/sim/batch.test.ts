import { describe, expect, it } from 'vitest';
import { TRACK_NAMES } from '../../src/engine';
import { runBatch } from '../../src/sim/batch';
import { formatBatchTable } from '../../src/sim/report';
import { summarize } from '../../src/sim/stats';
import { scenario } from '../helpers';

const sc = scenario();

describe('batch runs', () => {
  const result = runBatch(sc, { runs: 40, seed: 7, strategies: ['B'], usPolicy: 'recommended' });

  it('has the documented JSON shape, every series aligned with the years', () => {
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['scenario', 'seed', 'runs', 'options', 'usPolicy', 'years', 'start', 'tracks', 'final']));
    expect(result.years).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
    for (const name of TRACK_NAMES) {
      for (const key of ['mean', 'p10', 'p50', 'p90'] as const) expect(result.tracks[name][key]).toHaveLength(result.years.length);
      expect(result.start[name]).toBeDefined();
    }
    expect(result.final.relationship.p10).toBeLessThanOrEqual(result.final.relationship.p90);
    const bandShares = Object.values(result.final.relationshipBand).reduce((a, b) => a + b, 0);
    expect(bandShares).toBeCloseTo(1, 5);
    expect(Object.keys(result.final.intelligenceSharing)).toEqual(['none', 'functional', 'routine', 'deep']);
    expect(result.strategies[0]?.B).toBe(1);
  });

  it('is deterministic for a seed and differs for another', () => {
    const again = runBatch(sc, { runs: 40, seed: 7, strategies: ['B'], usPolicy: 'recommended' });
    expect(again).toEqual(result);
    expect(runBatch(sc, { runs: 40, seed: 8, strategies: ['B'], usPolicy: 'recommended' })).not.toEqual(result);
  });

  it('gives the same results through the machine and through the engine alone', () => {
    expect(runBatch(sc, { runs: 20, seed: 3, strategies: [], usPolicy: 'passive', runner: 'engine' })).toEqual(runBatch(sc, { runs: 20, seed: 3, strategies: [], usPolicy: 'passive' }));
  });

  it('plays beyond the listed options with the computer president, and as many sexenios as asked', () => {
    const r = runBatch(sc, { runs: 30, seed: 1, strategies: ['A'], sexenios: 2, usPolicy: 'recommended' });
    expect(r.years).toHaveLength(12);
    expect(r.strategies).toHaveLength(2);
    expect(r.strategies[0]?.A).toBe(1);
    expect(Object.values(r.strategies[1] ?? {}).filter((share) => share > 0).length).toBeGreaterThan(1);
  });

  it('prints a readable table', () => {
    const table = formatBatchTable(result);
    expect(table).toMatch(/Scenario transition-2012: 40 runs, seed 7/);
    expect(table).toMatch(/relationship\.semar/);
    expect(table).toMatch(/Final relationship band: /);
  });
});

describe('summary statistics', () => {
  it('computes mean and nearest-rank percentiles', () => {
    expect(summarize(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toEqual({ mean: 5.5, p10: 1, p50: 5, p90: 9 });
  });
});
