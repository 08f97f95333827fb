import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileJournal } from '../../src/server/journal';
import { createRoom, gone, startTestServer, tempDir, type TestServer } from './helpers';

// A room's end (issue 12): one that reached its hot wash and emptied is closed in its log (a restart
// does not bring it back); one left empty during the game is disposed after its idle time, its log
// kept open for a restart. The idle time is shortened here to a fraction of a second.

let server: TestServer;
const data = tempDir();

beforeAll(async () => {
  server = await startTestServer({ dataDir: data.dir, limits: { idleMinutes: 0.003, tickMs: 50 } });
});
afterAll(async () => {
  await server?.running.close();
  data.remove();
});

describe('the end of a room', () => {
  it('closes the log of a room that reached the hot wash once everyone has left', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const id = facilitator.send({ type: 'command', command: { type: 'hotwash', reason: 'Time is up' } });
    await facilitator.waitFor((m) => m.type === 'ack' && m.id === id);
    await facilitator.leave();
    await gone(code);
    // The room leaves the matchmaker first, then writes the close in its onDispose.
    const journal = new FileJournal(data.dir);
    let log = await journal.read(code);
    for (let i = 0; i < 100 && !(log.ok && log.log.closed); i++) {
      await new Promise((wake) => setTimeout(wake, 25));
      log = await journal.read(code);
    }
    expect(log.ok && log.log.closed).toBe(true);
    expect(await journal.openCodes()).not.toContain(code);
  });

  it('disposes a room nobody is in after its idle time, and keeps its log open for a restart', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    await facilitator.drop();
    await gone(code);
    const journal = new FileJournal(data.dir);
    const log = await journal.read(code);
    expect(log.ok && log.log.closed).toBe(false);
    expect(await journal.openCodes()).toContain(code);
  });
});
