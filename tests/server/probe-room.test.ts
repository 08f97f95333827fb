import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExerciseRoom } from '../../src/server/room';
import { ROOM_MAX_PLAYERS } from '../../src/exercise';
import { NetClient } from '../../src/server/net-client';
import { MATCHMAKE_BODY_MAX } from '../../src/server/server';
import { createRoom, isView, joinSeated, startTestServer, teamClaim, tempDir, type TestServer } from './helpers';

// The room server under a flaky disk, two devices on one seat and a hostile request: a journal
// write that fails stops the room answering (nothing after it is written or acknowledged), a
// device whose seat another device took back with the rejoin secret cannot slip back in with its
// old reconnection token, a request to make a room is refused by its size before it is read, and a
// join that lost the room's last place to another joining at once is refused, not kept as a ghost.

let server: TestServer;
const data = tempDir();

beforeAll(async () => {
  server = await startTestServer({ dataDir: data.dir });
});
afterAll(async () => {
  await server?.running.close();
  data.remove();
});

const pause = (ms: number): Promise<void> => new Promise((wake) => setTimeout(wake, ms));

/**
 * Posts a body of `bytes` bytes to the matchmaker: with its length said (only the headers are sent:
 * the server answers from them), or `chunked`, sent until the server answers. Resolves with the status and answer.
 */
function postBody(bytes: number, chunked = false): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = bytes;
    let answered = false;
    const req = request({ host: '127.0.0.1', port: server.running.port, method: 'POST', path: '/matchmake/create/exercise', headers }, (res) => {
      answered = true;
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    // The server may close the connection before the whole body is sent: the answer is what counts.
    req.on('error', (e) => (e.message.includes('EPIPE') || e.message.includes('ECONNRESET') ? undefined : fail(e)));
    if (!chunked) return void req.flushHeaders();
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes && !answered) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('the room server, probed', () => {
  it('writes and acknowledges nothing after a journal write fails: the log never holds a later input without the one before', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const journal = server.running.journal;
    const append = journal.append.bind(journal);
    const spy = vi.spyOn(journal, 'append').mockImplementationOnce(async () => {
      await pause(50);
      throw new Error('no space left on device');
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      spy.mockImplementation(append);
      const mark = facilitator.received.length;
      for (const text of ['first note', 'second note', 'third note']) facilitator.send({ type: 'command', command: { type: 'note', text, team: null } });
      for (let i = 0; i < 100 && facilitator.closedWith === null; i++) await pause(20);
      await pause(200);
      expect(facilitator.closedWith).toBe(4500);
      expect(facilitator.received.slice(mark).filter((m) => m.type === 'ack')).toEqual([]);
      const read = await journal.read(code);
      const notes = read.ok ? read.log.inputs.flatMap((i) => (i.kind === 'message' && i.message.type === 'command' && i.message.command.type === 'note' ? [i.message.command.text] : [])) : null;
      expect(notes).toEqual([]);
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
    }
  });

  it('keeps a seat with the device that rejoined it: the old connection cannot come back with its reconnection token', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const blue = await joinSeated(server.endpoint, code, facilitator, { name: 'Blue laptop', claim: teamClaim('blue') });
    const welcome = blue.welcome();
    if (!welcome) throw new Error('no welcome');
    await blue.drop();
    const tablet = await NetClient.join(server.endpoint, code, { name: 'Blue tablet', rejoin: { player: welcome.player, secret: welcome.rejoin } });
    await tablet.waitFor((m) => isView(m) && m.you.id === welcome.player && m.you.connected);
    await expect(blue.reconnect()).rejects.toThrow(/taken by another connection/);
    // The tablet still holds the seat, connected, and sees what the room does next.
    const mark = tablet.received.length;
    const id = facilitator.send({ type: 'command', command: { type: 'pause', reason: 'Coffee' } });
    await facilitator.waitFor((m) => m.type === 'ack' && m.id === id);
    const view = await tablet.waitFor((m) => isView(m) && m.view?.seat === 'team' && m.view.room.paused !== null, mark);
    expect(view.type === 'view' && view.you).toMatchObject({ id: welcome.player, seat: { kind: 'team', team: 'blue' }, connected: true });
    await pause(200);
    const room = server.colyseus.getRoomById<ExerciseRoom>(code);
    expect(room.exerciseHost.players().find((p) => p.id === welcome.player)?.connected).toBe(true);
    await Promise.all([tablet.leave(), facilitator.leave()]);
  });

  it('refuses a request to make a room that is too big before reading it, or as soon as it is when it does not say its size', async () => {
    const big = await postBody(MATCHMAKE_BODY_MAX + 1);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toEqual({ code: 413, error: `the request is ${MATCHMAKE_BODY_MAX + 1} bytes, more than the ${MATCHMAKE_BODY_MAX} a request to make or join a room may be` });
    // Sent without its length (chunked), it is counted as it comes.
    const unsized = await postBody(MATCHMAKE_BODY_MAX + 1024 * 1024, true);
    expect(unsized.status).toBe(413);
    // A room is still made as before.
    const { facilitator, key } = await createRoom(server.endpoint);
    expect(key).not.toBe('');
    await facilitator.leave();
  });
});

describe('joins at once', () => {
  it('refuses a join that lost the last place to another between its check and its seat, instead of keeping it connected outside the room', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const room = server.colyseus.getRoomById<ExerciseRoom>(code);
    const host = room.exerciseHost;
    // Fill the room but one place, then let another join take that place right after this join's check.
    const max = ROOM_MAX_PLAYERS;
    for (let i = host.players().length; i < max - 1; i++) host.apply({ kind: 'join', at: Date.now(), player: `filler-${i}`, options: { name: `Observer ${i}`, claim: { kind: 'observer' } } });
    const onAuth = room.onAuth.bind(room);
    const spy = vi.spyOn(room, 'onAuth').mockImplementationOnce((client, options) => {
      const seat = onAuth(client, options);
      host.apply({ kind: 'join', at: Date.now(), player: 'filler-last', options: { name: 'Quicker', claim: { kind: 'observer' } } });
      return seat;
    });
    try {
      await expect(NetClient.join(server.endpoint, code, { name: 'Slower', claim: { kind: 'observer' } })).rejects.toThrow(`"code":"roomFull","max":${max}`);
      expect(host.players()).toHaveLength(max);
      expect(room.clients.length).toBe(1);
    } finally {
      spy.mockRestore();
      await facilitator.leave();
    }
  });
});
