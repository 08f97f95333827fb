import {
  INTEL_LEVELS,
  PARTIES,
  RELATIONSHIP_BANDS,
  STRATEGY_TOKENS,
  TRACK_BOUNDS,
  TRACK_NAMES,
  batchSeed,
  makeConfig,
  playGame,
  readTrack,
  relationshipBand,
  type GameConfig,
  type GameState,
  type IntelLevel,
  type NumericTrack,
  type Party,
  type RelationshipBand,
  type Scenario,
  type StrategyToken,
  type TrackName,
  type UsPolicy,
  type YearRecord,
} from '../engine';
import { gameRunner } from '../machine';
import { addCounts, countValue, sharesOfCounts, summarizeCounts, summarizeSeries, valueCounts, type SeriesSummary, type Summary, type ValueCounts } from './stats';

// Many games headless, every role computer-played except the fixed choices, through the same
// machine the browser uses (or the engine alone, for the benchmark's floor).

export interface BatchOptions {
  readonly runs: number;
  readonly seed: number;
  readonly strategies: readonly StrategyToken[];
  readonly parties?: readonly Party[];
  readonly sexenios?: number;
  readonly usPolicy: UsPolicy;
  /** Play Mexico's roles with the scenario's historical decisions. */
  readonly historical?: boolean;
  /** Starting values to override, e.g. a high institutionalization for a what-if. */
  readonly startOverrides?: Partial<Record<NumericTrack, number>>;
  /** 'machine' (default) plays through the xstate machine; 'engine' calls the engine directly. */
  readonly runner?: 'machine' | 'engine';
  /** Called with each finished game, e.g. for extra statistics in tests. */
  readonly onGame?: (game: GameState, index: number) => void;
}

export interface BatchResult {
  readonly scenario: string;
  readonly seed: number;
  readonly runs: number;
  readonly options: readonly StrategyToken[];
  readonly usPolicy: UsPolicy;
  readonly sexenios: number;
  readonly years: readonly number[];
  readonly start: Readonly<Record<TrackName, number | IntelLevel>>;
  readonly intelligenceLevels: readonly IntelLevel[];
  readonly tracks: Readonly<Record<TrackName, SeriesSummary>>;
  /** End-of-game statistics; intelligence sharing, being categorical, as shares of runs. */
  readonly final: Readonly<Record<Exclude<TrackName, 'intelligenceSharing'>, Summary>> & {
    readonly relationshipBand: Readonly<Record<RelationshipBand, number>>;
    readonly intelligenceSharing: Readonly<Record<IntelLevel, number>>;
  };
  /** For each sexenio played after a transition: the share of runs under each strategy, and each party. */
  readonly strategies: readonly Readonly<Record<StrategyToken, number>>[];
  readonly parties: readonly Readonly<Record<Party, number>>[];
}

export function withStartOverrides(scenario: Scenario, overrides: Partial<Record<NumericTrack, number>> | undefined): Scenario {
  if (!overrides || Object.keys(overrides).length === 0) return scenario;
  return { ...scenario, start: { ...scenario.start, tracks: { ...scenario.start.tracks, ...overrides } } };
}

export function batchConfig(scenario: Scenario, options: BatchOptions, index: number): GameConfig {
  const sexenios = options.sexenios ?? Math.max(scenario.sexenios, options.strategies.length + (scenario.opening === 'years' ? 1 : 0));
  return makeConfig(scenario, {
    seed: batchSeed(options.seed, index),
    sexenios,
    usPolicy: options.historical ? 'historical' : options.usPolicy,
    mexicoPolicy: options.historical ? 'historical' : 'party',
    fixedStrategies: options.strategies,
    fixedParties: options.parties ?? [],
  });
}

function readRecord(r: YearRecord, name: TrackName): number {
  return readTrack(r.tracks, r.intelligenceSharing, name);
}

/**
 * What a share of a batch collected, before statistics: for each track and year, how often each
 * value occurred (see `ValueCounts`), and counts of the categorical outcomes. Its size depends on
 * the years played, not on the games, so a million games fit in a few megabytes; tallies merge by
 * adding counts, in any order, so the games may be shared among threads however is fastest. Plain
 * data that can cross threads.
 */
export interface BatchTally {
  games: number;
  years: number[];
  sexenios: number;
  /** For each track, for each year, the counts of the end-of-year values. */
  readonly tracks: Record<TrackName, ValueCounts[]>;
  /** Games ending in each band of RELATIONSHIP_BANDS, and each level of INTEL_LEVELS. */
  readonly finalBands: number[];
  readonly finalIntel: number[];
  /** For each sexenio after a transition, the games under each of STRATEGY_TOKENS; for each election, each of PARTIES. */
  readonly strategies: number[][];
  readonly parties: number[][];
}

export function emptyTally(): BatchTally {
  return {
    games: 0,
    years: [],
    sexenios: 0,
    tracks: Object.fromEntries(TRACK_NAMES.map((name) => [name, []])) as unknown as Record<TrackName, ValueCounts[]>,
    finalBands: RELATIONSHIP_BANDS.map(() => 0),
    finalIntel: INTEL_LEVELS.map(() => 0),
    strategies: [],
    parties: [],
  };
}

/** The grid each track's values lie on: integers for violence and the intelligence rank, one decimal for the rest. */
function trackCounts(name: TrackName): ValueCounts {
  if (name === 'intelligenceSharing') return valueCounts(0, INTEL_LEVELS.length - 1, 1);
  if (name === 'relationship') return valueCounts(0, 100, 10);
  const [lo, hi] = TRACK_BOUNDS[name];
  return valueCounts(lo, hi, name === 'violence' ? 1 : 10);
}

/** Sets up the tally's years from the first game it counts; every game of a batch plays the same years. */
function fitYears(tally: BatchTally, years: readonly number[], sexenios: number): void {
  if (tally.games === 0 && tally.years.length === 0) {
    tally.years.push(...years);
    tally.sexenios = sexenios;
    for (const name of TRACK_NAMES) tally.tracks[name].push(...years.map(() => trackCounts(name)));
  } else if (tally.years.length !== years.length || tally.years.some((y, i) => y !== years[i])) {
    throw new Error(`a batch's games played different years: ${tally.years.join(',')} and ${years.join(',')}`);
  }
}

function sameYears(tally: BatchTally, history: readonly YearRecord[]): boolean {
  if (tally.years.length !== history.length) return false;
  for (let y = 0; y < history.length; y++) if (tally.years[y] !== history[y]?.year) return false;
  return true;
}

function countCategory<K extends string>(counts: number[], categories: readonly K[], value: K): void {
  const i = categories.indexOf(value);
  if (i < 0) throw new Error(`"${value}" is not one of ${categories.join(', ')}`);
  counts[i] = (counts[i] ?? 0) + 1;
}

/** Counts one finished game: only its yearly records, its start, and its strategy and election log entries. */
export function tallyGame(tally: BatchTally, game: GameState, sexenios: number): void {
  if (tally.games === 0 || !sameYears(tally, game.history)) fitYears(tally, game.history.map((r) => r.year), sexenios);
  for (const name of TRACK_NAMES) {
    const counts = tally.tracks[name];
    for (let y = 0; y < game.history.length; y++) countValue(counts[y] as ValueCounts, readRecord(game.history[y] as YearRecord, name));
  }
  const last = game.history[game.history.length - 1] ?? game.start;
  countCategory(tally.finalBands, RELATIONSHIP_BANDS, relationshipBand(last.relationship));
  countCategory(tally.finalIntel, INTEL_LEVELS, last.intelligenceSharing);
  let terms = 0;
  let elections = 0;
  for (const chunk of game.log) {
    for (const entry of chunk) {
      if (entry.type === 'strategy') countCategory((tally.strategies[terms++] ??= STRATEGY_TOKENS.map(() => 0)), STRATEGY_TOKENS, entry.strategy);
      if (entry.type === 'election') countCategory((tally.parties[elections++] ??= PARTIES.map(() => 0)), PARTIES, entry.party);
    }
  }
  tally.games++;
}

/** A lean game keeps only the log entries a tally reads and skips freezing: for batches that hand no game to `onGame`. */
const LEAN = { lean: true } as const;

/**
 * Plays games `from` to `to` (exclusive) of a batch into `tally` (a new one by default); game i
 * always has the same seed, whichever slice or thread plays it. `onPlayed` is told after each game.
 */
export function playBatchSlice(baseScenario: Scenario, options: BatchOptions, from: number, to: number, tally: BatchTally = emptyTally(), onPlayed?: () => void): BatchTally {
  const scenario = withStartOverrides(baseScenario, options.startOverrides);
  // A game handed to `onGame` keeps its whole log, which callers read (card draws, decisions).
  const lean = !options.onGame;
  const playOptions = lean ? LEAN : {};
  // The machine's games share one actor (see `gameRunner`).
  const runner = options.runner === 'engine' ? null : gameRunner();
  try {
    for (let i = from; i < to; i++) {
      const config = batchConfig(scenario, options, i);
      const game = runner ? runner.play(scenario, config, playOptions) : playGame(scenario, config, playOptions);
      tallyGame(tally, game, config.sexenios);
      options.onGame?.(game, i);
      onPlayed?.();
    }
  } finally {
    runner?.stop();
  }
  return tally;
}

function addCategoryCounts(into: number[][], from: readonly number[][], categories: number): void {
  from.forEach((counts, i) => {
    const target = (into[i] ??= Array.from({ length: categories }, () => 0));
    counts.forEach((n, j) => (target[j] = (target[j] ?? 0) + n));
  });
}

/** Adds tallies together into a new one. Order does not matter: every part is a count. */
export function mergeTallies(tallies: readonly BatchTally[]): BatchTally {
  const out = emptyTally();
  for (const t of tallies) {
    if (t.games === 0) continue;
    fitYears(out, t.years, t.sexenios);
    for (const name of TRACK_NAMES) t.tracks[name].forEach((counts, y) => addCounts(out.tracks[name][y] as ValueCounts, counts));
    t.finalBands.forEach((n, i) => (out.finalBands[i] = (out.finalBands[i] ?? 0) + n));
    t.finalIntel.forEach((n, i) => (out.finalIntel[i] = (out.finalIntel[i] ?? 0) + n));
    addCategoryCounts(out.strategies, t.strategies, STRATEGY_TOKENS.length);
    addCategoryCounts(out.parties, t.parties, PARTIES.length);
    out.games += t.games;
  }
  return out;
}

/** Statistics over the tallies of a batch (exactly those of its games' values, see `summarizeCounts`). */
export function summarizeBatch(baseScenario: Scenario, options: BatchOptions, tallies: readonly BatchTally[]): BatchResult {
  const scenario = withStartOverrides(baseScenario, options.startOverrides);
  const all = mergeTallies(tallies);
  const tracks = {} as Record<TrackName, SeriesSummary>;
  const final = {} as Record<Exclude<TrackName, 'intelligenceSharing'>, Summary>;
  const start = {} as Record<TrackName, number | IntelLevel>;
  const startRecord = { tracks: scenario.start.tracks, intelligenceSharing: scenario.start.intelligenceSharing } as YearRecord;
  for (const name of TRACK_NAMES) {
    const series = all.tracks[name];
    tracks[name] = summarizeSeries(series);
    if (name !== 'intelligenceSharing') final[name] = summarizeCounts(series[series.length - 1] ?? trackCounts(name));
    start[name] = name === 'intelligenceSharing' ? scenario.start.intelligenceSharing : readRecord(startRecord, name);
  }
  return {
    scenario: scenario.id,
    seed: options.seed,
    runs: options.runs,
    options: options.strategies,
    usPolicy: options.historical ? 'historical' : options.usPolicy,
    sexenios: all.sexenios,
    years: all.years,
    start,
    intelligenceLevels: INTEL_LEVELS,
    tracks,
    final: {
      ...final,
      relationshipBand: sharesOfCounts(all.finalBands, RELATIONSHIP_BANDS),
      intelligenceSharing: sharesOfCounts(all.finalIntel, INTEL_LEVELS),
    },
    strategies: all.strategies.map((counts) => sharesOfCounts(counts, STRATEGY_TOKENS)),
    parties: all.parties.map((counts) => sharesOfCounts(counts, PARTIES)),
  };
}

export function runBatch(scenario: Scenario, options: BatchOptions): BatchResult {
  return summarizeBatch(scenario, options, [playBatchSlice(scenario, options, 0, options.runs)]);
}
