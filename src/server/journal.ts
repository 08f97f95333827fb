import { mkdir, open, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Exercise } from '../exercise';
import type { HostInput } from '../exercise/host';

// The durable log of every room (issue 12, "Reconnection and durability"): the room's start, then
// every input that changed it, in order. A host is pure, so replaying the inputs through a fresh
// host gives back the same room; that is how a restarted server restores its rooms. The room writes
// each changing input here and waits for it to be durable before it sends anything it caused.

/** The first record of a room's log: what the host was created with (the scenario is named by the exercise). */
export interface RoomStart {
  readonly code: string;
  readonly key: string;
  readonly exercise: Exercise;
  readonly at: number;
  readonly maxPlayers: number;
}

/** One line of a log. */
export type JournalRecord =
  | { readonly kind: 'start'; readonly start: RoomStart }
  | { readonly kind: 'input'; readonly input: HostInput }
  | { readonly kind: 'close'; readonly at: number };

/** A room's log read back. */
export interface RoomLog {
  readonly start: RoomStart;
  readonly inputs: readonly HostInput[];
  readonly closed: boolean;
}

export interface RoomJournal {
  /** Claims `start.code` and writes the log's first record; false when a log with that code exists (the code is taken, even by a closed room). */
  create(start: RoomStart): Promise<boolean>;
  /** Appends inputs to a room's log; resolves once they are durable. */
  append(code: string, inputs: readonly HostInput[]): Promise<void>;
  /** Marks a room's log closed: a restart does not bring it back. */
  close(code: string, at: number): Promise<void>;
  /** The codes of every room whose log is not closed. */
  openCodes(): Promise<string[]>;
  /** Claims the restoring of a room at start, so that two processes starting together do not both restore it. */
  claimRestore(code: string): Promise<boolean>;
  /** A room's log, or an error saying which record of it could not be read. */
  read(code: string): Promise<{ ok: true; log: RoomLog } | { ok: false; problem: string }>;
  shutdown(): Promise<void>;
}

/** Parses a log's records (one JSON value each); `where` names the log in messages. */
export function parseRecords(lines: readonly string[], where: string): { ok: true; log: RoomLog } | { ok: false; problem: string } {
  let start: RoomStart | null = null;
  const inputs: HostInput[] = [];
  let closed = false;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let record: JournalRecord;
    try {
      record = JSON.parse(line) as JournalRecord;
    } catch (e) {
      return { ok: false, problem: `${where}, record ${i + 1}: not JSON (${(e as Error).message})` };
    }
    if (i === 0) {
      if (record.kind !== 'start') return { ok: false, problem: `${where}, record 1: expected the room's start, found "${String(record.kind)}"` };
      start = record.start;
    } else if (record.kind === 'input') inputs.push(record.input);
    else if (record.kind === 'close') closed = true;
    else return { ok: false, problem: `${where}, record ${i + 1}: unexpected record kind "${String(record.kind)}"` };
  }
  if (!start) return { ok: false, problem: `${where}: empty log` };
  return { ok: true, log: { start, inputs, closed } };
}

const CODE_FILE = /^([A-Z0-9]+)\.jsonl$/;

/**
 * One JSONL file per room under `dir`, appended and fsync'd: the default, for one process on one
 * machine. Writes to one file are chained so that two inputs never interleave.
 */
export class FileJournal implements RoomJournal {
  private readonly chains = new Map<string, Promise<void>>();
  constructor(private readonly dir: string) {}

  private file(code: string): string {
    return join(this.dir, `${code}.jsonl`);
  }

  async create(start: RoomStart): Promise<boolean> {
    await mkdir(this.dir, { recursive: true });
    let handle;
    try {
      // 'wx' fails when the file exists: the claim of the code is the file's creation.
      handle = await open(this.file(start.code), 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
    try {
      await handle.writeFile(`${JSON.stringify({ kind: 'start', start } satisfies JournalRecord)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  }

  private write(code: string, records: readonly JournalRecord[]): Promise<void> {
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    const previous = this.chains.get(code) ?? Promise.resolve();
    const next = previous.then(async () => {
      const handle = await open(this.file(code), 'a');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    // A failed write fails its caller; the next write still runs.
    this.chains.set(code, next.catch(() => undefined));
    return next;
  }

  append(code: string, inputs: readonly HostInput[]): Promise<void> {
    return this.write(code, inputs.map((input) => ({ kind: 'input', input })));
  }

  close(code: string, at: number): Promise<void> {
    return this.write(code, [{ kind: 'close', at }]);
  }

  async openCodes(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const codes: string[] = [];
    for (const name of names.sort()) {
      const code = CODE_FILE.exec(name)?.[1];
      if (!code) continue;
      const read = await this.read(code);
      if (!read.ok || !read.log.closed) codes.push(code);
    }
    return codes;
  }

  /** One process owns a data directory: nothing to claim. */
  async claimRestore(): Promise<boolean> {
    return true;
  }

  async read(code: string): Promise<{ ok: true; log: RoomLog } | { ok: false; problem: string }> {
    let text: string;
    try {
      text = await readFile(this.file(code), 'utf8');
    } catch (e) {
      return { ok: false, problem: `${this.file(code)}: ${(e as Error).message}` };
    }
    // A crash in the middle of a write can leave a last line without its newline: it was never
    // acknowledged (the fsync had not returned), so it is dropped rather than refusing the room.
    const lines = text.split('\n');
    if (!text.endsWith('\n')) lines.pop();
    return parseRecords(lines, this.file(code));
  }

  async shutdown(): Promise<void> {
    await Promise.all(this.chains.values());
  }
}

/**
 * A Redis list per room (RPUSH), for several processes: any of them can restore any room. Redis
 * acknowledges a write once it holds it in memory; how durable that is depends on the server's
 * appendonly/fsync settings (docs/networked-rooms.md).
 */
export class RedisJournal implements RoomJournal {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'csd:room:',
  ) {}

  private key(code: string): string {
    return `${this.prefix}${code}`;
  }

  async create(start: RoomStart): Promise<boolean> {
    // SET NX is atomic across processes: only one of them claims a code.
    const claimed = await this.redis.set(`${this.key(start.code)}:claim`, '1', 'NX');
    if (claimed !== 'OK') return false;
    await this.redis.rpush(this.key(start.code), JSON.stringify({ kind: 'start', start } satisfies JournalRecord));
    await this.redis.sadd(`${this.prefix}open`, start.code);
    return true;
  }

  async append(code: string, inputs: readonly HostInput[]): Promise<void> {
    if (inputs.length === 0) return;
    await this.redis.rpush(this.key(code), ...inputs.map((input) => JSON.stringify({ kind: 'input', input } satisfies JournalRecord)));
  }

  async close(code: string, at: number): Promise<void> {
    await this.redis.rpush(this.key(code), JSON.stringify({ kind: 'close', at } satisfies JournalRecord));
    await this.redis.srem(`${this.prefix}open`, code);
  }

  async openCodes(): Promise<string[]> {
    return (await this.redis.smembers(`${this.prefix}open`)).sort();
  }

  async claimRestore(code: string): Promise<boolean> {
    // Long enough for a restore, short enough that a process dying while restoring does not keep it.
    return (await this.redis.set(`${this.key(code)}:restoring`, '1', 'EX', 30, 'NX')) === 'OK';
  }

  async read(code: string): Promise<{ ok: true; log: RoomLog } | { ok: false; problem: string }> {
    return parseRecords(await this.redis.lrange(this.key(code), 0, -1), `redis ${this.key(code)}`);
  }

  async shutdown(): Promise<void> {
    await this.redis.quit();
  }
}
