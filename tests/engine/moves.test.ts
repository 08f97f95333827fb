import { describe, expect, it } from 'vitest';
import { afterReport, applyAction, createGame, legalMoves, seatError, signMove, TERM_YEARS, type GameState, type PlayerMove } from '../../src/engine';
import { config, scenario, seats } from '../helpers';

// One move type, signed by the seat that sends it, checked in one place (engine/moves.ts).

const sc = scenario('transition-2012');

function seminarAtElection(): GameState {
  const state = createGame(sc, config(sc, { seed: 4, seats: seats(['mexico', 'us', 'sedena']) }));
  expect(state.phase).toBe('election');
  return state;
}

describe('who may make a move', () => {
  const state = seminarAtElection();
  const cases: [string, PlayerMove, string | null][] = [
    ["Mexico's team votes", { type: 'ELECT', by: 'mexico' }, null],
    ['the US team votes for Mexico', { type: 'ELECT', by: 'us' }, 'notYourSeat'],
    ['the control cell votes', { type: 'ELECT', by: 'facilitator' }, 'notYourSeat'],
    ['a team decides for another role', { type: 'DECIDE', role: 'us', actions: [], by: 'sedena' }, 'notYourSeat'],
    ['a team decides for itself (its turn or not: the rules say)', { type: 'DECIDE', role: 'us', actions: [], by: 'us' }, null],
    ['a seat that is no seat', { type: 'ELECT', by: 'teacher' as never }, 'notYourSeat'],
    ['no seat at all', { type: 'ELECT', by: undefined as never }, 'notYourSeat'],
    ['a team acts as the control cell', { type: 'OVERRIDE', track: 'violence', value: 0, reason: 'peace', by: 'us' }, 'notYourSeat'],
    ['the control cell acts', { type: 'OVERRIDE', track: 'violence', value: 0, reason: 'peace', by: 'facilitator' }, null],
    ['the control cell hands a due turn to the computer', { type: 'DELEGATE', by: 'facilitator' }, null],
    ['the due team hands its turn to the computer', { type: 'DELEGATE', by: 'mexico' }, null],
    ['another team hands it over', { type: 'DELEGATE', by: 'us' }, 'notYourSeat'],
    ['a team at the table closes the report', { type: 'CONTINUE', by: 'sedena' }, null],
    ['a team the computer plays closes it', { type: 'CONTINUE', by: 'tco' }, 'notYourSeat'],
    ['the control cell closes it', { type: 'CONTINUE', by: 'facilitator' }, null],
  ];
  it.each(cases)('%s', (_name, move, code) => {
    expect(seatError(state, move)?.code ?? null).toBe(code);
  });
});

describe('signing', () => {
  it('signs each move with the seat it must come from now', () => {
    const state = seminarAtElection();
    expect(signMove(state, { type: 'ELECT' })).toEqual({ type: 'ELECT', by: 'mexico' });
    expect(signMove(state, { type: 'DECIDE', role: 'sedena', actions: [] }).by).toBe('sedena');
    expect(signMove(state, { type: 'DELEGATE' }).by).toBe('mexico');
    // The report is the table's: its first human seat.
    expect(signMove(state, { type: 'CONTINUE' }).by).toBe('mexico');
    expect(signMove(state, { type: 'SET_INTEL', level: 'deep', reason: 'x' }).by).toBe('facilitator');
  });
});

describe("the rules' menus the panels draw from", () => {
  it('say what closing a report leads to: the next year, the election, or the debrief', () => {
    const base = createGame(sc, config(sc, { seed: 4, sexenios: 2 }));
    expect(afterReport({ ...base, yearInTerm: 3, sexenio: 1 })).toBe('nextYear');
    expect(afterReport({ ...base, yearInTerm: TERM_YEARS, sexenio: 1 })).toBe('election');
    expect(afterReport({ ...base, yearInTerm: TERM_YEARS, sexenio: 2 })).toBe('debrief');
  });

  it("offer the transition's options with the one that needs the law-enforcement sub-choice", () => {
    let state = createGame(sc, config(sc, { seed: 4, seats: seats(['mexico']) }));
    const elected = applyAction(state, sc, { type: 'ELECT', party: 'PRD' });
    if (!elected.ok) throw new Error(elected.error);
    state = elected.value;
    expect(legalMoves(state, sc, 'mexico')).toEqual([{ type: 'CHOOSE_OPTION', options: ['A', 'B', 'C', 'D'], lawEnforcementChoice: ['C'] }]);
  });
});
