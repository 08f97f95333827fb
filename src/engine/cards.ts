import type { Work } from './work';
import { pushLog } from './log';
import { applyEffects, conditionHolds, type Condition } from './effects';
import { missionOf, strategyToken } from './strategy';
import { DECISION_ORDER } from './legality';
import { MODEL } from './params';
import { draw, keyedFloat, raceKey, streamYear } from './rng';
import type { Card, Scenario } from './scenario-types';
import type { GameState } from './types';
import { cardCause } from './causes';

// The events phase (DESIGN §2.3, §3): the year's scheduled cards, then one or two drawn at random
// from the cards whose conditions hold, weighted by each card's weight.

/** Cards that a scenario schedules are drawn only in their scheduled year, never at random. */
const scheduledCache = new WeakMap<Scenario, ReadonlySet<string>>();
export function scheduledIds(scenario: Scenario): ReadonlySet<string> {
  let ids = scheduledCache.get(scenario);
  if (!ids) scheduledCache.set(scenario, (ids = new Set(scenario.schedule.map((s) => s.card))));
  return ids;
}

/** A card's condition split into what depends only on the calendar and the politics, and the rest. */
interface SplitCondition {
  readonly fixed: Condition | undefined;
  readonly live: Condition | undefined;
}

const splits = new WeakMap<Card, SplitCondition>();
function splitCondition(card: Card): SplitCondition {
  let split = splits.get(card);
  if (!split) {
    const w = card.when;
    const fixed: Condition | undefined = w && { years: w.years, yearInTerm: w.yearInTerm, strategies: w.strategies, missions: w.missions, parties: w.parties };
    const live: Condition | undefined = w && (w.tracks || w.flags) ? { tracks: w.tracks, flags: w.flags } : undefined;
    split = { fixed, live };
    splits.set(card, split);
  }
  return split;
}

/**
 * For each (year, year of the term, strategy, mission, party), the unscheduled cards whose calendar
 * and political conditions hold: the part of eligibility that is the same for every game there.
 */
const candidateCache = new WeakMap<Scenario, Map<string, Card[]>>();
function candidates(state: GameState, scenario: Scenario, scheduled: ReadonlySet<string>): Card[] {
  let byKey = candidateCache.get(scenario);
  if (!byKey) candidateCache.set(scenario, (byKey = new Map()));
  const key = `${state.year}|${state.yearInTerm}|${state.strategy ? strategyToken(state.strategy) : '-'}|${missionOf(state)}|${state.party}`;
  let list = byKey.get(key);
  if (!list) {
    list = scenario.deck.filter((c) => !scheduled.has(c.id) && conditionHolds(state, splitCondition(c).fixed));
    if (byKey.size > 10_000) byKey.clear();
    byKey.set(key, list);
  }
  return list;
}

/** The cards that may be drawn at random now, in the scenario's deck order. */
export function eligibleCards(state: GameState, scenario: Scenario, scheduled = scheduledIds(scenario)): Card[] {
  // Cards leave the deck only when drawn, and come back only if repeatable: what is not in this
  // year's draw or the discard is still in the deck (far fewer ids to index than the deck).
  const gone = new Set(state.drawn);
  for (const id of state.discard) gone.add(id);
  return candidates(state, scenario, scheduled).filter((c) => !gone.has(c.id) && conditionHolds(state, splitCondition(c).live));
}

const indexCache = new WeakMap<Scenario, Map<string, Card>>();
export function cardIndex(scenario: Scenario): Map<string, Card> {
  let index = indexCache.get(scenario);
  if (!index) {
    index = new Map(scenario.deck.map((c) => [c.id, c]));
    indexCache.set(scenario, index);
  }
  return index;
}

function takeCard(draft: Work, card: Card, scheduled: boolean): void {
  draft.deck.splice(draft.deck.indexOf(card.id), 1);
  draft.drawn.push(card.id);
  pushLog(draft, { type: 'cardDrawn', year: draft.year, card: card.id, scheduled });
  applyEffects(draft, card.effects, cardCause(card.id));
  if (card.choice) draft.pendingChoices.push({ card: card.id, role: card.choice.role });
}

export function drawEvents(draft: Work, scenario: Scenario): void {
  const byId = cardIndex(scenario);
  const scheduled = scheduledIds(scenario);
  // The year's random cards come from the cards eligible as the year opens, each with its own place
  // in this year's draw (rng.ts raceKey): the draw depends on which cards are eligible and on
  // nothing else a game did, so two games of one seed with the same pool draw the same cards.
  const count = 1 + (draw(draft, 'events', 'count') < MODEL.secondCardChance ? 1 : 0);
  const year = streamYear(draft.config.seed, 'events', draft.year);
  const ranked = eligibleCards(draft as GameState, scenario, scheduled)
    .map((card) => ({ card, key: raceKey(keyedFloat(year, card.id, 0), card.weight) }))
    .filter((c) => c.key < Infinity)
    .sort((a, b) => a.key - b.key)
    .slice(0, count);
  for (const entry of scenario.schedule) {
    const card = byId.get(entry.card);
    if (entry.year === draft.year && card && draft.deck.includes(card.id)) takeCard(draft, card, true);
  }
  for (const { card } of ranked) takeCard(draft, card, false);
  if (draft.pendingChoices.length > 0) draft.phase = 'cardChoice';
  else startDecisions(draft);
}

export function startDecisions(draft: Work): void {
  draft.phase = 'decisions';
  draft.pending = [...DECISION_ORDER];
}
