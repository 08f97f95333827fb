import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchMaker } from '@colyseus/core';
import { ColyseusTestServer } from '@colyseus/testing';
import { dueActor, type GameState } from '../../src/engine';
import { exerciseGame, secretTurn, teamOf, type DecideMode, type Exercise, type JoinOptions, type SeatClaim } from '../../src/exercise';
import { NetClient, type Outgoing, type ViewMessage } from '../../src/server/net-client';
import { freePort } from '../../src/server/process';
import { startRoomServer, type RoomServerOptions, type RunningRoomServer } from '../../src/server/server';

export { freePort };
import { newExercise, sc, teamMove, TEAMS } from '../exercise/host-room';

// The room server's tests: a server on a free loopback port with its journal in a temporary
// directory, clients that join by code, and the teams' next move as their clients would send it.

export { newExercise, TEAMS, sc };


export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'csd-rooms-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  readonly running: RunningRoomServer;
  readonly colyseus: ColyseusTestServer;
  readonly endpoint: string;
}

/** A room server on a free port of 127.0.0.1 (with @colyseus/testing's view of its rooms). */
export async function startTestServer(options: Omit<RoomServerOptions, 'port'> = {}): Promise<TestServer> {
  const port = await freePort();
  const running = await startRoomServer({ host: '127.0.0.1', log: () => undefined, ...options, port });
  return { running, colyseus: new ColyseusTestServer(running.server), endpoint: `ws://127.0.0.1:${port}` };
}

/** Waits until this process no longer holds room `code` (it was disposed). */
export async function gone(code: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (!matchMaker.getLocalRoomById(code)) return;
    await new Promise((wake) => setTimeout(wake, 25));
  }
  throw new Error(`room ${code} is still there`);
}

export const isView = (m: { type: string }): m is ViewMessage => m.type === 'view';

/** Makes a room as the facilitator; resolves once the facilitator's first view (with the key) is in. */
export async function createRoom(endpoint: string, exercise: Exercise = newExercise()): Promise<{ facilitator: NetClient; code: string; key: string }> {
  const facilitator = await NetClient.create(endpoint, { exercise, name: 'Dr. Vega' });
  const view = await facilitator.waitFor(isView);
  return { facilitator, code: facilitator.code, key: view.key ?? '' };
}

/** Joins by code and, with a claim, waits until the facilitator has admitted the player to it. */
export async function joinSeated(endpoint: string, code: string, facilitator: NetClient, options: JoinOptions): Promise<NetClient> {
  const client = await NetClient.join(endpoint, code, options);
  const welcome = await client.waitFor((m) => m.type === 'welcome');
  if (welcome.type !== 'welcome') throw new Error('no welcome');
  const mark = facilitator.received.length;
  await facilitator.waitFor((m) => isView(m) && !!m.players?.some((p) => p.id === welcome.player), 0);
  facilitator.send({ type: 'admit', player: welcome.player, seat: null });
  await facilitator.waitFor((m) => m.type === 'ack', mark);
  await client.waitFor((m) => isView(m) && m.you.status === 'seated');
  return client;
}

export const teamClaim = (team: string): SeatClaim => ({ kind: 'team', team });

/** The next team message that moves the game on, as its client builds it: [team id, message], or null at the debrief. */
export function nextTeamMessage(exercise: Exercise): [string, Outgoing] | null {
  const game: GameState = exerciseGame(sc, exercise);
  if (game.phase === 'debrief') return null;
  const first = TEAMS[0];
  if (!first) throw new Error('no teams');
  if (game.phase === 'report') return [first.id, { type: 'command', command: { type: 'move', move: { type: 'CONTINUE', by: first.role } } }];
  if (game.phase === 'decisions' && exercise.settings.decide === 'secret') {
    const role = game.pending.find((r) => game.config.seats[r] === 'human' && !((teamOf(exercise, r)?.id ?? '') in exercise.sealed));
    const team = role && teamOf(exercise, role);
    const move = role && teamMove(secretTurn(game, role), role);
    if (!team || move?.type !== 'DECIDE') throw new Error(`no team to seal in ${game.year}`);
    return [team.id, { type: 'command', command: { type: 'seal', move } }];
  }
  const due = dueActor(game);
  const team = due && due !== 'system' ? teamOf(exercise, due) : undefined;
  const move = team && teamMove(game, team.role);
  if (!team || !move) throw new Error(`nobody is due in ${game.year} ${game.phase}`);
  return [team.id, { type: 'command', command: { type: 'move', move } }];
}

export type { DecideMode };
