import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseRoom } from '../../src/server/room';
import { NetClient } from '../../src/server/net-client';
import { createRoom, isView, joinSeated, startTestServer, teamClaim, tempDir, type TestServer } from './helpers';

// A flaky classroom network: a team's laptop asleep for longer than the reconnection time still
// holds its seat (dropped) and takes it back with its rejoin secret, as it would after a restart;
// a player still waiting for a seat who never comes back frees their place in the room. The
// reconnection time is shortened here to a second.

let server: TestServer;
const data = tempDir();

beforeAll(async () => {
  server = await startTestServer({ dataDir: data.dir, limits: { reconnectSeconds: 1 } });
});
afterAll(async () => {
  await server?.running.close();
  data.remove();
});

const pause = (ms: number): Promise<void> => new Promise((wake) => setTimeout(wake, ms));

describe('a player away longer than the reconnection time', () => {
  it('keeps a seated team player in the seat, dropped, and lets them back in with the rejoin secret', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const red = await joinSeated(server.endpoint, code, facilitator, { name: 'Red laptop', claim: teamClaim('red') });
    const welcome = red.welcome();
    if (!welcome) throw new Error('no welcome');
    await red.drop();
    await pause(2500);
    const host = server.colyseus.getRoomById<ExerciseRoom>(code).exerciseHost;
    expect(host.players().find((p) => p.id === welcome.player)).toMatchObject({ seat: { kind: 'team', team: 'red' }, status: 'seated', connected: false });
    const back = await NetClient.join(server.endpoint, code, { name: 'Red laptop', rejoin: { player: welcome.player, secret: welcome.rejoin } });
    const view = await back.waitFor((m) => isView(m) && m.you.connected);
    expect(view.type === 'view' && view.you).toMatchObject({ id: welcome.player, seat: { kind: 'team', team: 'red' }, status: 'seated' });
    await Promise.all([back.leave(), facilitator.leave()]);
  });

  it('lets a waiting player who never came back go, and a seated one who chose to leave', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const waiting = await NetClient.join(server.endpoint, code, { name: 'Latecomer', claim: teamClaim('blue') });
    const seated = await joinSeated(server.endpoint, code, facilitator, { name: 'Green laptop', claim: teamClaim('green') });
    await waiting.waitFor(isView);
    const ids = [waiting.sessionId, seated.sessionId];
    await waiting.drop();
    await seated.leave();
    await pause(2500);
    const host = server.colyseus.getRoomById<ExerciseRoom>(code).exerciseHost;
    expect(host.players().filter((p) => ids.includes(p.id))).toEqual([]);
    await facilitator.leave();
  });
});
