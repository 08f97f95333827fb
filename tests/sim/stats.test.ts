import { describe, expect, it } from 'vitest';
import { addCounts, countValue, shares, sharesOfCounts, summarize, summarizeCounts, valueCounts, type ValueCounts } from '../../src/sim/stats';

// The counted statistics a batch uses must be exactly those of the values themselves, however the
// values are split into slices and in whatever order the slices are merged.

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator), for synthetic columns. */
function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Values on a track's grid: one decimal in 0..100 (as clampTrack rounds them), skewed so that percentiles differ from the mean. */
function decimalColumn(n: number, seed: number): Float64Array {
  const u = uniform(seed);
  return Float64Array.from({ length: n }, () => Math.round(100 * u() ** 2 * 10) / 10);
}

/** Violence: whole numbers in 0..60000. */
function integerColumn(n: number, seed: number): Float64Array {
  const u = uniform(seed);
  return Float64Array.from({ length: n }, () => Math.round(60000 * u() ** 3));
}

function counted(values: Float64Array, lo: number, hi: number, scale: number): ValueCounts {
  const c = valueCounts(lo, hi, scale);
  for (const v of values) countValue(c, v);
  return c;
}

/** Nearest rank, computed directly: the value at rank ceil(p% of n) of the sorted values. */
function nearestRank(values: Float64Array, p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Splits values into `parts` slices of uneven sizes, counts each, and merges them in reverse order. */
function countedInSlices(values: Float64Array, parts: number, lo: number, hi: number, scale: number): ValueCounts {
  const u = uniform(parts);
  const cuts = [0, ...Array.from({ length: parts - 1 }, () => Math.floor(u() * values.length)).sort((a, b) => a - b), values.length];
  const slices = cuts.slice(1).map((end, i) => counted(values.subarray(cuts[i], end), lo, hi, scale));
  const merged = valueCounts(lo, hi, scale);
  for (const s of slices.reverse()) addCounts(merged, s);
  return merged;
}

const round = (v: number) => Math.round(v * 100) / 100;

describe('counted statistics over large columns', () => {
  const N = 200_000;
  const tracks = [
    { name: 'a one-decimal track', values: decimalColumn(N, 1), lo: 0, hi: 100, scale: 10 },
    { name: 'violence', values: integerColumn(N, 2), lo: 0, hi: 60000, scale: 1 },
  ];

  it.each(tracks)('give exactly the summary of the values themselves for $name, in one slice and in 500', ({ values, lo, hi, scale }) => {
    const direct = summarize(values);
    const one = counted(values, lo, hi, scale);
    expect(one.n).toBe(N);
    expect(summarizeCounts(one)).toEqual(direct);
    expect(summarizeCounts(countedInSlices(values, 500, lo, hi, scale))).toEqual(direct);
    expect(direct.p10).toBe(round(nearestRank(values, 10)));
    expect(direct.p50).toBe(round(nearestRank(values, 50)));
    expect(direct.p90).toBe(round(nearestRank(values, 90)));
    let sum = 0;
    for (const v of values) sum += v;
    expect(Math.abs(direct.mean - sum / N)).toBeLessThan(0.006);
  });

  it('counts values off the grid exactly, e.g. a start value set to two decimals that no year moved', () => {
    const values = decimalColumn(50_000, 3);
    for (let i = 0; i < values.length; i += 7) values[i] = 70.55;
    for (let i = 3; i < values.length; i += 11) values[i] = 12.345;
    const c = countedInSlices(values, 37, 0, 100, 10);
    expect(c.offGrid.get(70.55)).toBeGreaterThan(0);
    expect(summarizeCounts(c)).toEqual(summarize(values));
  });

  it('percentiles land on the right rank at every size from 1 to 60, and an empty column has none', () => {
    for (let n = 1; n <= 60; n++) {
      const values = decimalColumn(n, n);
      expect(summarizeCounts(counted(values, 0, 100, 10))).toEqual(summarize(values));
    }
    expect(summarizeCounts(valueCounts(0, 100, 10))).toEqual(summarize(new Float64Array(0)));
  });

  it('computes mean and nearest-rank percentiles of a small table', () => {
    const values = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(summarize(values)).toEqual({ mean: 5.5, p10: 1, p50: 5, p90: 9 });
    expect(summarizeCounts(counted(values, 0, 100, 10))).toEqual({ mean: 5.5, p10: 1, p50: 5, p90: 9 });
  });

  it('refuses to merge counts on different grids (a programmer error)', () => {
    expect(() => addCounts(valueCounts(0, 100, 10), valueCounts(0, 60000, 1))).toThrow(/different grids/);
  });
});

describe('shares from counts', () => {
  it('equal the shares of the values they count', () => {
    const categories = ['A', 'B', 'C+LE', 'C', 'D'] as const;
    const u = uniform(9);
    const values = Array.from({ length: 300_001 }, () => categories[Math.floor(u() * u() * categories.length)] as (typeof categories)[number]);
    const counts = categories.map((c) => values.filter((v) => v === c).length);
    expect(sharesOfCounts(counts, categories)).toEqual(shares(values, categories));
    expect(sharesOfCounts([0, 0, 0, 0, 0], categories)).toEqual(shares([], categories));
  });
});
