import { createActor } from 'xstate';
import type { GameState, Phase, Scenario } from '../../src/engine';
import { EXERCISE_FORMAT, EXERCISE_VERSION, type Exercise, type ExerciseLogEntry, type Team } from '../../src/exercise';
import { gameMachine, type PlayerMove } from '../../src/machine';
import { sampleEventsList } from '../../src/i18n/exercise-events';
import { teamObjective } from '../../src/i18n/exercise-objectives';
import { config, scenario, seats } from '../helpers';

// Exercises for the hot wash and report tests, built by hand around games the machine played: the
// United States played by a team that hands every turn to the computer, a control-cell inject in
// 2015, and a log and notes written as the console would have written them.

export const T0 = Date.UTC(2026, 2, 9, 13, 0, 0);
const MINUTE = 60_000;

export const TEAMS: readonly Team[] = [
  { id: 'blue', name: 'Blue cell', role: 'us', objectives: [teamObjective('us-collaborative', 'en'), teamObjective('us-institutionalize', 'en'), { id: 'typed-1', text: 'Keep the Navy channel open whatever happens' }] },
];

export const SETTINGS: Exercise['settings'] = { decide: 'inTurn', phaseSeconds: { election: 0, transition: 0, cardChoice: 300, decisions: 600, report: 120 }, autoClose: false };

export interface PlayedExercise {
  readonly scenario: Scenario;
  readonly exercise: Exercise;
  readonly game: GameState;
}

/**
 * A transition-2012 game with the United States at the table: every US turn handed to the computer,
 * every report closed, and in 2015 an inject from the sample events list. The exercise log has an
 * entry for each move, like the console's, plus a pause, a ruling and notes.
 */
export function playedExercise(seed = 11): PlayedExercise {
  const sc = scenario();
  const cfg = config(sc, { seed, seats: seats(['us']) });
  const actor = createActor(gameMachine);
  actor.start();
  actor.send({ type: 'START', scenario: sc, config: cfg });
  const log: ExerciseLogEntry[] = [];
  let at = T0;
  const entry = (e: Omit<ExerciseLogEntry, 'seq' | 'at' | 'year' | 'phase' | 'moves'>, game: { year: number; phase: Phase }) => {
    at += MINUTE;
    log.push({ seq: log.length + 1, at, year: game.year, phase: game.phase, ...e, moves: actor.getSnapshot().context.moves.length });
  };
  const first = actor.getSnapshot().context.game as GameState;
  entry({ by: 'facilitator', kind: 'setup', public: true, detail: { teams: TEAMS.map((t) => ({ id: t.id, name: t.name, role: t.role })), seed, sexenios: cfg.sexenios } }, first);
  const eventsList = sampleEventsList('en');
  let injected = false;
  for (let i = 0; i < 400; i++) {
    const game = actor.getSnapshot().context.game as GameState;
    if (game.phase === 'debrief') break;
    if (!injected && game.year === 2015 && game.phase === 'decisions') {
      injected = true;
      const move = { type: 'INJECT', by: 'facilitator', card: 'hurricane-relief', reason: 'the sample list, early' } as PlayerMove;
      entry({ by: 'facilitator', kind: 'inject', reason: 'the sample list, early', public: true, detail: { move, inject: 'mel-hurricane', card: 'hurricane-relief' } }, game);
      actor.send(move);
      entry({ by: 'facilitator', kind: 'pause', reason: 'Discuss the hurricane', public: true, detail: {} }, game);
      entry({ by: 'facilitator', kind: 'resume', reason: 'Back to the decisions', public: true, detail: {} }, game);
      entry({ by: 'facilitator', kind: 'ruling', reason: 'The relief goes ahead as drawn', public: true, detail: { ruling: { kind: 'accept' } } }, game);
      entry({ by: 'observer:Ana', kind: 'note', public: false, detail: { note: 'n1' } }, game);
      continue;
    }
    const move = (game.phase === 'report' ? { type: 'CONTINUE', by: 'us' } : { type: 'DELEGATE', by: 'us' }) as PlayerMove;
    entry({ by: 'blue', kind: 'move', public: true, detail: { move } }, game);
    actor.send(move);
  }
  const { game, moves } = actor.getSnapshot().context as { game: GameState; moves: readonly PlayerMove[] };
  actor.stop();
  entry({ by: 'facilitator', kind: 'hotwash', reason: 'End of the exercise', public: true, detail: {} }, game);
  const released = eventsList.map((i) => (i.id === 'mel-hurricane' ? { ...i, released: { year: 2015, move: 0 } } : i));
  const exercise: Exercise = {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    id: 'ex-test',
    title: 'Seminar 3, afternoon',
    scenario: sc.id,
    config: cfg,
    settings: SETTINGS,
    teams: TEAMS,
    eventsList: released,
    moves,
    sealed: {},
    log,
    notes: [
      { id: 'n1', at: T0 + 30 * MINUTE, year: 2015, by: 'observer:Ana', team: 'blue', objective: 'typed-1', text: 'Blue argued for a Navy-only channel.' },
      { id: 'n2', at: T0 + 45 * MINUTE, year: 2017, by: 'facilitator', team: null, objective: null, text: 'The room split on the combined command.' },
    ],
    clock: { phase: game.phase, year: game.year, startedAt: at, lengthMs: 0, pausedMs: 0, expired: false },
    paused: null,
    stage: 'hotwash',
  };
  return { scenario: sc, exercise, game };
}
