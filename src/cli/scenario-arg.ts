import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Result, Scenario } from '../engine';
import { loadScenario, parseJson, shippedScenario, SHIPPED_SCENARIO_IDS, type JsonFile } from '../scenario';
import { quote } from './sim-flags';

/** The largest scenario or deck file read (the largest shipped deck is under 100 kB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'no such file (or a broken symbolic link)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the path is too long',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  EISDIR: 'it is a folder, not a file',
};

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A path for a message: relative to the working folder when that is shorter, and never more than 60 characters of it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  const shown = rel && rel.length < path.length ? rel : path;
  return shown.length > 60 ? quote(shown) : shown;
}

/**
 * The text of a regular file of at most MAX_FILE_BYTES, or a one-line message. The file is opened
 * without blocking and checked before anything is read, so that a FIFO, /dev/zero or a folder is
 * refused at once rather than read forever.
 */
export function readTextFile(path: string, named = true): Result<string> {
  const name = named ? `${shownPath(path)}: cannot read: ` : '';
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { ok: false, error: `${name}${ERRNO[code] ?? (code || 'unknown error')}` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, error: `${name}${kind(stats)}, not a regular file` };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, error: `${name}${stats.size} bytes, more than the ${MAX_FILE_BYTES} a scenario or deck file may have` };
    // The size may change while it is read: read one byte past the limit at most.
    const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) return { ok: false, error: `${name}more than the ${MAX_FILE_BYTES} bytes a scenario or deck file may have` };
    return { ok: true, value: buffer.toString('utf8', 0, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { ok: false, error: `${name}${ERRNO[code] ?? (code || 'unknown error')}` };
  } finally {
    closeSync(fd);
  }
}

/** A JSON file read and parsed, or a one-line message naming it. */
export function readJsonFile(path: string): Result<JsonFile> {
  const text = readTextFile(path);
  return text.ok ? parseJson(shownPath(path), text.value) : text;
}

/** A deck a scenario names: the scenario's message names the deck, so a read error here does not. */
export function readDeckFile(path: string): Result<JsonFile> {
  const text = readTextFile(path, false);
  return text.ok ? parseJson(shownPath(path), text.value) : text;
}

/** A shipped scenario by id, or a scenario file by path (its decks are read relative to it). */
export function loadScenarioArg(arg: string): Result<Scenario> {
  if (!arg.endsWith('.json') && !arg.includes('/')) {
    if (SHIPPED_SCENARIO_IDS.includes(arg)) return shippedScenario(arg);
    return { ok: false, error: `--scenario: unknown scenario ${quote(arg)} (shipped: ${SHIPPED_SCENARIO_IDS.join(', ')}; or give a path to a .json file)` };
  }
  const file = readJsonFile(arg);
  if (!file.ok) return file;
  return loadScenario(file.value, (deckPath) => readDeckFile(join(dirname(arg), deckPath)));
}
