import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exerciseGame, isJoinCode } from '../../src/exercise';
import type { ExerciseRoom } from '../../src/server/room';
import { NetClient } from '../../src/server/net-client';
import { createRoom, isView, joinSeated, newExercise, nextTeamMessage, sc, startTestServer, teamClaim, tempDir, TEAMS, type TestServer } from './helpers';

// Issue 12 over the wire, in one process with @colyseus/testing: rooms made and joined by code,
// the facilitator's key and approvals, a whole game with several clients, refusals to the sender
// only, a dropped client back in its seat, the size limit, and what each seat may receive.

// Colyseus' matchmaker is one per process: one server for the whole file, with a room size that
// the biggest test (facilitator, three teams, projector, observer) fills exactly.
const MAX_PLAYERS = 6;
let server: TestServer;
const data = tempDir();

beforeAll(async () => {
  server = await startTestServer({ dataDir: data.dir, limits: { maxPlayers: MAX_PLAYERS } });
});
afterAll(async () => {
  await server?.running.close();
  data.remove();
});

function roomOf(code: string): ExerciseRoom {
  return server.colyseus.getRoomById<ExerciseRoom>(code);
}

/** A room with the facilitator and every team's client seated. */
async function seatedRoom(decide: 'inTurn' | 'secret' = 'inTurn') {
  const { facilitator, code, key } = await createRoom(server.endpoint, newExercise(decide));
  const teams = new Map<string, NetClient>();
  for (const t of TEAMS) teams.set(t.id, await joinSeated(server.endpoint, code, facilitator, { name: `${t.name} laptop`, claim: teamClaim(t.id) }));
  const team = (id: string): NetClient => {
    const c = teams.get(id);
    if (!c) throw new Error(`no client for ${id}`);
    return c;
  };
  return { facilitator, code, key, teams, team };
}

async function leaveAll(...clients: NetClient[]): Promise<void> {
  await Promise.all(clients.map((c) => c.leave().catch(() => undefined)));
}

describe('the room server', () => {
  it('makes a room whose id is a join code; the creator is the facilitator and alone gets the key', async () => {
    const { facilitator, code, key } = await createRoom(server.endpoint);
    expect(isJoinCode(code)).toBe(true);
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const first = facilitator.views()[0];
    expect(first?.you.seat).toEqual({ kind: 'facilitator' });
    expect(first?.lobby.code).toBe(code);
    expect(roomOf(code).exerciseHost.code).toBe(code);
    await facilitator.leave();
  });

  it('refuses to make a room from a malformed exercise, saying where', async () => {
    const exercise = { ...newExercise(), teams: 'none' };
    await expect(NetClient.create(server.endpoint, { exercise, name: 'Dr. Vega' })).rejects.toThrow(/"where":"exercise\.teams"/);
  });

  it('lets a player join by code and wait until the facilitator admits them to the seat they claimed', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const red = await NetClient.join(server.endpoint, code, { name: 'Red laptop', claim: teamClaim('red') });
    const waiting = await red.waitFor(isView);
    expect(waiting.you).toMatchObject({ status: 'waiting', seat: null });
    expect(waiting.view).toBeNull();
    expect(waiting.lobby.teams.map((t) => t.id)).toEqual(TEAMS.map((t) => t.id));
    const welcome = red.welcome();
    expect(welcome?.player).toBe(red.sessionId);
    await facilitator.waitFor((m) => isView(m) && !!m.players?.some((p) => p.id === red.sessionId && p.status === 'waiting'));
    facilitator.send({ type: 'admit', player: red.sessionId, seat: null });
    const seated = await red.waitFor((m) => isView(m) && m.you.status === 'seated');
    expect(seated.type === 'view' && seated.you.seat).toEqual({ kind: 'team', team: 'red' });
    await leaveAll(facilitator, red);
  });

  it('refuses a wrong facilitator key and an unknown room code', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    await expect(NetClient.join(server.endpoint, code, { name: 'Mallory', key: 'not-the-key-at-all-0000' })).rejects.toThrow(/"code":"badKey"/);
    await expect(NetClient.join(server.endpoint, 'ZZZZZZ', { name: 'Lost' })).rejects.toThrow(/not found/);
    expect(roomOf(code).exerciseHost.players()).toHaveLength(1);
    await facilitator.leave();
  });

  it('plays a whole game with several clients to the hot wash, every client at the last sequence number', async () => {
    const { facilitator, code, team } = await seatedRoom();
    const projector = await joinSeated(server.endpoint, code, facilitator, { name: 'Projector', claim: { kind: 'projector' } });
    const host = roomOf(code).exerciseHost;
    let moves = 0;
    for (let i = 0; i < 400; i++) {
      const next = nextTeamMessage(host.exercise);
      if (!next) break;
      const [teamId, message] = next;
      const client = team(teamId);
      const mark = client.received.length;
      const id = client.send(message);
      const answer = await client.waitFor((m) => (m.type === 'ack' || m.type === 'refused') && m.id === id, mark);
      expect(answer.type, JSON.stringify(answer)).toBe('ack');
      moves++;
    }
    expect(exerciseGame(sc, host.exercise).phase).toBe('debrief');
    const mark = facilitator.received.length;
    const id = facilitator.send({ type: 'command', command: { type: 'hotwash', reason: 'End of the exercise' } });
    await facilitator.waitFor((m) => m.type === 'ack' && m.id === id, mark);
    expect(host.exercise.stage).toBe('hotwash');
    expect(moves).toBeGreaterThan(10);
    for (const client of [facilitator, projector, ...TEAMS.map((t) => team(t.id))]) {
      await client.waitFor((m) => isView(m) && m.seq === host.seq);
    }
    await leaveAll(facilitator, projector, ...TEAMS.map((t) => team(t.id)));
  });

  it('refuses a malformed and an illegal message to its sender only, and changes nothing', async () => {
    const { facilitator, code, team } = await seatedRoom();
    const host = roomOf(code).exerciseHost;
    const before = { seq: host.seq, exercise: host.exercise };
    const red = team('red');
    const [redMark, facMark] = [red.received.length, facilitator.received.length];
    const marks = new Map(TEAMS.map((t) => [t.id, team(t.id).received.length]));
    red.sendRaw({ type: 'command', id: 7, command: { type: 'teleport' } });
    const malformed = await red.waitFor((m) => m.type === 'refused', redMark);
    expect(malformed).toMatchObject({ type: 'refused', id: 7, refusal: { code: 'malformed' } });
    red.sendRaw('not even an object');
    await red.waitFor((m) => m.type === 'refused' && m.id === null, redMark);
    // Out of turn: the team that is not due tries to move.
    const [due] = nextTeamMessage(host.exercise) ?? [];
    const other = TEAMS.find((t) => t.id !== due && t.id !== 'red');
    if (!other || !due) throw new Error('no team out of turn');
    const outOfTurn = team(other.id);
    const otherMark = outOfTurn.received.length;
    const id = outOfTurn.send({ type: 'command', command: { type: 'move', move: { type: 'ELECT', by: other.role } } });
    const illegal = await outOfTurn.waitFor((m) => m.type === 'refused' && m.id === id, otherMark);
    expect(illegal.type === 'refused' && illegal.refusal.code).toBe('exercise');
    // The facilitator's own message afterwards is answered: everything before it has been handled.
    facilitator.send({ type: 'sync', since: 0 });
    await facilitator.waitFor(isView, facMark);
    expect(host.seq).toBe(before.seq);
    expect(host.exercise).toEqual(before.exercise);
    // The refusals reached their senders only: the bystanders (and the facilitator) received none.
    for (const t of TEAMS) {
      const got = team(t.id).received.slice(marks.get(t.id)).filter((m) => m.type === 'refused');
      expect(got).toHaveLength(t.id === 'red' ? 2 : t.id === other.id ? 1 : 0);
    }
    expect(facilitator.received.slice(facMark).filter((m) => m.type === 'refused')).toEqual([]);
    await leaveAll(facilitator, ...TEAMS.map((t) => team(t.id)));
  });

  it('answers a message its own code fails on with a refusal, and goes on serving the room', async () => {
    const { facilitator, code, team } = await seatedRoom();
    const host = roomOf(code).exerciseHost;
    const before = { seq: host.seq, exercise: host.exercise };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const apply = vi.spyOn(host, 'apply').mockImplementationOnce(() => {
      throw new Error('a fault planted by the test');
    });
    const mark = facilitator.received.length;
    const id = facilitator.send({ type: 'command', command: { type: 'note', text: 'lost to the fault' } });
    const refused = await facilitator.waitFor((m) => m.type === 'refused' && m.id === id, mark);
    expect(refused).toMatchObject({ refusal: { code: 'serverError' } });
    expect(logged.mock.calls.some((args) => String(args[0]).includes(code))).toBe(true);
    expect(host.seq).toBe(before.seq);
    expect(host.exercise).toBe(before.exercise);
    // The next message is handled as usual: the process and the room are still up.
    const next = facilitator.send({ type: 'command', command: { type: 'note', text: 'after the fault' } });
    await facilitator.waitFor((m) => m.type === 'ack' && m.id === next, mark);
    expect(host.exercise.notes.map((n) => n.text)).toEqual(['after the fault']);
    apply.mockRestore();
    logged.mockRestore();
    await leaveAll(facilitator, ...TEAMS.map((t) => team(t.id)));
  });

  it("refuses a team's move made for another team's role", async () => {
    const { facilitator, code, team } = await seatedRoom();
    const host = roomOf(code).exerciseHost;
    const next = nextTeamMessage(host.exercise);
    if (!next) throw new Error('no move');
    const [dueTeam, message] = next;
    const impostor = TEAMS.find((t) => t.id !== dueTeam);
    if (!impostor) throw new Error('one team only');
    const seq = host.seq;
    const client = team(impostor.id);
    const mark = client.received.length;
    const id = client.send(message); // the due team's own move, sent from another team's seat
    const answer = await client.waitFor((m) => m.type === 'refused' && m.id === id, mark);
    expect(answer.type).toBe('refused');
    expect(host.seq).toBe(seq);
    await leaveAll(facilitator, ...TEAMS.map((t) => team(t.id)));
  });

  it('keeps a dropped client\'s seat: it reconnects into the same seat and catches up from its sequence number', async () => {
    const { facilitator, code, team } = await seatedRoom();
    const host = roomOf(code).exerciseHost;
    const red = team('red');
    const player = red.sessionId;
    const lastSeq = red.lastView()?.seq ?? 0;
    const mark = facilitator.received.length;
    await red.drop();
    await facilitator.waitFor((m) => isView(m) && !!m.players?.some((p) => p.id === player && !p.connected), mark);
    // The game goes on while red is away.
    const next = nextTeamMessage(host.exercise);
    if (!next) throw new Error('no move');
    const [moverId, message] = next;
    if (moverId !== 'red') {
      const mover = team(moverId);
      const id = mover.send(message);
      await mover.waitFor((m) => m.type === 'ack' && m.id === id);
    }
    await red.reconnect();
    expect(red.sessionId).toBe(player);
    const backMark = red.received.length;
    red.send({ type: 'sync', since: lastSeq });
    const caughtUp = await red.waitFor((m) => isView(m) && m.seq === host.seq, backMark);
    expect(caughtUp.type === 'view' && caughtUp.you).toMatchObject({ id: player, seat: { kind: 'team', team: 'red' }, status: 'seated', connected: true });
    expect(host.players().find((p) => p.id === player)?.connected).toBe(true);
    await leaveAll(facilitator, ...TEAMS.map((t) => team(t.id)));
  });

  it('brings a client back into its seat with its rejoin secret, and refuses a forged one', async () => {
    const { facilitator, code, team } = await seatedRoom();
    const blue = team('blue');
    const welcome = blue.welcome();
    if (!welcome) throw new Error('no welcome');
    await blue.drop();
    await expect(NetClient.join(server.endpoint, code, { name: 'x', rejoin: { player: welcome.player, secret: 'forged-secret-000000000' } })).rejects.toThrow(/unknownPlayer/);
    const again = await NetClient.join(server.endpoint, code, { name: 'Blue laptop', rejoin: { player: welcome.player, secret: welcome.rejoin } });
    const view = await again.waitFor((m) => isView(m) && m.you.id === welcome.player);
    expect(view.type === 'view' && view.you.seat).toEqual({ kind: 'team', team: 'blue' });
    await leaveAll(facilitator, again, ...TEAMS.map((t) => team(t.id)));
  });

  it('tells a removed player why and disconnects them; they cannot come back with their secret', async () => {
    const { facilitator, code, team } = await seatedRoom();
    const green = team('green');
    const welcome = green.welcome();
    if (!welcome) throw new Error('no welcome');
    facilitator.send({ type: 'remove', player: welcome.player, reason: 'Wrong seminar' });
    await green.waitFor((m) => m.type === 'removed');
    expect(green.received.find((m) => m.type === 'removed')).toEqual({ type: 'removed', reason: 'Wrong seminar' });
    for (let i = 0; i < 100 && green.closedWith === null; i++) await new Promise((wake) => setTimeout(wake, 20));
    expect(green.closedWith).not.toBeNull();
    expect(roomOf(code).exerciseHost.players().find((p) => p.id === welcome.player)?.status).toBe('removed');
    await expect(NetClient.join(server.endpoint, code, { name: 'Green again', rejoin: { player: welcome.player, secret: welcome.rejoin } })).rejects.toThrow(/unknownPlayer/);
    await leaveAll(facilitator, team('red'), team('blue'));
  });

  it("refuses a player beyond the room size, with the host's reason", async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const others: NetClient[] = [];
    for (let i = 1; i < MAX_PLAYERS; i++) others.push(await NetClient.join(server.endpoint, code, { name: `Observer ${i}`, claim: { kind: 'observer' } }));
    await expect(NetClient.join(server.endpoint, code, { name: 'One too many', claim: { kind: 'observer' } })).rejects.toThrow(new RegExp(`"code":"roomFull","max":${MAX_PLAYERS}`));
    expect(roomOf(code).exerciseHost.players()).toHaveLength(MAX_PLAYERS);
    await leaveAll(facilitator, ...others);
  });

  it('never sends a team another team\'s sealed decision, nor the projector a note or an objective', async () => {
    const { facilitator, code, team } = await seatedRoom('secret');
    const projector = await joinSeated(server.endpoint, code, facilitator, { name: 'Projector', claim: { kind: 'projector' } });
    const observer = await joinSeated(server.endpoint, code, facilitator, { name: 'Ana', claim: { kind: 'observer' } });
    const host = roomOf(code).exerciseHost;
    const noteId = observer.send({ type: 'command', command: { type: 'note', text: 'SECRET-NOTE the red cell hesitates' } });
    await observer.waitFor((m) => m.type === 'ack' && m.id === noteId);
    let sealedBy: string | null = null;
    for (let i = 0; i < 200 && !sealedBy; i++) {
      const next = nextTeamMessage(host.exercise);
      if (!next) break;
      const [teamId, message] = next;
      const client = team(teamId);
      const id = client.send(message);
      await client.waitFor((m) => m.type === 'ack' && m.id === id);
      if (message.type === 'command' && message.command.type === 'seal') sealedBy = teamId;
    }
    if (!sealedBy) throw new Error('no team sealed a decision');
    const sealed = host.exercise.sealed[sealedBy];
    expect(sealed).toBeDefined();
    for (const client of [facilitator, projector, ...TEAMS.map((t) => team(t.id))]) await client.waitFor((m) => isView(m) && m.seq === host.seq);
    for (const t of TEAMS) {
      for (const m of team(t.id).views()) {
        const seen = m.view && 'sealed' in m.view ? m.view.sealed : null;
        if (t.id === sealedBy) expect([null, sealed]).toContainEqual(seen);
        else expect(seen).toBeNull();
      }
      for (const other of TEAMS) if (other.id !== t.id && other.objectives.length > 0) expect(JSON.stringify(team(t.id).received)).not.toContain(`SECRET-OBJECTIVE-${other.id}`);
    }
    const projected = JSON.stringify(projector.received);
    expect(projected).not.toContain('SECRET-');
    expect(projected).not.toContain(JSON.stringify(sealed));
    for (const m of projector.views()) expect(m.view !== null && 'sealed' in m.view).toBe(false);
    for (const t of TEAMS) if (t.id !== sealedBy) expect(JSON.stringify(team(t.id).received)).not.toContain(JSON.stringify(sealed));
    // The facilitator sees everything, the note included.
    expect(JSON.stringify(facilitator.received)).toContain('SECRET-NOTE');
    await leaveAll(facilitator, projector, observer, ...TEAMS.map((t) => team(t.id)));
  });
});
