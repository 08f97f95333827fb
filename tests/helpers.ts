import { makeConfig, signMove, type GameConfig, type GameState, type PlayerMove, type Role, type Scenario, type SeatKind, type UnsignedMove } from '../src/engine';
import { shippedScenario } from '../src/scenario';

export function scenario(id = 'transition-2012'): Scenario {
  const result = shippedScenario(id);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function seats(humans: readonly Role[]): Record<Role, SeatKind> {
  return { mexico: 'computer', sedena: 'computer', semar: 'computer', tco: 'computer', us: 'computer', ...Object.fromEntries(humans.map((r) => [r, 'human'])) };
}

export function config(s: Scenario, overrides: Partial<GameConfig> = {}): GameConfig {
  return makeConfig(s, overrides);
}

/** A copy of a state whose tracks are set to the given values (for rule tests). */
export function withTracks(state: GameState, tracks: Partial<GameState['tracks']>): GameState {
  return { ...state, tracks: { ...state.tracks, ...tracks } };
}

/** A move signed by the seat it must come from now (what the one-screen shell does for the table). */
export function sign(actor: { getSnapshot(): { context: { game: GameState | null } } }, move: UnsignedMove): PlayerMove {
  const game = actor.getSnapshot().context.game;
  if (!game) throw new Error('no game to sign a move for');
  return signMove(game, move);
}
