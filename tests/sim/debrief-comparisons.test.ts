import { describe, expect, it } from 'vitest';
import { makeConfig, playGame } from '../../src/engine';
import { playAlternative, seedsAround, spread } from '../../src/sim/compare';
import { comparisonRequest, computeComparisons, playComparisons } from '../../src/sim/debrief-comparisons';
import { scenario, seats } from '../helpers';

// The debrief's comparisons as numbers: played a game at a time (so a worker can report progress
// and the page can yield between games), and the same as playing each alternative over every seed.

const sc = scenario('transition-2012');
const calderon = scenario('calderon-2006');

describe('the comparisons of a finished game, as numbers', () => {
  // A seminar's game, as far as the comparisons can tell: both teams' seats, strategy C.
  const played = playGame(sc, makeConfig(sc, { seed: 5, fixedStrategies: ['C'] }));
  const game = { ...played, config: { ...played.config, seats: seats(['us', 'mexico']) } };
  const request = comparisonRequest(game, sc, 6);

  it('asks for a few plain values, which survive a structured clone (the message to a worker)', () => {
    expect(request).toEqual({ scenario: 'transition-2012', config: game.config, yourFinal: game.history.at(-1)?.relationship, chosen: 'C', parties: [], seeds: 6 });
    expect(structuredClone(request)).toEqual(request);
    // Not the game's state: its log and history stay on the page.
    expect(JSON.stringify(request).length).toBeLessThan(1000);
  });

  it('plays one game per step, reporting how many of how many, before the first game and after each', () => {
    const steps = playComparisons(sc, request);
    const seen: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) {
      expect(next.value.total).toBe((5 + 3) * 6);
      seen.push(next.value.done);
    }
    expect(seen).toEqual(Array.from({ length: 8 * 6 + 1 }, (_, i) => i));
    expect(next.value.map((c) => c.varies)).toEqual(['strategy', 'policy']);
  });

  it('gives the bands that playing each alternative over every seed gives', () => {
    const [strategy, policy] = computeComparisons(sc, request);
    const seeds = seedsAround(5, 6);
    const setup = { seeds, sexenios: game.config.sexenios, usPolicy: 'recommended' as const, parties: [] };
    for (const band of strategy?.bands ?? []) {
      const runs = playAlternative(sc, setup, { kind: 'strategy', token: band.key as 'A' });
      expect(band.median, band.key).toEqual(runs.relationship.map((column) => spread(column).p50));
      expect(band.final, band.key).toEqual(spread(runs.final));
      expect(band.onYourSeed).toBe(runs.final[0]);
    }
    // A strategy Mexico's players chose is theirs: the US policies are compared under it.
    const recommended = playAlternative(sc, { ...setup, strategy: 'C' }, { kind: 'policy', policy: 'recommended' });
    expect(policy?.bands[0]?.final).toEqual(spread(recommended.final));
    expect(policy?.added).toEqual({ against: 'recommended', value: request.yourFinal - (recommended.final[0] ?? Number.NaN) });
    expect(strategy?.added?.against).toBe('C');
  });

  it('plays the historical path once, shown in each comparison of a history scenario', () => {
    const played = playGame(calderon, makeConfig(calderon, { seed: 2, sexenios: 1 }));
    const g = { ...played, config: { ...played.config, seats: seats(['us', 'mexico']) } };
    const steps = playComparisons(calderon, comparisonRequest(g, calderon, 4));
    const first = steps.next();
    expect(first.value).toEqual({ done: 0, total: (1 + 5 + 3) * 4 });
    const comparisons = computeComparisons(calderon, comparisonRequest(g, calderon, 4));
    expect(comparisons.map((c) => c.bands.at(-1)?.kind)).toEqual(['historical', 'historical']);
    expect(comparisons[0]?.bands.at(-1)).toEqual(comparisons[1]?.bands.at(-1));
  });

  it('refuses a request for another scenario', () => {
    expect(() => computeComparisons(calderon, request)).toThrow(/"transition-2012", not "calderon-2006"/);
  });
});
