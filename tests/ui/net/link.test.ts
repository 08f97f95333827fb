import { describe, expect, it } from 'vitest';
import type { ClientMessage, CreateOptions, JoinOptions } from '../../../src/exercise/protocol';
import { KEY_PREFIX, LinkError, linkError, openRooms, readJoinCode, readServerMessage, SEAT_PREFIX, type RoomConnection, type RoomConnector } from '../../../src/ui/net/link';
import { memoryStore } from '../fakes';
import { LOBBY, player } from './net-fixtures';

// The browser's link to a room with the Colyseus SDK faked: numbered messages, the last sequence
// number, what storage keeps for a reload, the sync after a reconnection, and the errors the
// screens word.

class FakeConnection implements RoomConnection {
  readonly sent: ClientMessage[] = [];
  left = false;
  private message: ((m: unknown) => void) | null = null;
  private drop: (() => void) | null = null;
  private reconnect: (() => void) | null = null;
  private leaveHandler: ((code: number) => void) | null = null;
  constructor(readonly roomId: string) {}
  send(m: ClientMessage) {
    this.sent.push(m);
  }
  onMessage(h: (m: unknown) => void) {
    this.message = h;
  }
  onDrop(h: () => void) {
    this.drop = h;
  }
  onReconnect(h: () => void) {
    this.reconnect = h;
  }
  onLeave(h: (code: number) => void) {
    this.leaveHandler = h;
  }
  leave() {
    this.left = true;
  }
  receive(m: unknown) {
    this.message?.(m);
  }
  dropped() {
    this.drop?.();
  }
  back() {
    this.reconnect?.();
  }
  closed() {
    this.leaveHandler?.(4000);
  }
}

function connector(fail?: unknown) {
  const calls: { kind: string; arg: unknown; options?: unknown }[] = [];
  const connections: FakeConnection[] = [];
  const open = (code: string) => {
    if (fail) return Promise.reject(fail);
    const c = new FakeConnection(code);
    connections.push(c);
    return Promise.resolve(c);
  };
  const c: RoomConnector = {
    create: (options: CreateOptions) => (calls.push({ kind: 'create', arg: options }), open('K7M2PQ')),
    join: (code: string, options: JoinOptions) => (calls.push({ kind: 'join', arg: code, options }), open(code)),
  };
  return { connector: c, calls, connections };
}

const view = (seq: number, extra: object = {}) => ({ type: 'view', seq, you: player('p1', 'Ana'), lobby: LOBBY, view: null, ...extra });

describe('readJoinCode', () => {
  it.each([
    ['k7m2pq', 'K7M2PQ'],
    ['K7M 2PQ', 'K7M2PQ'],
    [' k7m-2pq ', 'K7M2PQ'],
  ])('reads %j as %s', (typed, code) => {
    expect(readJoinCode(typed)).toEqual({ ok: true, code });
  });

  it('names a letter the alphabet leaves out, and a code of the wrong length', () => {
    expect(readJoinCode('K7M2PO')).toEqual({ ok: false, problem: 'letter', letter: 'O' });
    expect(readJoinCode('k7m21q')).toEqual({ ok: false, problem: 'letter', letter: '1' });
    expect(readJoinCode('K7M2P')).toEqual({ ok: false, problem: 'length' });
    expect(readJoinCode('')).toEqual({ ok: false, problem: 'length' });
  });
});

describe('readServerMessage', () => {
  it('keeps the messages of the protocol and drops anything else', () => {
    expect(readServerMessage(view(3))).not.toBeNull();
    expect(readServerMessage({ type: 'ack', id: 1, seq: 2 })).not.toBeNull();
    expect(readServerMessage({ type: 'refused', id: null, refusal: { code: 'malformed', where: 'type' } })).not.toBeNull();
    expect(readServerMessage({ type: 'removed', reason: 'left early' })).not.toBeNull();
    expect(readServerMessage({ type: 'welcome', player: 'p1', rejoin: 's' })).not.toBeNull();
    for (const bad of [null, 'view', { type: 'view' }, { type: 'ack', id: '1', seq: 2 }, { type: 'refused', id: 1 }, { type: 'removed' }, { type: 'welcome', player: 'p1' }, { type: 'hello' }]) expect(readServerMessage(bad)).toBeNull();
  });
});

describe('a link to a room', () => {
  it('numbers what it sends, keeps the last sequence number and ignores an older view', async () => {
    const { connector: c, connections } = connector();
    const rooms = openRooms(c, { local: memoryStore(), session: memoryStore() });
    const link = await rooms.join('k7m 2pq', { name: 'Ana' });
    const seen: string[] = [];
    link.subscribe((m) => seen.push(m.type === 'view' ? `view ${m.seq}` : m.type));
    const conn = connections[0]!;
    expect(link.send({ type: 'claim', claim: { kind: 'observer' } })).toBe(1);
    expect(link.send({ type: 'command', command: { type: 'note', text: 'hi' } })).toBe(2);
    expect(conn.sent.map((m) => [m.type, m.id])).toEqual([['claim', 1], ['command', 2]]);
    conn.receive(view(4));
    conn.receive(view(2));
    conn.receive({ type: 'ack', id: 1, seq: 4 });
    conn.receive({ nonsense: true });
    expect(link.seq).toBe(4);
    expect(link.latest()?.seq).toBe(4);
    expect(seen).toEqual(['view 4', 'ack']);
  });

  it('asks for what it missed with its last sequence number when the SDK reconnects', async () => {
    const { connector: c, connections } = connector();
    const link = await openRooms(c, { local: null, session: null }).join('K7M2PQ', { name: 'Ana' });
    const statuses: string[] = [];
    link.onStatus((s) => statuses.push(s));
    const conn = connections[0]!;
    conn.receive(view(7));
    conn.dropped();
    expect(link.status).toBe('dropped');
    conn.back();
    expect(link.status).toBe('open');
    expect(conn.sent.at(-1)).toEqual({ type: 'sync', id: 1, since: 7 });
    conn.closed();
    expect(statuses).toEqual(['dropped', 'open', 'closed']);
  });

  it('keeps the facilitator key in local storage and the seat\'s rejoin secret in session storage', async () => {
    const local = memoryStore();
    const session = memoryStore();
    const { connector: c, connections, calls } = connector();
    const rooms = openRooms(c, { local, session });
    const link = await rooms.create({ exercise: { id: 'x' }, name: 'Facilitator' });
    expect(calls[0]).toEqual({ kind: 'create', arg: { exercise: { id: 'x' }, name: 'Facilitator' } });
    connections[0]!.receive({ type: 'welcome', player: 'p0', rejoin: 'sec-0' });
    connections[0]!.receive(view(1, { key: 'secret-key' }));
    expect(local.data.get(`${KEY_PREFIX}K7M2PQ`)).toBe('secret-key');
    expect(JSON.parse(session.data.get(`${SEAT_PREFIX}K7M2PQ`) ?? '')).toEqual({ player: 'p0', secret: 'sec-0', name: 'Facilitator' });
    expect(rooms.keyFor(link.code)).toBe('secret-key');
    // The console reopened on the room: joins with the kept key.
    await rooms.facilitate('K7M2PQ', 'Facilitator');
    expect(calls.at(-1)).toEqual({ kind: 'join', arg: 'K7M2PQ', options: { name: 'Facilitator', key: 'secret-key' } });
    expect(await rooms.facilitate('ZZZ222', 'Facilitator')).toBeNull();
  });

  it('comes back into the same seat after a reload with the kept secret, and asks for the latest view', async () => {
    const session = memoryStore({ [`${SEAT_PREFIX}K7M2PQ`]: JSON.stringify({ player: 'p7', secret: 'sec-7', name: 'Ana' }) });
    const { connector: c, connections, calls } = connector();
    const rooms = openRooms(c, { local: null, session });
    const link = await rooms.rejoin('K7M2PQ');
    expect(link).not.toBeNull();
    expect(calls).toEqual([{ kind: 'join', arg: 'K7M2PQ', options: { name: 'Ana', rejoin: { player: 'p7', secret: 'sec-7' } } }]);
    expect(connections[0]!.sent).toEqual([{ type: 'sync', id: 1, since: 0 }]);
    expect(await rooms.rejoin('ABC234')).toBeNull();
  });

  it('forgets a seat the room no longer honours, and a kept seat it cannot read', async () => {
    const session = memoryStore({ [`${SEAT_PREFIX}K7M2PQ`]: JSON.stringify({ player: 'p7', secret: 'old', name: 'Ana' }), [`${SEAT_PREFIX}ABC234`]: '{"player":1}' });
    const rooms = openRooms(connector(new Error('{"code":"unknownPlayer","player":"p7"}')).connector, { local: null, session });
    expect(await rooms.rejoin('K7M2PQ')).toBeNull();
    expect(session.data.has(`${SEAT_PREFIX}K7M2PQ`)).toBe(false);
    expect(await rooms.rejoin('ABC234')).toBeNull();
  });

  it('forgets the token when the facilitator removes the player', async () => {
    const session = memoryStore();
    const { connector: c, connections } = connector();
    const link = await openRooms(c, { local: null, session }).join('K7M2PQ', { name: 'Ana' });
    connections[0]!.receive({ type: 'welcome', player: 'p1', rejoin: 'sec-1' });
    expect(session.data.size).toBe(1);
    connections[0]!.receive({ type: 'removed', reason: 'wrong room' });
    expect(link.status).toBe('removed');
    expect(session.data.size).toBe(0);
  });

  it('refuses a code that cannot be one before asking the server', async () => {
    const { connector: c, calls } = connector();
    await expect(openRooms(c, { local: null, session: null }).join('K7M2P0', { name: 'Ana' })).rejects.toMatchObject({ problem: 'badCode' });
    expect(calls).toEqual([]);
  });
});

describe('linkError', () => {
  it.each([
    [new TypeError('Failed to fetch'), 'noServer'],
    [Object.assign(new Error('Not Found'), { code: 404 }), 'noServer'],
    [Object.assign(new Error('room "ABC234" not found'), { code: 522 }), 'noRoom'],
    [Object.assign(new Error('{"code":"roomFull","max":40}'), { code: 4403 }), 'full'],
    [Object.assign(new Error('{"code":"badKey"}'), { code: 4403 }), 'badKey'],
    [Object.assign(new Error('{"code":"noRoom","room":"ABC234"}'), { code: 4403 }), 'noRoom'],
    [new Error('something else'), 'failed'],
  ])('reads %s as %s', (error, problem) => {
    expect(linkError(error).problem).toBe(problem);
  });

  it('keeps a LinkError as it is', () => {
    const e = new LinkError('full', 'full');
    expect(linkError(e)).toBe(e);
  });
});
