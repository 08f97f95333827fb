import { describe, expect, it } from 'vitest';
import { batchSeed, seedRng } from '../../src/engine';
import { nextFloat, weightedPick } from '../../src/engine/rng';

describe('rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const run = (seed: number) => {
      let s = seedRng(seed);
      return Array.from({ length: 5 }, () => {
        const [v, next] = nextFloat(s);
        s = next;
        return v;
      });
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('draws floats in [0, 1) with a mean near one half', () => {
    let s = seedRng(1);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const [v, next] = nextFloat(s);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      sum += v;
      s = next;
    }
    expect(sum / 10000).toBeCloseTo(0.5, 1);
  });

  it('picks by weight and never picks a zero weight', () => {
    const holder = { rng: seedRng(3) };
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++) counts[weightedPick(holder, { a: 3, b: 1, c: 0 }, ['a', 'b', 'c'])]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('gives distinct seeds to the games of a batch', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => batchSeed(1, i)));
    expect(seeds.size).toBe(1000);
  });
});
