import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueActor, legalMoves, type GameState } from '../../src/engine';
import { applyCommand, createExercise, exerciseGame, exerciseView, type Exercise, type ExerciseCommand, type ExerciseSeat, type Team } from '../../src/exercise';
import { config, scenario } from '../helpers';

// What a seat may see is decided in one place (exercise/view.ts, engine/seat-view.ts). Over random
// exercises — moves in turn or sealed, injects, planned injects, private and public rulings, notes,
// pauses, skips — the projector's and the observers' views never hold a hidden field or a word the
// control cell kept to itself, and a team sees its own sealed decision and no other's.

const sc = scenario('transition-2012');
const T0 = Date.UTC(2026, 10, 28, 9);
const TEAMS: Team[] = [
  { id: 'red', name: 'Los Pinos', role: 'mexico', objectives: [{ id: 'o1', text: 'SECRET-OBJECTIVE-red' }] },
  { id: 'blue', name: 'Washington', role: 'us', objectives: [{ id: 'o2', text: 'SECRET-OBJECTIVE-blue' }] },
  { id: 'navy', name: 'SEMAR', role: 'semar', objectives: [] },
];
const facilitator: ExerciseSeat = { kind: 'facilitator' };

/** One step of a random exercise, chosen by `pick`, as the seat that would send it. */
function randomStep(e: Exercise, pick: number, n: number): [ExerciseSeat, ExerciseCommand] {
  const game = exerciseGame(sc, e);
  const due = dueActor(game);
  const team = TEAMS.find((t) => t.role === due);
  const secret = (kind: string) => `SECRET-${kind}-${n}`;
  switch (pick % 9) {
    case 0:
    case 1:
    case 2: {
      if (game.phase === 'report') return [{ kind: 'team', team: 'blue' }, { type: 'move', move: { type: 'CONTINUE', by: 'us' } }];
      if (!team) return [facilitator, { type: 'skip', reason: secret('SKIP') }];
      const [legal] = legalMoves(game, sc, team.role);
      const seat: ExerciseSeat = { kind: 'team', team: team.id };
      if (legal?.type === 'DECIDE') {
        const move = { type: 'DECIDE' as const, role: team.role, actions: legal.actions.filter((a) => a.cost <= legal.budget).slice(0, 1).map((a) => a.id), by: team.role };
        return [seat, e.settings.decide === 'secret' ? { type: 'seal', move } : { type: 'move', move }];
      }
      if (legal?.type === 'RESOLVE_CARD') return [seat, { type: 'move', move: { type: 'RESOLVE_CARD', card: legal.card, option: legal.options[0] ?? '', by: team.role } }];
      if (legal?.type === 'CHOOSE_OPTION') return [seat, { type: 'move', move: { type: 'CHOOSE_OPTION', option: 'B', by: team.role } }];
      return [seat, { type: 'move', move: { type: 'ELECT', by: team.role } }];
    }
    case 3:
      return [facilitator, { type: 'inject', card: { kind: 'deck', card: game.deck[n % Math.max(1, game.deck.length)] ?? 'none' }, reason: secret('INJECT') }];
    case 4:
      return [facilitator, { type: 'planInject', inject: { id: `p${n}`, card: { kind: 'custom', title: `Planned ${n}`, text: 'words', effects: [] }, objective: secret('OBJECTIVE'), expectedResponse: secret('EXPECTED'), schedule: { kind: 'hold' } }, reason: secret('PLAN') }];
    case 5:
      return [facilitator, { type: 'rule', ruling: { kind: 'free', text: secret('RULING') }, reason: secret('RULING-REASON'), public: false }];
    case 6:
      return [{ kind: 'observer', name: 'Dr. Ruiz' }, { type: 'note', text: secret('NOTE'), team: 'red' }];
    case 7:
      return e.paused ? [facilitator, { type: 'resume', reason: 'back' }] : [facilitator, { type: 'pause', reason: 'coffee' }];
    default:
      return [facilitator, { type: 'skip', reason: secret('SKIP') }];
  }
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
    into.add(k);
    keysOf(v, into);
  }
  return into;
}

describe("what each seat sees of an exercise", () => {
  it('the room never sees a hidden field, a kept reason, a note, a plan or a sealed decision; a team sees only its own', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { minLength: 5, maxLength: 40 }), (secret, seed, picks) => {
        const made = createExercise({
          id: 'ex', title: 'Exercise', scenario: sc, config: config(sc, { seed }), teams: TEAMS, eventsList: [], now: T0,
          settings: { decide: secret ? 'secret' : 'inTurn', phaseSeconds: { election: 60, transition: 60, cardChoice: 60, decisions: 60, report: 60 }, autoClose: false },
        });
        if (!made.ok) throw new Error('no exercise');
        let e = made.exercise;
        picks.forEach((pick, n) => {
          const [seat, command] = randomStep(e, pick, n);
          const result = applyCommand(e, seat, command, { scenario: sc, now: T0 + n * 1000 });
          if (result.ok) e = result.exercise;
        });
        const game: GameState = exerciseGame(sc, e);
        for (const seat of [{ kind: 'projector' }, { kind: 'observer', name: 'Dr. Ruiz' }] as const) {
          const view = exerciseView(e, game, sc, seat, T0 + 60_000);
          const text = JSON.stringify(view);
          expect(text).not.toMatch(/SECRET-/);
          const keys = keysOf(view);
          for (const hidden of ['seed', 'draws', 'deck', 'sealed', 'notes', 'eventsList', 'objectives', 'objective', 'expectedResponse']) expect(keys.has(hidden), hidden).toBe(false);
          expect(text).not.toContain(String(game.config.seed) === '0' ? '\u0000' : `"seed":${game.config.seed}`);
        }
        for (const t of TEAMS) {
          const view = exerciseView(e, game, sc, { kind: 'team', team: t.id }, T0);
          if (view.seat !== 'team') throw new Error('not a team view');
          expect(view.sealed).toEqual(e.sealed[t.id] ?? null);
          expect(JSON.stringify(view.room)).not.toMatch(/SECRET-/);
          expect(JSON.stringify(view.objectives)).not.toContain(t.id === 'red' ? 'SECRET-OBJECTIVE-blue' : 'SECRET-OBJECTIVE-red');
          expect(keysOf(view.room).has('seed')).toBe(false);
        }
        // The control cell sees it all.
        const full = exerciseView(e, game, sc, facilitator, T0);
        expect(full.seat === 'facilitator' && full.game.config.seed).toBe(seed);
      }),
      { numRuns: 40 },
    );
  });
});
