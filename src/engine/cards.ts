import { asState, type Work } from './work';
import { keepsLog, pushLog } from './log';
import { applyEffects, conditionTest, type Condition, type ConditionTest } from './effects';
import { missionOf, strategyToken } from './strategy';
import { DECISION_ORDER } from './legality';
import { MODEL } from './params';
import { draw, hashedFloat, keyHash, raceKey, streamYear } from './rng';
import type { Card, Scenario } from './scenario-types';
import { MISSIONS, PARTIES, STRATEGY_TOKENS, type GameState } from './types';
import { cardCause } from './causes';

// The events phase (DESIGN §2.3, §3): the year's scheduled cards, then one or two drawn at random
// from the cards whose conditions hold, weighted by each card's weight.

/** What the events phase needs of a scenario's deck, worked out once per scenario. */
interface DeckIndex {
  readonly byId: ReadonlyMap<string, Card>;
  /** The deck's card ids in order, frozen: where every game's deck begins. */
  readonly ids: readonly string[];
  /** Cards that a scenario schedules are drawn only in their scheduled year, never at random. */
  readonly scheduled: ReadonlySet<string>;
  /** The schedule's cards by year, in the schedule's order. */
  readonly scheduleByYear: ReadonlyMap<number, readonly Card[]>;
  readonly repeatable: ReadonlySet<string>;
  /** Each card's place in the scenario's deck, where a game's deck begins. */
  readonly position: ReadonlyMap<Card, number>;
  /** Candidates by calendar and politics (see `candidates`). */
  readonly candidates: Map<number, CandidatePool>;
}

/**
 * The unscheduled cards whose calendar and political conditions hold for one (year, year of the
 * term, strategy, mission, party), in deck order, as parallel lists that `raceWinners` reads in
 * one loop over plain numbers.
 */
interface CandidatePool {
  readonly cards: readonly Card[];
  /** The hash of each card's id, its key in the events stream. */
  readonly keyHashes: Uint32Array;
  readonly weights: Float64Array;
  /** The rest of each card's condition: tracks and flags, which change within a game. */
  readonly live: readonly ConditionTest[];
}

const deckIndexes = new WeakMap<Scenario, DeckIndex>();
function deckIndex(scenario: Scenario): DeckIndex {
  let index = deckIndexes.get(scenario);
  if (!index) {
    const byId = new Map(scenario.deck.map((c) => [c.id, c]));
    const scheduleByYear = new Map<number, Card[]>();
    for (const entry of scenario.schedule) {
      const card = byId.get(entry.card);
      if (!card) continue;
      const list = scheduleByYear.get(entry.year);
      if (list) list.push(card);
      else scheduleByYear.set(entry.year, [card]);
    }
    index = {
      byId,
      ids: Object.freeze(scenario.deck.map((c) => c.id)),
      scheduled: new Set(scenario.schedule.map((s) => s.card)),
      scheduleByYear,
      repeatable: new Set(scenario.deck.filter((c) => c.repeatable).map((c) => c.id)),
      position: new Map(scenario.deck.map((c, i) => [c, i])),
      candidates: new Map(),
    };
    deckIndexes.set(scenario, index);
  }
  return index;
}

/** The ids of the scenario's deck in order (frozen, shared by every game: a game copies it to change it). */
export function deckIds(scenario: Scenario): readonly string[] {
  return deckIndex(scenario).ids;
}

export function scheduledIds(scenario: Scenario): ReadonlySet<string> {
  return deckIndex(scenario).scheduled;
}

/** The ids of the scenario's repeatable cards, which return to the deck after their year. */
export function repeatableIds(scenario: Scenario): ReadonlySet<string> {
  return deckIndex(scenario).repeatable;
}

export function cardIndex(scenario: Scenario): ReadonlyMap<string, Card> {
  return deckIndex(scenario).byId;
}

/** A card's condition split into what depends only on the calendar and the politics, and the rest. */
interface SplitCondition {
  readonly fixed: ConditionTest;
  readonly live: ConditionTest;
}

const splits = new WeakMap<Card, SplitCondition>();
function splitCondition(card: Card): SplitCondition {
  let split = splits.get(card);
  if (!split) {
    const w = card.when;
    const fixed: Condition | undefined = w && { years: w.years, yearInTerm: w.yearInTerm, strategies: w.strategies, missions: w.missions, parties: w.parties };
    const live: Condition | undefined = w && (w.tracks || w.flags) ? { tracks: w.tracks, flags: w.flags } : undefined;
    split = { fixed: conditionTest(fixed), live: conditionTest(live) };
    splits.set(card, split);
  }
  return split;
}

/**
 * For each (year, year of the term, strategy, mission, party), the unscheduled cards whose calendar
 * and political conditions hold: the part of eligibility that is the same for every game there.
 */
function candidates(state: GameState, deck: DeckIndex, scenario: Scenario): CandidatePool {
  const key = calendarKey(state);
  let pool = deck.candidates.get(key);
  if (!pool) {
    const cards = scenario.deck.filter((card) => !deck.scheduled.has(card.id) && splitCondition(card).fixed(state));
    pool = {
      cards,
      keyHashes: Uint32Array.from(cards, (c) => keyHash(c.id)),
      weights: Float64Array.from(cards, (c) => c.weight),
      live: cards.map((c) => splitCondition(c).live),
    };
    if (deck.candidates.size > 10_000) deck.candidates.clear();
    deck.candidates.set(key, pool);
  }
  return pool;
}

/** (year, year of the term, strategy, mission, party) as one number: a cheaper key than a string. */
function calendarKey(state: GameState): number {
  const strategy = state.strategy ? STRATEGY_TOKENS.indexOf(strategyToken(state.strategy)) : STRATEGY_TOKENS.length;
  const political = (strategy * MISSIONS.length + MISSIONS.indexOf(missionOf(state))) * PARTIES.length + PARTIES.indexOf(state.party);
  return (state.year * 8 + state.yearInTerm) * 1000 + political;
}

/** Whether a card may be drawn now: not drawn this year or before, and its live condition holds. */
function stillEligible(state: GameState, card: Card, live: ConditionTest): boolean {
  return !state.drawn.includes(card.id) && !state.discard.includes(card.id) && live(state);
}

/** The cards that may be drawn at random now, in the scenario's deck order. */
export function eligibleCards(state: GameState, scenario: Scenario): Card[] {
  const pool = candidates(state, deckIndex(scenario), scenario);
  return pool.cards.filter((card, i) => stillEligible(state, card, pool.live[i] as ConditionTest));
}

/** Scratch lists for `raceWinners`, grown to the largest pool: a draw's values, lower bounds and keys by card. */
let drawnU = new Float64Array(64);
let lowerBounds = new Float64Array(64);
let raceKeys = new Float64Array(64);

/**
 * The year's `count` random cards from a pool: the eligible cards with the smallest race keys
 * (rng.ts `raceKey`), in key order, ties going to the earlier card in the deck.
 *
 * A card's key is a pure hash of the seed, the year and the card, so every card's is worked out
 * first, and eligibility (which reads the game) is checked only for the leader of the keys left,
 * until `count` eligible cards are found: about one or two checks a year, where checking each card
 * that took the lead on the way asked about eight.
 */
function raceWinners(state: GameState, pool: CandidatePool, count: 1 | 2): Card[] {
  const yearHash = streamYear(state.config.seed, 'events', state.year);
  const { cards, keyHashes, weights, live } = pool;
  const n = cards.length;
  if (lowerBounds.length < n) {
    drawnU = new Float64Array(n);
    lowerBounds = new Float64Array(n);
    raceKeys = new Float64Array(n);
  }
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    // A card of no weight never places (its key is infinite).
    if (!(weight > 0)) {
      lowerBounds[i] = Number.POSITIVE_INFINITY;
      continue;
    }
    const u = hashedFloat(yearHash, keyHashes[i] as number, 0);
    drawnU[i] = u;
    // A card's key -ln(1-u)/w is at least u/w (-ln(1-u) >= u, and for the 32-bit u a draw takes
    // the difference is far above rounding): a card whose bound cannot beat the leader so far is
    // passed over without its logarithm.
    lowerBounds[i] = u / weight;
    raceKeys[i] = Number.NaN;
  }
  const winners: Card[] = [];
  while (winners.length < count) {
    let best = -1;
    let bestKey = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if ((lowerBounds[i] as number) >= bestKey) continue;
      let key = raceKeys[i] as number;
      if (key !== key) raceKeys[i] = key = raceKey(drawnU[i] as number, weights[i] as number);
      // Strictly smaller: of equal keys, the earlier card in the deck leads.
      if (key < bestKey) {
        best = i;
        bestKey = key;
      }
    }
    if (best < 0) break;
    // Out of the race, placed or not.
    lowerBounds[best] = Number.POSITIVE_INFINITY;
    const card = cards[best] as Card;
    if (stillEligible(state, card, live[best] as ConditionTest)) winners.push(card);
  }
  return winners;
}

/**
 * Where `id` is in a game's deck, given where it began (`DeckIndex.position`): a card only moves
 * toward the front as cards before it leave, unless it went back to the end after a year (a
 * repeatable card), so the search goes back from its first place, then on from there.
 */
function placeInDeck(deck: readonly string[], id: string, start: number): number {
  for (let i = Math.min(start, deck.length - 1); i >= 0; i--) if (deck[i] === id) return i;
  for (let i = start + 1; i < deck.length; i++) if (deck[i] === id) return i;
  return -1;
}

function takeCard(draft: Work, deck: DeckIndex, card: Card, scheduled: boolean): void {
  const at = placeInDeck(draft.deck, card.id, deck.position.get(card) ?? 0);
  // Out of the deck, keeping the order of the rest (as `splice`, without its call into the runtime).
  if (at >= 0) {
    const list = draft.deck;
    for (let i = at + 1; i < list.length; i++) list[i - 1] = list[i] as string;
    list.pop();
  }
  draft.drawn.push(card.id);
  if (keepsLog(draft, 'cardDrawn')) pushLog(draft, { type: 'cardDrawn', year: draft.year, card: card.id, scheduled });
  applyEffects(draft, card.effects, cardCause(card.id));
  if (card.choice) draft.pendingChoices.push({ card: card.id, role: card.choice.role });
}

export function drawEvents(draft: Work, scenario: Scenario): void {
  const deck = deckIndex(scenario);
  // The year's random cards come from the cards eligible as the year opens, each with its own place
  // in this year's draw (rng.ts raceKey): the draw depends on which cards are eligible and on
  // nothing else a game did, so two games of one seed with the same pool draw the same cards.
  const count = draw(draft, 'events', 'count') < MODEL.secondCardChance ? 2 : 1;
  const state = asState(draft);
  const ranked = raceWinners(state, candidates(state, deck, scenario), count);
  for (const card of deck.scheduleByYear.get(draft.year) ?? []) {
    if (draft.deck.includes(card.id)) takeCard(draft, deck, card, true);
  }
  for (const card of ranked) takeCard(draft, deck, card, false);
  if (draft.pendingChoices.length > 0) draft.phase = 'cardChoice';
  else startDecisions(draft);
}

export function startDecisions(draft: Work): void {
  draft.phase = 'decisions';
  draft.pending = [...DECISION_ORDER];
}
