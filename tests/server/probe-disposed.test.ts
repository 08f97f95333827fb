import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetClient } from '../../src/server/net-client';
import { createRoom, gone, isView, joinSeated, startTestServer, teamClaim, tempDir, type TestServer } from './helpers';

// A room everyone dropped out of is disposed after its idle time with its log kept open (a long
// break, a seminar over two days): a join by its code brings it back from the log, with everything
// it held, rather than "not found" until the server restarts. A room closed at its hot wash, or a
// code no room ever had, stays not found. The idle time is shortened here to a fraction of a second.

let server: TestServer;
const data = tempDir();
const lines: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ dataDir: data.dir, limits: { idleMinutes: 0.003, tickMs: 50 }, log: (line) => lines.push(line) });
});
afterAll(async () => {
  await server?.running.close();
  data.remove();
});

describe('a room disposed while everyone was away', () => {
  it('comes back from its log when a player rejoins by its code, with its exercise and seats', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const red = await joinSeated(server.endpoint, code, facilitator, { name: 'Red laptop', claim: teamClaim('red') });
    const id = facilitator.send({ type: 'command', command: { type: 'note', text: 'Red argued for Option B', team: 'red' } });
    await facilitator.waitFor((m) => m.type === 'ack' && m.id === id);
    const [fw, rw] = [facilitator.welcome(), red.welcome()];
    if (!fw || !rw) throw new Error('no welcome');
    await Promise.all([facilitator.drop(), red.drop()]);
    await gone(code);

    const back = await NetClient.join(server.endpoint, code, { name: 'Dr. Vega', rejoin: { player: fw.player, secret: fw.rejoin } });
    expect(back.code).toBe(code);
    const view = await back.waitFor((m) => isView(m) && m.view?.seat === 'facilitator');
    const exercise = view.type === 'view' && view.view?.seat === 'facilitator' ? view.view.exercise : null;
    expect(exercise?.notes.map((n) => n.text)).toEqual(['Red argued for Option B']);
    expect(lines).toContain(`room ${code} restored from the journal for a join`);
    const redBack = await NetClient.join(server.endpoint, code, { name: 'Red laptop', rejoin: { player: rw.player, secret: rw.rejoin } });
    const redView = await redBack.waitFor((m) => isView(m) && m.you.connected);
    expect(redView.type === 'view' && redView.you).toMatchObject({ id: rw.player, seat: { kind: 'team', team: 'red' }, status: 'seated' });
    await Promise.all([back.leave(), redBack.leave()]);
  });

  it('leaves a room closed at its hot wash, and a code no room had, not found', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const welcome = facilitator.welcome();
    if (!welcome) throw new Error('no welcome');
    const id = facilitator.send({ type: 'command', command: { type: 'hotwash', reason: 'Time is up' } });
    await facilitator.waitFor((m) => m.type === 'ack' && m.id === id);
    await facilitator.leave();
    await gone(code);
    for (let i = 0; i < 100 && !(await server.running.journal.read(code).then((r) => r.ok && r.log.closed)); i++) await new Promise((wake) => setTimeout(wake, 25));
    await expect(NetClient.join(server.endpoint, code, { name: 'Dr. Vega', rejoin: { player: welcome.player, secret: welcome.rejoin } })).rejects.toThrow(/not found/);
    await expect(NetClient.join(server.endpoint, 'ZZZZZZ', { name: 'Lost' })).rejects.toThrow(/not found/);
  });
});
