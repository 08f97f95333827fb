import { applyAction, createGame, isComputerTurn, type GameAction } from './game';
import type { Scenario } from './scenario-types';
import type { GameConfig, GameState } from './types';

// The engine alone, with no state machine: plays every step the computer owns until the game ends
// or a human seat must act. Batch runs use the machine; this loop is the benchmark's floor and a
// cross-check that the machine adds no rules of its own.

const AUTO: GameAction = { type: 'AUTO' };

export function playComputerTurns(state: GameState, scenario: Scenario): GameState {
  let current = state;
  while (current.phase !== 'debrief' && isComputerTurn(current)) {
    const next = applyAction(current, scenario, AUTO);
    if (!next.ok) throw new Error(`computer move refused: ${next.error}`);
    current = next.value;
  }
  return current;
}

export function playGame(scenario: Scenario, config: GameConfig): GameState {
  return playComputerTurns(createGame(scenario, config), scenario);
}
