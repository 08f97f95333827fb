import { mkdir, open, readFile, readdir, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Exercise } from '../exercise';
import type { HostInput } from '../exercise/host';
import { isJoinCode } from '../exercise/join-code';
import { parseClientMessage, parseExercise, parseJoinOptions } from '../scenario/net-messages';

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

/** A log read back, or why not (`missing`: there is no log under that code at all). */
export type JournalRead = { ok: true; log: RoomLog } | { ok: false; problem: string; missing?: boolean };

/** A room's log read back. */
export interface RoomLog {
  readonly start: RoomStart;
  readonly inputs: readonly HostInput[];
  /** The record number (line) of each input, for a replay's messages. */
  readonly inputRecords?: readonly number[];
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
  read(code: string): Promise<JournalRead>;
  shutdown(): Promise<void>;
}

const INPUT_KINDS: ReadonlySet<string> = new Set<HostInput['kind']>(['join', 'message', 'drop', 'reconnect', 'leave', 'tick']);

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with a log's start record, or null. */
function startProblem(start: unknown): string | null {
  if (!isRecordObject(start)) return start === undefined ? 'start: missing' : 'start: not an object';
  if (typeof start.code !== 'string' || !isJoinCode(start.code)) return 'start.code: not a join code';
  if (typeof start.key !== 'string' || start.key === '') return 'start.key: missing';
  if (typeof start.at !== 'number' || !Number.isFinite(start.at)) return 'start.at: not a time';
  if (typeof start.maxPlayers !== 'number' || !Number.isInteger(start.maxPlayers) || start.maxPlayers < 1) return 'start.maxPlayers: not a room size';
  const exercise = parseExercise(start.exercise);
  return exercise.ok ? null : `start.${exercise.problem}`;
}

/**
 * What is wrong with an input record, or null. The room wrote it, but a log is a file a person or a
 * failing disk can change: a record the host could not take is refused here, with where it is wrong,
 * rather than failing in the middle of a replay.
 */
function inputProblem(input: unknown): string | null {
  if (!isRecordObject(input)) return input === undefined ? 'input: missing' : 'input: not an object';
  if (typeof input.kind !== 'string' || !INPUT_KINDS.has(input.kind)) return `input.kind: not a kind of input (${JSON.stringify(input.kind)?.slice(0, 40) ?? 'missing'})`;
  if (typeof input.at !== 'number' || !Number.isFinite(input.at)) return 'input.at: not a time';
  if (input.kind === 'tick') return null;
  if (typeof input.player !== 'string' || input.player === '' || input.player.length > 200) return 'input.player: not a player id';
  if (input.kind === 'join') {
    const options = parseJoinOptions(input.options);
    if (!options.ok) return `input.options.${options.problem}`;
  }
  if (input.kind === 'message') {
    const message = parseClientMessage(input.message);
    if (!message.ok) return `input.message.${message.problem}`;
  }
  return null;
}

/**
 * Parses a log's records (one JSON value each); `where` names the log in messages; `deep` checks
 * every field of every record, as a restore needs (without it, only the records' kinds: enough to
 * know whether a log is closed). Never throws:
 * a record that cannot be read is a refusal of this room's log that says which record and why, so
 * that the server still starts with the other rooms.
 */
export function parseRecords(lines: readonly string[], where: string, deep = true): { ok: true; log: RoomLog } | { ok: false; problem: string } {
  let start: RoomStart | null = null;
  const inputs: HostInput[] = [];
  const inputRecords: number[] = [];
  let closed = false;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const at = `${where}, record ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      return { ok: false, problem: `${at}: not JSON (${(e as Error).message})` };
    }
    if (!isRecordObject(record)) return { ok: false, problem: `${at}: not a record (${record === null ? 'null' : Array.isArray(record) ? 'a list' : typeof record})` };
    const kind = record.kind;
    if (start === null) {
      if (kind !== 'start') return { ok: false, problem: `${at}: expected the room's start, found "${String(kind)}"` };
      const problem = deep ? startProblem(record.start) : isRecordObject(record.start) ? null : 'start: missing';
      if (problem) return { ok: false, problem: `${at}: ${problem}` };
      start = record.start as RoomStart;
    } else if (kind === 'input') {
      const problem = deep ? inputProblem(record.input) : null;
      if (problem) return { ok: false, problem: `${at}: ${problem}` };
      inputs.push(record.input as HostInput);
      inputRecords.push(i + 1);
    } else if (kind === 'close') closed = true;
    else return { ok: false, problem: `${at}: unexpected record kind "${String(kind).slice(0, 40)}"` };
  }
  if (!start) return { ok: false, problem: `${where}: empty log` };
  return { ok: true, log: { start, inputs, inputRecords, closed } };
}

/** A log read back must be the room it is filed under: a room restored under another code would write its log elsewhere. */
function filedUnder(read: JournalRead, code: string, where: string): JournalRead {
  if (read.ok && read.log.start.code !== code) return { ok: false, problem: `${where}, record 1: the start of room ${read.log.start.code}, not ${code}` };
  return read;
}

const CODE_FILE = /^([A-Z0-9]+)\.jsonl$/;

/**
 * One JSONL file per room under `dir`, appended and fsync'd: the default, for one process on one
 * machine. Writes to one file are chained so that two inputs never interleave.
 */
export class FileJournal implements RoomJournal {
  private readonly chains = new Map<string, Promise<void>>();
  /** Logs this process has written to or checked: each ends with a whole record. */
  private readonly whole = new Set<string>();
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
    this.whole.add(start.code);
    return true;
  }

  /**
   * Cuts a record left half-written by a crash off the end of a log, before the first append to it
   * after a restart: the next record would otherwise be glued to it, and the log unreadable from
   * that line on at the restart after (the cut record was never acknowledged: its fsync had not
   * returned).
   */
  private async endWhole(code: string): Promise<void> {
    if (this.whole.has(code)) return;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file(code));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) {
      await truncate(this.file(code), bytes.lastIndexOf(0x0a) + 1);
    }
    this.whole.add(code);
  }

  private write(code: string, records: readonly JournalRecord[]): Promise<void> {
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    const previous = this.chains.get(code) ?? Promise.resolve();
    const next = previous.then(async () => {
      await this.endWhole(code);
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
      // A log that cannot be read is listed: the start names it with what is wrong, and goes on.
      const read = await this.readLog(code, false).catch(() => null);
      if (!read?.ok || !read.log.closed) codes.push(code);
    }
    return codes;
  }

  /** One process owns a data directory: nothing to claim. */
  async claimRestore(): Promise<boolean> {
    return true;
  }

  read(code: string): Promise<JournalRead> {
    return this.readLog(code, true);
  }

  private async readLog(code: string, deep: boolean): Promise<JournalRead> {
    let text: string;
    try {
      text = await readFile(this.file(code), 'utf8');
    } catch (e) {
      return { ok: false, problem: `${this.file(code)}: ${(e as Error).message}`, ...((e as NodeJS.ErrnoException).code === 'ENOENT' ? { missing: true } : {}) };
    }
    // A crash in the middle of a write can leave a last line without its newline: it was never
    // acknowledged (the fsync had not returned), so it is dropped rather than refusing the room.
    const lines = text.split('\n');
    if (!text.endsWith('\n')) lines.pop();
    return filedUnder(parseRecords(lines, this.file(code), deep), code, this.file(code));
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

  async read(code: string): Promise<JournalRead> {
    const lines = await this.redis.lrange(this.key(code), 0, -1);
    if (lines.length === 0) return { ok: false, problem: `redis ${this.key(code)}: no such log`, missing: true };
    return filedUnder(parseRecords(lines, `redis ${this.key(code)}`), code, `redis ${this.key(code)}`);
  }

  async shutdown(): Promise<void> {
    await this.redis.quit();
  }
}
