import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientMessage } from '../../src/exercise/protocol';
import type { RoomJournal } from '../../src/server/journal';
import { NetClient } from '../../src/server/net-client';
import type { ExerciseRoom } from '../../src/server/room';
import { createRoom, isView, startTestServer, tempDir, type TestServer } from './helpers';

// A message sent again (the same id, on the same connection: a client resending after its
// connection came back) is applied once and acknowledged each time, so a note is in the room and in
// its log once. An id is its connection's own count, which starts again at 1 on every join: a
// rejoin's messages (another device, a reload, after a restart) are new ones, whatever their ids.

const data = tempDir();
afterAll(() => data.remove());

const note = (text: string): ClientMessage => ({ type: 'command', id: 0, command: { type: 'note', text, team: null } });
const withId = (message: ClientMessage, id: number): ClientMessage => ({ ...message, id });

function notesIn(server: TestServer, code: string): string[] {
  return server.colyseus.getRoomById<ExerciseRoom>(code).exerciseHost.exercise.notes.map((n) => n.text);
}

async function journaledNotes(journal: RoomJournal, code: string): Promise<string[]> {
  const read = await journal.read(code);
  if (!read.ok) throw new Error(read.problem);
  return read.log.inputs.flatMap((i) => (i.kind === 'message' && i.message.type === 'command' && i.message.command.type === 'note' ? [i.message.command.text] : []));
}

/** Waits for the `n`th ack of message `id` (counting from the first message received). */
async function acks(client: NetClient, id: number, n: number): Promise<{ seq: number }[]> {
  for (let i = 0; i < 250; i++) {
    const found = client.received.flatMap((m) => (m.type === 'ack' && m.id === id ? [{ seq: m.seq }] : []));
    if (found.length >= n) return found;
    await new Promise((wake) => setTimeout(wake, 20));
  }
  throw new Error(`fewer than ${n} acks of message ${id}; last received: ${JSON.stringify(client.received.slice(-3)).slice(0, 400)}`);
}

describe('a message sent again', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dataDir: data.dir });
  });
  afterAll(async () => {
    await server?.running.close();
  });

  it('is applied once and acknowledged twice: one note in the room and in its log', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const sent = withId(note('Red held the line'), 41);
    facilitator.sendRaw(sent);
    facilitator.sendRaw(sent);
    const [first, second] = await acks(facilitator, 41, 2);
    expect(facilitator.received.filter((m) => m.type === 'refused')).toEqual([]);
    // The second ack says the room as it is, with the note in it: nothing changed since the first.
    expect(second?.seq).toBe(first?.seq);
    expect(notesIn(server, code)).toEqual(['Red held the line']);
    expect(await journaledNotes(server.running.journal, code)).toEqual(['Red held the line']);
    // The facilitator's view has it once too.
    const view = facilitator.lastView()?.view;
    expect(view?.seat === 'facilitator' && view.exercise.notes.map((n) => n.text)).toEqual(['Red held the line']);
    await facilitator.leave();
  });

  it('after the connection came back (the same session) is still applied once; a new id is a new message', async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const sent = withId(note('Blue asked for a recess'), 7);
    facilitator.sendRaw(sent);
    await acks(facilitator, 7, 1);
    const session = facilitator.sessionId;
    await facilitator.drop();
    await facilitator.reconnect();
    expect(facilitator.sessionId).toBe(session);
    facilitator.sendRaw(sent);
    await acks(facilitator, 7, 2);
    facilitator.sendRaw(withId(note('Blue asked for a recess'), 8));
    await acks(facilitator, 8, 1);
    expect(notesIn(server, code)).toEqual(['Blue asked for a recess', 'Blue asked for a recess']);
    expect(await journaledNotes(server.running.journal, code)).toEqual(['Blue asked for a recess', 'Blue asked for a recess']);
    await facilitator.leave();
  });

  it('answers a sync every time: it asks, it changes nothing', async () => {
    const { facilitator } = await createRoom(server.endpoint);
    const mark = facilitator.received.length;
    const sync: ClientMessage = { type: 'sync', id: 3, since: 0 };
    facilitator.sendRaw(sync);
    facilitator.sendRaw(sync);
    await acks(facilitator, 3, 2);
    expect(facilitator.received.slice(mark).filter(isView)).toHaveLength(2);
    await facilitator.leave();
  });

  it("takes a rejoin's messages as new ones, though its count starts again at 1", async () => {
    const { facilitator, code } = await createRoom(server.endpoint);
    const welcome = facilitator.welcome();
    if (!welcome) throw new Error('no welcome');
    facilitator.sendRaw(withId(note('From the laptop'), 1));
    await acks(facilitator, 1, 1);
    const tablet = await NetClient.join(server.endpoint, code, { name: 'Dr. Vega', rejoin: { player: welcome.player, secret: welcome.rejoin } });
    await tablet.waitFor((m) => isView(m) && m.view?.seat === 'facilitator');
    const id = tablet.send({ type: 'command', command: { type: 'note', text: 'From the tablet', team: null } });
    expect(id).toBe(1);
    await acks(tablet, 1, 1);
    expect(notesIn(server, code)).toEqual(['From the laptop', 'From the tablet']);
    await tablet.leave();
  });
});

describe('after a restart (the log replayed)', () => {
  it('has each note once, and takes the rejoined connection\'s messages as new ones', async () => {
    let server = await startTestServer({ dataDir: data.dir });
    const { facilitator, code } = await createRoom(server.endpoint);
    const welcome = facilitator.welcome();
    if (!welcome) throw new Error('no welcome');
    const sent = withId(note('Before the restart'), 1);
    facilitator.sendRaw(sent);
    facilitator.sendRaw(sent);
    await acks(facilitator, 1, 2);
    await server.running.close();
    server = await startTestServer({ dataDir: data.dir });
    try {
      expect(server.running.restored).toContain(code);
      expect(notesIn(server, code)).toEqual(['Before the restart']);
      const back = await NetClient.join(server.endpoint, code, { name: 'Dr. Vega', rejoin: { player: welcome.player, secret: welcome.rejoin } });
      await back.waitFor((m) => isView(m) && m.view?.seat === 'facilitator');
      const again = withId(note('After the restart'), 1);
      back.sendRaw(again);
      back.sendRaw(again);
      await acks(back, 1, 2);
      expect(notesIn(server, code)).toEqual(['Before the restart', 'After the restart']);
      expect(await journaledNotes(server.running.journal, code)).toEqual(['Before the restart', 'After the restart']);
      await back.leave();
    } finally {
      await server.running.close();
    }
  });
});
