import type { GameState, Scenario } from '../engine';
import { machineFailure, replayActor, type GameActor, type PlayerMove, type RejectedEvent } from '../machine';
import type { ExerciseRefusal } from './refusals';

// The exercise's game: the same xstate machine and engine as every other game, fed the exercise's
// moves. A live machine is kept per move list, so a command costs one move, not a replay; a move
// list the cache does not know (a fork, an undo, a reopened window) is replayed once.

const live = new WeakMap<readonly PlayerMove[], GameActor>();

function actorAt(scenario: Scenario, record: { scenario: string; config: GameState['config']; moves: readonly PlayerMove[] }): GameActor {
  const cached = live.get(record.moves);
  if (cached) return cached;
  const replayed = replayActor(scenario, record);
  // The exercise's moves were each accepted by the machine: a replay that fails is a bug.
  if (!replayed.ok) throw new Error(`the exercise's moves no longer replay: ${replayed.error}`);
  live.set(record.moves, replayed.value);
  return replayed.value;
}

export interface GameRecordOf {
  readonly scenario: string;
  readonly config: GameState['config'];
  readonly moves: readonly PlayerMove[];
}

/** The game the exercise's moves lead to. */
export function exerciseGame(scenario: Scenario, record: GameRecordOf): GameState {
  const game = actorAt(scenario, record).getSnapshot().context.game;
  if (!game) throw new Error('the exercise has no game');
  return game;
}

/**
 * Plays one move on the exercise's game: the new move list (as the machine recorded it) and game,
 * or the machine's refusal, the game unchanged.
 */
export function playMove(scenario: Scenario, record: GameRecordOf, move: PlayerMove): { ok: true; moves: readonly PlayerMove[]; game: GameState } | { ok: false; refusal: ExerciseRefusal } {
  const actor = actorAt(scenario, record);
  let rejected: RejectedEvent | null = null;
  const sub = actor.on('rejected', (e) => (rejected ??= e));
  actor.send(move);
  sub.unsubscribe();
  const refused = rejected as RejectedEvent | null;
  if (refused) return { ok: false, refusal: { code: 'game', refusal: refused.refusal, reason: refused.reason } };
  const failure = machineFailure(actor.getSnapshot());
  if (failure) {
    live.delete(record.moves);
    throw new Error(`the game stopped on ${move.type}: ${failure.message}`);
  }
  const context = actor.getSnapshot().context;
  live.delete(record.moves);
  live.set(context.moves, actor);
  if (!context.game) throw new Error('the exercise has no game');
  return { ok: true, moves: context.moves, game: context.game };
}

/** The move lists after each move, with the game each leads to (for undo and fork), from the start. */
export function gameHistory(scenario: Scenario, record: GameRecordOf): { readonly moves: readonly PlayerMove[]; readonly game: GameState }[] {
  const history: { moves: readonly PlayerMove[]; game: GameState }[] = [];
  let moves: readonly PlayerMove[] = [];
  history.push({ moves, game: exerciseGame(scenario, { ...record, moves }) });
  for (const move of record.moves) {
    const next = playMove(scenario, { ...record, moves }, move);
    if (!next.ok) throw new Error(`the exercise's moves no longer replay at ${move.type}`);
    moves = next.moves;
    history.push({ moves, game: next.game });
  }
  return history;
}
