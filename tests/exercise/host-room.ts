import { dueActor, plainMove, type GameState, type PlayerMove, type Role } from '../../src/engine';
import {
  createExercise,
  exerciseGame,
  ExerciseHost,
  secretTurn,
  teamOf,
  type ClientMessage,
  type DecideMode,
  type Exercise,
  type HostInput,
  type HostResult,
  type JoinOptions,
  type ServerMessage,
  type Team,
} from '../../src/exercise';
import { config, scenario } from '../helpers';

// A room for the host's tests: the host, the inputs that changed it (what the server's durable log
// keeps), and every message each player received. Each input comes a quarter of a second after the
// last, by the server's clock. Player ids carry "PLAYER-" and every private word "SECRET-", so
// that a test can look for them in what a seat received.

export const sc = scenario('transition-2012');
export const T0 = Date.UTC(2026, 10, 28, 9);
export const KEY = 'KEY-4f0c9a1e7b2d4c3a';
export const CODE = 'HXR4K7';
export const TEAMS: readonly Team[] = [
  { id: 'red', name: 'Los Pinos', role: 'mexico', objectives: [{ id: 'o1', text: 'SECRET-OBJECTIVE-red' }] },
  { id: 'blue', name: 'Washington', role: 'us', objectives: [{ id: 'o2', text: 'SECRET-OBJECTIVE-blue' }] },
  { id: 'green', name: 'SEDENA', role: 'sedena', objectives: [] },
];
export const FACILITATOR = 'PLAYER-facilitator';
export const player = (team: string): string => `PLAYER-${team}`;

export function newExercise(decide: DecideMode = 'inTurn', seed = 11): Exercise {
  const made = createExercise({
    id: 'ex-net',
    title: 'Seminar 4, networked',
    scenario: sc,
    config: config(sc, { seed, sexenios: 1, fixedParties: ['PRI'] }),
    settings: { decide, phaseSeconds: { election: 0, transition: 0, cardChoice: 120, decisions: 600, report: 0 }, autoClose: false },
    teams: TEAMS,
    eventsList: [],
    now: T0,
  });
  if (!made.ok) throw new Error(JSON.stringify(made.refusal));
  return made.exercise;
}

/** A client's message before its client numbers it. */
export type Outgoing = ClientMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

export class Room {
  readonly host: ExerciseHost;
  /** The inputs that changed the room, in order: the durable log. */
  readonly log: HostInput[] = [];
  readonly received = new Map<string, ServerMessage[]>();
  at = T0;
  #ids = new Map<string, number>();
  /** Called after each input with its result (the redaction test checks every message there). */
  onResult: ((input: HostInput, result: HostResult) => void) | null = null;

  constructor(exercise: Exercise, maxPlayers?: number) {
    this.host = ExerciseHost.create({ code: CODE, key: KEY, exercise, scenario: sc, at: T0, ...(maxPlayers ? { maxPlayers } : {}) });
  }

  apply(input: HostInput): HostResult {
    const result = this.host.apply(input);
    if (result.changed) this.log.push(input);
    for (const o of result.out) this.received.set(o.to, [...(this.received.get(o.to) ?? []), o.message]);
    this.onResult?.(input, result);
    return result;
  }

  #next(): number {
    this.at += 250;
    return this.at;
  }

  join(id: string, options: JoinOptions): HostResult {
    return this.apply({ kind: 'join', at: this.#next(), player: id, options });
  }

  /** A message from `id`, numbered as its client would. */
  send(id: string, message: Outgoing): HostResult {
    const n = (this.#ids.get(id) ?? 0) + 1;
    this.#ids.set(id, n);
    return this.apply({ kind: 'message', at: this.#next(), player: id, message: { ...message, id: n } as ClientMessage });
  }

  drop(id: string): HostResult {
    return this.apply({ kind: 'drop', at: this.#next(), player: id });
  }

  reconnect(id: string): HostResult {
    return this.apply({ kind: 'reconnect', at: this.#next(), player: id });
  }

  leave(id: string): HostResult {
    return this.apply({ kind: 'leave', at: this.#next(), player: id });
  }

  tick(at: number): HostResult {
    this.at = Math.max(this.at, at);
    return this.apply({ kind: 'tick', at: this.at });
  }

  game(): GameState {
    return exerciseGame(sc, this.host.exercise);
  }

  messages(id: string): readonly ServerMessage[] {
    return this.received.get(id) ?? [];
  }

  lastView(id: string): Extract<ServerMessage, { type: 'view' }> {
    const views = this.messages(id).filter((m): m is Extract<ServerMessage, { type: 'view' }> => m.type === 'view');
    const last = views[views.length - 1];
    if (!last) throw new Error(`${id} has had no view`);
    return last;
  }

  last(id: string): ServerMessage | undefined {
    const all = this.messages(id);
    return all[all.length - 1];
  }
}

/** A room with its facilitator seated by the key and each team's player admitted to its seat. */
export function seatedRoom(decide: DecideMode = 'inTurn', seed = 11): Room {
  const room = new Room(newExercise(decide, seed));
  room.join(FACILITATOR, { name: 'Dr. Vega', key: KEY });
  for (const t of TEAMS) {
    room.join(player(t.id), { name: `${t.name} laptop`, claim: { kind: 'team', team: t.id } });
    room.send(FACILITATOR, { type: 'admit', player: player(t.id), seat: null });
  }
  return room;
}

/** The move a role's team would make now, as its client builds it from the legal moves (a secret round: as if first). */
export function teamMove(game: GameState, role: Role): PlayerMove | null {
  return plainMove(game, sc, role);
}

/** The next team's message that moves the game on: [the team's player, its message], or null at the debrief. */
export function nextTeamMessage(room: Room): [string, Outgoing] | null {
  const exercise = room.host.exercise;
  const game = room.game();
  if (game.phase === 'debrief') return null;
  if (game.phase === 'report') return [player('red'), { type: 'command', command: { type: 'move', move: { type: 'CONTINUE', by: 'mexico' } } }];
  if (game.phase === 'decisions' && exercise.settings.decide === 'secret') {
    const role = game.pending.find((r) => game.config.seats[r] === 'human' && !((teamOf(exercise, r)?.id ?? '') in exercise.sealed));
    const team = role && teamOf(exercise, role);
    const move = role && teamMove(secretTurn(game, role), role);
    if (!team || move?.type !== 'DECIDE') throw new Error(`no team to seal in ${game.year}`);
    return [player(team.id), { type: 'command', command: { type: 'seal', move } }];
  }
  const due = dueActor(game);
  const team = due && due !== 'system' ? teamOf(exercise, due) : undefined;
  const move = team && teamMove(game, team.role);
  if (!team || !move) throw new Error(`nobody is due in ${game.year} ${game.phase}`);
  return [player(team.id), { type: 'command', command: { type: 'move', move } }];
}

/** Every key of every object in a value (what a seat's view holds, field by field). */
export function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}
