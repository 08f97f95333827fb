import { describe, expect, it } from 'vitest';
import {
  INTEL_LEVELS,
  NUMERIC_TRACKS,
  PARTIES,
  RELATIONSHIP_BANDS,
  STRATEGY_TOKENS,
  TRACK_NAMES,
  headlineRelationship,
  readTrack,
  relationshipBand,
  type GameState,
  type IntelLevel,
  type LogEntry,
  type Party,
  type StrategyToken,
  type Tracks,
  type YearRecord,
} from '../../src/engine';
import { emptyTally, mergeTallies, playBatchSlice, runBatch, summarizeBatch, tallyGame, type BatchOptions, type BatchTally } from '../../src/sim/batch';
import { formatBatchTable } from '../../src/sim/report';
import { shares, summarize, summarizeSeries } from '../../src/sim/stats';
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

describe('a batch in slices', () => {
  const options: BatchOptions = { runs: 41, seed: 11, strategies: [], sexenios: 2, usPolicy: 'recommended', runner: 'engine' };
  const whole = runBatch(sc, options);

  it('gives the same result however the games are cut into slices and in whatever order the slices come', () => {
    const cuts = [0, 1, 13, 14, 30, 41];
    const slices = cuts.slice(1).map((to, i) => playBatchSlice(sc, options, cuts[i] as number, to));
    expect(summarizeBatch(sc, options, slices)).toEqual(whole);
    expect(summarizeBatch(sc, options, [...slices].reverse())).toEqual(whole);
    expect(summarizeBatch(sc, options, [emptyTally(), ...slices, emptyTally()])).toEqual(whole);
  });

  it('gives the same result when one tally gathers chunks played out of order', () => {
    const tally = emptyTally();
    for (const [from, to] of [[30, 41], [0, 7], [20, 30], [7, 20]] as const) playBatchSlice(sc, options, from, to, tally);
    expect(tally.games).toBe(41);
    expect(summarizeBatch(sc, options, [tally])).toEqual(whole);
  });
});

/**
 * Synthetic finished games (only what a tally reads: the yearly records, the start and the strategy
 * and election entries of the log), with values on the tracks' grids like the engine's.
 */
function syntheticGames(n: number, years: readonly number[]): GameState[] {
  let s = 12345;
  const u = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const games: GameState[] = [];
  for (let g = 0; g < n; g++) {
    const history: YearRecord[] = years.map((year) => {
      const tracks = {} as Record<string, number>;
      for (const t of NUMERIC_TRACKS) tracks[t] = t === 'violence' ? Math.round(60000 * u() ** 3) : Math.round(100 * u() ** 2 * 10) / 10;
      const intelligenceSharing = INTEL_LEVELS[Math.floor(u() * 4)] as IntelLevel;
      return { year, tracks: tracks as unknown as Tracks, relationship: headlineRelationship(tracks as unknown as Tracks), intelligenceSharing, strategy: null, party: 'PRI' };
    });
    const log: LogEntry[][] = [[], []];
    for (let term = 0; term < 2; term++) {
      if (u() < 0.2) continue;
      const party = PARTIES[Math.floor(u() * 3)] as Party;
      log[term]?.push({ type: 'election', year: years[0] as number, party, weights: { PAN: 1, PRI: 1, PRD: 1 }, by: 'drawn' });
      log[term]?.push({ type: 'strategy', year: years[0] as number, party, strategy: STRATEGY_TOKENS[Math.floor(u() * u() * 5)] as StrategyToken, by: 'fixed' });
    }
    games.push({ history, start: history[0], log } as unknown as GameState);
  }
  return games;
}

describe('merging the tallies of large slices (synthetic games)', () => {
  const N = 200_000;
  const years = [2013, 2014];
  const games = syntheticGames(N, years);
  const options: BatchOptions = { runs: N, seed: 1, strategies: [], usPolicy: 'recommended' };

  /** The statistics straight from the games, one column of values per track and year, as the batch computed them before tallies. */
  function direct() {
    const columns = TRACK_NAMES.map(() => years.map(() => new Float64Array(N)));
    const picks: Record<'strategy' | 'election', string[][]> = { strategy: [], election: [] };
    games.forEach((g, i) => {
      g.history.forEach((r, y) => TRACK_NAMES.forEach((name, t) => ((columns[t] as Float64Array[])[y] as Float64Array)[i] = readTrack(r.tracks, r.intelligenceSharing, name)));
      const seen = { strategy: 0, election: 0 };
      for (const chunk of g.log) {
        for (const e of chunk) {
          if (e.type === 'strategy') (picks.strategy[seen.strategy++] ??= []).push(e.strategy);
          if (e.type === 'election') (picks.election[seen.election++] ??= []).push(e.party);
        }
      }
    });
    const last = games.map((g) => g.history[g.history.length - 1] as YearRecord);
    return {
      tracks: Object.fromEntries(TRACK_NAMES.map((name, t) => [name, summarizeSeries(columns[t] as Float64Array[])])),
      final: {
        ...Object.fromEntries(TRACK_NAMES.flatMap((name, t) => (name === 'intelligenceSharing' ? [] : [[name, summarize((columns[t] as Float64Array[])[years.length - 1] as Float64Array)]]))),
        relationshipBand: shares(last.map((r) => relationshipBand(r.relationship)), RELATIONSHIP_BANDS),
        intelligenceSharing: shares(last.map((r) => r.intelligenceSharing), INTEL_LEVELS),
      },
      strategies: picks.strategy.map((p) => shares(p as StrategyToken[], STRATEGY_TOKENS)),
      parties: picks.election.map((p) => shares(p as Party[], PARTIES)),
    };
  }

  function tallies(parts: number): BatchTally[] {
    const out = Array.from({ length: parts }, () => emptyTally());
    games.forEach((g, i) => tallyGame(out[Math.floor((i * parts) / N)] as BatchTally, g, 2));
    return out;
  }

  it('gives exact statistics from one slice of 200,000 games and from 64 slices merged in any order, without throwing', () => {
    const expected = direct();
    const one = summarizeBatch(sc, options, tallies(1));
    expect(one).toMatchObject(expected);
    expect(one.years).toEqual(years);
    const many = tallies(64);
    expect(summarizeBatch(sc, options, many)).toEqual(one);
    expect(summarizeBatch(sc, options, [...many].reverse())).toEqual(one);
    expect(mergeTallies(many).games).toBe(N);
  });

  it('refuses to merge tallies of games that played different years (a programmer error)', () => {
    const a = emptyTally();
    const b = emptyTally();
    tallyGame(a, syntheticGames(1, [2013, 2014])[0] as GameState, 2);
    tallyGame(b, syntheticGames(1, [2013, 2014, 2015])[0] as GameState, 2);
    expect(() => mergeTallies([a, b])).toThrow(/different years/);
  });
});
