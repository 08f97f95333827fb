import { describe, expect, it } from 'vitest';
import {
  ExerciseHost,
  HOST_RATE_LIMIT,
  JOIN_ALPHABET,
  JOIN_CODE_LENGTH,
  ROOM_MAX_PLAYERS,
  isJoinCode,
  newJoinCode,
  normalizeJoinCode,
} from '../../src/exercise';
import { parseClientMessage } from '../../src/scenario/net-messages';
import { CODE, FACILITATOR, KEY, Room, T0, TEAMS, keysOf, newExercise, nextTeamMessage, player, sc, seatedRoom } from './host-room';

// Issue 12: the room's host — seats, the facilitator's key, commands for the sender's seat only,
// views per seat with a sequence number, drops and reconnections, and a durable log that rebuilds
// the room exactly.

/** Plays the game through the teams' messages until the debrief; every message must be accepted. */
function playToDebrief(room: Room): void {
  for (let i = 0; i < 500; i++) {
    const next = nextTeamMessage(room);
    if (!next) return;
    const [from, message] = next;
    const result = room.send(from, message);
    if (!result.accepted) throw new Error(`${from} ${JSON.stringify(message)} refused: ${JSON.stringify(result.out)}`);
  }
  throw new Error('the game did not reach its debrief');
}

describe('a room host', () => {
  it('is created with its code, no players and sequence 0, and refuses a bad code or an empty key', () => {
    const exercise = newExercise();
    const host = ExerciseHost.create({ code: CODE, key: KEY, exercise, scenario: sc, at: T0 });
    expect([host.code, host.seq, host.players(), host.connected(), host.exercise]).toEqual([CODE, 0, [], 0, exercise]);
    expect(() => ExerciseHost.create({ code: 'hx r4', key: KEY, exercise, scenario: sc, at: T0 })).toThrow(/join code/);
    expect(() => ExerciseHost.create({ code: CODE, key: '', exercise, scenario: sc, at: T0 })).toThrow(/key/);
  });

  it("seats the key's holder as the facilitator at once, with the key in the first view only", () => {
    const room = new Room(newExercise());
    const joined = room.join(FACILITATOR, { name: 'Dr. Vega', key: KEY });
    expect(joined).toMatchObject({ accepted: true, changed: true });
    const first = room.lastView(FACILITATOR);
    expect(first).toMatchObject({ seq: 1, key: KEY, you: { seat: { kind: 'facilitator' }, status: 'seated' }, settings: { pauseOnDrop: false, autoAdmit: false } });
    expect(first.view?.seat).toBe('facilitator');
    expect(first.players?.map((p) => p.id)).toEqual([FACILITATOR]);
    room.join(player('red'), { name: 'Red laptop', claim: { kind: 'team', team: 'red' } });
    const second = room.lastView(FACILITATOR);
    expect(second.seq).toBe(2);
    expect('key' in second).toBe(false);
    expect(second.players?.map((p) => [p.id, p.status])).toEqual([
      [FACILITATOR, 'seated'],
      [player('red'), 'waiting'],
    ]);
  });

  it('refuses a wrong key: the join code alone never admits a facilitator', () => {
    const room = new Room(newExercise());
    expect(room.host.admits({ name: 'Mallory', key: 'KEY-4f0c9a1e7b2d4c3b' })).toEqual({ code: 'badKey' });
    expect(room.host.admits({ name: 'Mallory', key: KEY.slice(0, -1) })).toEqual({ code: 'badKey' });
    const result = room.join('PLAYER-mallory', { name: 'Mallory', key: 'guess' });
    expect(result).toEqual({ accepted: false, changed: false, out: [{ to: 'PLAYER-mallory', message: { type: 'refused', id: null, refusal: { code: 'badKey' } } }] });
    expect(room.host.players()).toEqual([]);
    expect(room.host.seq).toBe(0);
  });

  it('keeps a claimant waiting with the lobby only until the facilitator admits, moves or removes them', () => {
    const room = new Room(newExercise());
    room.join(FACILITATOR, { name: 'Dr. Vega', key: KEY });
    room.join(player('red'), { name: 'Red laptop', claim: { kind: 'team', team: 'red' } });
    const waiting = room.lastView(player('red'));
    expect(waiting).toMatchObject({ view: null, you: { status: 'waiting', seat: null, claim: { kind: 'team', team: 'red' } }, lobby: { code: CODE, title: 'Seminar 4, networked' } });
    expect(waiting.lobby.teams.map((t) => [t.id, t.players])).toEqual([
      ['red', 0],
      ['blue', 0],
      ['green', 0],
    ]);
    // Only the facilitator admits.
    room.join(player('blue'), { name: 'Blue laptop', claim: { kind: 'team', team: 'blue' } });
    expect(room.send(player('blue'), { type: 'admit', player: player('blue'), seat: null }).out).toEqual([{ to: player('blue'), message: { type: 'refused', id: 1, refusal: { code: 'facilitatorOnly', message: 'admit' } } }]);
    // Admitted to the seat asked for: a team's view, and the lobby counts the seat for everyone.
    expect(room.send(FACILITATOR, { type: 'admit', player: player('red'), seat: null })).toMatchObject({ accepted: true, changed: true });
    const seated = room.lastView(player('red'));
    expect(seated.you).toMatchObject({ status: 'seated', seat: { kind: 'team', team: 'red' }, claim: null });
    expect(seated.view?.seat).toBe('team');
    expect(room.lastView(player('blue')).lobby.teams[0]?.players).toBe(1);
    // Moved to another seat.
    room.send(FACILITATOR, { type: 'admit', player: player('red'), seat: { kind: 'observer' } });
    expect(room.lastView(player('red'))).toMatchObject({ you: { seat: { kind: 'observer' } }, view: { seat: 'observer' } });
    // A seat that does not exist, a player who asked for none, a player who is not there.
    room.join('PLAYER-x', { name: 'Someone' });
    expect(room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-x', seat: null }).out[0]?.message).toEqual({ type: 'refused', id: 3, refusal: { code: 'malformed', where: 'seat' } });
    expect(room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-x', seat: { kind: 'team', team: 'navy' } }).out[0]?.message).toMatchObject({ type: 'refused', refusal: { code: 'unknownTeam', team: 'navy' } });
    expect(room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-nobody', seat: null }).out[0]?.message).toMatchObject({ refusal: { code: 'unknownPlayer', player: 'PLAYER-nobody' } });
    // Removal needs a reason; the record stays in the facilitator's list with it.
    const seq = room.host.seq;
    expect(room.send(FACILITATOR, { type: 'remove', player: player('blue'), reason: '  ' }).out[0]?.message).toMatchObject({ type: 'refused', refusal: { code: 'reasonRequired', message: 'remove' } });
    expect(room.send(FACILITATOR, { type: 'remove', player: player('blue'), reason: '\u200B \u200B' }).out[0]?.message).toMatchObject({ type: 'refused', refusal: { code: 'reasonRequired', message: 'remove' } });
    expect(room.host.seq).toBe(seq);
    const removed = room.send(FACILITATOR, { type: 'remove', player: player('blue'), reason: 'joined the wrong seminar' });
    expect(removed.out[0]).toEqual({ to: player('blue'), message: { type: 'removed', reason: 'joined the wrong seminar' } });
    expect(room.lastView(FACILITATOR).players?.find((p) => p.id === player('blue'))).toMatchObject({ status: 'removed', seat: null, connected: false, removed: { reason: 'joined the wrong seminar' } });
    expect(room.send(player('blue'), { type: 'sync', since: 0 }).out[0]?.message).toMatchObject({ type: 'refused', refusal: { code: 'notSeated' } });
    expect(room.join(player('blue'), { name: 'Blue again' }).accepted).toBe(false);
  });

  it('admits every claim at once when the facilitator says so, and frees a seat its player leaves', () => {
    const room = new Room(newExercise());
    room.join(FACILITATOR, { name: 'Dr. Vega', key: KEY });
    room.join(player('red'), { name: 'Red', claim: { kind: 'team', team: 'red' } });
    room.send(FACILITATOR, { type: 'autoAdmit', on: true });
    expect(room.lastView(player('red')).you.status).toBe('seated');
    room.join(player('blue'), { name: 'Blue', claim: { kind: 'team', team: 'blue' } });
    expect(room.lastView(player('blue')).view?.seat).toBe('team');
    expect(room.lastView(FACILITATOR).settings).toEqual({ pauseOnDrop: false, autoAdmit: true });
    room.leave(player('blue'));
    expect(room.host.players().map((p) => p.id)).toEqual([FACILITATOR, player('red')]);
    expect(room.lastView(player('red')).lobby.teams.find((t) => t.id === 'blue')?.players).toBe(0);
  });

  it('refuses a join when the room is full, and a claim of a team that does not exist', () => {
    const room = new Room(newExercise(), 2);
    expect(ROOM_MAX_PLAYERS).toBeGreaterThan(2);
    room.join(FACILITATOR, { name: 'Dr. Vega', key: KEY });
    expect(room.host.admits({ name: 'A', claim: { kind: 'team', team: 'navy' } })).toEqual({ code: 'unknownTeam', team: 'navy' });
    room.join(player('red'), { name: 'Red', claim: { kind: 'team', team: 'red' } });
    expect(room.host.admits({ name: 'One too many' })).toEqual({ code: 'roomFull', max: 2 });
    expect(room.join('PLAYER-late', { name: 'One too many' })).toMatchObject({ accepted: false, changed: false, out: [{ message: { refusal: { code: 'roomFull', max: 2 } } }] });
  });

  it.each(['inTurn', 'secret'] as const)('plays a whole game through the teams’ messages, %s, to the hot wash', (decide) => {
    const room = seatedRoom(decide);
    room.join('PLAYER-projector', { name: 'Projector', claim: { kind: 'projector' } });
    room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-projector', seat: null });
    let sawSecretRound = false;
    for (let i = 0; i < 500; i++) {
      const next = nextTeamMessage(room);
      if (!next) break;
      const [from, message] = next;
      const seq = room.host.seq;
      const result = room.send(from, message);
      expect(result.accepted, JSON.stringify(result.out)).toBe(true);
      // The sender's ack comes last and names the new sequence number; every view carries it.
      expect(result.out[result.out.length - 1]).toEqual({ to: from, message: { type: 'ack', id: expect.any(Number), seq: seq + 1 } });
      for (const o of result.out) if (o.message.type === 'view') expect(o.message.seq).toBe(seq + 1);
      if (message.type === 'command' && message.command.type === 'seal' && Object.keys(room.host.exercise.sealed).length > 0) {
        // Sealed, not yet revealed: its team sees its decision, the other teams and the projector only that it decided.
        sawSecretRound = true;
        const sealedTeam = TEAMS.find((t) => player(t.id) === from)?.id ?? '';
        for (const t of TEAMS) {
          const view = room.lastView(player(t.id)).view;
          if (view?.seat !== 'team') throw new Error('not a team view');
          expect(view.sealed).toEqual(t.id === sealedTeam ? message.command.move : (room.host.exercise.sealed[t.id] ?? null));
          expect(view.room.teams.find((x) => x.id === sealedTeam)?.decided).toBe(true);
        }
        expect(keysOf(room.lastView('PLAYER-projector')).has('sealed')).toBe(false);
      }
    }
    expect(room.game().phase).toBe('debrief');
    expect(sawSecretRound).toBe(decide === 'secret');
    expect(room.send(FACILITATOR, { type: 'command', command: { type: 'hotwash', reason: 'End of the exercise' } }).accepted).toBe(true);
    expect(room.host.exercise.stage).toBe('hotwash');
    for (const id of [FACILITATOR, 'PLAYER-projector', ...TEAMS.map((t) => player(t.id))]) {
      const view = room.lastView(id);
      expect(view.seq).toBe(room.host.seq);
      expect(view.view && ('room' in view.view ? view.view.room.stage : view.view.exercise.stage)).toBe('hotwash');
    }
  });

  it('refuses a team acting for another team or for the control cell, and changes nothing', () => {
    const room = seatedRoom();
    const before = room.host.exercise;
    const seq = room.host.seq;
    expect(room.game().phase).toBe('election');
    // Mexico (red) is due: blue tries to elect for it, to sign for it, and to inject a card.
    const attempts = [
      { type: 'move', move: { type: 'ELECT', by: 'mexico' } },
      { type: 'move', move: { type: 'ELECT', by: 'us' } },
      { type: 'move', move: { type: 'INJECT', card: 'hurricane-relief', reason: 'why not', by: 'facilitator' } },
      { type: 'pause', reason: 'coffee' },
    ] as const;
    for (const command of attempts) {
      const result = room.send(player('blue'), { type: 'command', command });
      expect(result.accepted).toBe(false);
      expect(result.changed).toBe(false);
      expect(result.out).toHaveLength(1);
      expect(result.out[0]).toMatchObject({ to: player('blue'), message: { type: 'refused', refusal: { code: 'exercise' } } });
    }
    expect(room.host.exercise).toBe(before);
    expect(room.host.seq).toBe(seq);
    // The seat that is due may.
    expect(room.send(player('red'), { type: 'command', command: { type: 'move', move: { type: 'ELECT', by: 'mexico' } } }).accepted).toBe(true);
  });

  it("refuses a waiting player's and a projector's commands: they hold no seat that acts", () => {
    const room = seatedRoom();
    room.join('PLAYER-waiting', { name: 'Late', claim: { kind: 'team', team: 'red' } });
    room.join('PLAYER-projector', { name: 'Projector', claim: { kind: 'projector' } });
    room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-projector', seat: null });
    const elect = { type: 'command', command: { type: 'move', move: { type: 'ELECT', by: 'mexico' } } } as const;
    for (const id of ['PLAYER-waiting', 'PLAYER-projector']) expect(room.send(id, elect).out).toEqual([{ to: id, message: { type: 'refused', id: 1, refusal: { code: 'notSeated' } } }]);
    expect(room.send('PLAYER-stranger', elect).out[0]?.message).toMatchObject({ refusal: { code: 'unknownPlayer' } });
    expect(room.host.exercise.moves).toEqual(newExercise().moves);
  });

  it('reads a malformed message as a refusal that names the field, before the host sees it', () => {
    const cases: [unknown, string, number | null][] = [
      [{ type: 'command', id: 4, command: { type: 'move', move: { type: 'DECIDE', role: 'navy', actions: [], by: 'us' } } }, 'command.move.role', 4],
      [{ type: 'command', id: 5, command: { type: 'seal', move: { type: 'ELECT', by: 'mexico' } } }, 'command.move.type', 5],
      [{ type: 'admit', id: 6, player: 'x', seat: { kind: 'team' } }, 'seat.team', 6],
      [{ type: 'sync', id: 'seven', since: 0 }, 'id', null],
      [{ type: 'shout', id: 8 }, 'type', 8],
      ['{"type":"sync"}', '(message)', null],
    ];
    for (const [value, where, id] of cases) expect(parseClientMessage(value)).toMatchObject({ ok: false, id, refusal: { code: 'malformed', where } });
  });

  it('keeps a dropped player in the seat; reconnected, it gets the latest view and catches up with sync', () => {
    const room = seatedRoom();
    room.drop(player('blue'));
    expect(room.host.players().find((p) => p.id === player('blue'))).toMatchObject({ status: 'seated', connected: false, seat: { kind: 'team', team: 'blue' } });
    expect(room.host.connected()).toBe(3);
    const missed = room.messages(player('blue')).length;
    room.send(player('red'), { type: 'command', command: { type: 'move', move: { type: 'ELECT', by: 'mexico' } } });
    expect(room.messages(player('blue'))).toHaveLength(missed);
    const seenSeq = room.lastView(player('blue')).seq;
    const back = room.reconnect(player('blue'));
    expect(back.changed).toBe(true);
    const latest = room.lastView(player('blue'));
    expect(latest.seq).toBe(room.host.seq);
    expect(latest.you.connected).toBe(true);
    expect(latest.view?.seat === 'team' && latest.view.room.game.year).toBe(room.game().year);
    // sync: the view when the client's number is not the room's, only the ack when it is.
    const sync = room.send(player('blue'), { type: 'sync', since: seenSeq });
    expect(sync).toMatchObject({ accepted: true, changed: false });
    expect(sync.out.map((o) => o.message.type)).toEqual(['view', 'ack']);
    expect(room.send(player('blue'), { type: 'sync', since: room.host.seq }).out.map((o) => o.message.type)).toEqual(['ack']);
  });

  it('takes a join under a known id as the same player coming back: same seat, the key still needed for the facilitator', () => {
    const room = seatedRoom();
    room.drop(player('red'));
    room.drop(FACILITATOR);
    expect(room.join(player('red'), { name: 'Red laptop, reloaded' })).toMatchObject({ accepted: true, changed: true });
    expect(room.lastView(player('red')).you).toMatchObject({ seat: { kind: 'team', team: 'red' }, status: 'seated', connected: true, name: 'Los Pinos laptop' });
    expect(room.join(FACILITATOR, { name: 'Dr. Vega' }).out[0]?.message).toEqual({ type: 'refused', id: null, refusal: { code: 'badKey' } });
    expect(room.join(FACILITATOR, { name: 'Dr. Vega', key: 'wrong' }).accepted).toBe(false);
    expect(room.join(FACILITATOR, { name: 'Dr. Vega', key: KEY }).accepted).toBe(true);
    expect(room.lastView(FACILITATOR)).toMatchObject({ key: KEY, you: { seat: { kind: 'facilitator' }, connected: true } });
    // A removed player's connection closing keeps the record of the removal.
    room.send(FACILITATOR, { type: 'remove', player: player('green'), reason: 'duplicate device' });
    expect(room.leave(player('green'))).toEqual({ accepted: true, changed: false, out: [] });
    expect(room.host.players().find((p) => p.id === player('green'))?.removed?.reason).toBe('duplicate device');
  });

  it("pauses the exercise, naming the team, when pauseOnDrop is on and a team's last connected player drops", () => {
    const room = seatedRoom();
    room.join('PLAYER-red-2', { name: 'Red phone', claim: { kind: 'team', team: 'red' } });
    room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-red-2', seat: null });
    room.join('PLAYER-projector', { name: 'Projector', claim: { kind: 'projector' } });
    room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-projector', seat: null });
    // Off by default: a drop pauses nothing.
    room.drop(player('green'));
    expect(room.host.exercise.paused).toBeNull();
    expect(room.send(player('blue'), { type: 'command', command: { type: 'pause', reason: 'x' } }).accepted).toBe(false);
    room.send(FACILITATOR, { type: 'pauseOnDrop', on: true });
    expect(room.lastView(FACILITATOR).settings?.pauseOnDrop).toBe(true);
    // Red still has a player connected.
    room.drop(player('red'));
    expect(room.host.exercise.paused).toBeNull();
    room.drop('PLAYER-red-2');
    // The team is named by id too, so that each screen words the pause in its own language.
    expect(room.host.exercise.paused).toMatchObject({ reason: 'Los Pinos lost its connection', dropped: 'red' });
    expect(room.host.exercise.log.at(-1)).toMatchObject({ kind: 'pause', by: 'facilitator', reason: 'Los Pinos lost its connection', detail: { dropped: 'red' } });
    const projector = room.lastView('PLAYER-projector').view;
    expect(projector?.seat === 'projector' && projector.room.paused).toEqual({ reason: 'Los Pinos lost its connection', dropped: 'red' });
  });

  it('runs the room clock as the facilitator, and sends views only when the exercise changed', () => {
    const room = seatedRoom();
    // Reach the card choice, the first timed phase (120 s).
    for (let i = 0; i < 30 && room.game().phase !== 'cardChoice' && room.game().phase !== 'decisions'; i++) {
      const next = nextTeamMessage(room);
      if (!next) break;
      room.send(...next);
    }
    const seq = room.host.seq;
    expect(room.tick(room.at + 1000)).toEqual({ accepted: true, changed: false, out: [] });
    expect(room.host.seq).toBe(seq);
    const expired = room.tick(room.at + 700_000);
    expect(expired.changed).toBe(true);
    expect(room.host.exercise.log.at(-1)?.kind).toBe('clockExpired');
    expect(new Set(expired.out.map((o) => o.to))).toEqual(new Set([FACILITATOR, ...TEAMS.map((t) => player(t.id))]));
  });

  it(`refuses more than ${HOST_RATE_LIMIT.messages} messages a second from one player, by the server's clock`, () => {
    const room = seatedRoom();
    const at = room.at + 10_000;
    const results = Array.from({ length: HOST_RATE_LIMIT.messages + 1 }, (_, n) => room.apply({ kind: 'message', at, player: player('red'), message: { type: 'sync', id: n + 1, since: 0 } }));
    expect(results.slice(0, -1).every((r) => r.accepted)).toBe(true);
    expect(results.at(-1)?.out).toEqual([{ to: player('red'), message: { type: 'refused', id: HOST_RATE_LIMIT.messages + 1, refusal: { code: 'tooFast' } } }]);
    // Another player is not slowed, and a second later red may speak again.
    expect(room.apply({ kind: 'message', at, player: player('blue'), message: { type: 'sync', id: 1, since: 0 } }).accepted).toBe(true);
    expect(room.apply({ kind: 'message', at: at + HOST_RATE_LIMIT.windowMs, player: player('red'), message: { type: 'sync', id: 99, since: 0 } }).accepted).toBe(true);
  });

  it('rebuilds exactly from its durable log: the same exercise, sequence number and players', () => {
    const room = seatedRoom('secret', 23);
    room.join('PLAYER-observer', { name: 'Dr. Ruiz', claim: { kind: 'observer' } });
    room.send(FACILITATOR, { type: 'admit', player: 'PLAYER-observer', seat: null });
    room.send(FACILITATOR, { type: 'pauseOnDrop', on: true });
    for (let i = 0; i < 12; i++) {
      const next = nextTeamMessage(room);
      if (next) room.send(...next);
    }
    room.send('PLAYER-observer', { type: 'command', command: { type: 'note', text: 'Red hesitated', team: 'red' } });
    room.drop(player('green'));
    room.send(FACILITATOR, { type: 'command', command: { type: 'resume', reason: 'Green is back on the phone' } });
    room.reconnect(player('green'));
    room.send(player('blue'), { type: 'command', command: { type: 'pause', reason: 'refused, not logged' } });
    room.send(FACILITATOR, { type: 'remove', player: 'PLAYER-observer', reason: 'left early' });
    room.tick(room.at + 3_600_000);
    playToDebrief(room);
    // Replaying what was logged through a fresh host: every input is accepted again, with the same result.
    const fresh = ExerciseHost.create({ code: CODE, key: KEY, exercise: newExercise('secret', 23), scenario: sc, at: T0 });
    for (const input of room.log) expect(fresh.apply(input)).toMatchObject({ accepted: true, changed: true });
    expect(fresh.seq).toBe(room.host.seq);
    expect(fresh.exercise).toEqual(room.host.exercise);
    expect(fresh.players()).toEqual(room.host.players());
    expect(room.log.length).toBe(room.host.seq);
  });
});

describe('join codes', () => {
  it('draws JOIN_CODE_LENGTH letters of the unambiguous alphabet from the random source', () => {
    const draws = [0, 0.999999, 0.5, 0.1, 0.9, 0.33];
    let i = 0;
    const code = newJoinCode(() => draws[i++ % draws.length] ?? 0);
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect(code[0]).toBe(JOIN_ALPHABET[0]);
    expect(code[1]).toBe(JOIN_ALPHABET[JOIN_ALPHABET.length - 1]);
    expect(isJoinCode(code)).toBe(true);
    expect(newJoinCode(() => 0.42)).toBe(newJoinCode(() => 0.42));
  });

  it.each([
    ['HXR4K7', true],
    ['hxr4k7', false],
    ['HXR4K', false],
    ['HXR4K70', false],
    ['HXR4KO', false],
    ['HXR 4K7', false],
  ])('isJoinCode(%j) is %s: exactly the form the server names rooms by', (text, ok) => {
    expect(isJoinCode(text)).toBe(ok);
  });

  it('normalises what a person types: case, spaces and hyphens, but never guesses at look-alikes', () => {
    expect(normalizeJoinCode(' hxr-4k7 ')).toBe('HXR4K7');
    expect(normalizeJoinCode('HX R4 K7')).toBe('HXR4K7');
    expect(normalizeJoinCode('HXR4KO')).toBeNull();
    expect(normalizeJoinCode('HXR4K1')).toBeNull();
    expect(normalizeJoinCode('')).toBeNull();
  });
});
