import { facilitatorError, FACILITATOR_ACTION_TYPES } from './facilitator';
import type { GameAction } from './game';
import { dueActor } from './game';
import type { Refusal } from './refusals';
import type { Scenario } from './scenario-types';
import { ROLES, type FacilitatorAction, type GameState, type Role } from './types';

// The one move type (issue 11): what a seat sends to a game, derived from the engine's actions and
// signed with the seat that sent it. The machine, the saves, the exercise console and (later) the
// room server all use this type, and `seatError` is the one place that decides whether a seat may
// make a move. A move is a player's choice (a vote, a strategy, a card's choice, a year's
// decision), closing a report, handing a turn to the computer, or an act of an exercise's control
// cell (facilitator.ts).

/** Who sends a move: a role's team, or an exercise's control cell. */
export type Seat = Role | 'facilitator';

/** The engine actions a player's move carries. */
export type ChoiceAction = Extract<GameAction, { readonly type: 'ELECT' | 'CHOOSE_OPTION' | 'RESOLVE_CARD' | 'DECIDE' }>;

/** A move before it is signed (what a panel builds; the shell signs it for the seat at the screen). */
export type UnsignedMove = ChoiceAction | { readonly type: 'CONTINUE' } | { readonly type: 'DELEGATE' } | FacilitatorAction;

type Signed<T> = T extends unknown ? T & { readonly by: Seat } : never;

/** A move as sent and as recorded in a game's move list. */
export type PlayerMove = Signed<UnsignedMove>;

export const MOVE_TYPES = ['ELECT', 'CHOOSE_OPTION', 'RESOLVE_CARD', 'DECIDE', 'CONTINUE', 'DELEGATE', ...FACILITATOR_ACTION_TYPES] as const satisfies readonly PlayerMove['type'][];

export function isFacilitatorMove(move: PlayerMove): move is Extract<PlayerMove, { type: FacilitatorAction['type'] }> {
  return (FACILITATOR_ACTION_TYPES as readonly string[]).includes(move.type);
}

function isSeat(value: unknown): value is Seat {
  return value === 'facilitator' || (ROLES as readonly unknown[]).includes(value);
}

/** The seat a move must come from now: the role it is for, or the control cell. */
export function seatFor(state: GameState, move: UnsignedMove): Seat | null {
  switch (move.type) {
    case 'DECIDE':
      return move.role;
    case 'ELECT':
    case 'CHOOSE_OPTION':
      return 'mexico';
    case 'RESOLVE_CARD':
      return state.pendingChoices[0]?.role ?? null;
    case 'CONTINUE':
      // The report is the table's: the first team at it closes it (the control cell may too).
      return ROLES.find((r) => state.config.seats[r] === 'human') ?? 'facilitator';
    case 'DELEGATE': {
      const due = dueActor(state);
      return due && due !== 'system' ? due : null;
    }
    default:
      return 'facilitator';
  }
}

/** A move signed by the seat it must come from now (the shell of a one-screen game sends for everyone at it). */
export function signMove(state: GameState, move: UnsignedMove): PlayerMove {
  return { ...move, by: seatFor(state, move) ?? 'facilitator' } as PlayerMove;
}

/** Why `move.by` may not make this move now, or null. Only the seat's right, not the move's legality. */
export function seatError(state: GameState, move: PlayerMove): Refusal | null {
  const by: unknown = move.by;
  if (!isSeat(by)) return { code: 'notYourSeat', by: String(by).slice(0, 40), due: null };
  if (isFacilitatorMove(move)) return by === 'facilitator' ? null : { code: 'notYourSeat', by, due: 'facilitator' };
  // The control cell may close a report, and hand a due team's turn to the computer (closing a phase).
  if (by === 'facilitator') return move.type === 'CONTINUE' || move.type === 'DELEGATE' ? null : { code: 'notYourSeat', by, due: seatFor(state, move) };
  if (move.type === 'CONTINUE') return state.config.seats[by] === 'human' ? null : { code: 'notYourSeat', by, due: seatFor(state, move) };
  const due = seatFor(state, move);
  return due === by ? null : { code: 'notYourSeat', by, due };
}

/** Why the move is refused now (the seat's right first, then the rules), or null. */
export function moveError(state: GameState, scenario: Scenario, move: PlayerMove, rules: (action: GameAction) => Refusal | null): Refusal | null {
  const seat = seatError(state, move);
  if (seat) return seat;
  if (isFacilitatorMove(move)) return facilitatorError(state, scenario, unsigned(move) as FacilitatorAction);
  if (move.type === 'CONTINUE' || move.type === 'DELEGATE') return null;
  return rules(unsigned(move) as ChoiceAction);
}

/** The move without its signature: the engine action it carries (CONTINUE and DELEGATE as they are). */
export function unsigned(move: PlayerMove): UnsignedMove {
  const { by: _by, ...rest } = move;
  return rest as UnsignedMove;
}

/**
 * The move as it is recorded: only the fields a move has, in a fixed order, so that a save of the
 * game always passes the save file's schema (a move may arrive with extra keys or null fields).
 */
export function recordedMove(move: PlayerMove): PlayerMove {
  const by = move.by;
  switch (move.type) {
    case 'ELECT':
      return move.party ? { type: 'ELECT', party: move.party, by } : { type: 'ELECT', by };
    case 'CHOOSE_OPTION':
      return move.lawEnforcement === undefined ? { type: 'CHOOSE_OPTION', option: move.option, by } : { type: 'CHOOSE_OPTION', option: move.option, lawEnforcement: move.lawEnforcement, by };
    case 'RESOLVE_CARD':
      return { type: 'RESOLVE_CARD', card: move.card, option: move.option, by };
    case 'DECIDE':
      return move.stance ? { type: 'DECIDE', role: move.role, actions: [...move.actions], stance: move.stance, by } : { type: 'DECIDE', role: move.role, actions: [...move.actions], by };
    case 'CONTINUE':
    case 'DELEGATE':
      return { type: move.type, by };
    case 'INJECT':
      return { type: 'INJECT', card: move.card, reason: move.reason, by };
    case 'INJECT_CUSTOM':
      return { type: 'INJECT_CUSTOM', title: move.title, text: move.text, effects: move.effects.map((e) => ({ track: e.track, value: e.value })), reason: move.reason, by };
    case 'OVERRIDE':
      return { type: 'OVERRIDE', track: move.track, value: move.value, reason: move.reason, by };
    case 'SET_INTEL':
      return { type: 'SET_INTEL', level: move.level, reason: move.reason, by };
    case 'CANCEL_CARD':
      return { type: 'CANCEL_CARD', card: move.card, reason: move.reason, by };
    case 'SET_SEATS':
      return { type: 'SET_SEATS', seats: { ...move.seats }, reason: move.reason, by };
  }
}
