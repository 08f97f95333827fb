import type { TrackName } from '../../engine';
import { intelName, type ReportWords } from './words';

// A track's value as a table shows it: intelligence sharing by its level's name, violence as a
// whole number of killings, the rest to one decimal, in the report's language.

export function trackCell(w: ReportWords, track: TrackName, value: number): string {
  if (track === 'intelligenceSharing') return intelName(w, value);
  return w.f.num(track === 'violence' ? Math.round(value) : value);
}
