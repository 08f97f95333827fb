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
import { ROOM_NAME } from '../exercise/protocol';
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
        const read = await journal.read(code);
        if (!read.ok) {
          log(`room ${code} not restored: ${read.problem}`);
          continue;
        }
        // With several processes, a room another live process holds stays there; a listing left by
        // a process that died is cleaned up by the health check, and the room restored here.
        if (options.redisUrl) {
          const [listed] = await matchMaker.query({ roomId: code });
          if (listed && (listed.processId === matchMaker.processId || (await matchMaker.healthCheckProcessId(listed.processId)))) continue;
          if (!(await journal.claimRestore(code))) continue;
        }
        ctx.restoring.set(code, read.log);
        try {
          await matchMaker.createRoom(ROOM_NAME, { restore: code });
          restored.push(code);
        } catch (e) {
          ctx.restoring.delete(code);
          log(`room ${code} not restored: ${(e as Error).message}`);
        }
      }
      if (restored.length > 0) log(`restored ${restored.length} room(s) from the journal: ${restored.join(' ')}`);
    },
  });
  server.define(ROOM_NAME, exerciseRoom(ctx));
  await server.listen(options.port, options.host);
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
