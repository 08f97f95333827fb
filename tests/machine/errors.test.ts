import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { legalMoves, PARTIES, signMove, type GameState, type Scenario } from '../../src/engine';
import { gameMachine, gameRunner, machineFailure, replay, runToEnd, type PlayerMove } from '../../src/machine';
import { config, scenario, seats } from '../helpers';

// An engine error inside a transition must reach the caller with its own message: never a game
// that silently stopped, never a guess about the seats.

/** A scenario whose every election from 2018 has no party with any weight (data the schema now refuses). */
function deadElections(): Scenario {
  const base = scenario('transition-2012');
  const zero = Object.fromEntries(PARTIES.map((p) => [p, 0]));
  const elections = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [String(2018 + i), zero]));
  return { ...base, elections } as unknown as Scenario;
}

describe('the machine does not swallow engine errors', () => {
  it('runToEnd throws the engine error, not a message about seats', () => {
    const sc = deadElections();
    expect(() => runToEnd(sc, config(sc, { seed: 3, sexenios: 2 }))).toThrow(/weights must have a positive, finite sum/);
  });

  it('a runner of many games throws the engine error and plays the next game on a new actor', () => {
    const dead = deadElections();
    const good = scenario('transition-2012');
    const runner = gameRunner();
    const first = runner.play(good, config(good, { seed: 3, sexenios: 2 }));
    expect(() => runner.play(dead, config(dead, { seed: 3, sexenios: 2 }))).toThrow(/weights must have a positive, finite sum/);
    expect(runner.play(good, config(good, { seed: 3, sexenios: 2 }))).toEqual(first);
    expect(() => runner.play(good, config(good, { seed: 3, seats: seats(['us']) }))).toThrow(/played by a person/);
    expect(runner.play(good, config(good, { seed: 3, sexenios: 2 }))).toEqual(first);
    runner.stop();
  });

  it('a live game stops with the engine error, and its replay names the move that hit it', () => {
    const sc = deadElections();
    const cfg = config(sc, { seed: 3, sexenios: 2, seats: seats(['us']) });
    const actor = createActor(gameMachine);
    actor.subscribe({ error: () => {} });
    actor.start();
    actor.send({ type: 'START', scenario: sc, config: cfg });
    // The US decides nothing each year and closes each report, until the 2018 election fails.
    const moves: PlayerMove[] = [];
    for (let i = 0; i < 40 && actor.getSnapshot().status === 'active'; i++) {
      const game = actor.getSnapshot().context.game as GameState;
      const [legal] = legalMoves(game, sc, 'us');
      const move: PlayerMove = signMove(
        game,
        game.phase === 'report' ? { type: 'CONTINUE' } : legal?.type === 'RESOLVE_CARD' ? { type: 'RESOLVE_CARD', card: legal.card, option: legal.options[0] ?? '' } : { type: 'DECIDE', role: 'us', actions: [] },
      );
      moves.push(move);
      actor.send(move);
    }
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('error');
    expect(machineFailure(snap)?.message).toMatch(/weights must have a positive, finite sum/);
    const replayed = replay(sc, { scenario: sc.id, config: cfg, moves });
    expect(replayed.ok).toBe(false);
    if (!replayed.ok) expect(replayed.error).toMatch(new RegExp(`^move ${moves.length} of ${moves.length} \\(CONTINUE\\) stopped the game: .*positive, finite sum`));
  });
});
