import { STRATEGY_TOKENS, type GameConfig, type GameState, type Party, type Scenario, type StrategyToken } from '../engine';
import { playAlternative, seedsAround, spread, variesOpeningStrategy, type Alternative, type AlternativeRuns, type CompareSetup, type Spread } from './compare';

// The debrief's controlled comparisons as numbers (DESIGN §2.7): the games played and what they
// come to, without a word of any language, so that the browser can play them in a Web Worker and
// word them on the page (src/ui/debrief/debrief-data.ts). The games are played one at a time by a
// generator, so that whoever drives it can report progress or yield to the page between games.

/** Seeds each alternative of the debrief's comparisons plays (DESIGN §2.7: at least 50). */
export const COMPARISON_SEEDS = 50;

/** What the comparisons need from a finished game: a few plain values, cheap to post to a worker. */
export interface ComparisonRequest {
  /** The shipped scenario's id (a worker loads the scenario itself). */
  readonly scenario: string;
  readonly config: GameConfig;
  /** The headline relationship at the end of the player's game. */
  readonly yourFinal: number;
  /** The strategy the game turned on (`decisiveStrategy`), or null. */
  readonly chosen: StrategyToken | null;
  /** Election results the players set: every alternative keeps them. */
  readonly parties: readonly Party[];
  readonly seeds: number;
}

/** One alternative over the comparison's seeds: its median and p10–p90 band by year, and its final spread. */
export interface ComparisonBandData {
  /** The strategy token, the US policy, or 'historical'. */
  readonly key: string;
  /** 'same': the computer playing the player's own choice; 'other': another choice; 'historical': what the actors did. */
  readonly kind: 'same' | 'other' | 'historical';
  readonly median: readonly number[];
  readonly p10: readonly number[];
  readonly p90: readonly number[];
  readonly final: Spread;
  /** The final relationship on the game's own seed: the same world the player played. */
  readonly onYourSeed: number;
}

/** A controlled comparison: the player's game as a point against bands over the same seeds. */
export interface ComparisonData {
  readonly varies: 'strategy' | 'policy';
  readonly seeds: number;
  readonly yourFinal: number;
  readonly bands: readonly ComparisonBandData[];
  /**
   * The player's final relationship minus the computer's on the same seed with the same choice (for
   * a strategy) or the paper's recommended policy (for the US): what the player's own play added.
   * `against` is the key of that reference band.
   */
  readonly added: { readonly against: string; readonly value: number } | null;
  /** Where the player's final stands among the reference band's games (0–100). */
  readonly percentile: number | null;
}

export interface ComparisonProgress {
  readonly done: number;
  readonly total: number;
}

/** What the page asks a comparison worker, and what the worker answers. */
export interface ComparisonAsk {
  readonly type: 'compare';
  readonly request: ComparisonRequest;
}
export type ComparisonAnswer =
  | ({ readonly type: 'progress' } & ComparisonProgress)
  | { readonly type: 'result'; readonly comparisons: readonly ComparisonData[] }
  | { readonly type: 'error'; readonly message: string };

/** The first transition's strategy: the choice a game with a transition turns on. */
export function firstStrategy(game: GameState): StrategyToken | null {
  for (const chunk of game.log) for (const e of chunk) if (e.type === 'strategy') return e.strategy;
  return null;
}

/** The choice the game turned on: the first transition's strategy, or the opening one when the game has no transition. */
export function decisiveStrategy(game: GameState, scenario: Scenario): StrategyToken | null {
  if (variesOpeningStrategy(scenario, game.config.sexenios)) return scenario.strategy;
  return firstStrategy(game);
}

/**
 * Election results a player set rather than drew are decisions, not luck: every alternative keeps
 * them (with any drawn before the last one set, since results are fixed in order).
 */
function chosenParties(game: GameState): Party[] {
  const elections = game.log.flat().flatMap((e) => (e.type === 'election' ? [e] : []));
  const last = elections.findLastIndex((e) => e.by === 'chosen');
  return elections.slice(0, last + 1).map((e) => e.party);
}

/** What the comparisons of a finished game need from it. */
export function comparisonRequest(game: GameState, scenario: Scenario, seeds = COMPARISON_SEEDS): ComparisonRequest {
  const yourFinal = (game.history.at(-1) ?? game.start).relationship;
  return { scenario: scenario.id, config: game.config, yourFinal, chosen: decisiveStrategy(game, scenario), parties: chosenParties(game), seeds };
}

/** One alternative to play over the seeds, and where its band goes. */
interface PlannedBand {
  readonly play: number;
  readonly key: string;
  readonly kind: ComparisonBandData['kind'];
}
interface PlannedComparison {
  readonly varies: ComparisonData['varies'];
  readonly bands: readonly PlannedBand[];
}
interface Plan {
  readonly seeds: number;
  readonly plays: readonly { readonly alternative: Alternative; readonly setup: CompareSetup }[];
  readonly comparisons: readonly PlannedComparison[];
}

/**
 * For Mexico's choice, the computer playing the player's own strategy and each other one; for a US
 * player, the three US policies; for a scenario with a recorded history, the historical decisions
 * too (played once, shown in each). Every alternative plays the same seeds, the game's own first.
 */
function plan(scenario: Scenario, request: ComparisonRequest): Plan {
  const { config, chosen } = request;
  const seats = config.seats;
  const usPolicy = config.usPolicy === 'historical' || seats.us === 'human' ? 'recommended' : config.usPolicy;
  const setup: CompareSetup = { seeds: seedsAround(config.seed, request.seeds), sexenios: config.sexenios, usPolicy, parties: request.parties };
  const plays: { alternative: Alternative; setup: CompareSetup }[] = [];
  const add = (alternative: Alternative, s: CompareSetup) => plays.push({ alternative, setup: s }) - 1;
  const historical: PlannedBand[] = scenario.historical ? [{ play: add({ kind: 'historical' }, setup), key: 'historical', kind: 'historical' }] : [];
  const comparisons: PlannedComparison[] = [];
  if ((seats.mexico === 'human' || seats.us !== 'human') && chosen) {
    const order = [chosen, ...STRATEGY_TOKENS.filter((k) => k !== chosen)];
    const bands = order.map((token, i): PlannedBand => ({ play: add({ kind: 'strategy', token }, setup), key: token, kind: i === 0 ? 'same' : 'other' }));
    comparisons.push({ varies: 'strategy', bands: [...bands, ...historical] });
  }
  if (seats.us === 'human') {
    // A strategy Mexico's players chose is theirs, not luck: the US policies are compared under it.
    const policySetup: CompareSetup = seats.mexico === 'human' && chosen ? { ...setup, strategy: chosen } : setup;
    const bands = (['recommended', 'passive', 'hawkish'] as const).map((policy): PlannedBand => ({ play: add({ kind: 'policy', policy }, policySetup), key: policy, kind: 'other' }));
    comparisons.push({ varies: 'policy', bands: [...bands, ...historical] });
  }
  // The historical path is played only where a comparison shows it.
  return { seeds: setup.seeds.length, plays: comparisons.length > 0 ? plays : [], comparisons };
}

/** One alternative's games, one seed each, as if played together (`playAlternative` over every seed). */
function joinRuns(alternative: Alternative, games: readonly AlternativeRuns[]): AlternativeRuns {
  const years = games[0]?.years ?? [];
  const relationship = years.map((_, y) => Float64Array.from(games, (g) => g.relationship[y]?.[0] ?? 0));
  const final = Float64Array.from(games, (g) => g.final[0] ?? Number.NaN);
  return { alternative, years, relationship, final };
}

function bandOf(runs: AlternativeRuns, { key, kind }: PlannedBand): ComparisonBandData {
  const perYear = runs.relationship.map((column) => spread(column));
  return {
    key,
    kind,
    median: perYear.map((s) => s.p50),
    p10: perYear.map((s) => s.p10),
    p90: perYear.map((s) => s.p90),
    final: spread(runs.final),
    onYourSeed: runs.final[0] ?? Number.NaN,
  };
}

function percentileOf(value: number, values: Float64Array): number {
  let below = 0;
  for (const v of values) if (v < value) below++;
  return Math.round((below / Math.max(1, values.length)) * 100);
}

/**
 * Plays the comparisons' games one at a time, yielding the progress after each (and once before the
 * first), and returns the comparisons.
 */
export function* playComparisons(scenario: Scenario, request: ComparisonRequest): Generator<ComparisonProgress, ComparisonData[], void> {
  if (request.scenario !== scenario.id) throw new Error(`playComparisons: the request is for "${request.scenario}", not "${scenario.id}"`);
  const { seeds, plays, comparisons } = plan(scenario, request);
  const total = plays.reduce((n, p) => n + p.setup.seeds.length, 0);
  let done = 0;
  yield { done, total };
  const runs: AlternativeRuns[] = [];
  for (const { alternative, setup } of plays) {
    const games: AlternativeRuns[] = [];
    for (const seed of setup.seeds) {
      games.push(playAlternative(scenario, { ...setup, seeds: [seed] }, alternative));
      done++;
      yield { done, total };
    }
    runs.push(joinRuns(alternative, games));
  }
  const { yourFinal } = request;
  return comparisons.map((c) => {
    const reference = c.bands[0];
    const first = reference && runs[reference.play];
    return {
      varies: c.varies,
      seeds,
      yourFinal,
      bands: c.bands.map((b) => bandOf(runs[b.play] as AlternativeRuns, b)),
      added: reference && first ? { against: reference.key, value: yourFinal - (first.final[0] ?? 0) } : null,
      percentile: first ? percentileOf(yourFinal, first.final) : null,
    };
  });
}

/** Plays the comparisons to the end in one go (a worker, the CLI, tests). */
export function computeComparisons(scenario: Scenario, request: ComparisonRequest, onProgress?: (progress: ComparisonProgress) => void): ComparisonData[] {
  const steps = playComparisons(scenario, request);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onProgress?.(next.value);
  }
}
