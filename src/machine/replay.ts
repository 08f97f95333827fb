import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { signMove, type GameConfig, type Result, type Scenario, type UnsignedMove } from '../engine';
import { gameMachine, type PlayerMove } from './game-machine';
import { machineFailure } from './failure';

// A game is a seed plus a list of decisions: replaying them through a fresh machine rebuilds it
// exactly (the computer's moves come from the same seeded RNG). A move the machine refuses means
// the record is corrupt or belongs to another version of the game.

export interface GameRecord {
  readonly scenario: string;
  readonly config: GameConfig;
  /**
   * The moves in order. A move without its seat (a version-2 save's) is signed as it is replayed,
   * by the seat it had to come from then: the same game, and the machine records it signed.
   */
  readonly moves: readonly (PlayerMove | UnsignedMove)[];
}

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
export type GameActor = Actor<typeof gameMachine>;

/**
 * Replays a record into a fresh machine and hands back that machine, running, where the record
 * leaves the game: resuming a save plays its moves once, and goes on with the machine that checked
 * them. A refused move stops the machine and says which move it was.
 */
export function replayActor(scenario: Scenario, record: GameRecord): Result<GameActor> {
  if (record.scenario !== scenario.id) return { ok: false, error: `the save is for scenario "${record.scenario}", not "${scenario.id}"` };
  const actor = createActor(gameMachine);
  // An engine error stops the machine; it is read from the snapshot below, not reported unhandled.
  const errors = actor.subscribe({ error: () => {} });
  actor.start();
  let refusal: string | null = null;
  const sub = actor.on('rejected', (e) => (refusal ??= e.reason));
  const stop = (error: string): Result<GameActor> => {
    sub.unsubscribe();
    errors.unsubscribe();
    actor.stop();
    return { ok: false, error };
  };
  actor.send({ type: 'START', scenario, config: record.config });
  const failedAtStart = machineFailure(actor.getSnapshot());
  if (failedAtStart) return stop(`the game could not start: ${failedAtStart.message}`);
  for (const [i, move] of record.moves.entries()) {
    const game = actor.getSnapshot().context.game;
    actor.send('by' in move || !game ? (move as PlayerMove) : signMove(game, move));
    if (refusal) return stop(`move ${i + 1} of ${record.moves.length} (${move.type}) was refused: ${refusal}`);
    const failure = machineFailure(actor.getSnapshot());
    if (failure) return stop(`move ${i + 1} of ${record.moves.length} (${move.type}) stopped the game: ${failure.message}`);
  }
  sub.unsubscribe();
  errors.unsubscribe();
  return { ok: true, value: actor };
}

/** The snapshot a record replays to (the machine is stopped). */
export function replay(scenario: Scenario, record: GameRecord): Result<GameSnapshot> {
  const replayed = replayActor(scenario, record);
  if (!replayed.ok) return replayed;
  const snapshot = replayed.value.getSnapshot();
  replayed.value.stop();
  return { ok: true, value: snapshot };
}
