import { RELATIONSHIP_BANDS, INTEL_LEVELS, TRACK_NAMES, type TrackName } from '../engine';
import type { BatchResult } from './batch';

// The readable form of a batch run, for a terminal.

const fmt = (v: number, track: TrackName) => (track === 'violence' ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatBatchTable(result: BatchResult): string {
  const lines: string[] = [];
  const options = result.options.length ? result.options.join(', ') : 'chosen by the computer president';
  lines.push(`Scenario ${result.scenario}: ${result.runs} runs, seed ${result.seed}, ${result.sexenios} sexenio(s), US policy ${result.usPolicy}`);
  lines.push(`Strategies: ${options}`);
  lines.push('');
  lines.push(`${pad('track', 22)}${pad('start', 10, true)}${pad('mean', 10, true)}${pad('p10', 10, true)}${pad('p50', 10, true)}${pad('p90', 10, true)}`);
  for (const track of TRACK_NAMES) {
    if (track === 'intelligenceSharing') continue;
    const f = result.final[track];
    const start = result.start[track];
    lines.push(
      `${pad(track, 22)}${pad(typeof start === 'number' ? fmt(start, track) : start, 10, true)}${pad(fmt(f.mean, track), 10, true)}${pad(fmt(f.p10, track), 10, true)}${pad(fmt(f.p50, track), 10, true)}${pad(fmt(f.p90, track), 10, true)}`,
    );
  }
  lines.push('');
  const bands = RELATIONSHIP_BANDS.filter((b) => result.final.relationshipBand[b] > 0).map((b) => `${b} ${Math.round(result.final.relationshipBand[b] * 100)}%`);
  lines.push(`Final relationship band: ${bands.join(' · ')}`);
  const intel = INTEL_LEVELS.filter((l) => result.final.intelligenceSharing[l] > 0).map((l) => `${l} ${Math.round(result.final.intelligenceSharing[l] * 100)}%`);
  lines.push(`Final intelligence sharing: ${intel.join(' · ')}`);
  result.strategies.forEach((s, i) => {
    const picks = Object.entries(s).filter(([, share]) => share > 0).map(([k, share]) => `${k} ${Math.round(share * 100)}%`);
    lines.push(`Strategy in sexenio ${i + 1} after the start: ${picks.join(' · ')}`);
  });
  lines.push('');
  lines.push('Relationship by year (mean, p10-p90):');
  const series = result.tracks.relationship;
  result.years.forEach((year, i) => {
    lines.push(`  ${year}  ${pad((series.mean[i] ?? 0).toFixed(1), 6, true)}  (${(series.p10[i] ?? 0).toFixed(1)}-${(series.p90[i] ?? 0).toFixed(1)})`);
  });
  return lines.join('\n');
}
