import { TRACK_NAMES } from '../../engine';
import type { HotWash } from '../../exercise/hotwash';
import { createStrings, type Language } from '../../i18n';
import { exerciseReportStrings } from '../../i18n/exercise-report';

// The tracks as CSV, for a spreadsheet: one row per year (the start, then each played year's end),
// one column per track, headed in the report's language. Values are plain numbers (a point for the
// decimal, whatever the language) so that any spreadsheet reads them; intelligence sharing is its
// level's rank, 0 (none) to 3 (deep), as the engine reads it.

const field = (s: string) => (/[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function tracksCsv(report: HotWash, language: Language): string {
  const { t } = createStrings(language);
  const s = exerciseReportStrings(language);
  const header = [s.columns.year, ...TRACK_NAMES.map((track) => (track === 'intelligenceSharing' ? s.intelColumn(t(`tracks.${track}`)) : t(`tracks.${track}`)))];
  const rows = report.tracks.map((r) => [String(r.year), ...TRACK_NAMES.map((track) => String(r.values[track]))]);
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
