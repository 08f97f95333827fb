import { describe, expect, it } from 'vitest';
import { headlineRelationship, makeConfig, NUMERIC_TRACKS, playGame, type GameState, type NumericTrack, type StrategyToken, type UsPolicy } from '../../src/engine';
import { runBatch, type BatchOptions } from '../../src/sim/batch';
import { batchSeeds, compare } from '../../src/sim/compare';
import { scenario } from '../helpers';

// The paper's claims 6-9 of DESIGN §6 and the recalibrations of issue 7, as statistics over hundreds
// of seeded games. Every comparison plays the same seeds under each alternative.

const transition = scenario('transition-2012');
const window = scenario('window-2011');
const history = scenario('calderon-2006');

const games = (sc: typeof transition, runs: number, seed: number, overrides: Parameters<typeof makeConfig>[1]): GameState[] =>
  batchSeeds(seed, runs).map((s) => playGame(sc, makeConfig(sc, { ...overrides, seed: s })));

describe('claim 7: the window of opportunity (window-2011)', () => {
  const shares = (usPolicy: Exclude<UsPolicy, 'historical'>) => runBatch(window, { runs: 600, seed: 2011, strategies: [], usPolicy, runner: 'engine' }).strategies[0];
  const recommended = shares('recommended');
  const passive = shares('passive');
  const hawkish = shares('hawkish');

  it('opens in 2011 with Calderón in office and plays to the 2012 choice, then the next term', () => {
    const g = playGame(window, makeConfig(window, { seed: 1 }));
    expect(g.history.map((r) => r.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    const strategies = g.log.flat().filter((e) => e.type === 'strategy');
    expect(strategies).toHaveLength(1);
    expect(strategies[0]?.year).toBe(2012);
  });

  it('makes A likelier and D less likely when the US follows the recommendations than when it is passive', () => {
    expect((recommended?.A ?? 0) - (passive?.A ?? 0)).toBeGreaterThan(0.05);
    expect((passive?.D ?? 0) - (recommended?.D ?? 0)).toBeGreaterThan(0.04);
  });

  it('makes A less likely under a hawkish US than under the recommended one ("any semblance of encroachment")', () => {
    expect((recommended?.A ?? 0) - (hawkish?.A ?? 0)).toBeGreaterThan(0.02);
  });
});

describe('passive means no US initiative', () => {
  it('spends no capital on levers and answers every card with its cheapest option', () => {
    for (const g of games(window, 40, 9, { usPolicy: 'passive' })) {
      for (const e of g.log.flat()) {
        if (e.type === 'decision' && e.role === 'us') expect(e.actions).toEqual([]);
        if (e.type === 'cardChoice' && e.role === 'us') {
          const card = window.deck.find((c) => c.id === e.card);
          const costs = card?.choice?.options.map((o) => o.effects.reduce((s, x) => (x.op === 'capital' && x.role === 'us' && x.value < 0 ? s - x.value : s), 0)) ?? [];
          const chosen = card?.choice?.options.findIndex((o) => o.id === e.choice) ?? -1;
          expect(costs[chosen]).toBe(Math.min(...costs));
          expect(e.reason?.code).toBe('ai.us.leastEffort');
        }
      }
    }
  });
});

describe('claim 8: the common threat (fn 37, "a common enemy")', () => {
  const finalUnderA = (overrides: BatchOptions['startOverrides']) => runBatch(transition, { runs: 200, seed: 37, strategies: ['A'], usPolicy: 'recommended', startOverrides: overrides, runner: 'engine' }).final.relationship.mean;
  it('pulls the militaries together harder when the cartels are winning than when they are crushed', () => {
    const crushed = finalUnderA({ tcoPower: 0, violence: 0 });
    const today = finalUnderA({});
    const winning = finalUnderA({ tcoPower: 100, violence: 60000 });
    expect(today - crushed).toBeGreaterThan(5);
    expect(winning - today).toBeGreaterThan(2);
  });

  it('moves with cartel power and with violence, each on its own', () => {
    expect(finalUnderA({ tcoPower: 100 }) - finalUnderA({ tcoPower: 0 })).toBeGreaterThan(5);
    expect(finalUnderA({ violence: 60000 }) - finalUnderA({ violence: 0 })).toBeGreaterThan(2);
  });
});

describe('claim 3, recalibrated: B hands over in year four or later, then settles below where it began', () => {
  const played = games(transition, 300, 3, { fixedStrategies: ['B', 'B'], sexenios: 2 });
  it('varies the handover year and sometimes keeps the military in the lead for the whole term', () => {
    const years = played.map((g) => g.log.flat().find((e) => e.type === 'handover')?.year ?? null);
    const within = years.filter((y): y is number => y !== null && y <= 2018);
    expect(Math.min(...within)).toBe(2016);
    expect(new Set(within).size).toBeGreaterThanOrEqual(3);
    expect(years.filter((y) => y === null || y > 2018).length / played.length).toBeGreaterThan(0.05);
  });

  it('ends two B terms below the relationship B began with in most games', () => {
    const began = headlineRelationship(transition.start.tracks);
    const below = played.filter((g) => (g.history.at(-1)?.relationship ?? 100) < began).length;
    expect(below / played.length).toBeGreaterThan(0.5);
  });
});

describe('claim 9: D is tacit, uncertain and fragments', () => {
  const played = games(transition, 300, 9, { fixedStrategies: ['D'] });
  const start = transition.start.tracks.violence;

  it('lets the US learn of it with a lag, and then withhold intelligence as a decision of its own', () => {
    const lags = played.map((g) => g.log.flat().find((e) => e.type === 'accommodationKnown')?.year ?? 9999);
    expect(lags.filter((y) => y === 2013).length / played.length).toBeLessThan(0.7);
    expect(lags.filter((y) => y > 2013 && y < 9999).length).toBeGreaterThan(0);
    for (const g of played) {
      const known = g.log.flat().find((e) => e.type === 'accommodationKnown')?.year ?? 9999;
      const withheld = g.log.flat().find((e) => e.type === 'decision' && e.role === 'us' && e.actions.includes('withholdIntelligence'));
      if (withheld) expect(withheld.year).toBeGreaterThan(known);
    }
    // A passive US never withholds: intelligence keeps flowing where the relationship allows, and leaks.
    const passive = games(transition, 60, 9, { fixedStrategies: ['D'], usPolicy: 'passive' });
    expect(passive.some((g) => g.flags.includes('intelligenceWithheld'))).toBe(false);
    expect(passive.some((g) => g.log.flat().some((e) => e.type === 'track' && e.cause.kind === 'rule' && e.cause.id === 'intelligenceLeak'))).toBe(true);
  });

  it('lowers violence at first, but some games fragment and end more violent than they began', () => {
    const second = played.map((g) => g.history[1]?.tracks.violence ?? 0).sort((a, b) => a - b);
    expect(second[Math.floor(second.length / 2)]).toBeLessThan(start);
    const fragmented = played.filter((g) => g.flags.includes('accommodationFragmented'));
    expect(fragmented.length / played.length).toBeGreaterThan(0.3);
    expect(fragmented.length / played.length).toBeLessThan(0.95);
    const worse = played.filter((g) => (g.history.at(-1)?.tracks.violence ?? 0) > start).length;
    expect(worse / played.length).toBeGreaterThan(0.2);
  });

  it('does not give the lowest sovereignty tension of the game after two D terms', () => {
    const tension = (t: StrategyToken) => runBatch(transition, { runs: 200, seed: 5, strategies: [t, t], sexenios: 2, usPolicy: 'recommended', runner: 'engine' }).final.sovereigntyTension.mean;
    const d = tension('D');
    for (const other of ['B', 'C+LE', 'C'] as const) expect(d).toBeGreaterThan(tension(other));
  });
});

describe('one consistent history (DESIGN §2.3)', () => {
  const replay = runBatch(history, { runs: 300, seed: 2006, strategies: [], usPolicy: 'recommended', historical: true, runner: 'engine' });
  const median = (track: NumericTrack, year: number) => replay.tracks[track].p50[replay.years.indexOf(year)] as number;
  const close = (track: NumericTrack, a: number, b: number) => (track === 'violence' ? Math.abs(a - b) <= 0.05 * b : Math.abs(a - b) <= 3);

  it("starts window-2011 where calderon-2006's replay of history stands at the end of 2010", () => {
    for (const track of NUMERIC_TRACKS) expect(close(track, window.start.tracks[track], median(track, 2010)), `${track}: ${window.start.tracks[track]} vs ${median(track, 2010)}`).toBe(true);
  });

  it("starts transition-2012 where calderon-2006's replay of history stands at the end of 2012", () => {
    for (const track of NUMERIC_TRACKS) expect(close(track, transition.start.tracks[track], median(track, 2012)), `${track}: ${transition.start.tracks[track]} vs ${median(track, 2012)}`).toBe(true);
  });

  it("reaches 2012 in window-2011, played with the historical decisions, where calderon-2006 does", () => {
    const fromWindow = runBatch(window, { runs: 300, seed: 2006, strategies: [], usPolicy: 'recommended', historical: true, runner: 'engine', sexenios: 1 });
    const at2012 = fromWindow.years.indexOf(2012);
    for (const track of ['relationship.sedena', 'relationship.semar', 'institutionalization', 'sovereigntyTension', 'tcoPower'] as const) {
      expect(Math.abs((fromWindow.tracks[track].p50[at2012] as number) - median(track, 2012)), track).toBeLessThanOrEqual(4);
    }
  });
});

describe('controlled comparisons (common random numbers)', () => {
  it('pairs the games seed by seed, which makes the spread of the difference much smaller than unpaired', () => {
    const { comparison } = compare(transition, { seeds: batchSeeds(1, 200), sexenios: 1, usPolicy: 'recommended' }, [
      { kind: 'strategy', token: 'A' },
      { kind: 'strategy', token: 'B' },
      { kind: 'strategy', token: 'D' },
    ]);
    const ab = comparison.paired['B-A'];
    expect(ab).toBeDefined();
    expect(ab?.mean).toBeCloseTo((comparison.final.B?.mean ?? 0) - (comparison.final.A?.mean ?? 0), 0);
    expect(ab?.ci95[0]).toBeLessThan(ab?.mean ?? 0);
    expect(ab?.ci95[1]).toBeGreaterThan(ab?.mean ?? 0);
    expect(ab?.ci95[1]).toBeLessThan(0);
    // Same seed, same world: pairing removes variance from every difference, and much of it where
    // the options share their world most (B's own handover timing keeps its pairing weaker).
    const cut = (label: string) => 1 - (comparison.paired[label]?.sd ?? 99) ** 2 / (comparison.paired[label]?.unpairedSd ?? 0) ** 2;
    expect(cut('B-A')).toBeGreaterThan(0.1);
    expect(cut('D-A')).toBeGreaterThan(0.2);
  });

  it('plays the same world under every option: the first random card of 2013 is the same in most seeds', () => {
    const firstCard = (token: StrategyToken) =>
      games(transition, 200, 4, { fixedStrategies: [token] }).map((g) => g.log.flat().find((e) => e.type === 'cardDrawn' && e.year === 2013 && !e.scheduled));
    const a = firstCard('A');
    const b = firstCard('B');
    const same = a.filter((e, i) => e?.type === 'cardDrawn' && b[i]?.type === 'cardDrawn' && e.card === b[i].card).length;
    expect(same / a.length).toBeGreaterThan(0.5);
  });
});
