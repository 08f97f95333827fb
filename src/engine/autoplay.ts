import { applyComputerRun, createGame } from './game';
import type { Scenario } from './scenario-types';
import type { GameConfig, GameState } from './types';
import type { PlayOptions } from './work';

// The engine alone, with no state machine: plays every step the computer owns until the game ends
// or a human seat must act. The benchmark compares the machine with it, and it cross-checks that
// the machine adds no rules of its own.

export function playComputerTurns(state: GameState, scenario: Scenario, options: PlayOptions = {}): GameState {
  return applyComputerRun(state, scenario, options);
}

export function playGame(scenario: Scenario, config: GameConfig, options: PlayOptions = {}): GameState {
  return playComputerTurns(createGame(scenario, config, options), scenario, options);
}
