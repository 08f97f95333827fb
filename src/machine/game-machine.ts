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
  moveError,
  PHASES,
  type Phase,
  type PlayerMove,
  recordedMove,
  refusalText,
  type Refusal,
  type Scenario,
  seatError,
  unsigned,
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

/**
 * A game is started, or cleared, or sent a move (engine/moves.ts: one type for every move, signed
 * with the seat that sent it, the control cell's acts included). There is no way in but START and
 * moves: a game is its moves, so a save, a replay, an undo and a fork are the same game.
 */
export type GameEvent =
  | { readonly type: 'START'; readonly scenario: Scenario; readonly config: GameConfig; readonly lean?: boolean }
  | { readonly type: 'NEW_GAME' }
  | PlayerMove;

export type { PlayerMove };

/** Whether an event is a move (anything but START and NEW_GAME). */
function isMove(event: GameEvent): event is PlayerMove {
  return event.type !== 'START' && event.type !== 'NEW_GAME';
}

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
  // Each seat by name: the run of computer steps asks this at every report.
  const seats = game.config.seats;
  return seats.mexico === 'human' || seats.sedena === 'human' || seats.semar === 'human' || seats.tco === 'human' || seats.us === 'human';
}

/** The report waits for the table to read it when anyone at the table is playing. */
function computerShouldPlay(game: GameState): boolean {
  if (!isComputerTurn(game)) return false;
  return !(game.phase === 'report' && hasHuman(game));
}

/**
 * Why a move is refused now, or null: checked in this one place for every move — the game exists,
 * the seat may make it (engine/moves.ts), it is a person's turn, and the rules allow it.
 */
export function refusal(context: GameContext, move: PlayerMove): Refusal | null {
  const { game, scenario } = context;
  if (!game || !scenario) return { code: 'noGame' };
  if (move.type === 'DECIDE' && !ROLES.includes(move.role)) return { code: 'unknownRole', role: String(move.role) };
  if (move.type === 'CONTINUE' && game.phase !== 'report') return { code: 'noReport', phase: game.phase };
  if (move.type === 'DELEGATE') {
    if (game.phase === 'debrief' || isComputerTurn(game)) return { code: 'notNow', event: 'DELEGATE' };
    return seatError(game, move);
  }
  return moveError(game, scenario, move, (action) => {
    const role = action.type === 'DECIDE' ? action.role : action.type === 'RESOLVE_CARD' ? game.pendingChoices[0]?.role : 'mexico';
    if (role && game.config.seats[role] !== 'human') return { code: 'computerSeat', role };
    return actionError(game, scenario, action);
  });
}

/** The engine action a move carries (closing the report ends it; a facilitator's act is itself). */
function engineAction(move: Exclude<PlayerMove, { type: 'DELEGATE' }>): GameAction {
  if (move.type === 'CONTINUE') return { type: 'END_REPORT' };
  return unsigned(move) as GameAction;
}

/** A report waits for the table when anyone at it is playing. */
const pauseForTable = (game: GameState) => game.phase === 'report' && hasHuman(game);

/**
 * The state the computer's run of steps leads to — every consecutive step it owns, played on one
 * working copy — computed once per game state: the guards that pick the next machine state and
 * the action that commits it share it, so the whole run is one transition.
 */
let lookahead: { readonly from: GameState | null; readonly to: GameState | null } = { from: null, to: null };
function computerStep(context: GameContext): GameState {
  const { game, scenario } = context;
  if (!game || !scenario) throw new Error('computer step without a game');
  // One remembered run: the guards and the action that use it run one after another in one
  // microstep. (A WeakMap of every state ever stepped from made each young-generation garbage
  // collection walk thousands of entries in a batch, tripling its cost.)
  if (lookahead.from === game && lookahead.to) return lookahead.to;
  const next = applyComputerRun(game, scenario, { lean: context.lean, pause: pauseForTable });
  lookahead = { from: game, to: next };
  return next;
}

/**
 * A new game as START leaves it: created, then the computer's run from its first step (when that
 * step is the computer's), computed once per START event. START goes straight to the state of the
 * phase the run ends in, in one microstep: a game of computer seats is played to its debrief by one
 * transition, and the state it ends in is the one routing and the computer's turns would reach.
 */
let started: { readonly event: GameEvent | null; readonly game: GameState | null } = { event: null, game: null };
function startedGame(event: Extract<GameEvent, { type: 'START' }>): GameState {
  // One remembered start, for the same reason as `lookahead`.
  if (started.event === event && started.game) return started.game;
  const lean = event.lean === true;
  let game = createGame(event.scenario, event.config, { lean });
  if (computerShouldPlay(game)) game = applyComputerRun(game, event.scenario, { lean, pause: pauseForTable });
  started = { event, game };
  return game;
}

/** A human's turn played by the computer at their request: one step, then the machine carries on. */
function delegatedStep(context: GameContext): GameState {
  const { game, scenario } = context;
  if (!game || !scenario) throw new Error('delegation without a game');
  const result = applyAction(game, scenario, { type: 'AUTO' });
  if (!result.ok) throw new Error(`engine refused AUTO: ${result.error}`);
  return result.value;
}

function step(context: GameContext, move: Exclude<PlayerMove, { type: 'DELEGATE' }>): GameContext {
  const action = engineAction(move);
  const { game, scenario } = context;
  if (!game || !scenario) throw new Error('step without a game');
  const next = applyAction(game, scenario, action);
  // Guards have checked legality: a refusal here is a programming error, not bad input.
  if (!next.ok) throw new Error(`engine refused ${action.type}: ${next.error}`);
  return { scenario, game: next.value, moves: [...context.moves, recordedMove(move)], lean: context.lean };
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
/** The control cell's acts (the engine says which phase takes which; the others refuse them). */
const facilitatorMoves = {
  INJECT: playerMove,
  INJECT_CUSTOM: playerMove,
  OVERRIDE: playerMove,
  SET_INTEL: playerMove,
  CANCEL_CARD: playerMove,
  SET_SEATS: playerMove,
};
const delegateMove = [{ guard: 'canDelegate' as const, target: '#game.routing', actions: 'delegate' as const }, { actions: 'reject' as const }];

/**
 * START creates the game and plays the computer's first run, and goes to the state of its phase.
 * The debrief is tried first: a game of computer seats (every batch game) ends there.
 */
const startInto = ['debrief' as const, ...PHASES.filter((p) => p !== 'debrief')].map((phase) => ({
  guard: { type: 'startsInto' as const, params: { phase } },
  target: STATE_OF[phase],
  actions: 'startGame' as const,
}));

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
    startsInto: ({ event }, params: { phase: Phase }) => event.type === 'START' && startedGame(event).phase === params.phase,
    legalMove: ({ context, event }) => isMove(event) && event.type !== 'DELEGATE' && refusal(context, event) === null,
    canDelegate: ({ context, event }) => event.type === 'DELEGATE' && refusal(context, event) === null,
    phaseIs: ({ context }, params: { phase: Phase }) => context.game?.phase === params.phase,
  },
  actions: {
    startGame: assign(({ event }) => {
      if (event.type === 'START') return { scenario: event.scenario, game: startedGame(event), moves: [], lean: event.lean === true };
      return {};
    }),
    playComputer: assign(({ context }) => ({ game: computerStep(context) })),
    delegate: assign(({ context, event }) => (event.type === 'DELEGATE' ? { game: delegatedStep(context), moves: [...context.moves, recordedMove(event)] } : {})),
    playMove: assign(({ context, event }) => (isMove(event) && event.type !== 'DELEGATE' ? step(context, event) : {})),
    reject: emit(({ context, event }) => {
      const why: Refusal = (isMove(event) ? refusal(context, event) : event.type === 'START' ? { code: 'gameInProgress' as const } : null) ?? { code: 'notNow', event: String(event.type) };
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
    ELECT: { actions: 'reject' },
    CHOOSE_OPTION: { actions: 'reject' },
    RESOLVE_CARD: { actions: 'reject' },
    DECIDE: { actions: 'reject' },
    CONTINUE: { actions: 'reject' },
    DELEGATE: { actions: 'reject' },
    // The control cell acts in any state: the rules say in which phase each act may land.
    ...facilitatorMoves,
  },
  states: {
    setup: {
      on: {
        START: startInto,
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
        report: { always: computerPlays, on: { CONTINUE: playerMove, DELEGATE: delegateMove } },
      },
    },
    // A finished game may be followed by the next: START at the debrief begins a new game, as from
    // the setup (a batch plays its games back to back this way, without a NEW_GAME between them).
    // A game that ends in the debrief again (every batch game) stays in this state: a transition
    // without a target changes the context and exits and enters nothing, which is most of what an
    // event costs xstate here.
    debrief: { on: { START: [{ guard: startInto[0]!.guard, actions: 'startGame' as const }, ...startInto.slice(1)] } },
  },
});

export type GameMachine = typeof gameMachine;
