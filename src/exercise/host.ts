import { hasVisibleText, type Scenario } from '../engine';
import { applyCommand, type ExerciseCommand } from './commands';
import { exerciseGame } from './game';
import { isJoinCode } from './join-code';
import {
  ROOM_MAX_PLAYERS,
  type ClientMessage,
  type JoinOptions,
  type Lobby,
  type NetRefusal,
  type PlayerInfo,
  type PlayerStatus,
  type SeatClaim,
  type ServerMessage,
} from './protocol';
import type { Exercise, ExerciseSeat } from './types';
import { exerciseView, type ExerciseView } from './view';

// The room's host (issue 12): one exercise and the players in its room, changed only by inputs —
// joins, messages, drops, reconnections, departures and the room's clock — each carrying the
// server's time. Pure: no clock, no randomness, no I/O; the same inputs in the same order give the
// same room, so the server's durable log is the list of inputs that changed it. The Colyseus room
// and the link inside one browser only carry messages to and from it.

export { isJoinCode, newJoinCode, normalizeJoinCode } from './join-code';

/** One message for one player. */
export interface HostOutput {
  readonly to: string;
  readonly message: ServerMessage;
}

/** Everything that changes a host, in order: replaying these through a fresh host rebuilds it exactly (the server's durable log). */
export type HostInput =
  | { readonly kind: 'join'; readonly at: number; readonly player: string; readonly options: JoinOptions }
  | { readonly kind: 'message'; readonly at: number; readonly player: string; readonly message: ClientMessage }
  | { readonly kind: 'drop'; readonly at: number; readonly player: string }
  | { readonly kind: 'reconnect'; readonly at: number; readonly player: string }
  | { readonly kind: 'leave'; readonly at: number; readonly player: string }
  | { readonly kind: 'tick'; readonly at: number };

export interface HostStart {
  readonly code: string;
  /** The facilitator's secret: a join that carries it takes the facilitator's seat. */
  readonly key: string;
  readonly exercise: Exercise;
  readonly scenario: Scenario;
  readonly at: number;
  readonly maxPlayers?: number;
}

export interface HostResult {
  readonly accepted: boolean;
  readonly changed: boolean;
  readonly out: readonly HostOutput[];
}

/** At most this many messages from one player within `windowMs` of the server's clock; more are refused. */
export const HOST_RATE_LIMIT = { messages: 20, windowMs: 1000 } as const;
/** A player's name as shown to the facilitator, cut to this length. */
const NAME_MAX = 60;

type HeldSeat = PlayerInfo['seat'];

interface Player {
  readonly id: string;
  name: string;
  /** A seat asked for and not yet given (null once the facilitator has seated the player). */
  claim: SeatClaim | null;
  seat: HeldSeat;
  status: PlayerStatus;
  connected: boolean;
  removed?: { readonly at: number; readonly reason: string };
  /** The key goes to the facilitator once, in the first view after the join that proved it. */
  keyDue: boolean;
  /** The server times of this player's recent messages (the rate limit). */
  recent: number[];
}

/** Whether two secrets are equal, in time that depends on their lengths only (not on where they differ). */
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

const FACILITATOR_MESSAGES = new Set<ClientMessage['type']>(['admit', 'remove', 'pauseOnDrop', 'autoAdmit']);

export class ExerciseHost {
  readonly code: string;
  readonly #key: string;
  readonly #scenario: Scenario;
  readonly #maxPlayers: number;
  #exercise: Exercise;
  #seq = 0;
  /** In the order they joined (a Map keeps insertion order), so the facilitator's list is stable. */
  readonly #players = new Map<string, Player>();
  #pauseOnDrop = false;
  #autoAdmit = false;

  private constructor(start: HostStart) {
    if (!start.key) throw new Error('a room needs a facilitator key');
    if (!isJoinCode(start.code)) throw new Error(`"${start.code}" is not a join code`);
    this.code = start.code;
    this.#key = start.key;
    this.#scenario = start.scenario;
    this.#maxPlayers = start.maxPlayers ?? ROOM_MAX_PLAYERS;
    this.#exercise = start.exercise;
  }

  static create(start: HostStart): ExerciseHost {
    return new ExerciseHost(start);
  }

  get seq(): number {
    return this.#seq;
  }

  get exercise(): Exercise {
    return this.#exercise;
  }

  players(): readonly PlayerInfo[] {
    return [...this.#players.values()].map(info);
  }

  connected(): number {
    let n = 0;
    for (const p of this.#players.values()) if (p.connected) n++;
    return n;
  }

  /** Whether a join's options admit the player at all (room full, bad facilitator key): the server's onAuth. */
  admits(options: JoinOptions): NetRefusal | null {
    if (options.key !== undefined && !sameSecret(options.key, this.#key)) return { code: 'badKey' };
    let present = 0;
    for (const p of this.#players.values()) if (p.status !== 'removed') present++;
    if (present >= this.#maxPlayers) return { code: 'roomFull', max: this.#maxPlayers };
    return options.claim ? this.#claimProblem(options.claim) : null;
  }

  /** Applies one input. `accepted` false: refused, nothing changed (the outputs carry the refusal). `changed`: the input changed the room (write it to the durable log before sending the outputs). */
  apply(input: HostInput): HostResult {
    switch (input.kind) {
      case 'join':
        return this.#join(input.player, input.options, input.at);
      case 'message':
        return this.#message(input.player, input.message, input.at);
      case 'drop':
        return this.#drop(input.player, input.at);
      case 'reconnect': {
        const p = this.#players.get(input.player);
        if (!p || p.status === 'removed') return { accepted: false, changed: false, out: [] };
        if (p.connected) return { accepted: true, changed: false, out: [this.#viewMessage(p, input.at)] };
        p.connected = true;
        return this.#changed(input.at, false, [p.id]);
      }
      case 'leave': {
        const p = this.#players.get(input.player);
        if (!p) return { accepted: false, changed: false, out: [] };
        // A removed player's connection closing changes nothing: the record of the removal stays.
        if (p.status === 'removed') return { accepted: true, changed: false, out: [] };
        // A player who chose to leave frees the seat; only a removal is kept for the record.
        const lobby = this.#lobbyKey();
        this.#players.delete(p.id);
        return this.#changed(input.at, lobby !== this.#lobbyKey(), []);
      }
      case 'tick': {
        // The room's clock is the facilitator's: it announces the end of a phase (and closes it when set to).
        const result = applyCommand(this.#exercise, { kind: 'facilitator' }, { type: 'tick' }, { scenario: this.#scenario, now: input.at });
        if (!result.ok || result.exercise === this.#exercise) return { accepted: true, changed: false, out: [] };
        this.#exercise = result.exercise;
        return this.#changed(input.at, true, []);
      }
    }
  }

  #join(id: string, options: JoinOptions, at: number): HostResult {
    const known = this.#players.get(id);
    if (known) return this.#rejoin(known, options, at);
    const refusal = this.admits(options);
    if (refusal) return refused(id, null, refusal);
    const facilitator = options.key !== undefined;
    const p: Player = { id, name: playerName(options.name), claim: null, seat: null, status: 'waiting', connected: true, keyDue: facilitator, recent: [] };
    if (facilitator) {
      p.seat = { kind: 'facilitator' };
      p.status = 'seated';
    } else {
      p.claim = options.claim ?? null;
      this.#autoSeat(p);
    }
    const lobby = this.#lobbyKey();
    this.#players.set(id, p);
    return this.#changed(at, lobby !== this.#lobbyKey(), [id]);
  }

  /**
   * A join under an id the room already knows: the server identifies a player by a stable id, so a
   * client that comes back after its connection (or the server) was lost is the same player, in the
   * same seat. The facilitator's seat still needs the key; a removed player stays out.
   */
  #rejoin(p: Player, options: JoinOptions, at: number): HostResult {
    if (p.status === 'removed') return refused(p.id, null, { code: 'notSeated' });
    if (options.key !== undefined ? !sameSecret(options.key, this.#key) : p.seat?.kind === 'facilitator') return refused(p.id, null, { code: 'badKey' });
    p.keyDue = p.seat?.kind === 'facilitator';
    p.connected = true;
    return this.#changed(at, false, [p.id]);
  }

  #message(id: string, message: ClientMessage, at: number): HostResult {
    const p = this.#players.get(id);
    if (!p) return refused(id, message.id, { code: 'unknownPlayer', player: id.slice(0, 60) });
    if (p.status === 'removed') return refused(id, message.id, { code: 'notSeated' });
    // The rate limit counts by the server's time, so a replay of the log counts the same way.
    p.recent = p.recent.filter((t) => t > at - HOST_RATE_LIMIT.windowMs && t <= at);
    if (p.recent.length >= HOST_RATE_LIMIT.messages) return refused(id, message.id, { code: 'tooFast' });
    p.recent.push(at);
    if (FACILITATOR_MESSAGES.has(message.type) && p.seat?.kind !== 'facilitator') return refused(id, message.id, { code: 'facilitatorOnly', message: message.type });
    switch (message.type) {
      case 'command':
        return this.#command(p, message.id, message.command, at);
      case 'claim': {
        const problem = this.#claimProblem(message.claim);
        if (problem) return refused(id, message.id, problem);
        const lobby = this.#lobbyKey();
        p.claim = message.claim;
        this.#autoSeat(p);
        return this.#changed(at, lobby !== this.#lobbyKey(), [id], { to: id, id: message.id });
      }
      case 'admit': {
        const target = this.#players.get(message.player);
        if (!target || target.status === 'removed') return refused(id, message.id, { code: 'unknownPlayer', player: message.player.slice(0, 60) });
        // Admitting with no seat gives the seat the player asked for; one who asked for none has to be given one.
        const seat = message.seat ?? target.claim;
        if (!seat) return refused(id, message.id, { code: 'malformed', where: 'seat' });
        const problem = this.#claimProblem(seat);
        if (problem) return refused(id, message.id, problem);
        const lobby = this.#lobbyKey();
        target.seat = seat;
        target.status = 'seated';
        target.claim = null;
        return this.#changed(at, lobby !== this.#lobbyKey(), [target.id], { to: id, id: message.id });
      }
      case 'remove': {
        const target = this.#players.get(message.player);
        if (!target || target.status === 'removed') return refused(id, message.id, { code: 'unknownPlayer', player: message.player.slice(0, 60) });
        const reason = message.reason.trim();
        if (!hasVisibleText(reason)) return refused(id, message.id, { code: 'reasonRequired', message: 'remove' });
        const lobby = this.#lobbyKey();
        const wasConnected = target.connected;
        // The record stays, with the reason: the facilitator's list is the room's audit of removals
        // (the exercise log takes entries only from commands on the exercise).
        Object.assign(target, { status: 'removed', seat: null, claim: null, connected: false, keyDue: false, removed: { at, reason: reason.slice(0, 2000) } });
        const result = this.#changed(at, lobby !== this.#lobbyKey(), [], { to: id, id: message.id });
        const notice: HostOutput[] = wasConnected ? [{ to: target.id, message: { type: 'removed', reason: target.removed?.reason ?? reason } }] : [];
        return { ...result, out: [...notice, ...result.out] };
      }
      case 'pauseOnDrop':
        if (this.#pauseOnDrop === message.on) return acked(id, message.id, this.#seq);
        this.#pauseOnDrop = message.on;
        return this.#changed(at, false, [], { to: id, id: message.id });
      case 'autoAdmit': {
        if (this.#autoAdmit === message.on) return acked(id, message.id, this.#seq);
        this.#autoAdmit = message.on;
        const lobby = this.#lobbyKey();
        const seated: string[] = [];
        for (const w of this.#players.values()) if (w.status === 'waiting' && this.#autoSeat(w)) seated.push(w.id);
        return this.#changed(at, lobby !== this.#lobbyKey(), seated, { to: id, id: message.id });
      }
      case 'sync': {
        // A client ahead of the room (one restored from a shorter log) needs the view as much as one behind.
        const out: HostOutput[] = message.since !== this.#seq ? [this.#viewMessage(p, at)] : [];
        return { accepted: true, changed: false, out: [...out, ...acked(id, message.id, this.#seq).out] };
      }
    }
  }

  #command(p: Player, messageId: number, command: ExerciseCommand, at: number): HostResult {
    const seat = this.#exerciseSeat(p);
    if (!seat) return refused(p.id, messageId, { code: 'notSeated' });
    if (seat.kind === 'team' && (command.type === 'move' || command.type === 'seal')) {
      // A team's moves are signed with its own role: a move signed for another role or for the
      // control cell (an inject, an override) is another seat's act, whatever the game would allow.
      const team = this.#exercise.teams.find((t) => t.id === seat.team);
      if (team && command.move.by !== team.role) return refused(p.id, messageId, { code: 'exercise', refusal: { code: 'notYourRole', team: team.id, role: String(command.move.by).slice(0, 40) } });
    }
    const result = applyCommand(this.#exercise, seat, command, { scenario: this.#scenario, now: at });
    if (!result.ok) return refused(p.id, messageId, { code: 'exercise', refusal: result.refusal });
    if (result.exercise === this.#exercise) return acked(p.id, messageId, this.#seq);
    this.#exercise = result.exercise;
    return this.#changed(at, true, [], { to: p.id, id: messageId });
  }

  #drop(id: string, at: number): HostResult {
    const p = this.#players.get(id);
    if (!p || !p.connected) return { accepted: false, changed: false, out: [] };
    p.connected = false;
    const seat = p.seat;
    let exerciseChanged = false;
    if (this.#pauseOnDrop && seat?.kind === 'team' && p.status === 'seated' && !this.#teamConnected(seat.team) && this.#exercise.stage === 'running' && !this.#exercise.paused) {
      const team = this.#exercise.teams.find((t) => t.id === seat.team);
      // The pause is the control cell's, so the projector shows why the room waits.
      const reason = `${team?.name ?? seat.team} lost its connection`;
      const result = applyCommand(this.#exercise, { kind: 'facilitator' }, { type: 'pause', reason, dropped: seat.team }, { scenario: this.#scenario, now: at });
      if (result.ok) {
        this.#exercise = result.exercise;
        exerciseChanged = true;
      }
    }
    return this.#changed(at, exerciseChanged, []);
  }

  /** Seats a player who asked for a seat, when the facilitator admits every claim; whether it did. */
  #autoSeat(p: Player): boolean {
    // The facilitator's own seat is held by the key, never given up by a claim.
    if (!this.#autoAdmit || !p.claim || p.seat?.kind === 'facilitator' || this.#claimProblem(p.claim)) return false;
    p.seat = p.claim;
    p.status = 'seated';
    p.claim = null;
    return true;
  }

  #claimProblem(claim: SeatClaim): NetRefusal | null {
    if (claim.kind === 'team' && !this.#exercise.teams.some((t) => t.id === claim.team)) return { code: 'unknownTeam', team: claim.team.slice(0, 60) };
    return null;
  }

  #teamConnected(team: string): boolean {
    for (const p of this.#players.values()) if (p.connected && p.status === 'seated' && p.seat?.kind === 'team' && p.seat.team === team) return true;
    return false;
  }

  /** The seat the exercise knows a player by; null for a projector or a player not seated (they cannot act). */
  #exerciseSeat(p: Player): ExerciseSeat | null {
    if (p.status !== 'seated' || !p.seat) return null;
    switch (p.seat.kind) {
      case 'facilitator':
        return { kind: 'facilitator' };
      case 'team':
        return { kind: 'team', team: p.seat.team };
      case 'observer':
        return { kind: 'observer', name: p.name };
      case 'projector':
        return null;
    }
  }

  #lobby(): Lobby {
    const seated = new Map<string, number>();
    for (const p of this.#players.values()) if (p.status === 'seated' && p.seat?.kind === 'team') seated.set(p.seat.team, (seated.get(p.seat.team) ?? 0) + 1);
    return { code: this.code, title: this.#exercise.title, teams: this.#exercise.teams.map((t) => ({ id: t.id, name: t.name, role: t.role, players: seated.get(t.id) ?? 0 })) };
  }

  #lobbyKey(): string {
    return JSON.stringify(this.#lobby());
  }

  /**
   * One change to the room: the sequence number grows, and every connected player it affects gets a
   * fresh view — everyone when the exercise or the lobby changed, else the facilitators (their list
   * of players) and the players named — then the sender its ack.
   */
  #changed(at: number, everyone: boolean, players: readonly string[], ack?: { readonly to: string; readonly id: number }): HostResult {
    this.#seq += 1;
    const named = new Set(players);
    const views = new Map<string, ExerciseView | null>();
    const out: HostOutput[] = [];
    for (const p of this.#players.values()) {
      if (!p.connected) continue;
      if (everyone || named.has(p.id) || p.seat?.kind === 'facilitator') out.push(this.#viewMessage(p, at, views));
    }
    if (ack) out.push({ to: ack.to, message: { type: 'ack', id: ack.id, seq: this.#seq } });
    return { accepted: true, changed: true, out };
  }

  /** What a player's seat may see now, and nothing else (a waiting player sees only the lobby). */
  #viewMessage(p: Player, at: number, cache = new Map<string, ExerciseView | null>()): HostOutput {
    const seat: ExerciseSeat | null = p.status !== 'seated' || !p.seat ? null : p.seat.kind === 'projector' ? { kind: 'projector' } : this.#exerciseSeat(p);
    const cacheKey = JSON.stringify(seat);
    let view = cache.get(cacheKey);
    if (view === undefined) {
      view = seat ? exerciseView(this.#exercise, exerciseGame(this.#scenario, this.#exercise), this.#scenario, seat, at) : null;
      cache.set(cacheKey, view);
    }
    const facilitator = p.seat?.kind === 'facilitator' && p.status === 'seated';
    const key = facilitator && p.keyDue ? this.#key : undefined;
    p.keyDue = false;
    const message: ServerMessage = {
      type: 'view',
      seq: this.#seq,
      you: info(p),
      lobby: this.#lobby(),
      view,
      ...(facilitator ? { players: this.players(), settings: { pauseOnDrop: this.#pauseOnDrop, autoAdmit: this.#autoAdmit } } : {}),
      ...(key !== undefined ? { key } : {}),
    };
    return { to: p.id, message };
  }
}

function info(p: Player): PlayerInfo {
  return { id: p.id, name: p.name, claim: p.claim, seat: p.seat, status: p.status, connected: p.connected, ...(p.removed ? { removed: p.removed } : {}) };
}

function playerName(name: string): string {
  return name.trim().slice(0, NAME_MAX) || '?';
}

function refused(to: string, id: number | null, refusal: NetRefusal): HostResult {
  return { accepted: false, changed: false, out: [{ to, message: { type: 'refused', id, refusal } }] };
}

function acked(to: string, id: number, seq: number): HostResult {
  return { accepted: true, changed: false, out: [{ to, message: { type: 'ack', id, seq } }] };
}
