import { describe, expect, it } from 'vitest';
import { batchSeed } from '../../src/engine';
import { draw, raceKey, streamFloat, weightedPick, type StreamHolder } from '../../src/engine/rng';

describe('named random streams', () => {
  it('gives the same draws for the same seed, stream, year and key, and different ones otherwise', () => {
    const run = (seed: number, stream: 'events' | 'noise' = 'events', year = 2013, key = 'k') => Array.from({ length: 5 }, (_, n) => streamFloat(seed, stream, year, key, n));
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    expect(run(7, 'events')).not.toEqual(run(7, 'noise'));
    expect(run(7, 'events', 2013)).not.toEqual(run(7, 'events', 2014));
    expect(run(7, 'events', 2013, 'a')).not.toEqual(run(7, 'events', 2013, 'b'));
  });

  it('draws floats in [0, 1) with a mean near one half and no correlation between neighbouring seeds', () => {
    let sum = 0;
    let cross = 0;
    for (let i = 0; i < 10000; i++) {
      const v = streamFloat(i, 'noise', 2015, '', 0);
      const w = streamFloat(i + 1, 'noise', 2015, '', 0);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      sum += v;
      cross += (v - 0.5) * (w - 0.5);
    }
    expect(sum / 10000).toBeCloseTo(0.5, 1);
    expect(Math.abs(cross / 10000 / (1 / 12))).toBeLessThan(0.05);
  });

  it('advances only the counter of the key drawn', () => {
    const holder: StreamHolder = { config: { seed: 3 }, year: 2014, draws: {} };
    const first = draw(holder, 'effects', 'card:a');
    draw(holder, 'effects', 'card:b');
    draw(holder, 'effects', 'card:b');
    expect(holder.draws).toEqual({ 'effects/card:a': 1, 'effects/card:b': 2 });
    // A game that never drew card:b draws the same second value for card:a.
    const other: StreamHolder = { config: { seed: 3 }, year: 2014, draws: {} };
    expect(draw(other, 'effects', 'card:a')).toBe(first);
    expect(draw(holder, 'effects', 'card:a')).toBe(draw(other, 'effects', 'card:a'));
  });

  it('picks by weight and never picks a zero weight', () => {
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++) counts[weightedPick(streamFloat(3, 'ai', 2012, '', i), { a: 3, b: 1, c: 0 }, ['a', 'b', 'c'])]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('refuses weights with no positive, finite sum instead of picking anything', () => {
    expect(() => weightedPick(0.5, { a: 0, b: 0 }, ['a', 'b'])).toThrow(/positive, finite/);
    expect(() => weightedPick(0.5, { a: 1e308, b: 1e308 }, ['a', 'b'])).toThrow(/positive, finite/);
  });

  it('races cards by weight: a card of weight 3 wins about three times as often as one of weight 1', () => {
    let wins = 0;
    for (let i = 0; i < 4000; i++) if (raceKey(streamFloat(i, 'events', 2013, 'heavy', 0), 3) < raceKey(streamFloat(i, 'events', 2013, 'light', 0), 1)) wins++;
    expect(wins / 4000).toBeGreaterThan(0.72);
    expect(wins / 4000).toBeLessThan(0.78);
    expect(raceKey(0.5, 0)).toBe(Infinity);
  });

  it('gives distinct seeds to the games of a batch', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => batchSeed(1, i)));
    expect(seeds.size).toBe(1000);
  });
});
