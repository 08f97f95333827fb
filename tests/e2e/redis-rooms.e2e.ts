import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetClient } from '../../src/server/net-client';
import { spawnRoomServer, type RoomProcess } from '../../src/server/process';
import { createRoom, freePort, isView, joinSeated, teamClaim } from '../server/helpers';

// Issue 12, "Scale out": two room server processes share presence, matchmaking and the journal
// through Debian's redis-server, started here on a free loopback port. A room made on one is
// joined by code through the other. redis-server must be installed (.ci/run installs it): without
// it this test fails rather than skips. It runs with the end-to-end tests (npm run test:e2e), so
// that `npm test` needs nothing but Node.

let redis: ChildProcess | null = null;
let redisUrl = '';
const servers: RoomProcess[] = [];

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`redis-server not ready within 10 s:\n${output}`)), 10_000);
    child.once('error', (e) => {
      clearTimeout(timer);
      fail(new Error(`redis-server could not start (is it installed? apt-get install redis-server): ${e.message}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        done(child);
      }
    });
  });
}

beforeAll(async () => {
  const redisPort = await freePort();
  redis = await startRedis(redisPort);
  const url = `redis://127.0.0.1:${redisPort}`;
  redisUrl = url;
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    servers.push(await spawnRoomServer(port, { REDIS_URL: url, PUBLIC_ADDRESS: `127.0.0.1:${port}` }));
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGTERM')));
  if (redis && redis.exitCode === null) {
    const exited = new Promise((done) => redis?.once('exit', done));
    redis.kill('SIGTERM');
    await exited;
  }
});

describe('two room server processes sharing Redis', () => {
  it('lets a client reach a room made on one process by asking the other for its code', async () => {
    const [first, second] = servers;
    if (!first || !second) throw new Error('two servers expected');
    const { facilitator, code } = await createRoom(`ws://127.0.0.1:${first.port}`);
    // The matchmaker may make the room on either process (the one with fewer rooms): find which
    // holds it in the shared listing, and ask the other one.
    const listing = new Redis(redisUrl);
    const cached = JSON.parse((await listing.hget('roomcaches', code)) ?? 'null') as { publicAddress?: string } | null;
    await listing.quit();
    const holder = servers.find((s) => cached?.publicAddress === `127.0.0.1:${s.port}`);
    const other = servers.find((s) => s !== holder);
    if (!holder || !other) throw new Error(`room ${code} is not listed with a process's address: ${JSON.stringify(cached)}`);
    const red = await joinSeated(`ws://127.0.0.1:${other.port}`, code, facilitator, { name: 'Red laptop', claim: teamClaim('red') });
    const view = red.lastView();
    expect(view?.lobby.code).toBe(code);
    expect(view?.you.seat).toEqual({ kind: 'team', team: 'red' });
    // The facilitator on the first process sees the player who came in through the second.
    await facilitator.waitFor((m) => isView(m) && !!m.players?.some((p) => p.id === red.welcome()?.player && p.status === 'seated'));
    // A code nobody made is refused by either process.
    await expect(NetClient.join(`ws://127.0.0.1:${other.port}`, 'ZZZZZZ', { name: 'Lost' })).rejects.toThrow(/not found/);
    await red.leave();
    await facilitator.leave();
  });

  it('restores, after both processes die, a room from its Redis log on a process started afterwards', async () => {
    const [first] = servers;
    if (!first) throw new Error('a server expected');
    const { facilitator, code } = await createRoom(`ws://127.0.0.1:${first.port}`);
    const red = await joinSeated(`ws://127.0.0.1:${first.port}`, code, facilitator, { name: 'Red laptop', claim: teamClaim('red') });
    const welcome = red.welcome();
    if (!welcome) throw new Error('no welcome');
    await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')));
    const port = await freePort();
    const third = await spawnRoomServer(port, { REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` });
    servers.push(third);
    expect(third.output()).toContain(code);
    const back = await NetClient.join(`ws://127.0.0.1:${port}`, code, { name: 'Red laptop', rejoin: { player: welcome.player, secret: welcome.rejoin } });
    const view = await back.waitFor((m) => isView(m) && m.you.status === 'seated');
    expect(view.type === 'view' && view.you).toMatchObject({ id: welcome.player, seat: { kind: 'team', team: 'red' } });
    await back.leave();
  });
});
