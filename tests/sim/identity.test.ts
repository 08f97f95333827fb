import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, isComputerTurn, legalMoves, makeConfig, playGame, type ChoiceAction, type GameAction, type GameConfig, type GameState, type Scenario } from '../../src/engine';
import { gameMachine, gameRunner, runToEnd } from '../../src/machine';
import { runBatch } from '../../src/sim/batch';
import { batchSeeds } from '../../src/sim/compare';
import { scenario, seats, sign } from '../helpers';

// The fast paths must play the very same games as the plain one: the computer's consecutive steps
// on one working copy (the engine's and the machine's), and lean batches that log only what the
// statistics read. The reference applies one AUTO step at a time, each committed and frozen.

const SCENARIOS = ['transition-2012', 'window-2011', 'calderon-2006'].map((id) => scenario(id));

/** A US that does nothing and answers each card with its first affordable option. */
function usMove(state: GameState, sc: Scenario): ChoiceAction {
  const [move] = legalMoves(state, sc, 'us');
  if (move?.type === 'RESOLVE_CARD') return { type: 'RESOLVE_CARD', card: move.card, option: move.options[0] ?? '' };
  return { type: 'DECIDE', role: 'us', actions: state.year % 2 === 0 ? ['continuityPrograms'].filter((a) => move?.type === 'DECIDE' && move.actions.some((x) => x.id === a)) : [] };
}

/** The reference: one engine step at a time, with the human's moves where the human must act. */
function stepByStep(sc: Scenario, config: GameConfig): GameState {
  let state = createGame(sc, config);
  while (state.phase !== 'debrief') {
    const action: GameAction = isComputerTurn(state) ? { type: 'AUTO' } : usMove(state, sc);
    const next = applyAction(state, sc, action);
    if (!next.ok) throw new Error(next.error);
    state = next.value;
  }
  return state;
}

/** The browser's path: the machine, with the same human moves and every report closed. */
function throughMachine(sc: Scenario, config: GameConfig): GameState {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: sc, config });
  for (let i = 0; i < 2000; i++) {
    const game = actor.getSnapshot().context.game as GameState;
    if (game.phase === 'debrief') break;
    if (game.phase === 'report') actor.send(sign(actor, { type: 'CONTINUE' }));
    else actor.send(sign(actor, usMove(game, sc)));
  }
  const game = actor.getSnapshot().context.game as GameState;
  actor.stop();
  return game;
}

describe('the fast paths play the same games as one step at a time', () => {
  const cases = batchSeeds(8, 300).map((seed, i) => ({ seed, sc: SCENARIOS[i % 3] as Scenario, sexenios: 1 + (i % 4 === 3 ? 2 : i % 2) }));

  it('gives the identical final state through the engine and the machine, all seats computer-played (300 games, 1-3 sexenios)', () => {
    for (const { seed, sc, sexenios } of cases) {
      const config = makeConfig(sc, { seed, sexenios });
      const reference = stepByStep(sc, config);
      expect(playGame(sc, config)).toEqual(reference);
      expect(runToEnd(sc, config)).toEqual(reference);
    }
  });

  it('gives the identical final states from one actor playing game after game (300 games, 1-3 sexenios, full and lean)', () => {
    const runner = gameRunner();
    for (const { seed, sc, sexenios } of cases) {
      const config = makeConfig(sc, { seed, sexenios });
      const reference = stepByStep(sc, config);
      expect(runner.play(sc, config)).toEqual(reference);
      expect(runner.play(sc, config, { lean: true }).history).toEqual(reference.history);
    }
    runner.stop();
  });

  it('gives the identical final state with a human US through the machine (60 games)', () => {
    for (const { seed, sc, sexenios } of cases.slice(0, 60)) {
      const config = makeConfig(sc, { seed, sexenios, seats: seats(['us']) });
      expect(throughMachine(sc, config)).toEqual(stepByStep(sc, config));
    }
  });

  it('leaves a START where the step-by-step game first waits for a human, in the state of its phase (300 games, each seat human in turn)', () => {
    const ROLE_CYCLE = ['mexico', 'sedena', 'semar', 'tco', 'us'] as const;
    const STATE_OF: Record<string, string | { years: string }> = {
      election: 'election',
      transition: 'transition',
      cardChoice: { years: 'cardChoice' },
      decisions: { years: 'decisions' },
      report: { years: 'report' },
      debrief: 'debrief',
    };
    cases.forEach(({ seed, sc, sexenios }, i) => {
      const config = makeConfig(sc, { seed, sexenios, seats: seats([ROLE_CYCLE[i % ROLE_CYCLE.length] as never]) });
      let reference = createGame(sc, config);
      // The report waits for a table with a human at it; the machine stops there too.
      while (reference.phase !== 'debrief' && isComputerTurn(reference) && reference.phase !== 'report') {
        const next = applyAction(reference, sc, { type: 'AUTO' });
        if (!next.ok) throw new Error(next.error);
        reference = next.value;
      }
      const actor = createActor(gameMachine).start();
      actor.send({ type: 'START', scenario: sc, config });
      const snapshot = actor.getSnapshot();
      actor.stop();
      expect(snapshot.context.game).toEqual(reference);
      expect(snapshot.value).toEqual(STATE_OF[reference.phase]);
    });
  });

  it('gives the identical batch statistics from lean games (300 games per scenario, 2 sexenios)', () => {
    for (const sc of SCENARIOS) {
      const options = { runs: 300, seed: 5, strategies: [], sexenios: 2, usPolicy: 'recommended' as const };
      // A batch that hands each game to onGame plays full games; one that does not plays lean ones.
      const full = runBatch(sc, { ...options, onGame: () => {} });
      expect(runBatch(sc, options)).toEqual(full);
      expect(runBatch(sc, { ...options, runner: 'engine' })).toEqual(full);
    }
  });

  it('keeps in a lean game only the log entries the statistics read, and the same history', () => {
    for (const { seed, sc } of cases.slice(0, 30)) {
      const config = makeConfig(sc, { seed, sexenios: 2 });
      const lean = playGame(sc, config, { lean: true });
      const full = playGame(sc, config);
      for (const e of lean.log.flat()) expect(['strategy', 'election']).toContain(e.type);
      expect(lean.log.flat()).toEqual(full.log.flat().filter((e) => e.type === 'strategy' || e.type === 'election'));
      expect(lean.history).toEqual(full.history);
      expect(runToEnd(sc, config, { lean: true }).history).toEqual(full.history);
    }
  });
});
