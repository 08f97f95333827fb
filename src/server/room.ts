import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { matchMaker, Room, ServerError, type Client } from '@colyseus/core';
import { ExerciseHost, newJoinCode, type HostInput, type HostOutput } from '../exercise/host';
import { NET_MESSAGE, RECONNECT_SECONDS, ROOM_IDLE_MINUTES, ROOM_MAX_PLAYERS, type JoinOptions, type NetRefusal, type ServerMessage } from '../exercise/protocol';
import { SHIPPED_SCENARIO_IDS, shippedScenario } from '../scenario';
import type { Scenario } from '../engine';
import { parseClientMessage, parseCreateOptions, parseJoinOptions } from '../scenario/net-messages';
import type { RoomJournal, RoomLog, RoomStart } from './journal';

// The Colyseus room that hosts one exercise (issue 12). Transport only: every rule is the pure
// host's (src/exercise/host.ts). The room turns Colyseus' joins, drops and messages into host
// inputs, writes each input that changed the room to the journal, and only then sends the host's
// outputs, each to the one client it is for, as plain JSON under one message type.

/** What every room of one server shares: the journal, the clock and the limits. */
export interface RoomContext {
  readonly journal: RoomJournal;
  /** Milliseconds since the epoch: the time stamped on every input. */
  readonly now: () => number;
  /** The join codes' randomness (crypto-backed on a real server). */
  readonly random: () => number;
  /** Logs of rooms this process restores at start, by code, taken once by the room they recreate. */
  readonly restoring: Map<string, RoomLog>;
  readonly maxPlayers: number;
  readonly reconnectSeconds: number;
  readonly idleMinutes: number;
  /** How often the host's clock ticks, in ms. */
  readonly tickMs: number;
}

export const DEFAULT_LIMITS = { maxPlayers: ROOM_MAX_PLAYERS, reconnectSeconds: RECONNECT_SECONDS, idleMinutes: ROOM_IDLE_MINUTES, tickMs: 1000 } as const;

/** Colyseus' close code for a leave that is not a drop: no reconnection is kept for it. */
const CONSENTED = 4000;

/**
 * The code a connection hears when a rejoin (another device or tab, with the seat's rejoin secret)
 * took its seat: its close code when it was still connected, and the error its reconnection is
 * refused with when it was away. The browser's link reads it as "taken" (src/ui/net/link.ts,
 * SEAT_TAKEN_CODE) and stops reconnecting; not 4000-4003 or 4010, which the SDK reads as a leave, a
 * failure or a drop to retry.
 */
export const SEAT_TAKEN = 4409;

/**
 * How many message ids the room keeps per seat to recognise a message sent again: the SDK sends at
 * most 10 messages held while a connection was down, and the host takes at most 20 a second
 * (HOST_RATE_LIMIT), so 64 covers any resend with room to spare, in a few hundred bytes per seat.
 */
export const APPLIED_IDS_KEPT = 64;

/** Tries before giving up on finding a free join code (31^6 codes: a clash is rare, ten in a row means something is wrong). */
const CODE_TRIES = 10;

/**
 * The ids of the messages one seat's connection had applied, newest last. A message id is its link's
 * own count, which starts again at 1 on every join (src/ui/net/link.ts): an id names one message
 * only within one connection, so the ids are kept with the connection's session (which a Colyseus
 * reconnection keeps and a rejoin replaces) and dropped when another connection holds the seat.
 */
interface AppliedIds {
  readonly session: string;
  readonly ids: Set<number>;
  readonly order: number[];
}

/** What onAuth decided for a client, kept as `client.auth`. */
interface Seat {
  readonly player: string;
  /** A new player's join options, or null for a player coming back (`reconnect`). */
  readonly join: JoinOptions | null;
}

/** A refusal as a Colyseus error: the client's join fails with the refusal as JSON in its message. */
function refusalError(refusal: NetRefusal): ServerError {
  return new ServerError(4403, JSON.stringify(refusal));
}

/** A player's rejoin secret: derived from the room's facilitator key, so it survives a restart without being stored. */
export function rejoinSecret(key: string, player: string): string {
  return createHmac('sha256', key).update(`rejoin:${player}`).digest('base64url').slice(0, 22);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The `rejoin` field of raw join options, when it is well formed. */
function rejoinOf(options: unknown): { player: string; secret: string } | null {
  if (typeof options !== 'object' || options === null) return null;
  const rejoin = (options as { rejoin?: unknown }).rejoin;
  if (typeof rejoin !== 'object' || rejoin === null) return null;
  const { player, secret } = rejoin as { player?: unknown; secret?: unknown };
  return typeof player === 'string' && typeof secret === 'string' && player.length <= 64 && secret.length <= 64 ? { player, secret } : null;
}

function shuttingDown(): boolean {
  return matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN;
}

let shipped: Scenario[] | null = null;
/** The scenarios a room may be made with: the shipped ones, loaded once. */
function shippedScenarios(): Scenario[] {
  shipped ??= SHIPPED_SCENARIO_IDS.flatMap((id) => {
    const s = shippedScenario(id);
    return s.ok ? [s.value] : [];
  });
  return shipped;
}

export class ExerciseRoom extends Room {
  /** Set by the class `exerciseRoom` binds to one server. */
  protected ctx!: RoomContext;
  private host!: ExerciseHost;
  private key = '';
  /** The creator's join is the facilitator's: the first seat reserved in a newly made room. */
  private creator: JoinOptions | null = null;
  private readonly clientOf = new Map<string, Client>();
  /** Inputs are applied at once (the host is synchronous) but sent only after their journal write: this keeps the writes, and so the sends, in order. */
  private writing: Promise<void> = Promise.resolve();
  private idleSince: number | null = null;
  private closed = false;
  /** A journal write failed: the room applies, writes and answers nothing more while it closes. */
  private broken = false;
  /** The room's size: the server's limit when it was made (kept in its log). */
  private playerLimit = 0;
  /** By player: the messages their connection had applied, so that one sent again is acknowledged, not applied twice. */
  private readonly applied = new Map<string, AppliedIds>();

  override async onCreate(options: unknown): Promise<void> {
    // Nobody's leaving disposes the room: it waits for its players (reconnection, restart) and
    // closes after its idle time instead.
    this.autoDispose = false;
    const restore = typeof options === 'object' && options !== null ? (options as { restore?: unknown }).restore : undefined;
    const log = typeof restore === 'string' ? this.ctx.restoring.get(restore) : undefined;
    if (log) {
      this.ctx.restoring.delete(log.start.code);
      this.restoreFrom(log);
    } else {
      await this.createFresh(options);
    }
    this.roomId = this.host.code;
    this.maxClients = this.playerLimit + 1; // one more than the host admits, so that one too many hears the host's reason
    // A backstop above the host's own rate limit (HOST_RATE_LIMIT): a client flooding the room is disconnected.
    this.maxMessagesPerSecond = 60;
    await this.setPrivate(true); // reached by its code only, never by "join any room"
    this.onMessage(NET_MESSAGE, (client, payload) => this.onClientMessage(client, payload));
    this.clock.setInterval(() => this.onTick(), this.ctx.tickMs);
  }

  private async createFresh(options: unknown): Promise<void> {
    const parsed = parseCreateOptions(options, shippedScenarios());
    if (!parsed.ok) throw new ServerError(400, `${JSON.stringify(parsed.refusal)} ${parsed.problem}`);
    const at = this.ctx.now();
    this.key = randomBytes(16).toString('base64url');
    this.playerLimit = this.ctx.maxPlayers;
    for (let i = 0; i < CODE_TRIES; i++) {
      const code = newJoinCode(this.ctx.random);
      const start: RoomStart = { code, key: this.key, exercise: parsed.exercise, at, maxPlayers: this.playerLimit };
      if (!(await this.ctx.journal.create(start))) continue;
      this.host = ExerciseHost.create({ code, key: this.key, exercise: parsed.exercise, scenario: parsed.scenario, at, maxPlayers: this.playerLimit });
      this.creator = { name: parsed.name, key: this.key };
      // A creator who never connects leaves a room nobody can run: close it and its log.
      this.clock.setTimeout(() => {
        if (!this.creator) return;
        this.closed = true;
        void this.ctx.journal.close(code, this.ctx.now()).finally(() => void this.disconnect());
      }, (this.seatReservationTimeout + 5) * 1000);
      return;
    }
    throw new ServerError(503, `no free join code after ${CODE_TRIES} tries`);
  }

  /** Recreates a room from its log: the same start, every input again; its players come back as dropped. */
  private restoreFrom(log: RoomLog): void {
    const { start } = log;
    const scenario = shippedScenario(start.exercise.scenario);
    if (!scenario.ok) throw new ServerError(4500, `room ${start.code}: scenario "${start.exercise.scenario}" of its log is not shipped`);
    this.key = start.key;
    this.playerLimit = start.maxPlayers;
    this.host = ExerciseHost.create({ code: start.code, key: start.key, exercise: start.exercise, scenario: scenario.value, at: start.at, maxPlayers: start.maxPlayers });
    for (const [i, input] of log.inputs.entries()) {
      try {
        this.host.apply(input);
      } catch (error) {
        // Said with the record, so that whoever reads the server's output can find the line.
        const record = log.inputRecords?.[i] ?? i + 2;
        throw new ServerError(4500, `room ${start.code}: record ${record} of its log (${input.kind}) failed on replay: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const at = this.ctx.now();
    for (const player of this.host.players()) if (player.connected) this.step({ kind: 'drop', at, player: player.id });
    this.idleSince = at;
  }

  override onAuth(client: Client, options: unknown): Seat {
    if (this.broken) throw new ServerError(4500, `room ${this.host.code} is closing: its log could not be written`);
    // The creator's seat was reserved with the create options; nobody else knows the code yet.
    if (this.creator && typeof options === 'object' && options !== null && 'exercise' in options) {
      const join = this.creator;
      this.creator = null;
      return { player: client.sessionId, join };
    }
    const rejoin = rejoinOf(options);
    if (rejoin) {
      const known = this.host.players().find((p) => p.id === rejoin.player);
      if (!known || known.status === 'removed' || !sameSecret(rejoin.secret, rejoinSecret(this.key, rejoin.player))) throw refusalError({ code: 'unknownPlayer', player: rejoin.player });
      return { player: rejoin.player, join: null };
    }
    const parsed = parseJoinOptions(options);
    if (!parsed.ok) throw new ServerError(4403, `${JSON.stringify(parsed.refusal)} ${parsed.problem}`);
    const refusal = this.host.admits(parsed.options);
    if (refusal) throw refusalError(refusal);
    return { player: client.sessionId, join: parsed.options };
  }

  override onJoin(client: Client, _options: unknown, seat: Seat): void {
    // onAuth admitted a new player, but joins at once may have taken the last place since: this one
    // is refused as onAuth would have, rather than kept connected outside the room's players.
    const refusal = seat.join ? this.host.admits(seat.join) : null;
    if (refusal) throw refusalError(refusal);
    // A rejoin takes the seat from the connection that held it (a reload before the drop was
    // noticed, or another device): that one gives way, and its closing is not the player leaving.
    const previous = this.clientOf.get(seat.player);
    this.clientOf.set(seat.player, client);
    // It is told why (SEAT_TAKEN), so that it says so and does not try to reconnect.
    if (previous && previous !== client) previous.leave(SEAT_TAKEN);
    this.idleSince = null;
    this.sendTo(client, { type: 'welcome', player: seat.player, rejoin: rejoinSecret(this.key, seat.player) });
    const at = this.ctx.now();
    this.step(seat.join ? { kind: 'join', at, player: seat.player, options: seat.join } : { kind: 'reconnect', at, player: seat.player });
  }

  override onDrop(client: Client): void {
    const player = this.playerOf(client);
    // A connection that no longer holds its seat (a rejoin took it) dropping is not the player dropping.
    if (player === null || this.clientOf.get(player) !== client || shuttingDown()) return;
    this.step({ kind: 'drop', at: this.ctx.now(), player });
    // The session id, and so the seat, survives allowReconnection; a failed reconnection ends in onLeave.
    this.allowReconnection(client, this.ctx.reconnectSeconds).catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    const player = this.playerOf(client);
    if (player === null) return;
    // While this connection was away, a rejoin (another device, or this one after a reload) took
    // the seat: the seat stays with it, rather than two devices holding it with one of them left
    // without views.
    const holder = this.clientOf.get(player);
    if (holder && holder.sessionId !== client.sessionId) throw new ServerError(SEAT_TAKEN, `the seat of player ${player} was taken by another connection (a rejoin) while this one was away`);
    this.clientOf.set(player, client);
    this.idleSince = null;
    this.step({ kind: 'reconnect', at: this.ctx.now(), player });
  }

  override onLeave(client: Client, code?: number): void {
    const player = this.playerOf(client);
    if (player === null || this.clientOf.get(player) !== client) return; // a connection replaced by a rejoin
    // A server going down is not the players leaving: the log keeps them seated for the restart.
    if (shuttingDown()) return;
    this.clientOf.delete(player);
    this.applied.delete(player);
    // A seated player whose dropped connection did not come back within the reconnection time has
    // not left (a laptop asleep, a classroom's wifi): the seat stays theirs, dropped, for their
    // rejoin secret, as after a restart. Only a leave they chose, or a waiting player gone, frees it.
    const seated = this.host.players().some((p) => p.id === player && p.status === 'seated');
    if (code === CONSENTED || !seated) this.step({ kind: 'leave', at: this.ctx.now(), player });
    if (this.clients.length === 0 && this.host.exercise.stage === 'hotwash') void this.disconnect();
  }

  override async onDispose(): Promise<void> {
    await this.writing;
    if (!this.closed && this.host && this.host.exercise.stage === 'hotwash' && this.host.connected() === 0) {
      this.closed = true;
      await this.ctx.journal.close(this.host.code, this.ctx.now());
    }
  }

  private playerOf(client: Client): string | null {
    return (client.auth as Seat | undefined)?.player ?? null;
  }

  private onClientMessage(client: Client, payload: unknown): void {
    const player = this.playerOf(client);
    if (player === null) return;
    const parsed = parseClientMessage(payload);
    if (!parsed.ok) {
      const { id, refusal } = parsed;
      this.afterWrites(() => this.sendTo(client, { type: 'refused', id, refusal }));
      return;
    }
    const { message } = parsed;
    // A sync is a question, answered every time; anything else this connection had applied is
    // acknowledged again, with the room as it is, and not applied a second time.
    const once = message.type !== 'sync';
    if (once && this.alreadyApplied(player, client.sessionId, message.id)) {
      const seq = this.host.seq;
      this.afterWrites(() => this.sendTo(client, { type: 'ack', id: message.id, seq }));
      return;
    }
    if (this.step({ kind: 'message', at: this.ctx.now(), player, message }) && once) this.rememberApplied(player, client.sessionId, message.id);
  }

  private alreadyApplied(player: string, session: string, id: number): boolean {
    const kept = this.applied.get(player);
    return kept !== undefined && kept.session === session && kept.ids.has(id);
  }

  private rememberApplied(player: string, session: string, id: number): void {
    let kept = this.applied.get(player);
    if (kept?.session !== session) {
      kept = { session, ids: new Set(), order: [] };
      this.applied.set(player, kept);
    }
    kept.ids.add(id);
    kept.order.push(id);
    if (kept.order.length > APPLIED_IDS_KEPT) kept.ids.delete(kept.order.shift() ?? id);
  }

  private onTick(): void {
    const at = this.ctx.now();
    this.step({ kind: 'tick', at });
    if (this.clients.length > 0) return;
    this.idleSince ??= at;
    if (at - this.idleSince >= this.ctx.idleMinutes * 60_000) void this.disconnect();
  }

  /** Applies one input; when it changed the room, its outputs wait for the journal. Whether the host accepted it. */
  private step(input: HostInput): boolean {
    if (this.broken) return false;
    let result: ReturnType<ExerciseHost['apply']>;
    try {
      result = this.host.apply(input);
    } catch (error) {
      // A fault in the room's own code must not take the process (and every room on it) down, nor
      // leave the sender waiting: the host changes nothing until an input is accepted, so the room
      // goes on as it was, and the sender is told.
      console.error(`room ${this.host.code}: ${input.kind} failed`, error);
      if (input.kind === 'message') {
        const client = this.clientOf.get(input.player);
        if (client) this.afterWrites(() => this.sendTo(client, { type: 'refused', id: input.message.id, refusal: { code: 'serverError' } }));
      }
      return false;
    }
    if (!result.changed) {
      if (result.out.length > 0) this.afterWrites(() => this.deliver(result.out));
      return result.accepted;
    }
    // After a failed write, the inputs already queued behind it are neither written nor answered:
    // the log would hold them without the one before, and a restart replay them into another room.
    const write = this.writing.then(async () => {
      if (this.broken) return false;
      await this.ctx.journal.append(this.host.code, [input]);
      return true;
    });
    this.writing = write.then(
      (written) => {
        if (written) this.deliver(result.out);
      },
      (e: unknown) => {
        // Nothing unlogged may be acknowledged: a room whose log fails stops rather than diverge from it.
        this.broken = true;
        console.error(`room ${this.host.code}: journal write failed, closing the room`, e);
        void this.disconnect(4500);
      },
    );
    return result.accepted;
  }

  /** Runs after every pending journal write, so that answers reach a client in the order of its messages. */
  private afterWrites(send: () => void): void {
    this.writing = this.writing.then(() => {
      if (!this.broken) send();
    });
  }

  private deliver(out: readonly HostOutput[]): void {
    for (const { to, message } of out) {
      const client = this.clientOf.get(to);
      if (!client) continue;
      this.sendTo(client, message);
      // A removed player is told why, then disconnected (a consented leave: no reconnection).
      if (message.type === 'removed') {
        this.clientOf.delete(to);
        this.applied.delete(to);
        client.leave(CONSENTED);
      }
    }
  }

  private sendTo(client: Client, message: ServerMessage): void {
    client.send(NET_MESSAGE, message);
  }

  /** For tests and the restart path: the room's host, read-only. */
  get exerciseHost(): ExerciseHost {
    return this.host;
  }
}

/** The room class of one server, bound to its context. */
export function exerciseRoom(context: RoomContext): typeof ExerciseRoom {
  return class BoundExerciseRoom extends ExerciseRoom {
    protected override ctx = context;
  };
}
