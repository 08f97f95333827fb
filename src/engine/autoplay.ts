import { applyComputerRun, createGame, legalMoves } from './game';
import type { PlayerMove } from './moves';
import type { Scenario } from './scenario-types';
import type { GameConfig, GameState, Role } from './types';
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

/**
 * The plainest move a person at `role` could make now: the first legal one, with its first option
 * and at most one affordable lever (option B at a transition). Networked test rooms and the room
 * load test play it, as a client would build it from the legal menu; null when `role` has none.
 */
export function plainMove(state: GameState, scenario: Scenario, role: Role): PlayerMove | null {
  const [legal] = legalMoves(state, scenario, role);
  if (!legal) return null;
  switch (legal.type) {
    case 'ELECT':
      return { type: 'ELECT', by: role };
    case 'CHOOSE_OPTION':
      return { type: 'CHOOSE_OPTION', option: 'B', by: role };
    case 'RESOLVE_CARD':
      return { type: 'RESOLVE_CARD', card: legal.card, option: legal.options[0] ?? '', by: role };
    case 'DECIDE':
      return { type: 'DECIDE', role, actions: legal.actions.filter((a) => a.cost <= legal.budget).slice(0, 1).map((a) => a.id), by: role };
  }
}
