import { createActor } from 'xstate';
import type { GameConfig, GameState, PlayOptions, Scenario } from '../engine';
import { gameMachine } from './game-machine';
import { machineFailure } from './failure';

/** Plays a game with every seat computer-played through the machine, and returns the final state. */
export function runToEnd(scenario: Scenario, config: GameConfig, options: PlayOptions = {}): GameState {
  const actor = createActor(gameMachine);
  // An error thrown by the engine stops the machine: take it here rather than let xstate report it
  // later as an unhandled error, and throw it with its own message.
  actor.subscribe({ error: () => {} });
  actor.start();
  actor.send({ type: 'START', scenario, config, lean: options.lean === true });
  const snapshot = actor.getSnapshot();
  actor.stop();
  const failure = machineFailure(snapshot);
  if (failure) throw failure;
  if (!snapshot.matches('debrief') || !snapshot.context.game) {
    throw new Error(`the game stopped in ${JSON.stringify(snapshot.value)} before its end: a seat is played by a person`);
  }
  return snapshot.context.game;
}
