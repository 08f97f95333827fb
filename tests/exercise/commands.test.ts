import { describe, expect, it } from 'vitest';
import { dueActor, legalMoves, scheduledIds, type GameState } from '../../src/engine';
import {
  applyCommand,
  createExercise,
  exerciseGame,
  forkExercise,
  readClock,
  secretTurn,
  type Exercise,
  type ExerciseCommand,
  type ExerciseSeat,
  type ExerciseSettings,
  type Team,
  NOTES_LIMIT,
  NOTES_PER_SEAT,
  OTHERS_NOTES_LIMIT,
} from '../../src/exercise';
import { config, scenario } from '../helpers';

// Issue 11: every power of the control cell, the teams' moves in turn and in secret, the clock, and
// the append-only exercise log with its reasons.

const sc = scenario('transition-2012');
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
const facilitator: ExerciseSeat = { kind: 'facilitator' };
const team = (id: string): ExerciseSeat => ({ kind: 'team', team: id });

const TEAMS: Team[] = [
  { id: 'red', name: 'Los Pinos', role: 'mexico', objectives: [] },
  { id: 'blue', name: 'Washington', role: 'us', objectives: [] },
  { id: 'green', name: 'SEDENA', role: 'sedena', objectives: [] },
];

function settings(overrides: Partial<ExerciseSettings> = {}): ExerciseSettings {
  return { decide: 'inTurn', phaseSeconds: { election: 60, transition: 300, cardChoice: 120, decisions: 600, report: 120 }, autoClose: false, ...overrides };
}

function start(overrides: Partial<ExerciseSettings> = {}, teams: Team[] = TEAMS): Exercise {
  const made = createExercise({ id: 'ex-1', title: 'Seminar', scenario: sc, config: config(sc, { seed: 11, fixedParties: ['PRI'] }), settings: settings(overrides), teams, eventsList: [], now: T0 });
  if (!made.ok) throw new Error(JSON.stringify(made.refusal));
  return made.exercise;
}

function run(exercise: Exercise, seat: ExerciseSeat, command: ExerciseCommand, now = T0): Exercise {
  const result = applyCommand(exercise, seat, command, { scenario: sc, now });
  if (!result.ok) throw new Error(`${command.type}: ${JSON.stringify(result.refusal)}`);
  return result.exercise;
}

const game = (e: Exercise): GameState => exerciseGame(sc, e);

/** Plays the exercise in turn until the game reaches the decisions of its first year. */
function toDecisions(e0: Exercise): Exercise {
  let e = e0;
  for (let i = 0; i < 30 && game(e).phase !== 'decisions'; i++) {
    const g = game(e);
    const due = dueActor(g);
    const t = TEAMS.find((x) => x.role === due);
    if (g.phase === 'transition') e = run(e, team(t?.id ?? ''), { type: 'move', move: { type: 'CHOOSE_OPTION', option: 'A', by: 'mexico' } });
    else if (g.phase === 'cardChoice' && t) {
      const [legal] = legalMoves(g, sc, t.role);
      if (legal?.type !== 'RESOLVE_CARD') throw new Error('expected a card choice');
      e = run(e, team(t.id), { type: 'move', move: { type: 'RESOLVE_CARD', card: legal.card, option: legal.options[0] ?? '', by: t.role } });
    } else if (g.phase === 'election') e = run(e, team('red'), { type: 'move', move: { type: 'ELECT', party: 'PRI', by: 'mexico' } });
    else break;
  }
  expect(game(e).phase).toBe('decisions');
  return e;
}

describe('an exercise', () => {
  it('starts its game with the roster as its human seats, and logs the set-up', () => {
    const e = start();
    expect(e.config.seats).toEqual({ mexico: 'human', us: 'human', sedena: 'human', semar: 'computer', tco: 'computer' });
    expect(e.log.map((l) => l.kind)).toEqual(['setup']);
    expect(createExercise({ id: 'x', title: 't', scenario: sc, config: config(sc), settings: settings(), teams: [], eventsList: [], now: T0 })).toMatchObject({ ok: false, refusal: { code: 'badRoster', problem: 'empty' } });
    expect(createExercise({ id: 'x', title: 't', scenario: sc, config: config(sc), settings: settings(), teams: [TEAMS[0] as Team, { ...(TEAMS[1] as Team), role: 'mexico' }], eventsList: [], now: T0 })).toMatchObject({ ok: false, refusal: { code: 'badRoster', problem: 'duplicateRole' } });
  });

  it("takes a team's move for its own role only, and logs who and when", () => {
    const e = start();
    expect(applyCommand(e, team('blue'), { type: 'move', move: { type: 'ELECT', party: 'PRI', by: 'mexico' } }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'notYourRole' } });
    expect(applyCommand(e, team('nobody'), { type: 'move', move: { type: 'ELECT', by: 'mexico' } }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'unknownTeam' } });
    const after = run(e, team('red'), { type: 'move', move: { type: 'ELECT', party: 'PRI', by: 'mexico' } }, T0 + 5000);
    expect(after.log.at(-1)).toMatchObject({ seq: 2, at: T0 + 5000, by: 'red', kind: 'move', detail: { move: { type: 'ELECT', party: 'PRI', by: 'mexico' } } });
    expect(game(after).phase).toBe('transition');
  });

  it('refuses every power without a reason, and any power from a team or an observer; the projector only watches', () => {
    const e = toDecisions(start());
    const powers: ExerciseCommand[] = [
      { type: 'pause', reason: '' },
      { type: 'inject', card: { kind: 'deck', card: game(e).deck[0] ?? '' }, reason: ' ' },
      { type: 'rule', ruling: { kind: 'free', text: 'The ministers meet' }, reason: '', public: true },
      { type: 'extend', seconds: 60, reason: '' },
      { type: 'skip', reason: '' },
      { type: 'undo', reason: '' },
    ];
    for (const p of powers) expect(applyCommand(e, facilitator, p, { scenario: sc, now: T0 }), p.type).toMatchObject({ ok: false, refusal: { code: 'reasonRequired' } });
    // Invisible characters are no reason: a zero-width space, a no-break space, a word joiner.
    for (const reason of ['\u200B', '\u00A0\u200B', '\u2060\uFEFF']) {
      expect(applyCommand(e, facilitator, { type: 'pause', reason }, { scenario: sc, now: T0 }), JSON.stringify(reason)).toMatchObject({ ok: false, refusal: { code: 'reasonRequired', command: 'pause' } });
    }
    expect(forkExercise(e, game(e).year, '\u200B\u200B', { scenario: sc, now: T0, id: 'f' })).toMatchObject({ ok: false, refusal: { code: 'reasonRequired', command: 'fork' } });
    expect(applyCommand(e, team('blue'), { type: 'pause', reason: 'we need time' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'facilitatorOnly' } });
    expect(applyCommand(e, { kind: 'observer', name: 'Dr. Ruiz' }, { type: 'skip', reason: 'bored' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'facilitatorOnly' } });
    expect(applyCommand(e, { kind: 'projector' }, { type: 'note', text: 'hi' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'readOnly' } });
  });

  it('injects a deck card or one written on the spot, releases the events list, and rules — all in the game and the log', () => {
    let e = toDecisions(start());
    const plain = sc.deck.find((c) => game(e).deck.includes(c.id) && !c.choice);
    if (!plain) throw new Error('no plain card');
    e = run(e, facilitator, { type: 'inject', card: { kind: 'deck', card: plain.id }, reason: 'test the room' });
    expect(game(e).drawn).toContain(plain.id);
    e = run(e, facilitator, { type: 'inject', card: { kind: 'custom', title: 'Hurricane', text: 'The Navy leads relief.', effects: [{ track: 'relationship.semar', value: 3 }] }, reason: 'disaster relief' });
    const next = sc.deck.find((c) => game(e).deck.includes(c.id) && !c.choice && c.id !== plain.id);
    e = run(e, facilitator, { type: 'planInject', inject: { id: 'i1', card: { kind: 'deck', card: next?.id ?? '' }, objective: 'See if the US offers help', expectedResponse: 'US offers liaison', schedule: { kind: 'hold' } }, reason: 'prepared' });
    expect(e.eventsList[0]?.released).toBeNull();
    e = run(e, facilitator, { type: 'release', inject: 'i1', reason: 'the room is ready' });
    expect(e.eventsList[0]?.released).toEqual({ year: game(e).year, move: expect.any(Number) });
    expect(applyCommand(e, facilitator, { type: 'release', inject: 'i1', reason: 'again' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'alreadyReleased' } });
    e = run(e, facilitator, { type: 'rule', ruling: { kind: 'override', track: 'violence', value: 9000 }, reason: 'the army reported fewer killings', public: true });
    expect(game(e).tracks.violence).toBe(9000);
    e = run(e, facilitator, { type: 'rule', ruling: { kind: 'cancel', card: plain.id }, reason: 'implausible', public: false });
    e = run(e, facilitator, { type: 'rule', ruling: { kind: 'free', text: 'Mexico may not claim the raid' }, reason: 'sovereignty', public: true });
    expect(e.log.map((l) => l.kind).filter((k) => k !== 'move')).toEqual(['setup', 'inject', 'inject', 'injectPlanned', 'inject', 'ruling', 'ruling', 'ruling']);
    expect(e.log.filter((l) => l.kind === 'ruling').map((l) => [l.public, l.reason])).toEqual([[true, 'the army reported fewer killings'], [false, 'implausible'], [true, 'sovereignty']]);
    // The log only grows: every entry before is still there, in order.
    expect(e.log.map((l) => l.seq)).toEqual(e.log.map((_, i) => i + 1));
  });

  it('releases an inject scheduled for a year when that year is played', () => {
    const card = sc.deck.find((c) => !c.choice && !scheduledIds(sc).has(c.id) && c.effects.length > 0);
    const made = createExercise({
      id: 'ex-2', title: 't', scenario: sc, config: config(sc, { seed: 11 }), settings: settings(), teams: TEAMS, now: T0,
      eventsList: [{ id: 'y2013', card: { kind: 'deck', card: card?.id ?? '' }, objective: 'o', expectedResponse: 'r', schedule: { kind: 'year', year: 2013 }, released: null }],
    });
    if (!made.ok) throw new Error('no exercise');
    const e = toDecisions(made.exercise);
    expect(game(e).year).toBe(2013);
    const inject = e.eventsList[0];
    // Released at 2013's play, or held when the deck had already dealt that card.
    if (game(e).drawn.includes(card?.id ?? '') && inject?.released) expect(inject.released.year).toBe(2013);
    else expect(inject?.schedule.kind === 'hold' || inject?.released !== null).toBe(true);
  });

  it('pauses (no team may move), resumes, and the paused time does not count on the clock', () => {
    let e = toDecisions(start());
    const startedAt = e.clock.startedAt;
    e = run(e, facilitator, { type: 'pause', reason: 'coffee' }, startedAt + 60_000);
    expect(applyCommand(e, team('blue'), { type: 'move', move: { type: 'DECIDE', role: 'us', actions: [], by: 'us' } }, { scenario: sc, now: startedAt + 70_000 })).toMatchObject({ ok: false, refusal: { code: 'paused' } });
    expect(readClock(e.clock, startedAt + 600_000, e.paused?.since ?? null).elapsedMs).toBe(60_000);
    e = run(e, facilitator, { type: 'resume', reason: 'back' }, startedAt + 660_000);
    expect(readClock(e.clock, startedAt + 720_000, null)).toMatchObject({ elapsedMs: 120_000, remainingMs: 480_000, running: true });
    e = run(e, facilitator, { type: 'extend', seconds: 120, reason: 'a hard choice' }, startedAt + 720_000);
    expect(readClock(e.clock, startedAt + 720_000, null).remainingMs).toBe(600_000);
  });

  it("keeps the team a lost connection paused the room for, and only a team of the exercise", () => {
    const e = toDecisions(start());
    const dropped = run(e, facilitator, { type: 'pause', reason: 'Blue lost its connection', dropped: 'blue' });
    expect(dropped.paused).toMatchObject({ reason: 'Blue lost its connection', dropped: 'blue' });
    expect(dropped.log.at(-1)).toMatchObject({ kind: 'pause', detail: { dropped: 'blue' } });
    const unknown = run(e, facilitator, { type: 'pause', reason: 'x', dropped: 'nobody' });
    expect(unknown.paused).not.toHaveProperty('dropped');
    expect(unknown.log.at(-1)?.detail).toEqual({});
  });

  it('announces the end of a phase once; with auto-close the computer plays what the teams have not', () => {
    let waiting = toDecisions(start({ autoClose: false }));
    const end = waiting.clock.startedAt + waiting.clock.lengthMs;
    waiting = run(waiting, facilitator, { type: 'tick' }, end - 1000);
    expect(waiting.log.some((l) => l.kind === 'clockExpired')).toBe(false);
    waiting = run(waiting, facilitator, { type: 'tick' }, end + 10);
    waiting = run(waiting, facilitator, { type: 'tick' }, end + 2000);
    expect(waiting.log.filter((l) => l.kind === 'clockExpired')).toHaveLength(1);
    expect(game(waiting).phase).toBe('decisions');

    let closing = toDecisions(start({ autoClose: true }));
    const year = game(closing).year;
    closing = run(closing, facilitator, { type: 'tick' }, closing.clock.startedAt + closing.clock.lengthMs);
    expect(game(closing).phase === 'report' || game(closing).year > year).toBe(true);
    expect(closing.moves.filter((m) => m.type === 'DELEGATE' && m.by === 'facilitator').length).toBeGreaterThan(0);
    // A new phase, a new clock.
    expect(closing.clock.phase).toBe(game(closing).phase);
  });

  it('takes secret decisions sealed, shows the room only who has decided, and plays them all at the reveal', () => {
    let e = toDecisions(start({ decide: 'secret' }));
    expect(applyCommand(e, team('blue'), { type: 'move', move: { type: 'DECIDE', role: 'us', actions: [], by: 'us' } }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'wrongMode' } });
    const before = game(e);
    const humans = before.pending.filter((r) => before.config.seats[r] === 'human');
    expect(humans.length).toBeGreaterThan(1);
    const [last, ...first] = [...humans].reverse();
    for (const role of first) {
      const t = TEAMS.find((x) => x.role === role);
      e = run(e, team(t?.id ?? ''), { type: 'seal', move: { type: 'DECIDE', role, actions: [], by: role } });
      expect(game(e)).toBe(before);
    }
    expect(Object.keys(e.sealed)).toHaveLength(first.length);
    const lastTeam = TEAMS.find((x) => x.role === last);
    e = run(e, team(lastTeam?.id ?? ''), { type: 'seal', move: { type: 'DECIDE', role: last as never, actions: [], by: last as never } });
    expect(e.sealed).toEqual({});
    expect(game(e).phase).not.toBe('decisions');
    expect(e.log.at(-1)?.kind).toBe('revealed');
  });

  it("refuses a sealed decision the rules refuse, and at the reveal plays what is still legal of one an earlier team's move undid", () => {
    let e = toDecisions(start({ decide: 'secret' }));
    const g = game(e);
    expect(applyCommand(e, team('blue'), { type: 'seal', move: { type: 'DECIDE', role: 'us', actions: ['noSuchLever'], by: 'us' } }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'game', refusal: { code: 'unknownAction' } } });
    // Mexico closes itself to US offers; the US, deciding on the same state, asked for one.
    const consent = legalMoves(secretTurn(g, 'us'), sc, 'us')[0];
    const offer = consent?.type === 'DECIDE' ? consent.actions.find((a) => a.consent && a.cost <= consent.budget) : undefined;
    if (!offer || g.stance === 'closed') throw new Error('no US offer to make');
    e = run(e, team('blue'), { type: 'seal', move: { type: 'DECIDE', role: 'us', actions: [offer.id], by: 'us' } });
    e = run(e, team('green'), { type: 'seal', move: { type: 'DECIDE', role: 'sedena', actions: [], by: 'sedena' } });
    e = run(e, team('red'), { type: 'seal', move: { type: 'DECIDE', role: 'mexico', actions: [], stance: 'closed', by: 'mexico' } });
    const revealed = e.log.find((l) => l.kind === 'revealed');
    expect(revealed?.detail.adjusted).toEqual(['blue']);
    // The US's decision was played without the offer Mexico had closed the door to.
    const usMove = e.moves.find((m) => m.type === 'DECIDE' && m.role === 'us');
    expect(usMove).toMatchObject({ type: 'DECIDE', role: 'us', actions: [] });
  });

  it('undoes the last phase: back to its start, the log keeps what happened and says so', () => {
    let e = toDecisions(start());
    const atStart = game(e);
    e = run(e, team('red'), { type: 'move', move: { type: 'DECIDE', role: 'mexico', actions: [], by: 'mexico' } });
    expect(game(e)).not.toEqual(atStart);
    const undone = run(e, facilitator, { type: 'undo', reason: 'a misclick' });
    expect(game(undone)).toEqual(atStart);
    expect(undone.log.length).toBe(e.log.length + 1);
    expect(undone.log.at(-1)).toMatchObject({ kind: 'undo', reason: 'a misclick', detail: { movesDropped: 1 } });
  });

  it('forks from an earlier year into a new exercise that replays to the same state', () => {
    let e = toDecisions(start());
    const year = game(e).year;
    e = run(e, facilitator, { type: 'skip', reason: 'move on' });
    e = run(e, facilitator, { type: 'skip', reason: 'move on' });
    expect(game(e).year).toBeGreaterThan(year);
    const fork = forkExercise(e, year, 'what if Mexico had chosen differently', { scenario: sc, now: T0 + 1, id: 'ex-1-fork' });
    if (!fork.ok) throw new Error(JSON.stringify(fork.refusal));
    expect(fork.exercise.id).toBe('ex-1-fork');
    // The fork starts where that year's play began (its first card choice or decision), with the
    // original's moves up to there, and replays to the state the original had there.
    expect(e.moves.slice(0, fork.exercise.moves.length)).toEqual(fork.exercise.moves);
    const forked = game(fork.exercise);
    expect([forked.year, ['cardChoice', 'decisions'].includes(forked.phase)]).toEqual([year, true]);
    expect(forked).toEqual(exerciseGame(sc, { ...e, moves: e.moves.slice(0, fork.exercise.moves.length) }));
    expect(fork.exercise.log).toEqual([expect.objectContaining({ kind: 'fork', reason: 'what if Mexico had chosen differently', detail: expect.objectContaining({ from: 'ex-1', year }) })]);
    expect(forkExercise(e, 1999, 'x', { scenario: sc, now: T0, id: 'f' })).toMatchObject({ ok: false, refusal: { code: 'noSuchYear', year: 1999 } });
  });

  it('changes the roster mid-exercise: a role without a team is played by the computer from then on', () => {
    let e = toDecisions(start());
    e = run(e, facilitator, { type: 'roster', teams: TEAMS.filter((t) => t.role !== 'sedena'), reason: 'the SEDENA team left early' });
    expect(game(e).config.seats.sedena).toBe('computer');
    expect(e.moves.at(-1)).toMatchObject({ type: 'SET_SEATS', by: 'facilitator' });
    expect(e.log.at(-1)).toMatchObject({ kind: 'roster', reason: 'the SEDENA team left early' });
  });

  it('takes notes from the control cell and observers, and refuses an empty one', () => {
    let e = toDecisions(start());
    e = run(e, { kind: 'observer', name: 'Dr. Ruiz' }, { type: 'note', text: 'Blue hesitated on the combined command', team: 'blue' });
    expect(e.notes).toEqual([expect.objectContaining({ by: 'observer:Dr. Ruiz', team: 'blue', year: game(e).year })]);
    expect(applyCommand(e, facilitator, { type: 'note', text: '   ' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'textRequired' } });
  });

  it('stops a seat flooding the notes at its share, and keeps room for the control cell to the end', () => {
    const e = toDecisions(start());
    const observer: ExerciseSeat = { kind: 'observer', name: 'Dr. Ruiz' };
    const notes = (by: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${by}-${i}`, at: T0, year: 2013, by, team: null, objective: null, text: 'x' }));
    const note = { type: 'note', text: 'one more' } as const;
    const env = { scenario: sc, now: T0 };
    // A seat's own share: the next note from it is refused, saying why; another seat and the control cell still write.
    const full = { ...e, notes: notes('blue', NOTES_PER_SEAT) };
    expect(applyCommand(full, team('blue'), note, env)).toMatchObject({ ok: false, refusal: { code: 'tooManyNotes', scope: 'seat', limit: NOTES_PER_SEAT } });
    expect(applyCommand(full, observer, note, env).ok).toBe(true);
    expect(applyCommand(full, facilitator, note, env).ok).toBe(true);
    // Every other seat together stops short of the exercise's limit; the control cell writes on until it.
    const crowded = { ...e, notes: Array.from({ length: OTHERS_NOTES_LIMIT / 10 }, (_, k) => notes(`observer:o${k}`, 10)).flat() };
    expect(applyCommand(crowded, observer, note, env)).toMatchObject({ ok: false, refusal: { code: 'tooManyNotes', scope: 'exercise', limit: OTHERS_NOTES_LIMIT } });
    expect(applyCommand(crowded, facilitator, note, env).ok).toBe(true);
    const kept = { ...e, notes: [...crowded.notes, ...notes('facilitator', NOTES_LIMIT - OTHERS_NOTES_LIMIT)] };
    expect(applyCommand(kept, facilitator, note, env)).toMatchObject({ ok: false, refusal: { code: 'tooManyNotes', scope: 'exercise', limit: NOTES_LIMIT } });
  });

  it('ends in the hot wash: no more moves or powers, notes still welcome', () => {
    let e = toDecisions(start());
    e = run(e, facilitator, { type: 'hotwash', reason: 'time is up' });
    expect(applyCommand(e, facilitator, { type: 'skip', reason: 'x' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'over' } });
    expect(run(e, facilitator, { type: 'note', text: 'Discuss the window of opportunity' }).notes).toHaveLength(1);
  });
});

describe('the events list', () => {
  it('takes an entry not yet released off the list, with a reason; a released one stays', () => {
    let e = toDecisions(start());
    const free = sc.deck.filter((c) => game(e).deck.includes(c.id) && !c.choice);
    e = run(e, facilitator, { type: 'planInject', inject: { id: 'a', card: { kind: 'deck', card: free[0]?.id ?? '' }, objective: 'o', expectedResponse: 'r', schedule: { kind: 'hold' } }, reason: 'plan' });
    e = run(e, facilitator, { type: 'planInject', inject: { id: 'b', card: { kind: 'deck', card: free[1]?.id ?? '' }, objective: 'o', expectedResponse: 'r', schedule: { kind: 'hold' } }, reason: 'plan' });
    e = run(e, facilitator, { type: 'release', inject: 'b', reason: 'now' });
    expect(applyCommand(e, facilitator, { type: 'dropInject', inject: 'a', reason: '' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'reasonRequired' } });
    expect(applyCommand(e, facilitator, { type: 'dropInject', inject: 'b', reason: 'x' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'alreadyReleased' } });
    expect(applyCommand(e, team('blue'), { type: 'dropInject', inject: 'a', reason: 'x' }, { scenario: sc, now: T0 })).toMatchObject({ ok: false, refusal: { code: 'facilitatorOnly' } });
    e = run(e, facilitator, { type: 'dropInject', inject: 'a', reason: 'the room has moved on' });
    expect(e.eventsList.map((i) => i.id)).toEqual(['b']);
    expect(e.log.at(-1)).toMatchObject({ kind: 'injectDropped', reason: 'the room has moved on', public: false, detail: { inject: 'a' } });
  });
});
