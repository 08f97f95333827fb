import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dueActor, makeConfig, plainMove, type Scenario } from '../engine';
import { createExercise, exerciseGame, secretTurn, teamOf, type Exercise, type Team } from '../exercise';
import { shippedScenario } from '../scenario';
import { NetClient, type Outgoing } from '../server/net-client';
import { freePort, spawnRoomServer, type RoomProcess } from '../server/process';

// The load measurement of issue 12 (not a test): N concurrent rooms of six clients (facilitator,
// four teams, projector), each room making a move every --interval ms, for --seconds; for each N,
// the median and p99 of move-to-update latency (a team sends its move → the last of the room's six
// clients has the view it caused). Room servers run in their own processes on 127.0.0.1, with the
// file journal in a temporary directory, or two of them sharing a redis-server started here.
//
//   npm run loadtest -- [--rooms 10,25,50,100] [--interval 1000] [--seconds 20] [--processes 1|2]

interface Flags {
  readonly rooms: readonly number[];
  readonly intervalMs: number;
  readonly seconds: number;
  readonly processes: 1 | 2;
}

const MAX_ROOMS = 300;
/** A client that waits longer than this for an answer counts as an error (the room stops moving). */
const WAIT_MS = 30_000;

const USAGE = `Usage: npm run loadtest -- [--rooms 10,25,50,100] [--interval MS] [--seconds N] [--processes 1|2]
  --rooms LIST      room counts to measure in turn, each 1 to ${MAX_ROOMS} [default: 10,25,50,100]
  --interval MS     milliseconds between a room's moves, at least 100 [default: 1000]
  --seconds N       how long each measurement plays, 1 to 300 [default: 20]
  --processes 1|2   one room server with the file journal, or two sharing a redis-server started
                    here on 127.0.0.1 (Debian's redis-server must be installed) [default: 1]`;

/** A bad flag: said in one line, with the usage, and exit 2 (as the other commands do). */
class FlagError extends Error {}

function parseFlags(argv: readonly string[]): Flags | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      tokens: true,
      options: { rooms: { type: 'string' }, interval: { type: 'string' }, seconds: { type: 'string' }, processes: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    throw new FlagError((e as Error).message.replace(/\s*\n\s*/g, ' '));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new FlagError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
  }
  const values = parsed.values;
  if (values.help) return 'help';
  const whole = (text: string | undefined, fallback: number) => (text === undefined ? fallback : /^\d+$/.test(text) ? Number(text) : NaN);
  const rooms = (values.rooms ?? '10,25,50,100').split(',').map((t) => whole(t.trim(), NaN));
  if (rooms.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_ROOMS)) throw new FlagError(`--rooms: whole numbers from 1 to ${MAX_ROOMS}, comma-separated`);
  const intervalMs = whole(values.interval, 1000);
  if (!Number.isFinite(intervalMs) || intervalMs < 100 || intervalMs > 600_000) throw new FlagError("--interval: milliseconds between a room's moves, 100 to 600000");
  const seconds = whole(values.seconds, 20);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 300) throw new FlagError('--seconds: a whole number from 1 to 300');
  const processes = whole(values.processes, 1);
  if (processes !== 1 && processes !== 2) throw new FlagError('--processes: 1 (file journal) or 2 (sharing Redis)');
  return { rooms, intervalMs, seconds, processes };
}


const TEAMS: readonly Team[] = [
  { id: 'red', name: 'Los Pinos', role: 'mexico', objectives: [] },
  { id: 'blue', name: 'Washington', role: 'us', objectives: [] },
  { id: 'green', name: 'SEDENA', role: 'sedena', objectives: [] },
  { id: 'navy', name: 'SEMAR', role: 'semar', objectives: [] },
];

function newExercise(scenario: Scenario, seed: number): Exercise {
  const made = createExercise({
    id: `load-${seed}`,
    title: `Load room ${seed}`,
    scenario,
    config: makeConfig(scenario, { seed, sexenios: 2 }),
    settings: { decide: 'inTurn', phaseSeconds: { election: 0, transition: 0, cardChoice: 0, decisions: 0, report: 0 }, autoClose: false },
    teams: TEAMS,
    eventsList: [],
    now: Date.now(),
  });
  if (!made.ok) throw new Error(JSON.stringify(made.refusal));
  return made.exercise;
}

function nextMove(exercise: Exercise, scenario: Scenario): [string, Outgoing] | null {
  const game = exerciseGame(scenario, exercise);
  if (game.phase === 'debrief') return null;
  if (game.phase === 'report') return ['red', { type: 'command', command: { type: 'move', move: { type: 'CONTINUE', by: 'mexico' } } }];
  const due = dueActor(game);
  const team = due && due !== 'system' ? teamOf(exercise, due) : undefined;
  const move = team && plainMove(exercise.settings.decide === 'secret' ? secretTurn(game, team.role) : game, scenario, team.role);
  return team && move ? [team.id, { type: 'command', command: { type: 'move', move } }] : null;
}

interface LoadRoom {
  readonly facilitator: NetClient;
  readonly teams: Map<string, NetClient>;
  readonly projector: NetClient;
  readonly all: readonly NetClient[];
}

async function openRoom(endpoints: readonly string[], index: number, scenario: Scenario): Promise<LoadRoom> {
  const at = (k: number): string => endpoints[(index + k) % endpoints.length] ?? '';
  const facilitator = await NetClient.create(at(0), { exercise: newExercise(scenario, index + 1), name: 'Facilitator' });
  await facilitator.waitFor((m) => m.type === 'view', 0, WAIT_MS);
  facilitator.send({ type: 'autoAdmit', on: true });
  await facilitator.waitFor((m) => m.type === 'ack', 0, WAIT_MS);
  const teams = new Map<string, NetClient>();
  // Players ask whichever process they reach: with two, half of them go through the other one.
  for (const [k, t] of TEAMS.entries()) teams.set(t.id, await NetClient.join(at(k + 1), facilitator.code, { name: t.name, claim: { kind: 'team', team: t.id } }));
  const projector = await NetClient.join(at(5), facilitator.code, { name: 'Projector', claim: { kind: 'projector' } });
  const all = [facilitator, ...teams.values(), projector];
  await Promise.all(all.map((c) => c.waitFor((m) => m.type === 'view' && m.you.status === 'seated', 0, WAIT_MS)));
  return { facilitator, teams, projector, all };
}

/** One move: returns ms from sending to the last of the six clients holding the view it caused, or null at the debrief. */
async function playMove(room: LoadRoom, scenario: Scenario): Promise<number | null> {
  const view = room.facilitator.lastView()?.view;
  if (view?.seat !== 'facilitator') throw new Error('the facilitator has no view');
  const next = nextMove(view.exercise, scenario);
  if (!next) return null;
  const [teamId, message] = next;
  const client = room.teams.get(teamId);
  if (!client) throw new Error(`no client for ${teamId}`);
  const marks = room.all.map((c) => c.received.length);
  const sent = performance.now();
  const id = client.send(message);
  const answer = await client.waitFor((m) => (m.type === 'ack' || m.type === 'refused') && m.id === id, marks[room.all.indexOf(client)], WAIT_MS);
  if (answer.type !== 'ack') throw new Error(`move refused: ${JSON.stringify(answer)}`);
  let last = sent;
  for (const [i, c] of room.all.entries()) {
    const from = marks[i] ?? 0;
    const got = await c.waitFor((m) => m.type === 'view' && m.seq >= answer.seq, from, WAIT_MS);
    last = Math.max(last, c.arrivals[c.received.indexOf(got)] ?? last);
  }
  return last - sent;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let output = '';
    child.once('error', (e) => fail(new Error(`redis-server could not start (apt-get install redis-server): ${e.message}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) done(child);
    });
  });
}

async function measure(flags: Flags, rooms: number, scenario: Scenario): Promise<string> {
  const data = mkdtempSync(join(tmpdir(), 'csd-load-'));
  const servers: RoomProcess[] = [];
  let redis: ChildProcess | null = null;
  const opened: LoadRoom[] = [];
  try {
    if (flags.processes === 2) {
      const redisPort = await freePort();
      redis = await startRedis(redisPort);
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        servers.push(await spawnRoomServer(port, { REDIS_URL: `redis://127.0.0.1:${redisPort}`, PUBLIC_ADDRESS: `127.0.0.1:${port}` }));
      }
    } else {
      servers.push(await spawnRoomServer(await freePort(), { CSD_DATA_DIR: data }));
    }
    const endpoints = servers.map((s) => `ws://127.0.0.1:${s.port}`);
    process.stderr.write(`opening ${rooms} rooms…\n`);
    for (let i = 0; i < rooms; i += 10) {
      const batch = await Promise.all(Array.from({ length: Math.min(10, rooms - i) }, (_, k) => openRoom(endpoints, i + k, scenario)));
      opened.push(...batch);
    }
    process.stderr.write(`playing for ${flags.seconds} s…\n`);
    const latencies: number[] = [];
    let errors = 0;
    const end = performance.now() + flags.seconds * 1000;
    await Promise.all(
      opened.map(async (room, i) => {
        // Rooms start spread over one interval, as real rooms would not move in step.
        await new Promise((wake) => setTimeout(wake, (i / opened.length) * flags.intervalMs));
        while (performance.now() < end) {
          const started = performance.now();
          try {
            const ms = await playMove(room, scenario);
            if (ms === null) return;
            latencies.push(ms);
          } catch {
            errors++;
            return;
          }
          const wait = flags.intervalMs - (performance.now() - started);
          if (wait > 0) await new Promise((wake) => setTimeout(wake, wait));
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const moves = latencies.length;
    const rate = moves / flags.seconds;
    return `${String(rooms).padStart(5)} ${String(rooms * 6).padStart(7)} ${String(moves).padStart(6)} ${rate.toFixed(1).padStart(8)} ${percentile(latencies, 50).toFixed(1).padStart(8)} ${percentile(latencies, 99).toFixed(1).padStart(8)} ${(latencies[moves - 1] ?? NaN).toFixed(1).padStart(8)} ${String(errors).padStart(6)}`;
  } finally {
    await Promise.all(opened.flatMap((r) => r.all.map((c) => c.leave().catch(() => undefined))));
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    if (redis && redis.exitCode === null) {
      const exited = new Promise((done) => redis?.once('exit', done));
      redis.kill('SIGTERM');
      await exited;
    }
    rmSync(data, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let flags: Flags | 'help';
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`loadtest: ${(e as Error).message} (see --help)\n`);
    process.exit(2);
  }
  if (flags === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scenario = shippedScenario('transition-2012');
  if (!scenario.ok) throw new Error('the transition-2012 scenario is missing');
  console.log(`# ${flags.processes} room server process(es)${flags.processes === 2 ? ' sharing Redis' : ', file journal'}; a move per room every ${flags.intervalMs} ms for ${flags.seconds} s; latency: move sent → all six clients have its view (ms)`);
  console.log('rooms clients  moves  moves/s   median      p99      max errors');
  for (const rooms of flags.rooms) console.log(await measure(flags, rooms, scenario.value));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error((e as Error).message);
    process.exit(1);
  },
);
