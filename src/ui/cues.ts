import type { LogEntry } from '../engine';

// Sounds and board animations react to what the engine logged, never to rules of their own.

export type Cue = 'cardDraw' | 'stamp' | 'alert' | 'election';

export function cuesFor(entries: readonly LogEntry[]): Cue[] {
  const cues = new Set<Cue>();
  for (const e of entries) {
    if (e.type === 'cardDrawn') cues.add('cardDraw');
    else if ((e.type === 'decision' && e.by === 'human') || e.type === 'strategy') cues.add('stamp');
    else if (e.type === 'bandCrossed') cues.add('alert');
    else if (e.type === 'election') cues.add('election');
  }
  return [...cues];
}

/** Entries logged since `seen` entries had been handled. */
export function newEntries(log: readonly (readonly LogEntry[])[], seen: number): LogEntry[] {
  return log.flat().slice(seen);
}
