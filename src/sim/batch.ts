import {
  INTEL_LEVELS,
  PARTIES,
  RELATIONSHIP_BANDS,
  STRATEGY_TOKENS,
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
import { runToEnd } from '../machine';
import { shares, summarize, summarizeSeries, type SeriesSummary, type Summary } from './stats';

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

/** What a slice of a batch collected, before statistics: plain data that can cross threads. */
export interface BatchSamples {
  readonly from: number;
  readonly years: number[];
  readonly sexenios: number;
  /** For each track, for each year, the end-of-year value of each game of the slice. */
  readonly columns: Record<TrackName, Float64Array[]>;
  readonly finalBands: RelationshipBand[];
  readonly finalIntel: IntelLevel[];
  readonly strategyPicks: StrategyToken[][];
  readonly partyPicks: Party[][];
}

/** Plays games `from` to `to` (exclusive) of a batch; game i always has the same seed. */
export function playBatchSlice(baseScenario: Scenario, options: BatchOptions, from: number, to: number): BatchSamples {
  const scenario = withStartOverrides(baseScenario, options.startOverrides);
  const play = options.runner === 'engine' ? playGame : runToEnd;
  const size = Math.max(0, to - from);
  const samples: BatchSamples = {
    from,
    years: [],
    sexenios: 0,
    columns: {} as Record<TrackName, Float64Array[]>,
    finalBands: [],
    finalIntel: [],
    strategyPicks: [],
    partyPicks: [],
  };
  for (let i = from; i < to; i++) {
    const config = batchConfig(scenario, options, i);
    const game = play(scenario, config);
    if (i === from) {
      Object.assign(samples, { sexenios: config.sexenios });
      samples.years.push(...game.history.map((r) => r.year));
      for (const name of TRACK_NAMES) samples.columns[name] = samples.years.map(() => new Float64Array(size));
    }
    game.history.forEach((record, y) => {
      for (const name of TRACK_NAMES) {
        const column = samples.columns[name][y];
        if (column) column[i - from] = readRecord(record, name);
      }
    });
    const last = game.history[game.history.length - 1] ?? game.start;
    samples.finalBands.push(relationshipBand(last.relationship));
    samples.finalIntel.push(last.intelligenceSharing);
    let terms = 0;
    let elections = 0;
    for (const chunk of game.log) {
      for (const entry of chunk) {
        if (entry.type === 'strategy') (samples.strategyPicks[terms++] ??= []).push(entry.strategy);
        if (entry.type === 'election') (samples.partyPicks[elections++] ??= []).push(entry.party);
      }
    }
    options.onGame?.(game, i);
  }
  return samples;
}

function concatColumns(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Statistics over the slices of a batch, in the order of their games. */
export function summarizeBatch(baseScenario: Scenario, options: BatchOptions, slices: readonly BatchSamples[]): BatchResult {
  const scenario = withStartOverrides(baseScenario, options.startOverrides);
  const ordered = [...slices].filter((s) => s.years.length > 0).sort((a, b) => a.from - b.from);
  const years = ordered[0]?.years ?? [];
  const tracks = {} as Record<TrackName, SeriesSummary>;
  const final = {} as Record<Exclude<TrackName, 'intelligenceSharing'>, Summary>;
  const start = {} as Record<TrackName, number | IntelLevel>;
  const startRecord = { tracks: scenario.start.tracks, intelligenceSharing: scenario.start.intelligenceSharing } as YearRecord;
  for (const name of TRACK_NAMES) {
    const series = years.map((_, y) => concatColumns(ordered.map((s) => s.columns[name][y] ?? new Float64Array(0))));
    tracks[name] = summarizeSeries(series);
    if (name !== 'intelligenceSharing') final[name] = summarize(series[series.length - 1] ?? new Float64Array(0));
    start[name] = name === 'intelligenceSharing' ? scenario.start.intelligenceSharing : readRecord(startRecord, name);
  }
  const merge = <T,>(pick: (s: BatchSamples) => T[][]): T[][] => {
    const out: T[][] = [];
    for (const s of ordered) pick(s).forEach((values, i) => (out[i] ??= []).push(...values));
    return out;
  };
  return {
    scenario: scenario.id,
    seed: options.seed,
    runs: options.runs,
    options: options.strategies,
    usPolicy: options.historical ? 'historical' : options.usPolicy,
    sexenios: ordered[0]?.sexenios ?? 0,
    years,
    start,
    intelligenceLevels: INTEL_LEVELS,
    tracks,
    final: {
      ...final,
      relationshipBand: shares(ordered.flatMap((s) => s.finalBands), RELATIONSHIP_BANDS),
      intelligenceSharing: shares(ordered.flatMap((s) => s.finalIntel), INTEL_LEVELS),
    },
    strategies: merge((s) => s.strategyPicks).map((picks) => shares(picks, STRATEGY_TOKENS)),
    parties: merge((s) => s.partyPicks).map((picks) => shares(picks, PARTIES)),
  };
}

export function runBatch(scenario: Scenario, options: BatchOptions): BatchResult {
  return summarizeBatch(scenario, options, [playBatchSlice(scenario, options, 0, options.runs)]);
}
