import {
  STRATEGY_TOKENS,
  strategyToken,
  TRACK_NAMES,
  readTrack,
  relationshipBand,
  type GameState,
  type Party,
  type Reason,
  type Role,
  type Scenario,
  type StrategyToken,
  type TrackName,
} from '../../engine';
import { playAlternative, seedsAround, spread, variesOpeningStrategy, type AlternativeRuns, type CompareSetup, type Spread } from '../../sim/compare';
import type { Translate } from '../../i18n';
import type { CardProvenance } from '../../engine/scenario-types';

// The debrief, computed from the finished game: every track over time, each decision with its
// reason, the cards drawn with their citations, and controlled comparisons — the same seeds played
// by the computer under the player's own choice and each other one — so the player sees what the
// choice changed and what their own play added, apart from luck.

export interface DecisionLine {
  readonly year: number;
  readonly role: Role;
  readonly by: string;
  readonly what: string;
  readonly reason: string;
}

export interface CardLine {
  readonly year: number;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** The paper's event, an echo of its history, or our extrapolation. */
  readonly provenance: CardProvenance;
  readonly section: string;
  readonly footnotes: readonly number[];
  readonly quote: string;
  readonly choice: string | null;
}

export interface Series {
  readonly label: string;
  readonly values: readonly number[];
}

export interface Debrief {
  readonly scenarioTitle: string;
  readonly seed: number;
  readonly years: readonly number[];
  readonly tracks: Readonly<Record<TrackName, readonly number[]>>;
  readonly decisions: readonly DecisionLine[];
  readonly cards: readonly CardLine[];
  /** The strategy the first transition chose in this game (null if the game had none). */
  readonly chosen: StrategyToken | null;
  /** Relationship by year in this game (the point the comparisons' bands are read against). */
  readonly yourGame: Series;
  /** Controlled comparisons over the same seeds: of Mexico's strategy, and of US policies for a US player. */
  readonly comparisons: readonly DebriefComparison[];
  readonly finalBand: string;
}

export function reasonText(reason: Reason | undefined, t: Translate): string {
  if (!reason) return '';
  const values: Record<string, string | number> = { ...(reason.values ?? {}) };
  if (typeof values.strategy === 'string') values.strategy = t(`strategyShort.${values.strategy}`);
  if (typeof values.factors === 'string') values.factors = values.factors.split(',').map((f) => t(`factors.${f}`)).join(', ');
  if (typeof values.situation === 'string') values.situation = t(`situations.${values.situation}`);
  if (typeof values.mission === 'string') values.mission = t(`missions.${values.mission}`);
  if (typeof values.stance === 'string') values.stance = t(`stances.${values.stance}`);
  if (typeof values.role === 'string') values.role = t(`roles.${values.role}`);
  if (reason.code === 'ai.cardChoice' && values.track === 'none') return t('reasons.ai.cardChoicePlain', values);
  if (typeof values.track === 'string') values.track = t(`tracks.${values.track}`);
  if (typeof values.violence === 'number') values.violence = values.violence.toLocaleString('en-US');
  if (typeof values.violenceBefore === 'number') values.violenceBefore = values.violenceBefore.toLocaleString('en-US');
  return t(`reasons.${reason.code}`, values);
}

/** The first transition's strategy: the choice a game with a transition turns on. */
function firstStrategy(game: GameState): StrategyToken | null {
  for (const chunk of game.log) for (const e of chunk) if (e.type === 'strategy') return e.strategy;
  return null;
}

/** Seeds each alternative of the debrief's comparisons plays (DESIGN §2.7: at least 50). */
export const COMPARISON_SEEDS = 50;

/** One alternative over the comparison's seeds: its median and p10–p90 band by year, and its final spread. */
export interface ComparisonBand {
  readonly key: string;
  readonly label: string;
  /** 'same': the computer playing the player's own choice; 'other': another choice; 'historical': what the actors did. */
  readonly kind: 'same' | 'other' | 'historical';
  readonly median: readonly number[];
  readonly p10: readonly number[];
  readonly p90: readonly number[];
  readonly final: Spread;
  /** The final relationship on the game's own seed: the same world the player played. */
  readonly onYourSeed: number;
}

/** A controlled comparison for the debrief: the player's game as a point against bands over the same seeds. */
export interface DebriefComparison {
  readonly varies: 'strategy' | 'policy';
  readonly seeds: number;
  readonly yourFinal: number;
  readonly bands: readonly ComparisonBand[];
  /**
   * The player's final relationship minus the computer's on the same seed with the same choice (for
   * a strategy) or the paper's recommended policy (for the US): what the player's own play added.
   */
  readonly added: { readonly against: string; readonly value: number } | null;
  /** Where the player's final stands among the reference band's games (0–100). */
  readonly percentile: number | null;
}

function bandOf(runs: AlternativeRuns, key: string, label: string, kind: ComparisonBand['kind']): ComparisonBand {
  const perYear = runs.relationship.map((column) => spread(column));
  return {
    key,
    label,
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
 * Election results a player set rather than drew are decisions, not luck: every alternative keeps
 * them (with any drawn before the last one set, since results are fixed in order).
 */
function chosenParties(game: GameState): Party[] {
  const elections = game.log.flat().flatMap((e) => (e.type === 'election' ? [e] : []));
  const last = elections.findLastIndex((e) => e.by === 'chosen');
  return elections.slice(0, last + 1).map((e) => e.party);
}

/** The choice the game turned on: the first transition's strategy, or the opening one when the game has no transition. */
export function decisiveStrategy(game: GameState, scenario: Scenario): StrategyToken | null {
  if (variesOpeningStrategy(scenario, game.config.sexenios)) return scenario.strategy;
  return firstStrategy(game);
}

/**
 * The debrief's controlled comparisons (DESIGN §2.7): for Mexico's choice, the computer playing the
 * player's own strategy and each other one; for a US player, the three US policies; for a scenario
 * with a recorded history, the historical decisions too. Every alternative plays the same seeds (the
 * game's own first), so each seed is the same world under each.
 */
export function debriefComparisons(game: GameState, scenario: Scenario, t: Translate, seeds = COMPARISON_SEEDS): DebriefComparison[] {
  const seats = game.config.seats;
  const yourFinal = ([game.start, ...game.history].at(-1) ?? game.start).relationship;
  const around = seedsAround(game.config.seed, seeds);
  const usPolicy = game.config.usPolicy === 'historical' || seats.us === 'human' ? 'recommended' : game.config.usPolicy;
  const setup: CompareSetup = { seeds: around, sexenios: game.config.sexenios, usPolicy, parties: chosenParties(game) };
  const historical = scenario.historical ? playAlternative(scenario, setup, { kind: 'historical' }) : null;
  const historicalBand = historical ? [bandOf(historical, 'historical', t('debrief.historicalPath'), 'historical')] : [];
  const out: DebriefComparison[] = [];
  const chosen = decisiveStrategy(game, scenario);
  const mexicoPlays = seats.mexico === 'human' || seats.us !== 'human';
  if (mexicoPlays && chosen) {
    const order = [chosen, ...STRATEGY_TOKENS.filter((k) => k !== chosen)];
    const runs = order.map((token) => playAlternative(scenario, setup, { kind: 'strategy', token }));
    const [same] = runs;
    const bands = runs.map((r, i) => {
      const token = order[i] as StrategyToken;
      return bandOf(r, token, i === 0 ? t('debrief.computerSame', { option: t(`strategyShort.${token}`) }) : t('debrief.underOption', { option: t(`strategyShort.${token}`) }), i === 0 ? 'same' : 'other');
    });
    out.push({
      varies: 'strategy',
      seeds: around.length,
      yourFinal,
      bands: [...bands, ...historicalBand],
      added: same ? { against: t(`strategyShort.${chosen}`), value: yourFinal - (same.final[0] ?? 0) } : null,
      percentile: same ? percentileOf(yourFinal, same.final) : null,
    });
  }
  if (seats.us === 'human') {
    const policies = ['recommended', 'passive', 'hawkish'] as const;
    // A strategy Mexico's players chose is theirs, not luck: the US policies are compared under it.
    const policySetup: CompareSetup = seats.mexico === 'human' && chosen ? { ...setup, strategy: chosen } : setup;
    const runs = policies.map((policy) => playAlternative(scenario, policySetup, { kind: 'policy', policy }));
    const [recommended] = runs;
    out.push({
      varies: 'policy',
      seeds: around.length,
      yourFinal,
      bands: [...runs.map((r, i) => bandOf(r, policies[i] as string, t(`debrief.policy.${policies[i]}`), 'other')), ...historicalBand],
      added: recommended ? { against: t('debrief.policy.recommended'), value: yourFinal - (recommended.final[0] ?? 0) } : null,
      percentile: recommended ? percentileOf(yourFinal, recommended.final) : null,
    });
  }
  return out;
}

export function buildDebrief(game: GameState, scenario: Scenario, t: Translate, language: 'en' | 'es'): Debrief {
  const records = [game.start, ...game.history];
  const tracks = Object.fromEntries(TRACK_NAMES.map((name) => [name, records.map((r) => readTrack(r.tracks, r.intelligenceSharing, name))])) as Record<TrackName, number[]>;
  const cardById = new Map(scenario.deck.map((c) => [c.id, c]));
  const decisions: DecisionLine[] = [];
  const cards: CardLine[] = [];
  for (const e of game.log.flat()) {
    if (e.type === 'decision') {
      const what = [
        ...(e.stance ? [t(`stances.${e.stance}`)] : []),
        ...(e.actions.length ? e.actions.map((a) => t(`actions.${a}.name`)) : [t('debrief.noAction')]),
      ].join(', ');
      decisions.push({ year: e.year, role: e.role, by: t(`debrief.by.${e.by}`), what, reason: reasonText(e.reason, t) });
    } else if (e.type === 'strategy') {
      decisions.push({ year: e.year, role: 'mexico', by: t(`debrief.by.${e.by === 'human' ? 'human' : e.by === 'computer' ? 'computer' : 'fixed'}`), what: t(`strategies.${e.strategy}`), reason: reasonText(e.reason, t) });
    } else if (e.type === 'cardChoice') {
      const option = cardById.get(e.card)?.choice?.options.find((o) => o.id === e.choice);
      const label = option?.label[language] ?? e.choice;
      const line = cards.find((c) => c.id === e.card && c.year === e.year);
      if (line) Object.assign(line, { choice: label });
      const reason = e.reason && { ...e.reason, values: { ...e.reason.values, option: label } };
      decisions.push({ year: e.year, role: e.role, by: t(`debrief.by.${e.by}`), what: `${cardById.get(e.card)?.title[language] ?? e.card}: ${label}`, reason: reasonText(reason, t) });
    } else if (e.type === 'cardDrawn') {
      const card = cardById.get(e.card);
      if (!card) continue;
      cards.push({ year: e.year, id: card.id, title: card.title[language], text: card.text[language], provenance: card.provenance, section: card.citation.section, footnotes: card.citation.footnotes ?? [], quote: card.citation.quote, choice: null });
    }
  }
  const chosen = firstStrategy(game);
  const last = records[records.length - 1] ?? game.start;
  return {
    scenarioTitle: scenario.title[language],
    seed: game.config.seed,
    years: records.map((r) => r.year),
    tracks,
    decisions,
    cards,
    chosen: chosen ?? (game.strategy ? strategyToken(game.strategy) : null),
    yourGame: { label: t('debrief.yourGame'), values: tracks.relationship },
    comparisons: debriefComparisons(game, scenario, t),
    finalBand: t(`bands.${relationshipBand(last.relationship)}`),
  };
}
