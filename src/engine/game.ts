import { ofRole, setOfRole } from './by-role';
import { asState, commitWork, openWork, type PlayOptions, type Work } from './work';
import { keepsLog, pushLog, startLogChunk } from './log';
import { chooseStrategy, planDecision } from './ai';
import { chooseCardOption } from './card-choice';
import { actionCause, cardCause } from './causes';
import { cardIndex, deckIds, drawEvents, repeatableIds } from './cards';
import { applyCompiled, applyEffects, setFlag, type Effect } from './effects';
import { electionWeights, enactStrategy } from './elections';
import { affordableOptions, availableActions, capitalForNewYear, decisionError, legalStances, leverOf, optionCost, type Decision, type Lever } from './legality';
import { MODEL } from './params';
import { afterChoices, facilitate, facilitatorError } from './facilitator';
import { refusalText, type Refusal } from './refusals';
import { resolveYear } from './resolution';
import { draw, weightedPick } from './rng';
import type { Scenario } from './scenario-types';
import { strategyFromToken, strategyToken } from './strategy';
import { headlineRelationship, tracksRecord } from './tracks';
import {
  OPTION_IDS,
  PARTIES,
  ROLES,
  type Cause,
  type FacilitatorAction,
  type GameConfig,
  type GameState,
  type OptionId,
  type Party,
  type Reason,
  type Role,
  type SeatKind,
  type Stance,
  type StrategyToken,
  type YearRecord,
} from './types';

// The rules as a reducer: `applyAction` takes a state and an action and returns the next state or a
// precise refusal. One immer `produce` per action (CONVENTIONS).

export type GameAction =
  | { readonly type: 'ELECT'; readonly party?: Party }
  | { readonly type: 'CHOOSE_OPTION'; readonly option: OptionId; readonly lawEnforcement?: boolean }
  | { readonly type: 'DRAW_EVENTS' }
  | { readonly type: 'RESOLVE_CARD'; readonly card: string; readonly option: string }
  | { readonly type: 'DECIDE'; readonly role: Role; readonly actions: readonly string[]; readonly stance?: Stance }
  | { readonly type: 'RESOLVE_YEAR' }
  | { readonly type: 'END_REPORT' }
  /** Let the computer play whatever is due now (a computer-played role, or an automatic step). */
  | { readonly type: 'AUTO' }
  /** An act of an exercise's control cell (facilitator.ts). */
  | FacilitatorAction;

/** Years in a sexenio, the six-year presidential term (DESIGN §2.3). */
export const TERM_YEARS = 6;

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** An engine action's result: a refusal carries its code and values beside the English text. */
export type ActionResult = { readonly ok: true; readonly value: GameState } | { readonly ok: false; readonly error: string; readonly refusal: Refusal };

export type LegalMove =
  | { readonly type: 'ELECT'; readonly weights: Readonly<Record<Party, number>> }
  | {
      readonly type: 'CHOOSE_OPTION';
      readonly options: readonly OptionId[];
      /** The options that need their sub-choice: with or without a law-enforcement component (paper §3, Option C). */
      readonly lawEnforcementChoice: readonly OptionId[];
    }
  | { readonly type: 'RESOLVE_CARD'; readonly card: string; readonly options: readonly string[] }
  | {
      readonly type: 'DECIDE';
      readonly budget: number;
      readonly actions: readonly { readonly id: string; readonly cost: number; readonly risky: boolean; readonly consent: boolean }[];
      readonly stances: readonly Stance[];
    };

export const DEFAULT_SEATS: Readonly<Record<Role, SeatKind>> = { mexico: 'computer', sedena: 'computer', semar: 'computer', tco: 'computer', us: 'computer' };

export function makeConfig(scenario: Scenario, overrides: Partial<GameConfig> = {}): GameConfig {
  return {
    seed: 1,
    sexenios: scenario.sexenios,
    seats: DEFAULT_SEATS,
    usPolicy: 'recommended',
    mexicoPolicy: 'party',
    fixedStrategies: [],
    fixedParties: [],
    ...overrides,
  };
}

function record(state: Pick<GameState, 'year' | 'tracks' | 'intelligenceSharing' | 'strategy' | 'party'>): YearRecord {
  return {
    year: state.year,
    tracks: tracksRecord(state.tracks),
    relationship: headlineRelationship(state.tracks),
    intelligenceSharing: state.intelligenceSharing,
    strategy: state.strategy ? strategyToken(state.strategy) : null,
    party: state.party,
  };
}

export function createGame(scenario: Scenario, config: GameConfig, options: PlayOptions = {}): GameState {
  const opensOnElection = scenario.opening === 'election';
  const base: GameState = {
    scenario: scenario.id,
    config,
    draws: {},
    phase: opensOnElection ? 'election' : 'events',
    year: scenario.startYear,
    sexenio: opensOnElection ? 0 : 1,
    yearInTerm: opensOnElection ? TERM_YEARS : scenario.startYearInTerm,
    party: scenario.party,
    strategy: scenario.strategy ? strategyFromToken(scenario.strategy) : null,
    strategyYears: scenario.strategyYears,
    handoverYear: null,
    tracks: { ...scenario.start.tracks },
    intelligenceSharing: scenario.start.intelligenceSharing,
    flags: [...scenario.start.flags].sort(),
    capital: { mexico: 0, sedena: 0, semar: 0, tco: 0, us: 0 },
    stance: scenario.strategy === 'D' ? 'closed' : 'open',
    pending: [],
    pendingChoices: [],
    deck: deckIds(scenario),
    drawn: [],
    discard: [],
    start: record({ year: scenario.startYear, tracks: scenario.start.tracks, intelligenceSharing: scenario.start.intelligenceSharing, strategy: scenario.strategy ? strategyFromToken(scenario.strategy) : null, party: scenario.party }),
    history: [],
    log: [],
    elections: 0,
    transitions: 0,
  };
  if (opensOnElection) return base;
  const work = openWork(base, options);
  beginYear(work, scenario);
  return commitWork(base, work);
}

/** Who must act now: a role, the automatic steps ('system'), or nobody once the game is over. */
export function dueActor(state: GameState): Role | 'system' | null {
  switch (state.phase) {
    case 'election':
    case 'transition':
      return 'mexico';
    case 'cardChoice':
      return state.pendingChoices[0]?.role ?? 'system';
    case 'decisions':
      return state.pending[0] ?? 'system';
    case 'events':
    case 'resolution':
    case 'report':
      return 'system';
    case 'debrief':
      return null;
  }
}

export function isComputerTurn(state: GameState): boolean {
  const actor = dueActor(state);
  return actor === 'system' || (actor !== null && ofRole(state.config.seats, actor) === 'computer');
}

export function isGameOver(state: GameState): boolean {
  return state.phase === 'debrief';
}

export function legalMoves(state: GameState, scenario: Scenario, role: Role): LegalMove[] {
  if (dueActor(state) !== role) return [];
  switch (state.phase) {
    case 'election':
      return [{ type: 'ELECT', weights: electionWeights(state, scenario) }];
    case 'transition':
      return [{ type: 'CHOOSE_OPTION', options: OPTION_IDS, lawEnforcementChoice: ['C'] }];
    case 'cardChoice': {
      const pending = state.pendingChoices[0];
      const card = pending && cardIndex(scenario).get(pending.card);
      return card?.choice ? [{ type: 'RESOLVE_CARD', card: card.id, options: affordableOptions(state, card.choice).map((o) => o.id) }] : [];
    }
    case 'decisions':
      return [
        {
          type: 'DECIDE',
          budget: state.capital[role],
          actions: availableActions(state, role).map((a) => ({ id: a.id, cost: a.cost, risky: !!a.risky, consent: !!a.consent })),
          stances: role === 'mexico' ? legalStances(state) : [],
        },
      ];
    default:
      return [];
  }
}

/** Why `action` is illegal now, or null. Pure: it never changes the state. */
export function actionError(state: GameState, scenario: Scenario, action: GameAction): Refusal | null {
  const expect = (phase: GameState['phase']): Refusal | null => (state.phase === phase ? null : { code: 'wrongPhase', action: action.type, phase: state.phase });
  switch (action.type) {
    case 'ELECT':
      return expect('election') ?? (action.party !== undefined && !PARTIES.includes(action.party) ? { code: 'unknownParty', party: String(action.party) } : null);
    case 'CHOOSE_OPTION':
      if (state.phase !== 'transition') return expect('transition');
      if (!OPTION_IDS.includes(action.option)) return { code: 'unknownOption', option: String(action.option) };
      if (action.option === 'C' && typeof action.lawEnforcement !== 'boolean') return { code: 'optionNeedsLawEnforcement' };
      return null;
    case 'DRAW_EVENTS':
      return expect('events');
    case 'RESOLVE_CARD': {
      if (state.phase !== 'cardChoice') return expect('cardChoice');
      const pending = state.pendingChoices[0];
      if (!pending || pending.card !== action.card) return { code: 'notThisCard', card: String(action.card), awaiting: pending?.card ?? null };
      const card = scenario.deck.find((c) => c.id === action.card);
      const option = card?.choice?.options.find((o) => o.id === action.option);
      if (!card?.choice || !option) return { code: 'unknownCardOption', card: String(action.card), option: String(action.option) };
      const cost = optionCost(option, card.choice.role);
      if (cost > state.capital[card.choice.role]) return { code: 'cardOptionTooDear', option: option.id, cost, role: card.choice.role, capital: state.capital[card.choice.role] };
      return null;
    }
    case 'DECIDE':
      if (!ROLES.includes(action.role)) return { code: 'unknownRole', role: String(action.role) };
      return decisionError(state, action.role, action);
    case 'RESOLVE_YEAR':
      return expect('resolution');
    case 'END_REPORT':
      return expect('report');
    case 'AUTO':
      return state.phase === 'debrief' ? { code: 'gameOver' } : null;
    case 'INJECT':
    case 'INJECT_CUSTOM':
    case 'OVERRIDE':
    case 'SET_INTEL':
    case 'CANCEL_CARD':
    case 'SET_SEATS':
      return facilitatorError(state, scenario, action);
  }
}

export function applyAction(state: GameState, scenario: Scenario, action: GameAction): ActionResult {
  const refusal = actionError(state, scenario, action);
  if (refusal) return { ok: false, error: refusalText(refusal), refusal };
  const work = openWork(state);
  reduce(work, scenario, action);
  const next = commitWork(state, work);
  // Who plays each role lives in the config, which a working copy does not change.
  return { ok: true, value: action.type === 'SET_SEATS' ? withSeats(next, action.seats) : next };
}

function withSeats(state: GameState, seats: GameState['config']['seats']): GameState {
  const config = Object.freeze({ ...state.config, seats: Object.freeze({ ...seats }) });
  return Object.isFrozen(state) ? Object.freeze({ ...state, config }) : { ...state, config };
}

/**
 * Plays every consecutive step the computer owns on one working copy and commits once: the same
 * state as applying AUTO step by step (a test keeps them identical), at a fraction of the cost.
 * Stops where a human must act, at the debrief, or before a step `pause` says the table should see
 * (the machine pauses at a report when anyone at the table is playing).
 */
export function applyComputerRun(state: GameState, scenario: Scenario, options: PlayOptions & { readonly pause?: (state: GameState) => boolean } = {}): GameState {
  const work = openWork(state, options);
  const view = asState(work);
  while (work.phase !== 'debrief' && isComputerTurn(view) && !options.pause?.(view)) auto(work, scenario);
  return commitWork(state, work);
}

function reduce(draft: Work, scenario: Scenario, action: GameAction): void {
  switch (action.type) {
    case 'ELECT':
      return elect(draft, scenario, action.party, 'chosen');
    case 'CHOOSE_OPTION':
      return chooseOption(draft, scenario, action.option === 'C' ? (action.lawEnforcement ? 'C+LE' : 'C') : action.option, 'human');
    case 'DRAW_EVENTS':
      return drawEvents(draft, scenario);
    case 'RESOLVE_CARD':
      return resolveCard(draft, scenario, action.option, 'human');
    case 'DECIDE':
      return decide(draft, action.role, action, 'human');
    case 'RESOLVE_YEAR':
      return endYear(draft);
    case 'END_REPORT':
      return endReport(draft, scenario);
    case 'AUTO':
      return auto(draft, scenario);
    case 'INJECT':
    case 'INJECT_CUSTOM':
    case 'OVERRIDE':
    case 'SET_INTEL':
    case 'CANCEL_CARD':
    case 'SET_SEATS':
      return facilitate(draft, scenario, action);
  }
}

/**
 * The computer plays what is due: an automatic step, or every consecutive choice and decision of the
 * current phase that belongs to a computer-played role, until a human must act or the phase ends.
 */
function auto(draft: Work, scenario: Scenario): void {
  const state = asState(draft);
  switch (state.phase) {
    case 'election': {
      const fixed = state.config.fixedParties[state.elections];
      return elect(draft, scenario, fixed, fixed ? 'chosen' : 'drawn');
    }
    case 'transition': {
      const fixed = state.config.fixedStrategies[state.transitions];
      if (fixed) return chooseOption(draft, scenario, fixed, 'fixed');
      const choice = chooseStrategy(state, draft);
      return chooseOption(draft, scenario, choice.strategy, 'computer', choice.reason);
    }
    case 'events':
      return drawEvents(draft, scenario);
    case 'cardChoice':
      do {
        const pending = draft.pendingChoices[0];
        const card = pending && cardIndex(scenario).get(pending.card);
        if (!card?.choice) throw new Error(`card awaiting a choice has none: ${pending?.card}`);
        const pick = chooseCardOption(state, scenario, card.id, card.choice, draft);
        resolveCard(draft, scenario, pick.option, 'computer', pick.reason);
      } while (draft.phase === 'cardChoice' && computerOwns(draft, draft.pendingChoices[0]?.role));
      return;
    case 'decisions':
      do {
        const role = draft.pending[0];
        if (!role) throw new Error('decisions phase with nobody pending');
        const plan = planDecision(state, scenario, role, keepsLog(draft, 'decision'));
        decide(draft, role, plan, 'computer', plan.reason);
      } while (draft.phase === 'decisions' && computerOwns(draft, draft.pending[0]));
      return;
    case 'resolution':
      return endYear(draft);
    case 'report':
      return endReport(draft, scenario);
    case 'debrief':
      return;
  }
}

function computerOwns(state: Pick<GameState, 'config'>, role: Role | undefined): boolean {
  return role !== undefined && ofRole(state.config.seats, role) === 'computer';
}

function elect(draft: Work, scenario: Scenario, party: Party | undefined, by: 'chosen' | 'drawn'): void {
  startLogChunk(draft);
  const weights = electionWeights(asState(draft), scenario);
  // The vote has its own stream: fixing one election's result changes no other draw.
  const winner = party ?? weightedPick(draw(draft, 'election'), weights, PARTIES);
  pushLog(draft, { type: 'election', year: draft.year, party: winner, weights, by: party ? 'chosen' : by });
  draft.party = winner;
  draft.elections += 1;
  draft.phase = 'transition';
}

function chooseOption(draft: Work, scenario: Scenario, token: StrategyToken, by: 'human' | 'computer' | 'fixed', reason?: Reason): void {
  startLogChunk(draft);
  pushLog(draft, { type: 'strategy', year: draft.year, party: draft.party, strategy: token, by, ...(reason ? { reason } : {}) });
  enactStrategy(draft, token);
  draft.transitions += 1;
  draft.sexenio += 1;
  draft.yearInTerm = 0;
  beginYear(draft, scenario);
}

/** Moves to the next year: last year's cards leave the table, capital is renewed. */
function beginYear(draft: Work, scenario: Scenario): void {
  const repeatable = repeatableIds(scenario);
  for (const id of draft.drawn) (repeatable.has(id) ? draft.deck : draft.discard).push(id);
  draft.drawn = [];
  draft.pendingChoices = [];
  startLogChunk(draft);
  draft.year += 1;
  draft.draws.clear();
  draft.yearInTerm += 1;
  draft.strategyYears += 1;
  // Each role by name: a loop over the roles would look each up by a name V8 cannot specialise.
  const capital = draft.capital;
  capital.mexico = capitalForNewYear(capital.mexico, 'mexico');
  capital.sedena = capitalForNewYear(capital.sedena, 'sedena');
  capital.semar = capitalForNewYear(capital.semar, 'semar');
  capital.tco = capitalForNewYear(capital.tco, 'tco');
  capital.us = capitalForNewYear(capital.us, 'us');
  draft.phase = 'events';
}

function resolveCard(draft: Work, scenario: Scenario, optionId: string, by: SeatKind, reason?: Reason): void {
  const pending = draft.pendingChoices.shift();
  const card = pending && cardIndex(scenario).get(pending.card);
  const option = card?.choice && optionOf(card.choice.options, optionId);
  if (!pending || !card || !option) throw new Error(`no pending choice ${optionId}`);
  if (keepsLog(draft, 'cardChoice')) pushLog(draft, { type: 'cardChoice', year: draft.year, card: card.id, role: pending.role, choice: option.id, by, ...(reason ? { reason } : {}) });
  applyEffects(draft, option.effects, cardCause(card.id, option.id));
  if (draft.pendingChoices.length === 0) afterChoices(draft);
}

/** The option of a card's choice with id `id`, found by a loop rather than `find` and a closure. */
function optionOf<O extends { readonly id: string }>(options: readonly O[], id: string): O | undefined {
  for (let i = 0; i < options.length; i++) if ((options[i] as O).id === id) return options[i];
  return undefined;
}

/** `levers`: the decision's levers in the order of its actions, when the computer's plan has them already. */
function decide(draft: Work, role: Role, decision: Decision & { readonly levers?: readonly Lever[] }, by: SeatKind, reason?: Reason): void {
  if (keepsLog(draft, 'decision')) pushLog(draft, { type: 'decision', year: draft.year, role, actions: [...decision.actions], ...(decision.stance ? { stance: decision.stance } : {}), by, ...(reason ? { reason } : {}) });
  if (role === 'mexico' && decision.stance) draft.stance = decision.stance;
  const { actions, levers } = decision;
  for (let i = 0; i < actions.length; i++) {
    const id = actions[i] as string;
    const lever = levers?.[i] ?? leverOf(id);
    if (!lever) throw new Error(`unknown action ${id}`);
    setOfRole(draft.capital, role, ofRole(draft.capital, role) - lever.cost);
    if (lever.onceFlag !== null) setFlag(draft, lever.onceFlag, true);
    // A guarded Mexico accepts a US offer half the time (§2.5: "accepting or refusing US offers").
    const accepted = !(lever.consent && draft.stance === 'guarded') || draw(draft, 'consent', id) < MODEL.guardedConsent;
    if (lever.consent && draft.stance === 'guarded' && keepsLog(draft, 'actionOutcome')) pushLog(draft, { type: 'actionOutcome', year: draft.year, role, action: id, success: accepted });
    // A lever's cause names its own role: a decision holds only the deciding role's levers (decisionError).
    if (accepted) applyCompiled(draft, lever.effects, lever.cause.kind === 'action' && lever.cause.role === role ? lever.cause : actionCause(id, role));
  }
  draft.pending.shift();
  if (draft.pending.length === 0) draft.phase = 'resolution';
}

function endYear(draft: Work): void {
  const yearStart = (draft.history[draft.history.length - 1] ?? draft.start).tracks;
  resolveYear(draft, yearStart);
  draft.history.push(record(draft));
  pushLog(draft, { type: 'yearEnd', year: draft.year });
  draft.phase = 'report';
}

function endReport(draft: Work, scenario: Scenario): void {
  const next = afterReport(asState(draft));
  if (next === 'nextYear') beginYear(draft, scenario);
  else draft.phase = next;
}

/** What closing a report leads to: the next year of the term, the next election, or the debrief. */
export type ReportNext = 'nextYear' | 'election' | 'debrief';

export function afterReport(state: Pick<GameState, 'yearInTerm' | 'sexenio' | 'config'>): ReportNext {
  if (state.yearInTerm < TERM_YEARS) return 'nextYear';
  return state.sexenio >= state.config.sexenios ? 'debrief' : 'election';
}


/**
 * Applies effects outside the normal flow (a facilitator's adjudication, a rule test) as one
 * engine action: every change is logged with the given cause.
 */
export function applyEffectsToState(state: GameState, effects: readonly Effect[], cause: Cause): GameState {
  const work = openWork(state);
  applyEffects(work, effects, cause);
  return commitWork(state, work);
}
