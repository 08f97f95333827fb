import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine';
import { cuesFor } from '../../src/ui/cues';

// Sounds and board animations follow the log: a band crossed and crossed back within a year is no
// news (the stage shows no moment for it, engine/moments.ts), so it sounds no alert either.

const crossing = (year: number, from: string, to: string) => ({ type: 'bandCrossed', year, from, to }) as LogEntry;

describe('cues', () => {
  it('sounds the alert for a band left behind, not for one crossed and crossed back within the year', () => {
    expect(cuesFor([crossing(2013, 'Collaborative', 'Cooperative')])).toContain('alert');
    expect(cuesFor([crossing(2013, 'Collaborative', 'Cooperative'), crossing(2013, 'Cooperative', 'Collaborative')])).not.toContain('alert');
    expect(cuesFor([crossing(2013, 'Collaborative', 'Cooperative'), crossing(2013, 'Cooperative', 'Collaborative'), crossing(2014, 'Collaborative', 'Cooperative')])).toContain('alert');
  });
});
