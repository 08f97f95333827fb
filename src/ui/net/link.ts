import { JOIN_ALPHABET, JOIN_CODE_LENGTH, type ClientMessage, type CreateOptions, type JoinOptions, type ServerMessage } from '../../exercise/protocol';
import type { KeyValueStore } from '../types';

// The browser's end of a networked room (issue 12): a thin link over one room connection. It
// numbers the messages it sends, remembers the last sequence number it saw, asks for what it
// missed after the connection came back, and keeps in the page's storage what a reload needs to
// come back into the same room: the facilitator's key (localStorage: a facilitator may close the
// tab and open the console again) and the seat's rejoin secret from the room's `welcome`
// (sessionStorage: one per tab, so two tabs of one browser are two players; the secret survives a
// restart of the server, which an SDK reconnection token would not). A dropped socket is the SDK's
// to reconnect (0.18 does it by itself); the link then asks for what it missed. The Colyseus SDK
// sits behind `RoomConnector` (colyseus.ts), so every screen is tested with a fake connection.

/** A client message before the link numbers it. */
export type ClientBody = ClientMessage extends infer M ? (M extends ClientMessage ? Omit<M, 'id'> : never) : never;
export type ViewMessage = Extract<ServerMessage, { type: 'view' }>;
/** `taken`: a rejoin from another device or tab took this seat; this connection is over (reloading takes the seat back). */
export type LinkStatus = 'open' | 'dropped' | 'closed' | 'removed' | 'taken';

/**
 * The room server's code for "a rejoin took this seat" (SEAT_TAKEN in src/server/room.ts, which the
 * browser cannot import): the close code of a connection that held the seat, or the error a
 * reconnection is refused with (the Colyseus connector reports it as the close code).
 */
export const SEAT_TAKEN_CODE = 4409;

/** One open connection to a room, as the SDK gives it (a test gives a fake). */
export interface RoomConnection {
  /** The room's id, which is its join code. */
  readonly roomId: string;
  send(message: ClientMessage): void;
  onMessage(handler: (message: unknown) => void): void;
  /** The connection dropped; the SDK is trying to reconnect. */
  onDrop(handler: () => void): void;
  /** The SDK reconnected after a drop. */
  onReconnect(handler: () => void): void;
  /** The connection is gone for good (left, closed by the server, or reconnection gave up); SEAT_TAKEN_CODE when a rejoin took the seat. */
  onLeave(handler: (code: number, reason?: string) => void): void;
  leave(): void;
}

export interface RoomConnector {
  create(options: CreateOptions): Promise<RoomConnection>;
  join(code: string, options: JoinOptions): Promise<RoomConnection>;
}

/** Why a room could not be reached, as the screens tell it. */
export type LinkProblem = 'noServer' | 'noRoom' | 'full' | 'badKey' | 'badCode' | 'failed';

export class LinkError extends Error {
  constructor(readonly problem: LinkProblem, message: string) {
    super(message);
    this.name = 'LinkError';
  }
}

/** A code as typed ("k7m 2pq", "K7M-2PQ") in the form the server knows, or why it cannot be one. */
export function readJoinCode(typed: string): { ok: true; code: string } | { ok: false; problem: 'length' | 'letter'; letter?: string } {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  const bad = [...code].find((ch) => !JOIN_ALPHABET.includes(ch));
  if (bad !== undefined) return { ok: false, problem: 'letter', letter: bad };
  if (code.length !== JOIN_CODE_LENGTH) return { ok: false, problem: 'length' };
  return { ok: true, code };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A message from the server, checked for the fields the screens read (the server is ours, but a wire is a wire). */
export function readServerMessage(value: unknown): ServerMessage | null {
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'view':
      return typeof value.seq === 'number' && isObject(value.you) && isObject(value.lobby) && (value.view === null || isObject(value.view)) ? (value as unknown as ServerMessage) : null;
    case 'ack':
      return typeof value.id === 'number' && typeof value.seq === 'number' ? (value as unknown as ServerMessage) : null;
    case 'refused':
      return (value.id === null || typeof value.id === 'number') && isObject(value.refusal) && typeof value.refusal.code === 'string' ? (value as unknown as ServerMessage) : null;
    case 'removed':
      return typeof value.reason === 'string' ? (value as unknown as ServerMessage) : null;
    case 'welcome':
      return typeof value.player === 'string' && typeof value.rejoin === 'string' ? (value as unknown as ServerMessage) : null;
    default:
      return null;
  }
}

/** The link the screens talk to. */
export interface NetLink {
  /** The room's join code. */
  readonly code: string;
  /** The last sequence number seen (0 before the first view). */
  readonly seq: number;
  readonly status: LinkStatus;
  /** The last view the room sent (null before the first). */
  latest(): ViewMessage | null;
  /** Sends a message, numbered; returns its id (a refusal names it). */
  send(body: ClientBody): number;
  /** Every message from the room from now on; returns how to stop. */
  subscribe(handler: (message: ServerMessage) => void): () => void;
  /** Every change of the connection's state; returns how to stop. */
  onStatus(handler: (status: LinkStatus) => void): () => void;
  /** Leaves the room for good (the seat is given up). */
  leave(): void;
}

export const KEY_PREFIX = 'csd.net.key.';
export const SEAT_PREFIX = 'csd.net.seat.';

/** What this tab keeps to come back into its seat: the room's `welcome`, and the name it joined under. */
interface KeptSeat {
  readonly player: string;
  readonly secret: string;
  readonly name: string;
}

function readKeptSeat(text: string | null): KeptSeat | null {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    if (!isObject(value) || typeof value.player !== 'string' || typeof value.secret !== 'string' || typeof value.name !== 'string') return null;
    return { player: value.player, secret: value.secret, name: value.name };
  } catch {
    return null;
  }
}

class RoomLink implements NetLink {
  seq = 0;
  status: LinkStatus = 'open';
  private nextId = 1;
  private last: ViewMessage | null = null;
  private readonly handlers = new Set<(message: ServerMessage) => void>();
  private readonly statusHandlers = new Set<(status: LinkStatus) => void>();

  constructor(private readonly connection: RoomConnection, private readonly stores: LinkStores, private readonly name: string) {
    connection.onMessage((raw) => this.receive(raw));
    connection.onDrop(() => this.setStatus('dropped'));
    connection.onReconnect(() => {
      this.setStatus('open');
      // What changed while the connection was down comes back as one fresh view.
      this.send({ type: 'sync', since: this.seq });
    });
    connection.onLeave((code) => {
      if (this.status !== 'removed') this.setStatus(code === SEAT_TAKEN_CODE ? 'taken' : 'closed');
    });
  }

  get code(): string {
    return this.connection.roomId;
  }

  latest(): ViewMessage | null {
    return this.last;
  }

  send(body: ClientBody): number {
    const id = this.nextId++;
    this.connection.send({ ...body, id } as ClientMessage);
    return id;
  }

  subscribe(handler: (message: ServerMessage) => void): () => void {
    this.handlers.add(handler);
    return () => void this.handlers.delete(handler);
  }

  onStatus(handler: (status: LinkStatus) => void): () => void {
    this.statusHandlers.add(handler);
    return () => void this.statusHandlers.delete(handler);
  }

  leave(): void {
    forget(this.stores.session, SEAT_PREFIX + this.code);
    this.connection.leave();
    this.setStatus('closed');
  }

  private receive(raw: unknown): void {
    const message = readServerMessage(raw);
    if (!message) return;
    if (message.type === 'view') {
      // An older view than one already drawn (a late answer to a sync) changes nothing.
      if (message.seq < this.seq) return;
      this.seq = message.seq;
      this.last = message;
      if (message.key) remember(this.stores.local, KEY_PREFIX + this.code, message.key);
    }
    if (message.type === 'welcome') {
      const kept: KeptSeat = { player: message.player, secret: message.rejoin, name: this.name };
      remember(this.stores.session, SEAT_PREFIX + this.code, JSON.stringify(kept));
    }
    if (message.type === 'removed') {
      forget(this.stores.session, SEAT_PREFIX + this.code);
      this.setStatus('removed');
    }
    for (const handler of [...this.handlers]) handler(message);
  }

  private setStatus(status: LinkStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const handler of [...this.statusHandlers]) handler(status);
  }
}

export interface LinkStores {
  /** Kept across closing the browser: the facilitator's key per room. */
  readonly local: KeyValueStore | null;
  /** Kept for this tab: the seat's rejoin secret per room. */
  readonly session: KeyValueStore | null;
}

function remember(store: KeyValueStore | null, key: string, value: string): void {
  try {
    store?.setItem(key, value);
  } catch {
    // A store that refuses writes only costs the rejoin after a reload.
  }
}

function forget(store: KeyValueStore | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // As above.
  }
}

function recall(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** How the screens open links: create a room, join one by code, or come back after a reload. */
export interface Rooms {
  create(options: CreateOptions): Promise<NetLink>;
  join(code: string, options: JoinOptions): Promise<NetLink>;
  /** Back into the seat this tab held in room `code` (after a reload), or null when there is none to go back to. */
  rejoin(code: string): Promise<NetLink | null>;
  /** Joins room `code` as its facilitator with the key this browser kept when it made it (null without one). */
  facilitate(code: string, name: string): Promise<NetLink | null>;
  /** The facilitator's key this browser holds for room `code`. */
  keyFor(code: string): string | null;
}

/** A connector's error as one of the screens' problems (the SDK's MatchMakeError carries a code and the server's words). */
export function linkError(error: unknown): LinkError {
  if (error instanceof LinkError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = isObject(error) && typeof error.code === 'number' ? error.code : null;
  // The room server refuses a join with the protocol's refusal as JSON at the head of its message.
  const refusal = /^\{"code":"(\w+)"/.exec(message)?.[1];
  if (refusal === 'noRoom') return new LinkError('noRoom', message);
  if (refusal === 'roomFull') return new LinkError('full', message);
  if (refusal === 'badKey') return new LinkError('badKey', message);
  // A page served without the room server: the request for a seat fails at the network (no code), or
  // the static host answers 404/405 to the matchmaking route.
  if (code === null && /fetch|network|ECONNREFUSED|Failed|load/i.test(message)) return new LinkError('noServer', message);
  if (code === 404 || code === 405) return new LinkError('noServer', message);
  // 522: MATCHMAKE_INVALID_ROOM_ID; the server helper's refusals carry the protocol's codes in the message.
  if (code === 522 || /noRoom|not found|invalid room/i.test(message)) return new LinkError('noRoom', message);
  if (/roomFull|full|locked/i.test(message)) return new LinkError('full', message);
  if (/badKey/i.test(message)) return new LinkError('badKey', message);
  return new LinkError('failed', message);
}

export function openRooms(connector: RoomConnector, stores: LinkStores): Rooms {
  const link = async (connecting: Promise<RoomConnection>, name: string): Promise<NetLink> => {
    try {
      return new RoomLink(await connecting, stores, name);
    } catch (error) {
      throw linkError(error);
    }
  };
  const keyFor = (code: string) => recall(stores.local, KEY_PREFIX + code);
  return {
    create: (options) => link(connector.create(options), options.name),
    join(code, options) {
      const read = readJoinCode(code);
      if (!read.ok) return Promise.reject(new LinkError('badCode', `"${code}" is not a join code`));
      return link(connector.join(read.code, options), options.name);
    },
    async rejoin(code) {
      const kept = readKeptSeat(recall(stores.session, SEAT_PREFIX + code));
      if (!kept) return null;
      try {
        const back = await link(connector.join(code, { name: kept.name, rejoin: { player: kept.player, secret: kept.secret } }), kept.name);
        // A fresh page has seen nothing: the room sends its latest view.
        back.send({ type: 'sync', since: 0 });
        return back;
      } catch {
        // The seat is gone (removed, or the room closed): the page offers to join again.
        forget(stores.session, SEAT_PREFIX + code);
        return null;
      }
    },
    async facilitate(code, name) {
      const key = keyFor(code);
      if (!key) return null;
      return link(connector.join(code, { name, key }), name);
    },
    keyFor,
  };
}
