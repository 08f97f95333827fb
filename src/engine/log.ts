import { CHUNK_BREAK, type Work } from './work';
import type { GameState, LogEntry } from './types';

// The log is kept in chunks, one per year (and one per election and transition): an action
// extends only the latest chunk, so it never copies the whole game's history.

/** Whether the game keeps log entries of this type: a lean game keeps only what batch statistics read. */
export function keepsLog(work: Work, type: LogEntry['type']): boolean {
  return !work.lean || type === 'strategy' || type === 'election';
}

/** Appends an entry the game keeps. Callers whose entries take work to build ask `keepsLog` first. */
export function pushLog(work: Work, entry: LogEntry): void {
  if (keepsLog(work, entry.type)) work.appended.push(entry);
}

export function startLogChunk(work: Work): void {
  const last = work.appended[work.appended.length - 1];
  if (last === CHUNK_BREAK) return;
  if (work.appended.length === 0 && (work.log[work.log.length - 1]?.length ?? 1) === 0) return;
  work.appended.push(CHUNK_BREAK);
}

/** Every log entry of the game, in order. */
export function fullLog(state: Pick<GameState, 'log'>): LogEntry[] {
  return state.log.flat();
}

/** The entries of the current (latest) chunk: what just happened this year. */
export function latestLog(state: Pick<GameState, 'log'>): readonly LogEntry[] {
  return state.log[state.log.length - 1] ?? [];
}
