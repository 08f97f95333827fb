import {
  makeConfig,
  STRATEGY_TOKENS,
  strategyToken,
  TRACK_NAMES,
  readTrack,
  relationshipBand,
  type GameState,
  type Reason,
  type Role,
  type Scenario,
  type StrategyToken,
  type TrackName,
} from '../../engine';
import { runToEnd } from '../../machine';
import type { Translate } from '../../i18n';

// The debrief, computed from the finished game: every track over time, each decision with its
// reason, the cards drawn with their citations, and the counterfactual — the same seed replayed
// under each other option — so the player sees what their choice changed.

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
  /** Relationship by year in this game and, for each other option, in the same seed replayed. */
  readonly counterfactual: readonly Series[];
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

/** The first transition's strategy, the one the counterfactual varies. */
function firstStrategy(game: GameState): StrategyToken | null {
  for (const chunk of game.log) for (const e of chunk) if (e.type === 'strategy') return e.strategy;
  return null;
}

/** Relationship by year for the same seed with every seat computer-played and the first option fixed. */
export function counterfactualRuns(game: GameState, scenario: Scenario): Map<StrategyToken, number[]> {
  const runs = new Map<StrategyToken, number[]>();
  if (scenario.opening !== 'election') return runs;
  for (const token of STRATEGY_TOKENS) {
    const config = makeConfig(scenario, {
      seed: game.config.seed,
      sexenios: game.config.sexenios,
      usPolicy: game.config.usPolicy === 'historical' ? 'recommended' : game.config.usPolicy,
      fixedStrategies: [token],
      // The same election results; only the first option differs.
      fixedParties: game.log.flat().flatMap((e) => (e.type === 'election' ? [e.party] : [])),
    });
    const replayed = runToEnd(scenario, config);
    runs.set(token, [replayed.start.relationship, ...replayed.history.map((r) => r.relationship)]);
  }
  return runs;
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
      cards.push({ year: e.year, id: card.id, title: card.title[language], text: card.text[language], section: card.citation.section, footnotes: card.citation.footnotes ?? [], quote: card.citation.quote, choice: null });
    }
  }
  const chosen = firstStrategy(game);
  const runs = counterfactualRuns(game, scenario);
  const counterfactual: Series[] = [{ label: t('debrief.yourGame'), values: tracks.relationship }];
  for (const [token, values] of runs) {
    if (token !== chosen) counterfactual.push({ label: t('debrief.underOption', { option: t(`strategyShort.${token}`) }), values });
  }
  const last = records[records.length - 1] ?? game.start;
  return {
    scenarioTitle: scenario.title[language],
    seed: game.config.seed,
    years: records.map((r) => r.year),
    tracks,
    decisions,
    cards,
    chosen: chosen ?? (game.strategy ? strategyToken(game.strategy) : null),
    counterfactual,
    finalBand: t(`bands.${relationshipBand(last.relationship)}`),
  };
}
