import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { Redis } from 'ioredis';
import { WebSocket as NodeWebSocket } from 'ws';
import { isJoinCode } from '../exercise/join-code';
import { ROOM_NAME } from '../exercise/protocol';
import { CREATE_MAX_CHARS } from '../scenario/net-messages';
import { FileJournal, RedisJournal, type RoomJournal } from './journal';
import { DEFAULT_LIMITS, exerciseRoom, type RoomContext } from './room';

// Builds the room server: Colyseus on a plain Node HTTP server that may also serve the game's
// pages (vite's middleware in development, the built files in production), so that one port
// serves both and the page's websocket stays same-origin (the CSP's connect-src 'self').

/** A request handler in the connect/express style (vite's middlewares, the static files). */
export type PageHandler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface RoomServerOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  readonly host?: string;
  /** The HTTP server to share (vite's HMR websocket attaches to it too); a new one when absent. */
  readonly httpServer?: HttpServer;
  /** Serves everything that is not the matchmaker's (the game's pages). */
  readonly pages?: PageHandler;
  /** Where the file journal writes (one JSONL per room); ignored with Redis. */
  readonly dataDir?: string;
  /** Redis for presence, matchmaking and the journal: several processes share rooms. */
  readonly redisUrl?: string;
  /** This process's address as clients reach it (host:port[/path]); needed with several processes. */
  readonly publicAddress?: string;
  readonly limits?: Partial<Pick<RoomContext, 'maxPlayers' | 'reconnectSeconds' | 'idleMinutes' | 'tickMs'>>;
  readonly now?: () => number;
  /** Messages about restored or unreadable rooms (console.log by default). */
  readonly log?: (line: string) => void;
}

export interface RunningRoomServer {
  readonly server: Server;
  readonly httpServer: HttpServer;
  readonly port: number;
  readonly journal: RoomJournal;
  /** The codes of the rooms restored from the journal at start. */
  readonly restored: readonly string[];
  /** Stops accepting, disposes the rooms (their logs stay open unless they reached the hot wash) and closes the port. */
  close(): Promise<void>;
}

// Colyseus 0.18 is written for Node 22, whose global WebSocket it reads when a client reconnects
// (its readyState constants); Node 20 has none, so the ws package's class stands in.
globalThis.WebSocket ??= NodeWebSocket as unknown as typeof globalThis.WebSocket;

/** A crypto-backed number in [0, 1) for join codes (not guessable from earlier codes). */
function cryptoRandom(): number {
  return randomBytes(6).readUIntBE(0, 6) / 2 ** 48;
}

/**
 * The largest body a request to the matchmaker may carry: a room's exercise at its limit
 * (CREATE_MAX_CHARS characters, up to 3 bytes each in UTF-8) and the options around it.
 */
export const MATCHMAKE_BODY_MAX = 3 * CREATE_MAX_CHARS + 64 * 1024;

/** Answers a matchmaking request with an error, and closes its connection (its body is not read further). */
function refuseRequest(res: ServerResponse, status: number, error: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' });
  res.end(JSON.stringify({ code: status, error }));
}

/**
 * Reads a matchmaking request's body up to MATCHMAKE_BODY_MAX bytes into `req.body` (which
 * Colyseus takes instead of reading the request itself); a body said or found to be bigger is
 * refused without reading the rest. Resolves with whether the request may go on.
 */
function readBoundedBody(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<boolean> {
  const header = req.headers['content-length'];
  const length = header === undefined ? null : Number(header);
  if (length !== null && (!Number.isSafeInteger(length) || length < 0)) {
    refuseRequest(res, 400, `Content-Length "${String(header).slice(0, 20)}" is not a length`);
    return Promise.resolve(false);
  }
  const tooBig = (bytes: number): string => `the request is ${bytes} bytes, more than the ${MATCHMAKE_BODY_MAX} a request to make or join a room may be`;
  if (length !== null && length > MATCHMAKE_BODY_MAX) {
    refuseRequest(res, 413, tooBig(length));
    return Promise.resolve(false);
  }
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MATCHMAKE_BODY_MAX) {
        // A body sent without its length (chunked) that keeps coming: the rest is let through unkept.
        req.removeAllListeners('data');
        req.resume();
        refuseRequest(res, 413, tooBig(bytes));
        done(false);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (bytes > MATCHMAKE_BODY_MAX) return;
      req.body = Buffer.concat(chunks).toString('utf8');
      done(true);
    });
    req.on('error', () => done(false));
  });
}

/**
 * Puts a bound on the bodies of matchmaking requests before every request listener the server has
 * (Colyseus' own among them, which reads a body whole, however big), and lets `before` finish first
 * when it has something to do for a request.
 */
function boundRequestBodies(httpServer: HttpServer, before: (req: IncomingMessage) => Promise<void> | null): void {
  const listeners = httpServer.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pass = (): void => {
      for (const listener of listeners) listener.call(httpServer, req, res);
    };
    if (req.method !== 'POST' || !/^\/matchmake\//.test(req.url ?? '')) return pass();
    void readBoundedBody(req, res).then((ok) => {
      if (!ok) return;
      const waiting = before(req);
      if (waiting) void waiting.then(pass, pass);
      else pass();
    });
  });
}

/** What restoring a room from its log came to. */
type RestoreResult = { readonly kind: 'restored' | 'closed' | 'none' } | { readonly kind: 'failed'; readonly problem: string };

/** Vite's HMR websocket shares the HTTP server; Colyseus leaves its upgrades alone. */
function notViteHmr(req: IncomingMessage): boolean {
  return req.headers['sec-websocket-protocol'] !== 'vite-hmr';
}

export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const journal: RoomJournal = options.redisUrl
    ? new RedisJournal(new Redis(options.redisUrl, { maxRetriesPerRequest: 3 }))
    : new FileJournal(resolve(options.dataDir ?? './data/rooms'));
  const ctx: RoomContext = {
    journal,
    now: options.now ?? (() => Date.now()),
    random: cryptoRandom,
    restoring: new Map(),
    ...DEFAULT_LIMITS,
    ...options.limits,
  };
  const httpServer = options.httpServer ?? createServer();
  // An exercise command is small; 64 KB leaves room for long notes and rulings.
  const transport = new WebSocketTransport({ noServer: true, maxPayload: 64 * 1024 });
  transport.attachToServer(httpServer, { filter: notViteHmr });
  const restored: string[] = [];
  const pages = options.pages;
  const server = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(options.redisUrl ? { presence: new RedisPresence(options.redisUrl), driver: new RedisDriver(options.redisUrl) } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    ...(pages ? { express: (app) => void app.use((req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => pages(req, res, next)) } : {}),
    // Before the matchmaker accepts anyone, so that a restored room is made on this process.
    beforeListen: async () => {
      await matchMaker.onReady;
      for (const code of await journal.openCodes()) {
        const result = await restoreRoom(code);
        if (result.kind === 'restored') restored.push(code);
        else if (result.kind === 'failed') log(`room ${code} not restored: ${result.problem}`);
      }
      if (restored.length > 0) log(`restored ${restored.length} room(s) from the journal: ${restored.join(' ')}`);
    },
  });

  /** Recreates a room on this process from its open log ('none': no log, or a room another live process holds). */
  async function restoreRoom(code: string): Promise<RestoreResult> {
    // With several processes, a room another live process holds stays there (asked first: a join
    // reaches any process); a listing left by a process that died is cleaned up by the health
    // check, and the room restored here.
    if (options.redisUrl) {
      const [listed] = await matchMaker.query({ roomId: code });
      if (listed && (listed.processId === matchMaker.processId || (await matchMaker.healthCheckProcessId(listed.processId)))) return { kind: 'none' };
    }
    const read = await journal.read(code);
    if (!read.ok) return read.missing ? { kind: 'none' } : { kind: 'failed', problem: read.problem };
    if (read.log.closed) return { kind: 'closed' };
    if (options.redisUrl && !(await journal.claimRestore(code))) return { kind: 'none' };
    ctx.restoring.set(code, read.log);
    try {
      await matchMaker.createRoom(ROOM_NAME, { restore: code });
      return { kind: 'restored' };
    } catch (e) {
      ctx.restoring.delete(code);
      return { kind: 'failed', problem: (e as Error).message };
    }
  }

  // A room disposed while nobody was in it (its idle time, a failed log write) keeps its log open:
  // a join by its code brings it back from the log here, rather than "not found" until a restart.
  // A closed or unreadable log stays so: it is read once, not again at every join by its code.
  const onDemand = new Map<string, Promise<void>>();
  const notRestorable = new Set<string>();
  const restoreOnJoin = (req: IncomingMessage): Promise<void> | null => {
    if (req.method !== 'POST') return null;
    const code = /^\/matchmake\/joinById\/([^/?#]+)/.exec(req.url ?? '')?.[1];
    if (!code || !isJoinCode(code) || notRestorable.has(code) || matchMaker.getLocalRoomById(code) || matchMaker.state !== matchMaker.MatchMakerState.READY) return null;
    let pending = onDemand.get(code);
    if (!pending) {
      pending = restoreRoom(code)
        .then(
          (result) => {
            if (result.kind === 'restored') log(`room ${code} restored from the journal for a join`);
            if (result.kind === 'closed' || result.kind === 'failed') notRestorable.add(code);
            if (result.kind === 'failed') log(`room ${code} not restored: ${result.problem}`);
          },
          (e: unknown) => log(`room ${code} not restored: ${(e as Error).message}`),
        )
        .finally(() => onDemand.delete(code));
      onDemand.set(code, pending);
    }
    return pending;
  };

  server.define(ROOM_NAME, exerciseRoom(ctx));
  await server.listen(options.port, options.host);
  boundRequestBodies(httpServer, restoreOnJoin);
  const port = (httpServer.address() as AddressInfo).port;
  return {
    server,
    httpServer,
    port,
    journal,
    restored,
    async close() {
      await server.gracefullyShutdown(false);
      await journal.shutdown();
      await new Promise<void>((done) => {
        httpServer.close(() => done());
        httpServer.closeAllConnections();
      });
    },
  };
}
