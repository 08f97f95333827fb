import {
  batchSeed,
  makeConfig,
  playGame,
  type GameConfig,
  type GameState,
  type NumericTrack,
  type Party,
  type Scenario,
  type StrategyToken,
  type UsPolicy,
} from '../engine';
import { gameRunner } from '../machine';
import { summarize, type Summary } from './stats';

// Controlled comparisons (DESIGN §2.7): every alternative is played on the same seeds, so that each
// seed is the same world under each (common random numbers), and the differences are paired seed
// by seed. What differs between two games of one seed is the alternative and what follows from it.

/** What a comparison varies: the strategy the game turns on, or the United States' policy. */
export type Alternative = { readonly kind: 'strategy'; readonly token: StrategyToken } | { readonly kind: 'policy'; readonly policy: Exclude<UsPolicy, 'historical'> } | { readonly kind: 'historical' };

export function alternativeLabel(a: Alternative): string {
  return a.kind === 'strategy' ? a.token : a.kind === 'policy' ? a.policy : 'historical';
}

export interface CompareSetup {
  /** The seeds every alternative plays, in order. */
  readonly seeds: readonly number[];
  /** Sexenios to play; the strategies fixed for the sexenios after the first choice; the parties, if fixed. */
  readonly sexenios: number;
  readonly laterStrategies?: readonly StrategyToken[];
  readonly parties?: readonly Party[];
  /** The US policy when the alternatives are strategies (and Mexico's when they are policies: its party tendencies). */
  readonly usPolicy: Exclude<UsPolicy, 'historical'>;
  /** Fix the strategy when the alternatives are US policies (otherwise the computer president chooses). */
  readonly strategy?: StrategyToken;
  readonly startOverrides?: Partial<Record<NumericTrack, number>>;
  /** 'engine' (default, the fastest) or 'machine' (through the xstate machine). */
  readonly runner?: 'engine' | 'machine';
}

/** Whether the alternative strategy is the scenario's opening one (no transition before the last term) or the first transition's. */
export function variesOpeningStrategy(scenario: Scenario, sexenios: number): boolean {
  return scenario.opening === 'years' && sexenios <= 1;
}

/** The scenario and settings of one alternative's game on one seed. */
export function alternativeGame(scenario: Scenario, setup: CompareSetup, alternative: Alternative, seed: number): { scenario: Scenario; config: GameConfig } {
  let played = scenario;
  if (setup.startOverrides && Object.keys(setup.startOverrides).length > 0) {
    played = { ...played, start: { ...played.start, tracks: { ...played.start.tracks, ...setup.startOverrides } } };
  }
  const opening = variesOpeningStrategy(scenario, setup.sexenios);
  const strategies: StrategyToken[] = [];
  if (alternative.kind === 'strategy') {
    // Chosen at the opening instead of the scenario's, a strategy starts afresh: its years count from zero.
    if (opening) played = { ...played, strategy: alternative.token, strategyYears: alternative.token === scenario.strategy ? scenario.strategyYears : 0 };
    else strategies.push(alternative.token);
  } else if (setup.strategy && !opening) strategies.push(setup.strategy);
  const historical = alternative.kind === 'historical';
  return {
    scenario: played,
    config: makeConfig(played, {
      seed,
      sexenios: setup.sexenios,
      usPolicy: historical ? 'historical' : alternative.kind === 'policy' ? alternative.policy : setup.usPolicy,
      mexicoPolicy: historical ? 'historical' : 'party',
      fixedStrategies: [...strategies, ...(setup.laterStrategies ?? [])],
      fixedParties: setup.parties ?? [],
    }),
  };
}

/** One alternative over every seed: the relationship by year of each game, and each game's final value. */
export interface AlternativeRuns {
  readonly alternative: Alternative;
  readonly years: readonly number[];
  /** relationship[y][i]: the headline relationship in year y (0 = the start) of the game on seed i. */
  readonly relationship: readonly Float64Array[];
  readonly final: Float64Array;
}

export function playAlternative(scenario: Scenario, setup: CompareSetup, alternative: Alternative, onGame?: (game: GameState, index: number) => void): AlternativeRuns {
  const n = setup.seeds.length;
  let years: number[] = [];
  let relationship: Float64Array[] = [];
  const final = new Float64Array(n);
  // The machine's games share one actor, as a batch's do (machine/run.ts `gameRunner`).
  const runner = setup.runner === 'machine' ? gameRunner() : null;
  try {
    setup.seeds.forEach((seed, i) => {
      const { scenario: played, config } = alternativeGame(scenario, setup, alternative, seed);
      const game = runner ? runner.play(played, config) : playGame(played, config);
      const records = [game.start, ...game.history];
      if (i === 0) {
        years = records.map((r) => r.year);
        relationship = years.map(() => new Float64Array(n));
      }
      records.forEach((r, y) => {
        const column = relationship[y];
        if (column) column[i] = r.relationship;
      });
      final[i] = records[records.length - 1]?.relationship ?? Number.NaN;
      onGame?.(game, i);
    });
  } finally {
    runner?.stop();
  }
  return { alternative, years, relationship, final };
}

export interface Spread extends Summary {
  readonly sd: number;
}

export interface PairedDifference {
  readonly mean: number;
  readonly sd: number;
  readonly p10: number;
  readonly p90: number;
  /** A 95% confidence interval for the mean paired difference (normal approximation). */
  readonly ci95: readonly [number, number];
  /** The standard deviation the difference would have if the games were not paired (independent seeds). */
  readonly unpairedSd: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The exact mean and sample standard deviation of some values. */
function moments(values: Float64Array): { mean: number; sd: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / Math.max(1, values.length);
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, sd: Math.sqrt(squares / Math.max(1, values.length - 1)) };
}

export function spread(values: Float64Array): Spread {
  return { ...summarize(values), sd: round(moments(values).sd) };
}

/** The differences `a[i] - b[i]` seed by seed, and what they would spread to without pairing. */
export function pairedDifference(a: Float64Array, b: Float64Array): PairedDifference {
  if (a.length !== b.length) throw new Error('pairedDifference: the two alternatives were played on different numbers of seeds');
  const d = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) d[i] = (a[i] as number) - (b[i] as number);
  const s = summarize(d);
  const { mean, sd } = moments(d);
  const half = (1.96 * sd) / Math.sqrt(Math.max(1, d.length));
  const sa = spread(a).sd;
  const sb = spread(b).sd;
  return { mean: round(mean), sd: round(sd), p10: s.p10, p90: s.p90, ci95: [round(mean - half), round(mean + half)], unpairedSd: round(Math.sqrt(sa * sa + sb * sb)) };
}

export interface Comparison {
  readonly against: string;
  readonly runs: number;
  readonly final: Readonly<Record<string, Spread>>;
  readonly paired: Readonly<Record<string, PairedDifference>>;
}

/** Statistics of a comparison: each alternative's final relationship, and the paired differences against the first. */
export function summarizeComparison(runs: readonly AlternativeRuns[]): Comparison {
  const [first] = runs;
  if (!first) throw new Error('summarizeComparison: no alternatives');
  const final: Record<string, Spread> = {};
  const paired: Record<string, PairedDifference> = {};
  const against = alternativeLabel(first.alternative);
  for (const r of runs) {
    const label = alternativeLabel(r.alternative);
    final[label] = spread(r.final);
    if (r !== first) paired[`${label}-${against}`] = pairedDifference(r.final, first.final);
  }
  return { against, runs: first.final.length, final, paired };
}

/** The seeds of a batch of `runs` games started with `seed` (the same as a batch run's). */
export function batchSeeds(seed: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, i) => batchSeed(seed, i));
}

/** `count` seeds around a game's own seed: the game's seed first, then seeds derived from it. */
export function seedsAround(seed: number, count: number): number[] {
  return [seed, ...batchSeeds(seed, Math.max(0, count - 1))];
}

/** Plays every alternative on the same seeds and summarizes. */
export function compare(scenario: Scenario, setup: CompareSetup, alternatives: readonly Alternative[]): { runs: AlternativeRuns[]; comparison: Comparison } {
  const runs = alternatives.map((a) => playAlternative(scenario, setup, a));
  return { runs, comparison: summarizeComparison(runs) };
}
