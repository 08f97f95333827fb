import { roleAction, actionsOf, ROLE_ACTIONS, type RoleAction } from './actions';
import { actionCause } from './causes';
import { compiledEffects, conditionTest, type CompiledEffect, type ConditionTest } from './effects';
import { MODEL } from './params';
import type { Refusal } from './refusals';
import type { CardChoice, CardChoiceOption } from './scenario-types';
import { ROLES, STANCES, type Cause, type GameState, type Role, type Stance } from './types';

// What each role may do now. The UI offers exactly these; the engine and the machine refuse the rest.

export const DECISION_ORDER: readonly Role[] = ROLES;

export function onceFlag(actionId: string): string {
  return `done:${actionId}`;
}

/** Mexico's stances this year: under D the government halts activities with the US (paper §3, D). */
export function legalStances(state: GameState): Stance[] {
  return state.strategy?.option === 'D' ? ['closed'] : [...STANCES];
}

/** What availability needs of a lever, worked out once: the computer checks levers every decision. */
interface LeverRules {
  readonly when: ConditionTest;
  /** The flag that marks a once-a-game lever as played, or null. */
  readonly onceFlag: string | null;
}

const leverRules = new WeakMap<RoleAction, LeverRules>();
function rulesOf(action: RoleAction): LeverRules {
  let rules = leverRules.get(action);
  if (!rules) leverRules.set(action, (rules = { when: conditionTest(action.when), onceFlag: action.once ? onceFlag(action.id) : null }));
  return rules;
}

export function actionAvailable(state: GameState, action: RoleAction): boolean {
  return ruledAvailable(state, action, rulesOf(action));
}

function ruledAvailable(state: GameState, action: { readonly consent?: boolean }, rules: LeverRules): boolean {
  if (action.consent === true && state.stance === 'closed') return false;
  if (rules.onceFlag !== null && state.flags.includes(rules.onceFlag)) return false;
  return rules.when(state);
}

/**
 * A lever with what playing and checking it needs, looked up once by id (the computer plays levers by
 * id). Its action's id, role, cost and consent are copied onto it: every lever has one shape, where
 * the actions themselves have several (each literal names only the options it uses), and the plans
 * read these for every lever they consider.
 */
export interface Lever extends LeverRules {
  readonly action: RoleAction;
  readonly id: string;
  readonly role: Role;
  readonly cost: number;
  readonly consent: boolean;
  /** The cause its effects are logged with (causes.ts). */
  readonly cause: Cause;
  /** Its effects, compiled (effects.ts `compiledEffects`). */
  readonly effects: readonly CompiledEffect[];
}

const LEVERS = new Map<string, Lever>(
  ROLE_ACTIONS.map((action) => {
    const rules = rulesOf(action);
    const lever: Lever = {
      action,
      id: action.id,
      role: action.role,
      cost: action.cost,
      consent: action.consent === true,
      when: rules.when,
      onceFlag: rules.onceFlag,
      cause: actionCause(action.id, action.role),
      effects: compiledEffects(action.effects),
    };
    return [action.id, lever];
  }),
);

export function leverOf(id: string): Lever | undefined {
  return LEVERS.get(id);
}

/** `actionAvailable` of a lever looked up by `leverOf`. */
export function leverAvailable(state: GameState, lever: Lever): boolean {
  return ruledAvailable(state, lever, lever);
}

/** The flag `decide` sets when a once-a-game lever is played (see `onceFlag`), or null. */
export function leverOnceFlag(action: RoleAction): string | null {
  return rulesOf(action).onceFlag;
}

export function availableActions(state: GameState, role: Role): RoleAction[] {
  return actionsOf(role).filter((a) => actionAvailable(state, a));
}

export interface Decision {
  readonly actions: readonly string[];
  readonly stance?: Stance;
}

/** Why a decision is illegal for `role` now, or null when it is legal. */
export function decisionError(state: GameState, role: Role, decision: Decision): Refusal | null {
  if (state.phase !== 'decisions') return { code: 'wrongPhase', action: 'DECIDE', phase: state.phase };
  if (state.pending[0] !== role) return { code: 'notYourTurn', role, due: state.pending[0] ?? null };
  if (!Array.isArray(decision.actions)) return { code: 'unknownAction', action: String(decision.actions) };
  const seen = new Set<string>();
  let cost = 0;
  for (const id of decision.actions) {
    const action = typeof id === 'string' ? roleAction(id) : undefined;
    if (!action) return { code: 'unknownAction', action: String(id) };
    if (action.role !== role) return { code: 'notYourAction', action: id, owner: action.role, role };
    if (seen.has(id)) return { code: 'actionTwice', action: id };
    seen.add(id);
    if (!actionAvailable(state, action)) return { code: 'actionUnavailable', action: id };
    cost += action.cost;
  }
  if (cost > state.capital[role]) return { code: 'overBudget', cost, role, capital: state.capital[role] };
  if (decision.stance !== undefined) {
    if (role !== 'mexico') return { code: 'stanceNotMexico' };
    if (!legalStances(state).includes(decision.stance)) return { code: 'stanceNotAllowed', stance: String(decision.stance) };
  }
  return null;
}

/** The political capital a card option costs the role that chooses it (its top-level capital spending). */
export function optionCost(option: CardChoiceOption, role: Role): number {
  let sum = 0;
  for (const e of option.effects) if (e.op === 'capital' && e.role === role && e.value < 0) sum -= e.value;
  return sum;
}

/** The options of a card's choice that the choosing role can afford now. */
export function affordableOptions(state: Pick<GameState, 'capital'>, choice: CardChoice): CardChoiceOption[] {
  return choice.options.filter((o) => optionCost(o, choice.role) <= state.capital[choice.role]);
}

export function capitalForNewYear(current: number, role: Role): number {
  return MODEL.capitalPerYear[role] + Math.min(MODEL.capitalCarryOver, current);
}
