import { describe, expect, it } from 'vitest';
import { applyCommand, createExercise, type ClientMessage, type Exercise, type ExerciseCommand } from '../../src/exercise';
import { CREATE_MAX_CHARS, parseClientMessage, parseCreateOptions, parseJoinOptions } from '../../src/scenario/net-messages';
import { config, scenario } from '../helpers';

// Issue 12, item 3: every message from a networked client is checked before the room's host sees
// it. What the protocol allows passes unchanged; anything else is refused with the path of the
// field that was wrong — short, and never the value sent.

const sc = scenario('transition-2012');
const T0 = Date.UTC(2026, 10, 28, 9);

const COMMANDS: ExerciseCommand[] = [
  { type: 'move', move: { type: 'DECIDE', role: 'us', actions: ['a', 'b'], stance: 'open', by: 'us' } },
  { type: 'move', move: { type: 'CONTINUE', by: 'facilitator' } },
  { type: 'move', move: { type: 'INJECT_CUSTOM', title: 'Storm', text: 'A storm.', effects: [{ track: 'violence', value: -3 }], reason: 'test', by: 'facilitator' } },
  { type: 'seal', move: { type: 'DECIDE', role: 'mexico', actions: [], by: 'mexico' } },
  { type: 'roster', teams: [{ id: 'red', name: 'Los Pinos', role: 'mexico', objectives: [{ id: 'o1', text: 'Hold', listed: 'mx-sovereignty' }] }], reason: 'late arrivals' },
  { type: 'settings', settings: { decide: 'secret', phaseSeconds: { election: 0, transition: 60, cardChoice: 60, decisions: 600, report: 0 }, autoClose: true }, reason: 'faster' },
  { type: 'inject', card: { kind: 'deck', card: 'hurricane-relief' }, reason: 'now' },
  { type: 'planInject', inject: { id: 'p1', card: { kind: 'custom', title: 'Leak', text: '', effects: [] }, objective: 'o', expectedResponse: 'e', schedule: { kind: 'year', year: 2015 } }, reason: 'plan' },
  { type: 'release', inject: 'p1', reason: 'now' },
  { type: 'dropInject', inject: 'p1', reason: 'not needed' },
  { type: 'rule', ruling: { kind: 'override', track: 'publicSupport', value: 40 }, reason: 'adjudicated', public: true },
  { type: 'rule', ruling: { kind: 'overrideIntel', level: 'deep' }, reason: 'x', public: false },
  { type: 'rule', ruling: { kind: 'cancel', card: 'c1' }, reason: 'x', public: false },
  { type: 'rule', ruling: { kind: 'free', text: 'The talks go ahead' }, reason: 'x', public: true },
  { type: 'rule', ruling: { kind: 'accept' }, reason: 'x', public: true },
  { type: 'pause', reason: 'coffee' },
  { type: 'resume', reason: '' },
  { type: 'extend', seconds: 90, reason: 'more time' },
  { type: 'skip', reason: 'late' },
  { type: 'undo', reason: 'mistake' },
  { type: 'tick' },
  { type: 'note', text: 'Red hesitated', team: 'red', objective: null },
  { type: 'note', text: 'Plain' },
  { type: 'hotwash', reason: 'end' },
];

const MESSAGES: ClientMessage[] = [
  ...COMMANDS.map((command, id): ClientMessage => ({ type: 'command', id, command })),
  { type: 'claim', id: 1, claim: { kind: 'team', team: 'red' } },
  { type: 'claim', id: 2, claim: { kind: 'projector' } },
  { type: 'admit', id: 3, player: 'p1', seat: null },
  { type: 'admit', id: 4, player: 'p1', seat: { kind: 'observer' } },
  { type: 'remove', id: 5, player: 'p1', reason: '' },
  { type: 'pauseOnDrop', id: 6, on: true },
  { type: 'autoAdmit', id: 7, on: false },
  { type: 'sync', id: 8, since: 41 },
];

const HUGE = 'H'.repeat(1_000_000);

describe('a client message', () => {
  it.each(MESSAGES.map((m) => [m.type === 'command' ? `command ${m.command.type}` : m.type, m] as const))('%s passes as sent', (_name, message) => {
    expect(parseClientMessage(JSON.parse(JSON.stringify(message)))).toEqual({ ok: true, message });
  });

  it.each([
    ['not an object', 'sync', '(message)', null],
    ['an unknown type', { type: 'shout', id: 1 }, 'type', 1],
    ['a fractional id', { type: 'sync', id: 1.5, since: 0 }, 'id', null],
    ['a negative sequence number', { type: 'sync', id: 2, since: -1 }, 'since', 2],
    ['a field the message does not have', { type: 'sync', id: 3, since: 0, seat: 'facilitator' }, 'seat', 3],
    ['no command', { type: 'command', id: 4 }, 'command', 4],
    ['an unknown command', { type: 'command', id: 5, command: { type: 'launch' } }, 'command.type', 5],
    ['a role that does not exist', { type: 'command', id: 6, command: { type: 'move', move: { type: 'DECIDE', role: 'navy', actions: [], by: 'us' } } }, 'command.move.role', 6],
    ['a move signed by nobody', { type: 'command', id: 7, command: { type: 'move', move: { type: 'CONTINUE', by: 'anyone' } } }, 'command.move.by', 7],
    ['an extra field in a move', { type: 'command', id: 8, command: { type: 'move', move: { type: 'CONTINUE', by: 'us', seed: 3 } } }, 'command.move.seed', 8],
    ['too many actions', { type: 'command', id: 9, command: { type: 'move', move: { type: 'DECIDE', role: 'us', actions: Array(21).fill('a'), by: 'us' } } }, 'command.move.actions', 9],
    ['a seal of something not a decision', { type: 'command', id: 10, command: { type: 'seal', move: { type: 'ELECT', by: 'mexico' } } }, 'command.move.type', 10],
    ['an infinite extension', { type: 'command', id: 11, command: { type: 'extend', seconds: Infinity, reason: 'x' } }, 'command.seconds', 11],
    ['a note too long', { type: 'command', id: 12, command: { type: 'note', text: HUGE } }, 'command.text', 12],
    ['a custom card with an unknown track', { type: 'command', id: 13, command: { type: 'inject', card: { kind: 'custom', title: 't', text: '', effects: [{ track: 'luck', value: 1 }] }, reason: 'x' } }, 'command.card.effects[0].track', 13],
    ['a ruling with no reason', { type: 'command', id: 14, command: { type: 'rule', ruling: { kind: 'accept' }, public: true } }, 'command.reason', 14],
    ['a seat of no kind', { type: 'admit', id: 15, player: 'p', seat: { kind: 'facilitator' } }, 'seat.kind', 15],
    ['a remove with no player', { type: 'remove', id: 16, player: '', reason: 'x' }, 'player', 16],
  ])('refuses %s, naming where', (_name, value, where, id) => {
    expect(parseClientMessage(value)).toMatchObject({ ok: false, id, refusal: { code: 'malformed', where } });
  });

  it('keeps the refusal short and never repeats what was sent', () => {
    const hostileKey = { type: 'sync', id: 1, since: 0, [HUGE]: 1 };
    const result = parseClientMessage(hostileKey);
    if (result.ok) throw new Error('accepted');
    expect(result.refusal.where.length).toBeLessThanOrEqual(41);
    expect(result.problem.length).toBeLessThan(300);
    const long = parseClientMessage({ type: 'command', id: 2, command: { type: 'pause', reason: HUGE } });
    expect(long.ok).toBe(false);
    expect(JSON.stringify(long)).not.toContain('HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH');
    expect(parseClientMessage(JSON.parse('{"type":"sync","id":3,"since":0,"__proto__":{"admin":true}}'))).toMatchObject({ ok: false, refusal: { where: '__proto__' } });
  });

  it("refuses a pause that claims a team's lost connection: only the room says that", () => {
    expect(parseClientMessage({ type: 'command', id: 4, command: { type: 'pause', reason: 'x', dropped: 'red' } })).toMatchObject({ ok: false, refusal: { where: 'command.dropped' } });
  });
});

describe('join options', () => {
  it('pass with a name and, if given, a seat claim, a key or a rejoin', () => {
    for (const options of [{ name: 'Ana' }, { name: 'Ana', claim: { kind: 'team', team: 'red' } }, { name: 'Dr. Vega', key: 'k' }, { name: 'Ana', rejoin: { player: 'p', secret: 's' } }]) expect(parseJoinOptions(options)).toEqual({ ok: true, options });
  });

  it.each([
    [{}, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: HUGE }, 'name'],
    [{ name: 'Ana', claim: { kind: 'facilitator' } }, 'claim.kind'],
    [{ name: 'Ana', key: '' }, 'key'],
    [{ name: 'Ana', seat: 'facilitator' }, 'seat'],
    [{ name: 'Ana', rejoin: { player: 'p' } }, 'rejoin.secret'],
  ])('refuse %j at %s', (options, where) => {
    expect(parseJoinOptions(options)).toMatchObject({ ok: false, refusal: { code: 'malformed', where } });
  });
});

function exercise(): Exercise {
  const made = createExercise({
    id: 'ex-1',
    title: 'Seminar',
    scenario: sc,
    config: config(sc, { seed: 5, sexenios: 1 }),
    settings: { decide: 'inTurn', phaseSeconds: { election: 0, transition: 0, cardChoice: 60, decisions: 60, report: 0 }, autoClose: false },
    teams: [{ id: 'red', name: 'Los Pinos', role: 'mexico', objectives: [{ id: 'o1', text: 'Hold' }] }],
    eventsList: [],
    now: T0,
  });
  if (!made.ok) throw new Error('no exercise');
  let e = made.exercise;
  for (const [seat, command] of [
    [{ kind: 'team', team: 'red' }, { type: 'move', move: { type: 'ELECT', by: 'mexico' } }],
    // As the room pauses itself when a team's last player drops: a room may be made again from its export.
    [{ kind: 'facilitator' }, { type: 'pause', reason: 'Los Pinos lost its connection', dropped: 'red' }],
    [{ kind: 'observer', name: 'Ana' }, { type: 'note', text: 'A note' }],
  ] as const) {
    const result = applyCommand(e, seat, command, { scenario: sc, now: T0 + 1000 });
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    e = result.exercise;
  }
  return e;
}

describe('the options a room is created with', () => {
  it('pass with an exercise the console made, its moves replayed, as sent over the wire', () => {
    const e = exercise();
    const result = parseCreateOptions(JSON.parse(JSON.stringify({ exercise: e, name: ' Dr. Vega ' })), [sc]);
    if (!result.ok) throw new Error(result.problem);
    expect(result.exercise).toEqual(JSON.parse(JSON.stringify(e)));
    expect(result.scenario).toBe(sc);
    expect(result.name).toBe('Dr. Vega');
  });

  it.each([
    ['not an object', () => 'exercise', '(message)'],
    ['no name', (e: Exercise) => ({ exercise: e }), 'name'],
    ['something other than an exercise', () => ({ exercise: { format: 'critical-strategic-decisions/save' }, name: 'A' }), 'exercise.format'],
    ['no team', (e: Exercise) => ({ exercise: { ...e, teams: [] }, name: 'A' }), 'exercise.teams'],
    ['a team of no role', (e: Exercise) => ({ exercise: { ...e, teams: [{ ...e.teams[0], role: 'navy' }] }, name: 'A' }), 'exercise.teams[0].role'],
    ['a scenario this server does not have', (e: Exercise) => ({ exercise: { ...e, scenario: 'mars-2040' }, name: 'A' }), 'exercise.scenario'],
    ['moves that do not replay', (e: Exercise) => ({ exercise: { ...e, moves: [{ type: 'DECIDE', role: 'us', actions: [], by: 'us' }] }, name: 'A' }), 'exercise.moves'],
    ['a move of no kind', (e: Exercise) => ({ exercise: { ...e, moves: [{ type: 'WIN', by: 'us' }] }, name: 'A' }), 'exercise.moves[0].type'],
    ['an extra field', (e: Exercise) => ({ exercise: { ...e, admin: true }, name: 'A' }), 'exercise.admin'],
    ['too many notes', (e: Exercise) => ({ exercise: { ...e, notes: Array(5001).fill(e.notes[0]) }, name: 'A' }), 'exercise.notes'],
    ['a log entry with a NaN time', (e: Exercise) => ({ exercise: { ...e, log: [{ ...e.log[0], at: NaN }] }, name: 'A' }), 'exercise.log[0].at'],
    ['a payload too big', (e: Exercise) => ({ exercise: { ...e, log: [{ ...e.log[0], detail: { padding: 'x'.repeat(CREATE_MAX_CHARS) } }] }, name: 'A' }), 'exercise'],
  ])('refuse %s, naming where', (_name, build, where) => {
    const result = parseCreateOptions(build(exercise()), [sc]);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'malformed', where } });
    expect(result.ok || result.problem.startsWith(where)).toBe(true);
  });

  it('refuse an exercise that is not plain JSON', () => {
    const e: Record<string, unknown> = { ...exercise() };
    e.self = e;
    expect(parseCreateOptions({ exercise: e, name: 'A' }, [sc])).toMatchObject({ ok: false, refusal: { where: 'exercise' }, problem: 'exercise: not plain JSON' });
  });
});
