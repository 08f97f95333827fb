import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/exercise';
import { NetClient } from '../../src/server/net-client';
import { spawnRoomServer, type RoomProcess } from '../../src/server/process';
import { FileJournal } from '../../src/server/journal';
import { createRoom, freePort, isView, joinSeated, nextTeamMessage, teamClaim, tempDir, TEAMS } from './helpers';

// Issue 12, "a server restarted mid-exercise restores its rooms from the log with nothing lost":
// a room server in its own process is killed (SIGKILL: no shutdown, nothing flushed) in the middle
// of a game; a new one on the same data directory brings the room back under the same code with
// the same exercise, and the players come back into their seats with their rejoin secrets.

const started: RoomProcess[] = [];
const data = tempDir();

afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
});
// Only once the servers are stopped: a server still writing its log into the directory made the
// removal fail now and then (ENOTEMPTY) on a busy machine.
afterAll(() => data.remove());

async function serve(port: number): Promise<string> {
  started.push(await spawnRoomServer(port, { CSD_DATA_DIR: data.dir }));
  return `ws://127.0.0.1:${port}`;
}

function facilitatorExercise(client: NetClient): Exercise {
  const view = client.lastView()?.view;
  if (view?.seat !== 'facilitator') throw new Error('no facilitator view');
  return view.exercise;
}

describe('a room server restarted mid-game', () => {
  it('resumes the room from its log with the same code and exercise, and its players rejoin their seats', async () => {
    const port = await freePort();
    let endpoint = await serve(port);
    const { facilitator, code } = await createRoom(endpoint);
    const teams = new Map<string, NetClient>();
    for (const t of TEAMS) teams.set(t.id, await joinSeated(endpoint, code, facilitator, { name: `${t.name} laptop`, claim: teamClaim(t.id) }));
    // Part of a game, every move acknowledged (so written to the log before the answer).
    let exercise = facilitatorExercise(facilitator);
    for (let i = 0; i < 8; i++) {
      const next = nextTeamMessage(exercise);
      if (!next) break;
      const [teamId, message] = next;
      const client = teams.get(teamId);
      if (!client) throw new Error(`no client for ${teamId}`);
      const id = client.send(message);
      const ack = await client.waitFor((m) => m.type === 'ack' && m.id === id);
      const seq = ack.type === 'ack' ? ack.seq : Infinity;
      await facilitator.waitFor((m) => isView(m) && m.seq >= seq);
      exercise = facilitatorExercise(facilitator);
    }
    expect(exercise.moves.length).toBeGreaterThanOrEqual(6);
    const before = facilitatorExercise(facilitator);
    const welcomes = new Map([...teams].map(([id, c]) => [id, c.welcome()]));
    const facilitatorWelcome = facilitator.welcome();

    const first = started.shift();
    await first?.stop('SIGKILL');
    const journal = new FileJournal(data.dir);
    expect(await journal.openCodes()).toContain(code);

    endpoint = await serve(port);
    expect(started[0]?.output()).toContain(code);
    if (!facilitatorWelcome) throw new Error('no welcome');
    const back = await NetClient.join(endpoint, code, { name: 'Dr. Vega', rejoin: { player: facilitatorWelcome.player, secret: facilitatorWelcome.rejoin } });
    expect(back.code).toBe(code);
    const view = await back.waitFor((m) => isView(m) && m.view?.seat === 'facilitator');
    const after = view.type === 'view' && view.view?.seat === 'facilitator' ? view.view.exercise : null;
    expect(after).toEqual(before);
    // The teams were seated; they are back as dropped players until they rejoin.
    expect(view.type === 'view' && view.players?.filter((p) => p.seat?.kind === 'team').map((p) => [p.status, p.connected])).toEqual(TEAMS.map(() => ['seated', false]));
    const red = welcomes.get('red');
    if (!red) throw new Error('no welcome for red');
    const redBack = await NetClient.join(endpoint, code, { name: 'Red laptop', rejoin: { player: red.player, secret: red.rejoin } });
    const redView = await redBack.waitFor((m) => isView(m) && m.you.status === 'seated');
    expect(redView.type === 'view' && redView.you).toMatchObject({ id: red.player, seat: { kind: 'team', team: 'red' }, connected: true });
    // And the game goes on from where it was.
    const next = nextTeamMessage(after as Exercise);
    expect(next).not.toBeNull();
    await back.leave();
    await redBack.leave();
  });
});
