import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServerMessage } from '../../src/exercise/protocol';
import { NetClient } from '../../src/server/net-client';
import { SEAT_TAKEN, type ExerciseRoom } from '../../src/server/room';
import { roomConnection } from '../../src/ui/net/colyseus';
import { openRooms, SEAT_TAKEN_CODE, type LinkStatus, type NetLink } from '../../src/ui/net/link';
import { createRoom, isView, startTestServer, teamClaim, tempDir, type TestServer } from './helpers';

// A team's seat taken by a rejoin from another device or tab (with the seat's rejoin secret): the
// device that held it hears so, in the one code the browser's link reads as "taken" (and stops
// reconnecting), whether it was still connected (its close code) or away (the error its
// reconnection is refused with). The old device here is the browser's own link over the SDK, as a
// phone runs it, with the SDK's automatic reconnection on.

let server: TestServer;
const data = tempDir();

beforeAll(async () => {
  // The SDK narrates its reconnection attempts on the console.
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  server = await startTestServer({ dataDir: data.dir });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.running.close();
  data.remove();
});

const pause = (ms: number): Promise<void> => new Promise((wake) => setTimeout(wake, ms));

async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await pause(20);
  }
}

interface Phone {
  readonly link: NetLink;
  readonly room: Room;
  readonly statuses: LinkStatus[];
  readonly received: ServerMessage[];
}

/**
 * A team's phone: the browser's link (link.ts over colyseus.ts) on a real SDK room, seated in
 * `team` by the facilitator. The SDK reconnects by itself; `retryMs` is its wait before the first
 * try (long enough here for another device to rejoin first).
 */
async function phone(code: string, facilitator: NetClient, team: string, retryMs = 1500): Promise<Phone> {
  let room: Room | null = null;
  const rooms = openRooms({
    create: () => Promise.reject(new Error('not here')),
    join: async (c, options) => {
      room = await new Client(server.endpoint).joinById(c, options);
      // At once, not after the SDK's five seconds of uptime; a first retry after twice `retryMs` (its backoff).
      Object.assign(room.reconnection, { minUptime: 0, delay: retryMs, minDelay: retryMs });
      return roomConnection(room);
    },
  }, { local: null, session: null });
  const link = await rooms.join(code, { name: `${team} phone`, claim: teamClaim(team) });
  const statuses: LinkStatus[] = [];
  const received: ServerMessage[] = [];
  link.onStatus((s) => statuses.push(s));
  link.subscribe((m) => received.push(m));
  if (!room) throw new Error('no room');
  await until(() => received.some((m) => m.type === 'welcome'), 'the welcome');
  const welcome = received.find((m) => m.type === 'welcome');
  if (welcome?.type !== 'welcome') throw new Error('no welcome');
  const mark = facilitator.received.length;
  await facilitator.waitFor((m) => isView(m) && !!m.players?.some((p) => p.id === welcome.player));
  facilitator.send({ type: 'admit', player: welcome.player, seat: null });
  await facilitator.waitFor((m) => m.type === 'ack', mark);
  await until(() => received.some((m) => isView(m) && m.you.status === 'seated'), 'the seat');
  return { link, room, statuses, received };
}

function welcomeOf(p: Phone): { player: string; secret: string } {
  const welcome = p.received.find((m) => m.type === 'welcome');
  if (welcome?.type !== 'welcome') throw new Error('no welcome');
  return { player: welcome.player, secret: welcome.rejoin };
}

describe('a seat taken by a rejoin from another device', () => {
  it('is one code on both ends: the server says it, the browser reads it', () => {
    expect(SEAT_TAKEN_CODE).toBe(SEAT_TAKEN);
  });

  it('tells the device that still held it, which stops there (no reconnection)', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const laptop = await phone(code, facilitator, 'blue');
    const reconnect = vi.spyOn(server.colyseus.getRoomById<ExerciseRoom>(code), 'onReconnect');
    const tablet = await NetClient.join(server.endpoint, code, { name: 'Blue tablet', rejoin: welcomeOf(laptop) });
    await tablet.waitFor((m) => isView(m) && m.you.connected);
    await until(() => laptop.link.status !== 'open', 'the laptop hears of it');
    expect(laptop.link.status).toBe('taken');
    expect(laptop.statuses).toEqual(['taken']);
    await pause(600);
    expect(reconnect).not.toHaveBeenCalled();
    expect(laptop.link.status).toBe('taken');
    await Promise.all([tablet.leave(), facilitator.leave()]);
  });

  it('tells a NetClient too: its connection closes with the code', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const laptop = await NetClient.join(server.endpoint, code, { name: 'Red laptop', claim: teamClaim('red') });
    const welcome = await laptop.waitFor((m) => m.type === 'welcome');
    if (welcome.type !== 'welcome') throw new Error('no welcome');
    const tablet = await NetClient.join(server.endpoint, code, { name: 'Red tablet', rejoin: { player: welcome.player, secret: welcome.rejoin } });
    await tablet.waitFor((m) => isView(m) && m.you.connected);
    for (let i = 0; i < 100 && laptop.closedWith === null; i++) await pause(20);
    expect(laptop.closedWith).toBe(SEAT_TAKEN);
    await Promise.all([tablet.leave(), facilitator.leave()]);
  });

  it('tells the device that was away when it tries to reconnect, and the SDK stops trying', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const laptop = await phone(code, facilitator, 'green');
    const room = server.colyseus.getRoomById<ExerciseRoom>(code);
    const reconnect = vi.spyOn(room, 'onReconnect');
    // The laptop's network goes (the socket is cut, as by a wifi drop): the SDK will try again.
    const held = room.clients.find((c) => c.sessionId === laptop.room.sessionId);
    if (!held) throw new Error('no server-side client');
    (held as unknown as { ref: { terminate(): void } }).ref.terminate();
    await until(() => laptop.link.status === 'dropped', 'the drop');
    // Before it does, the tablet rejoins the seat.
    const tablet = await NetClient.join(server.endpoint, code, { name: 'Green tablet', rejoin: welcomeOf(laptop) });
    await tablet.waitFor((m) => isView(m) && m.you.connected);
    expect(laptop.link.status).toBe('dropped');
    await until(() => laptop.link.status !== 'dropped', 'the reconnection refused', 8000);
    expect(laptop.link.status).toBe('taken');
    expect(laptop.statuses).toEqual(['dropped', 'taken']);
    expect(reconnect).toHaveBeenCalledTimes(1);
    // No further tries: the SDK gave up at the first refusal.
    await pause(2500);
    expect(reconnect).toHaveBeenCalledTimes(1);
    // The tablet holds the seat, connected.
    expect(room.exerciseHost.players().find((p) => p.id === welcomeOf(laptop).player)).toMatchObject({ seat: { kind: 'team', team: 'green' }, connected: true });
    await Promise.all([tablet.leave(), facilitator.leave()]);
  });
});
