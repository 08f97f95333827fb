import { createActor, type Actor } from 'xstate';
import { dueActor, legalMoves, signMove, type GameState, type LegalMove, type Role, type UnsignedMove } from '../../src/engine';
import { gameMachine, type PlayerMove } from '../../src/machine';
import { config, scenario, seats, sign } from '../helpers';

// Games played through the machine for the UI tests: a human seat answers with a fixed, legal
// policy, so each test can stop at the moment whose panel or view it checks.

export const sc = scenario('transition-2012');

export type GameActor = Actor<typeof gameMachine>;

/** A legal answer for a human's turn: the first affordable action, the first option, option B. */
export function answer(game: GameState, role: Role, move: LegalMove): PlayerMove {
  return signMove(game, unsignedAnswer(role, move));
}

function unsignedAnswer(role: Role, move: LegalMove): UnsignedMove {
  switch (move.type) {
    case 'ELECT':
      return { type: 'ELECT' };
    case 'CHOOSE_OPTION':
      return { type: 'CHOOSE_OPTION', option: 'B' };
    case 'RESOLVE_CARD':
      return { type: 'RESOLVE_CARD', card: move.card, option: move.options[0] ?? '' };
    case 'DECIDE': {
      const first = move.actions.find((a) => a.cost <= move.budget);
      return { type: 'DECIDE', role, actions: first ? [first.id] : [], ...(move.stances.length ? { stance: move.stances[0] } : {}) };
    }
  }
}

export function game(actor: GameActor): GameState {
  const g = actor.getSnapshot().context.game;
  if (!g) throw new Error('no game');
  return g;
}

/** Plays one human step (or closes the report); false when the game is over. */
export function step(actor: GameActor): boolean {
  const g = game(actor);
  if (g.phase === 'debrief') return false;
  if (g.phase === 'report') {
    actor.send(sign(actor, { type: 'CONTINUE' }));
    return true;
  }
  const role = dueActor(g);
  const [move] = role && role !== 'system' ? legalMoves(g, sc, role) : [];
  if (!role || role === 'system' || !move) throw new Error(`stuck in ${g.phase}`);
  actor.send(answer(g, role, move));
  return true;
}

/** A game with the given human seats, played until `stop` holds (or the debrief). */
export function playUntil(humans: readonly Role[], seed: number, stop: (g: GameState) => boolean, sexenios = 1): GameActor {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: sc, config: config(sc, { seed, sexenios, seats: seats(humans) }) });
  for (let i = 0; i < 1000 && !stop(game(actor)); i++) if (!step(actor)) break;
  return actor;
}

/** Stops at the given phase of the given year. */
export const at = (phase: GameState['phase'], year?: number) => (g: GameState) => g.phase === phase && (year === undefined || g.year === year);
