import { roleAction, actionsOf, type RoleAction } from './actions';
import { conditionHolds } from './effects';
import { MODEL } from './params';
import type { Refusal } from './refusals';
import type { CardChoice, CardChoiceOption } from './scenario-types';
import { ROLES, STANCES, type GameState, type Role, type Stance } from './types';

// What each role may do now. The UI offers exactly these; the engine and the machine refuse the rest.

export const DECISION_ORDER: readonly Role[] = ROLES;

export function onceFlag(actionId: string): string {
  return `done:${actionId}`;
}

/** Mexico's stances this year: under D the government halts activities with the US (paper §3, D). */
export function legalStances(state: GameState): Stance[] {
  return state.strategy?.option === 'D' ? ['closed'] : [...STANCES];
}

export function actionAvailable(state: GameState, action: RoleAction): boolean {
  if (!conditionHolds(state, action.when)) return false;
  if (action.once && state.flags.includes(onceFlag(action.id))) return false;
  if (action.consent && state.stance === 'closed') return false;
  return true;
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
  return option.effects.reduce((sum, e) => (e.op === 'capital' && e.role === role && e.value < 0 ? sum - e.value : sum), 0);
}

/** The options of a card's choice that the choosing role can afford now. */
export function affordableOptions(state: Pick<GameState, 'capital'>, choice: CardChoice): CardChoiceOption[] {
  return choice.options.filter((o) => optionCost(o, choice.role) <= state.capital[choice.role]);
}

export function capitalForNewYear(current: number, role: Role): number {
  return MODEL.capitalPerYear[role] + Math.min(MODEL.capitalCarryOver, current);
}
