import { Client, type Room } from '@colyseus/sdk';
import { NET_MESSAGE, ROOM_NAME, type ClientMessage, type CreateOptions, type JoinOptions, type ServerMessage } from '../exercise/protocol';

// A Node client of the room server, for the server's tests and the load measurement: it keeps
// every message it received, numbers what it sends, and can wait for a message. (The browser's
// client is src/ui/net; this one has no UI and no storage.)

/** A client's message before it is numbered. */
export type Outgoing = ClientMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;
export type ViewMessage = Extract<ServerMessage, { type: 'view' }>;

export class NetClient {
  readonly received: ServerMessage[] = [];
  /** When each message arrived (performance.now()), for the load measurement. */
  readonly arrivals: number[] = [];
  /** The close code when the server ended the connection (or the client left), else null. */
  closedWith: number | null = null;
  #waiters: (() => void)[] = [];
  #nextId = 1;
  #dropped = false;
  #room: Room;

  private constructor(
    readonly sdk: Client,
    room: Room,
  ) {
    this.#room = room;
    this.#listen(room);
  }

  #listen(room: Room): void {
    // Drops are the tests' to make and to heal: no automatic reconnection behind their back.
    room.reconnection.enabled = false;
    room.onLeave((code: number) => {
      this.closedWith = code;
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const wake of waiters) wake();
    });
    room.onMessage(NET_MESSAGE, (message: ServerMessage) => {
      this.received.push(message);
      this.arrivals.push(performance.now());
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const wake of waiters) wake();
    });
  }

  static async create(endpoint: string, options: CreateOptions): Promise<NetClient> {
    const sdk = new Client(endpoint);
    return new NetClient(sdk, await sdk.create(ROOM_NAME, options));
  }

  static async join(endpoint: string, code: string, options: JoinOptions): Promise<NetClient> {
    const sdk = new Client(endpoint);
    return new NetClient(sdk, await sdk.joinById(code, options));
  }

  get code(): string {
    return this.#room.roomId;
  }

  get sessionId(): string {
    return this.#room.sessionId;
  }

  /** The player id and rejoin secret from the room's welcome. */
  welcome(): Extract<ServerMessage, { type: 'welcome' }> | null {
    return (this.received.find((m) => m.type === 'welcome') as Extract<ServerMessage, { type: 'welcome' }> | undefined) ?? null;
  }

  views(): ViewMessage[] {
    return this.received.filter((m): m is ViewMessage => m.type === 'view');
  }

  lastView(): ViewMessage | null {
    const views = this.views();
    return views[views.length - 1] ?? null;
  }

  /** Sends a message with the next id; returns the id. */
  send(message: Outgoing): number {
    const id = this.#nextId++;
    this.#room.send(NET_MESSAGE, { ...message, id });
    return id;
  }

  /** Sends anything, unchecked (the tests' malformed messages). */
  sendRaw(payload: unknown): void {
    this.#room.send(NET_MESSAGE, payload);
  }

  /** The first message at index `from` or later that `test` accepts, waiting up to `ms` for it. */
  async waitFor<M extends ServerMessage>(test: (m: ServerMessage) => m is M, from?: number, ms?: number): Promise<M>;
  async waitFor(test: (m: ServerMessage) => boolean, from?: number, ms?: number): Promise<ServerMessage>;
  async waitFor(test: (m: ServerMessage) => boolean, from = 0, ms = 10_000): Promise<ServerMessage> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.slice(from).find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${ms} ms; last received: ${JSON.stringify(this.received.slice(-3)).slice(0, 600)}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** Leaves the room for good (a consented leave). */
  async leave(): Promise<void> {
    if (this.#dropped || this.closedWith !== null) return; // already gone: the server keeps a seated player's seat (dropped) for the rejoin secret
    // The SDK's leave waits for the server's goodbye; a server that is gone never sends it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.#room.leave(true), new Promise<void>((done) => (timer = setTimeout(done, 3000)))]);
    clearTimeout(timer);
  }

  /** Loses the connection without leaving (the server keeps the seat for the reconnection time). */
  async drop(): Promise<void> {
    this.#dropped = true;
    await this.#room.leave(false);
  }

  /** Comes back after a drop with Colyseus' reconnection token (same session, same seat). */
  async reconnect(): Promise<void> {
    const room = await this.sdk.reconnect(this.#room.reconnectionToken);
    this.#room = room;
    this.#dropped = false;
    this.#listen(room);
  }
}
