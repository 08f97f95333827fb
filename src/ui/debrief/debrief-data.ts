import {
  strategyToken,
  TRACK_NAMES,
  readTrack,
  relationshipBand,
  type GameState,
  type Role,
  type Scenario,
  type StrategyToken,
  type TrackName,
} from '../../engine';
import {
  COMPARISON_SEEDS,
  comparisonRequest,
  computeComparisons,
  firstStrategy,
  type ComparisonBandData,
  type ComparisonData,
} from '../../sim/debrief-comparisons';
import type { Translate } from '../../i18n';
import { reasonText, withOptionLabel } from '../../i18n/reasons';
import type { CardProvenance } from '../../engine/scenario-types';

// The debrief, computed from the finished game: every track over time, each decision with its
// reason, the cards drawn with their citations, and controlled comparisons — the same seeds played
// by the computer under the player's own choice and each other one — so the player sees what the
// choice changed and what their own play added, apart from luck. The comparisons' games are played
// by src/sim/debrief-comparisons.ts (in a worker, in the browser); they are worded here.

export { COMPARISON_SEEDS, decisiveStrategy } from '../../sim/debrief-comparisons';

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

/** Why a computer-played role did what it did, in the language of `t` (i18n/reasons.ts). */
export { reasonText };

/** One alternative over the comparison's seeds, with its name in the player's language. */
export interface ComparisonBand extends ComparisonBandData {
  readonly label: string;
}

/** A controlled comparison for the debrief, worded: the player's game as a point against bands over the same seeds. */
export interface DebriefComparison extends Omit<ComparisonData, 'bands' | 'added'> {
  readonly bands: readonly ComparisonBand[];
  /** What the player's own play added, over the reference band (named in the player's language). */
  readonly added: { readonly against: string; readonly value: number } | null;
}

function bandLabel(c: ComparisonData, b: ComparisonBandData, t: Translate): string {
  if (b.kind === 'historical') return t('debrief.historicalPath');
  if (c.varies === 'policy') return t(`debrief.policy.${b.key}`);
  return b.kind === 'same' ? t('debrief.computerSame', { option: t(`strategyShort.${b.key}`) }) : t('debrief.underOption', { option: t(`strategyShort.${b.key}`) });
}

/** The labelling step: the comparisons' numbers (computed anywhere, a worker included) worded in the player's language. */
export function labelComparisons(comparisons: readonly ComparisonData[], t: Translate): DebriefComparison[] {
  return comparisons.map((c) => ({
    ...c,
    bands: c.bands.map((b) => ({ ...b, label: bandLabel(c, b, t) })),
    added: c.added && { against: c.varies === 'policy' ? t(`debrief.policy.${c.added.against}`) : t(`strategyShort.${c.added.against}`), value: c.added.value },
  }));
}

/**
 * The debrief's controlled comparisons (DESIGN §2.7), played here and now on this thread: for
 * Mexico's choice, the computer playing the player's own strategy and each other one; for a US
 * player, the three US policies; for a scenario with a recorded history, the historical decisions
 * too. Every alternative plays the same seeds (the game's own first), so each seed is the same world
 * under each. The browser plays them in a worker instead (comparison-runner.ts).
 */
export function debriefComparisons(game: GameState, scenario: Scenario, t: Translate, seeds = COMPARISON_SEEDS): DebriefComparison[] {
  return labelComparisons(computeComparisons(scenario, comparisonRequest(game, scenario, seeds)), t);
}

/**
 * The debrief of a finished game. `comparisons` are the comparisons' numbers when they were played
 * elsewhere (a worker), null while they are still being played (the debrief then has none yet), and
 * when left out they are played here.
 */
export function buildDebrief(game: GameState, scenario: Scenario, t: Translate, language: 'en' | 'es', comparisons?: readonly ComparisonData[] | null): Debrief {
  const worded = comparisons === undefined ? debriefComparisons(game, scenario, t) : comparisons ? labelComparisons(comparisons, t) : [];
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
      const reason = withOptionLabel(e.reason, label);
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
    comparisons: worded,
    finalBand: t(`bands.${relationshipBand(last.relationship)}`),
  };
}
