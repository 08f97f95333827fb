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

export function runBatch(baseScenario: Scenario, options: BatchOptions): BatchResult {
  const scenario = withStartOverrides(baseScenario, options.startOverrides);
  const play = options.runner === 'engine' ? playGame : runToEnd;
  let years: number[] = [];
  const columns = new Map<TrackName, Float64Array[]>();
  const finalBands: RelationshipBand[] = [];
  const finalIntel: IntelLevel[] = [];
  const strategyPicks: StrategyToken[][] = [];
  const partyPicks: Party[][] = [];
  let sexenios = 0;
  for (let i = 0; i < options.runs; i++) {
    const config = batchConfig(scenario, options, i);
    sexenios = config.sexenios;
    const game = play(scenario, config);
    if (i === 0) {
      years = game.history.map((r) => r.year);
      for (const name of TRACK_NAMES) columns.set(name, years.map(() => new Float64Array(options.runs)));
    }
    game.history.forEach((record, y) => {
      for (const name of TRACK_NAMES) {
        const column = columns.get(name)?.[y];
        if (column) column[i] = readRecord(record, name);
      }
    });
    const last = game.history[game.history.length - 1] ?? game.start;
    finalBands.push(relationshipBand(last.relationship));
    finalIntel.push(last.intelligenceSharing);
    let terms = 0;
    let elections = 0;
    for (const chunk of game.log) {
      for (const entry of chunk) {
        if (entry.type === 'strategy') (strategyPicks[terms++] ??= []).push(entry.strategy);
        if (entry.type === 'election') (partyPicks[elections++] ??= []).push(entry.party);
      }
    }
    options.onGame?.(game, i);
  }
  const tracks = {} as Record<TrackName, SeriesSummary>;
  const final = {} as Record<Exclude<TrackName, 'intelligenceSharing'>, Summary>;
  const start = {} as Record<TrackName, number | IntelLevel>;
  const startRecord = { tracks: scenario.start.tracks, intelligenceSharing: scenario.start.intelligenceSharing } as YearRecord;
  for (const name of TRACK_NAMES) {
    const series = columns.get(name) ?? [];
    tracks[name] = summarizeSeries(series);
    if (name !== 'intelligenceSharing') final[name] = summarize(series[series.length - 1] ?? new Float64Array(0));
    start[name] = name === 'intelligenceSharing' ? scenario.start.intelligenceSharing : readRecord(startRecord, name);
  }
  return {
    scenario: scenario.id,
    seed: options.seed,
    runs: options.runs,
    options: options.strategies,
    usPolicy: options.historical ? 'historical' : options.usPolicy,
    sexenios,
    years,
    start,
    intelligenceLevels: INTEL_LEVELS,
    tracks,
    final: { ...final, relationshipBand: shares(finalBands, RELATIONSHIP_BANDS), intelligenceSharing: shares(finalIntel, INTEL_LEVELS) },
    strategies: strategyPicks.map((picks) => shares(picks, STRATEGY_TOKENS)),
    parties: partyPicks.map((picks) => shares(picks, PARTIES)),
  };
}
