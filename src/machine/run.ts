import { createActor } from 'xstate';
import type { GameConfig, GameState, PlayOptions, Scenario } from '../engine';
import { gameMachine } from './game-machine';

/** Plays a game with every seat computer-played through the machine, and returns the final state. */
export function runToEnd(scenario: Scenario, config: GameConfig, options: PlayOptions = {}): GameState {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario, config, lean: options.lean === true });
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (!snapshot.matches('debrief') || !snapshot.context.game) {
    throw new Error(`the game stopped in ${JSON.stringify(snapshot.value)}: is a seat human?`);
  }
  return snapshot.context.game;
}
