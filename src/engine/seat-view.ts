import { dueActor } from './game';
import { availableActions, legalStances } from './legality';
import type { Scenario } from './scenario-types';
import type { GameConfig, GameState, LogEntry, Role, Stance } from './types';

// What a seat may see of a game, decided in one place (CONVENTIONS: "what a seat may not see is
// never in its view, so it cannot leak"). The board, the projector, the facilitator's console and,
// later, every networked client draw from a seat's view, never from the state itself. Language-free
// data: each client words it.
//
// Hidden from every player and the room: the seed and this year's random draws (with them the
// future can be computed), and the order of the cards still in the deck (what comes next). The
// control cell sees the whole state.

/** Who is looking: a role's team, the control cell, or the room (the projector and observers). */
export type ViewSeat = Role | 'facilitator' | 'projector' | 'observer';

/** The fields a seat other than the control cell never receives. */
export const HIDDEN_FIELDS = ['draws', 'deck'] as const satisfies readonly (keyof GameState)[];
/** …and of the config. */
export const HIDDEN_CONFIG_FIELDS = ['seed'] as const satisfies readonly (keyof GameConfig)[];

export type PublicConfig = Omit<GameConfig, (typeof HIDDEN_CONFIG_FIELDS)[number]>;

/** A game as a seat other than the control cell sees it. */
export type PublicGame = Omit<GameState, (typeof HIDDEN_FIELDS)[number] | 'config'> & {
  readonly config: PublicConfig;
  /** How many cards are left in the deck (not which, nor in what order). */
  readonly deckSize: number;
};

/**
 * What a role's team may do now, from the engine's rules (the panels offer exactly this): whether
 * it is due, and its legal levers and stances at a decision, or the options of the card it must
 * answer.
 */
export interface SeatMenu {
  readonly due: boolean;
  readonly actions: readonly string[];
  readonly stances: readonly Stance[];
  readonly cardOptions: readonly string[];
}

export type SeatView =
  | { readonly seat: 'facilitator'; readonly game: GameState; readonly menu: null }
  | { readonly seat: Exclude<ViewSeat, 'facilitator'>; readonly game: PublicGame; readonly menu: SeatMenu | null };

function menuOf(state: GameState, scenario: Scenario, role: Role): SeatMenu {
  const due = dueActor(state) === role;
  const deciding = due && state.phase === 'decisions';
  const choice = due && state.phase === 'cardChoice' ? state.pendingChoices[0] : undefined;
  const card = choice ? scenario.deck.find((c) => c.id === choice.card) : undefined;
  return {
    due,
    actions: deciding ? availableActions(state, role).map((a) => a.id) : [],
    stances: deciding && role === 'mexico' ? legalStances(state) : [],
    cardOptions: card?.choice?.options.map((o) => o.id) ?? [],
  };
}

/**
 * A log entry as the room sees it: the control cell's reasons are its own (an exercise announces
 * the rulings it chooses to, with their reasons, in its own view).
 */
function publicEntry(entry: LogEntry): LogEntry {
  if (entry.type === 'facilitator') {
    const { reason: _reason, ...rest } = entry;
    return { ...rest, reason: '' };
  }
  if (entry.type === 'track' && entry.cause.kind === 'facilitator') return { ...entry, cause: { ...entry.cause, reason: '' } };
  return entry;
}

const KEPT = (chunk: readonly LogEntry[]) => chunk.every((e) => e.type !== 'facilitator' && !(e.type === 'track' && e.cause.kind === 'facilitator'));

/** The game as `seat` may see it, with a team's menu of legal moves. */
export function seatView(state: GameState, scenario: Scenario, seat: ViewSeat): SeatView {
  if (seat === 'facilitator') return { seat, game: state, menu: null };
  const { draws: _draws, deck, config, log, ...rest } = state;
  const { seed: _seed, ...publicConfig } = config;
  const menu = seat === 'projector' || seat === 'observer' ? null : menuOf(state, scenario, seat);
  // Chunks without the control cell's acts are shared as they are.
  const publicLog = log.map((chunk) => (KEPT(chunk) ? chunk : chunk.map(publicEntry)));
  return { seat, game: { ...rest, log: publicLog, config: publicConfig, deckSize: deck.length }, menu };
}
