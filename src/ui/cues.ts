import type { LogEntry } from '../engine';

// Sounds and board animations react to what the engine logged, never to rules of their own.

export type Cue = 'cardDraw' | 'stamp' | 'alert' | 'election';

export function cuesFor(entries: readonly LogEntry[]): Cue[] {
  const cues = new Set<Cue>();
  // A band crossed and crossed back within a year sounds no alert (engine/moments.ts stages none).
  const crossed = new Map<number, { from: string; to: string }>();
  for (const e of entries) {
    if (e.type === 'cardDrawn') cues.add('cardDraw');
    else if ((e.type === 'decision' && e.by === 'human') || e.type === 'strategy') cues.add('stamp');
    else if (e.type === 'bandCrossed') crossed.set(e.year, { from: crossed.get(e.year)?.from ?? e.from, to: e.to });
    else if (e.type === 'election') cues.add('election');
  }
  if ([...crossed.values()].some((c) => c.from !== c.to)) cues.add('alert');
  return [...cues];
}

/** Entries logged since `seen` entries had been handled. */
export function newEntries(log: readonly (readonly LogEntry[])[], seen: number): LogEntry[] {
  return log.flat().slice(seen);
}
