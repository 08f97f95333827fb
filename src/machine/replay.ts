import { createActor, type SnapshotFrom } from 'xstate';
import type { GameConfig, Result, Scenario } from '../engine';
import { gameMachine, type PlayerMove } from './game-machine';

// A game is a seed plus a list of decisions: replaying them through a fresh machine rebuilds it
// exactly (the computer's moves come from the same seeded RNG). A move the machine refuses means
// the record is corrupt or belongs to another version of the game.

export interface GameRecord {
  readonly scenario: string;
  readonly config: GameConfig;
  readonly moves: readonly PlayerMove[];
}

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;

export function replay(scenario: Scenario, record: GameRecord): Result<GameSnapshot> {
  if (record.scenario !== scenario.id) return { ok: false, error: `the save is for scenario "${record.scenario}", not "${scenario.id}"` };
  const actor = createActor(gameMachine).start();
  let refusal: string | null = null;
  const sub = actor.on('rejected', (e) => (refusal ??= e.reason));
  actor.send({ type: 'START', scenario, config: record.config });
  for (const [i, move] of record.moves.entries()) {
    actor.send(move);
    if (refusal) {
      sub.unsubscribe();
      actor.stop();
      return { ok: false, error: `move ${i + 1} of ${record.moves.length} (${move.type}) was refused: ${refusal}` };
    }
  }
  sub.unsubscribe();
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { ok: true, value: snapshot };
}
