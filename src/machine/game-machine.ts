import { assign, emit, setup } from 'xstate';
import {
  actionError,
  applyAction,
  applyComputerRun,
  createGame,
  isComputerTurn,
  ROLES,
  type GameAction,
  type GameConfig,
  type GameState,
  type OptionId,
  type Party,
  PHASES,
  type Phase,
  refusalText,
  type Refusal,
  type Role,
  type Scenario,
  type Stance,
} from '../engine';

// The flow of a game: setup → election → transition → years (events → decisions → resolution →
// report) → next election … → debrief. The machine decides when things happen and who may act; the
// engine decides what is legal and what it does. It runs unchanged in node and in the browser.

export interface GameContext {
  readonly scenario: Scenario | null;
  readonly game: GameState | null;
  /** Every move the players made, in order: with the scenario and config, the whole game. */
  readonly moves: readonly PlayerMove[];
  /** A lean game logs only what batch statistics read (headless batches). */
  readonly lean: boolean;
}

export type GameEvent =
  | { readonly type: 'START'; readonly scenario: Scenario; readonly config: GameConfig; readonly lean?: boolean }
  | { readonly type: 'RESUME'; readonly scenario: Scenario; readonly game: GameState }
  | { readonly type: 'ELECT'; readonly party?: Party }
  | { readonly type: 'CHOOSE_OPTION'; readonly option: OptionId; readonly lawEnforcement?: boolean }
  | { readonly type: 'RESOLVE_CARD'; readonly card: string; readonly option: string }
  | { readonly type: 'DECIDE'; readonly role: Role; readonly actions: readonly string[]; readonly stance?: Stance }
  | { readonly type: 'CONTINUE' }
  /** A human asks the computer to play their current turn for them. */
  | { readonly type: 'DELEGATE' }
  | { readonly type: 'NEW_GAME' };

export type PlayerEvent = Extract<GameEvent, { type: 'ELECT' | 'CHOOSE_OPTION' | 'RESOLVE_CARD' | 'DECIDE' }>;

/** What the players did: their choices, closing a report, and turns handed to the computer. */
export type PlayerMove = PlayerEvent | { readonly type: 'CONTINUE' } | { readonly type: 'DELEGATE' };

/** Emitted when an event is refused; the game is left exactly as it was. */
export interface RejectedEvent {
  readonly type: 'rejected';
  readonly event: GameEvent['type'];
  /** Why, as a code with values, for each language to render. */
  readonly refusal: Refusal;
  /** The same reason in English, for the command line and logs. */
  readonly reason: string;
}

function hasHuman(game: GameState): boolean {
  return ROLES.some((r) => game.config.seats[r] === 'human');
}

/** The report waits for the table to read it when anyone at the table is playing. */
function computerShouldPlay(game: GameState): boolean {
  if (!isComputerTurn(game)) return false;
  return !(game.phase === 'report' && hasHuman(game));
}

function toAction(event: PlayerEvent | { type: 'CONTINUE' }): GameAction {
  switch (event.type) {
    case 'ELECT':
      return event.party ? { type: 'ELECT', party: event.party } : { type: 'ELECT' };
    case 'CHOOSE_OPTION':
      return event.lawEnforcement === undefined ? { type: 'CHOOSE_OPTION', option: event.option } : { type: 'CHOOSE_OPTION', option: event.option, lawEnforcement: event.lawEnforcement };
    case 'RESOLVE_CARD':
      return { type: 'RESOLVE_CARD', card: event.card, option: event.option };
    case 'DECIDE':
      return event.stance ? { type: 'DECIDE', role: event.role, actions: event.actions, stance: event.stance } : { type: 'DECIDE', role: event.role, actions: event.actions };
    case 'CONTINUE':
      return { type: 'END_REPORT' };
  }
}

/**
 * The move as it is recorded: only the fields a move has, with the values the engine used, so that
 * a save of the game always passes the save file's schema (an event may arrive with extra keys or
 * null fields, which the engine ignores).
 */
function recorded(event: PlayerEvent | { type: 'CONTINUE' }): PlayerMove {
  switch (event.type) {
    case 'DECIDE':
      return event.stance ? { type: 'DECIDE', role: event.role, actions: [...event.actions], stance: event.stance } : { type: 'DECIDE', role: event.role, actions: [...event.actions] };
    case 'CONTINUE':
      return { type: 'CONTINUE' };
    default:
      return toAction(event) as PlayerEvent;
  }
}

/** Why a player's event is refused now, or null. */
export function refusal(context: GameContext, event: PlayerEvent | { type: 'CONTINUE' }): Refusal | null {
  const { game, scenario } = context;
  if (!game || !scenario) return { code: 'noGame' };
  if (event.type === 'CONTINUE') return game.phase === 'report' ? null : { code: 'noReport', phase: game.phase };
  const role = event.type === 'DECIDE' ? event.role : null;
  if (role && !ROLES.includes(role)) return { code: 'unknownRole', role: String(role) };
  if (role && game.config.seats[role] !== 'human') return { code: 'computerSeat', role };
  if (!role) {
    const actor = game.phase === 'cardChoice' ? game.pendingChoices[0]?.role : 'mexico';
    if (actor && game.config.seats[actor] !== 'human') return { code: 'computerSeat', role: actor };
  }
  return actionError(game, scenario, toAction(event));
}

/** A report waits for the table when anyone at it is playing. */
const pauseForTable = (game: GameState) => game.phase === 'report' && hasHuman(game);

/**
 * The state the computer's run of steps leads to — every consecutive step it owns, played on one
 * working copy — computed once per game state: the guards that pick the next machine state and
 * the action that commits it share it, so the whole run is one transition.
 */
const lookahead = new WeakMap<GameState, GameState>();
function computerStep(context: GameContext): GameState {
  const { game, scenario } = context;
  if (!game || !scenario) throw new Error('computer step without a game');
  let next = lookahead.get(game);
  if (!next) {
    next = applyComputerRun(game, scenario, { lean: context.lean, pause: pauseForTable });
    lookahead.set(game, next);
  }
  return next;
}

/** A human's turn played by the computer at their request: one step, then the machine carries on. */
function delegatedStep(context: GameContext): GameState {
  const { game, scenario } = context;
  if (!game || !scenario) throw new Error('delegation without a game');
  const result = applyAction(game, scenario, { type: 'AUTO' });
  if (!result.ok) throw new Error(`engine refused AUTO: ${result.error}`);
  return result.value;
}

function step(context: GameContext, action: GameAction, move: PlayerMove): GameContext {
  const { game, scenario } = context;
  if (!game || !scenario) throw new Error('step without a game');
  const next = applyAction(game, scenario, action);
  // Guards have checked legality: a refusal here is a programming error, not bad input.
  if (!next.ok) throw new Error(`engine refused ${action.type}: ${next.error}`);
  return { scenario, game: next.value, moves: [...context.moves, move], lean: context.lean };
}

/** Where each engine phase lives in the machine. */
const STATE_OF: Readonly<Record<Phase, string>> = {
  election: '#game.election',
  transition: '#game.transition',
  events: '#game.years.events',
  cardChoice: '#game.years.cardChoice',
  decisions: '#game.years.decisions',
  resolution: '#game.years.resolution',
  report: '#game.years.report',
  debrief: '#game.debrief',
};

/** From the routing state, the state of the engine's phase. */
const routes = PHASES.map((phase) => ({ guard: { type: 'phaseIs' as const, params: { phase } }, target: STATE_OF[phase] }));

/** A player's move: played when the engine allows it, otherwise refused with the reason. */
const playerMove = [{ guard: 'legalMove' as const, target: '#game.routing', actions: 'playMove' as const }, { actions: 'reject' as const }];
const delegateMove = [{ guard: 'canDelegate' as const, target: '#game.routing', actions: 'delegate' as const }, { actions: 'reject' as const }];

/** The computer plays its step and the machine goes straight to the state of the phase it leads to. */
const computerPlays = PHASES.map((phase) => ({
  guard: { type: 'computerPlaysInto' as const, params: { phase } },
  target: STATE_OF[phase],
  reenter: true,
  actions: 'playComputer' as const,
}));

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    emitted: {} as RejectedEvent,
  },
  guards: {
    computerPlaysInto: ({ context }, params: { phase: Phase }) =>
      !!context.game && computerShouldPlay(context.game) && computerStep(context).phase === params.phase,
    legalMove: ({ context, event }) =>
      (event.type === 'ELECT' || event.type === 'CHOOSE_OPTION' || event.type === 'RESOLVE_CARD' || event.type === 'DECIDE' || event.type === 'CONTINUE') &&
      refusal(context, event) === null,
    canDelegate: ({ context }) => !!context.game && context.game.phase !== 'debrief' && !isComputerTurn(context.game),
    phaseIs: ({ context }, params: { phase: Phase }) => context.game?.phase === params.phase,
  },
  actions: {
    startGame: assign(({ event }) => {
      if (event.type === 'START') return { scenario: event.scenario, game: createGame(event.scenario, event.config, { lean: event.lean === true }), moves: [], lean: event.lean === true };
      if (event.type === 'RESUME') return { scenario: event.scenario, game: event.game, moves: [], lean: false };
      return {};
    }),
    playComputer: assign(({ context }) => ({ game: computerStep(context) })),
    delegate: assign(({ context }) => ({ game: delegatedStep(context), moves: [...context.moves, { type: 'DELEGATE' as const }] })),
    playMove: assign(({ context, event }) => {
      if (event.type === 'ELECT' || event.type === 'CHOOSE_OPTION' || event.type === 'RESOLVE_CARD' || event.type === 'DECIDE' || event.type === 'CONTINUE') {
        return step(context, toAction(event), recorded(event));
      }
      return {};
    }),
    reject: emit(({ context, event }) => {
      const why: Refusal =
        (event.type === 'ELECT' || event.type === 'CHOOSE_OPTION' || event.type === 'RESOLVE_CARD' || event.type === 'DECIDE' || event.type === 'CONTINUE'
          ? refusal(context, event)
          : event.type === 'START' || event.type === 'RESUME'
            ? { code: 'gameInProgress' as const }
            : null) ?? { code: 'notNow', event: String(event.type) };
      return { type: 'rejected' as const, event: event.type, refusal: why, reason: refusalText(why) };
    }),
    clearGame: assign({ scenario: null, game: null, moves: [], lean: false }),
  },
}).createMachine({
  id: 'game',
  context: { scenario: null, game: null, moves: [], lean: false },
  initial: 'setup',
  on: {
    NEW_GAME: { target: '.setup', actions: 'clearGame' },
    // Whatever the current state does not accept is refused here, with the reason.
    START: { actions: 'reject' },
    RESUME: { actions: 'reject' },
    ELECT: { actions: 'reject' },
    CHOOSE_OPTION: { actions: 'reject' },
    RESOLVE_CARD: { actions: 'reject' },
    DECIDE: { actions: 'reject' },
    CONTINUE: { actions: 'reject' },
    DELEGATE: { actions: 'reject' },
  },
  states: {
    setup: {
      on: {
        START: { target: 'routing', actions: 'startGame' },
        RESUME: { target: 'routing', actions: 'startGame' },
      },
    },
    // Goes to the state that matches the engine's phase. Every player's move passes through here.
    routing: { always: routes },
    election: { always: computerPlays, on: { ELECT: playerMove, DELEGATE: delegateMove } },
    transition: { always: computerPlays, on: { CHOOSE_OPTION: playerMove, DELEGATE: delegateMove } },
    years: {
      initial: 'events',
      states: {
        events: { always: computerPlays },
        cardChoice: { always: computerPlays, on: { RESOLVE_CARD: playerMove, DELEGATE: delegateMove } },
        decisions: { always: computerPlays, on: { DECIDE: playerMove, DELEGATE: delegateMove } },
        resolution: { always: computerPlays },
        report: { always: computerPlays, on: { CONTINUE: playerMove } },
      },
    },
    debrief: {},
  },
});

export type GameMachine = typeof gameMachine;
