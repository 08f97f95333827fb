import { createActor, type Actor } from 'xstate';
import type { GameConfig, GameState, PlayOptions, Scenario } from '../engine';
import { gameMachine } from './game-machine';
import { machineFailure } from './failure';

/** Plays a game with every seat computer-played through the machine, and returns the final state. */
export function runToEnd(scenario: Scenario, config: GameConfig, options: PlayOptions = {}): GameState {
  const runner = gameRunner();
  try {
    return runner.play(scenario, config, options);
  } finally {
    runner.stop();
  }
}

/** Plays games one after another through one actor of the machine (see `gameRunner`). */
export interface GameRunner {
  /** Plays a game with every seat computer-played to its debrief and returns the final state. */
  play(scenario: Scenario, config: GameConfig, options?: PlayOptions): GameState;
  stop(): void;
}

/**
 * One actor for a batch of games: each game is a START, which the machine plays to the debrief in
 * one transition; the next game's START begins it from that debrief (a NEW_GAME between them, back
 * to the setup, cost as much as the game's START). A batch's games are
 * played by the very machine a single game is; sharing the actor spares creating one a game, and
 * with it half the young-generation garbage collection's work (an actor made and dropped a game
 * keeps more of each game alive through a collection). An engine error stops the actor for good
 * (xstate v5): it is thrown with its own message and the next game gets a new actor.
 */
export function gameRunner(): GameRunner {
  let actor: Actor<typeof gameMachine> | null = null;
  const stopActor = () => {
    actor?.stop();
    actor = null;
  };
  return {
    play(scenario, config, options = {}) {
      if (!actor) {
        actor = createActor(gameMachine);
        // An error thrown by the engine stops the machine: take it here rather than let xstate
        // report it later as an unhandled error, and throw it with its own message.
        actor.subscribe({ error: () => {} });
        actor.start();
      }
      actor.send({ type: 'START', scenario, config, lean: options.lean === true });
      const snapshot = actor.getSnapshot();
      const failure = machineFailure(snapshot);
      if (failure) {
        stopActor();
        throw failure;
      }
      if (!snapshot.matches('debrief') || !snapshot.context.game) {
        stopActor();
        throw new Error(`the game stopped in ${JSON.stringify(snapshot.value)} before its end: a seat is played by a person`);
      }
      return snapshot.context.game;
    },
    stop: stopActor,
  };
}
