import { RELATIONSHIP_BANDS, INTEL_LEVELS, TRACK_NAMES, type TrackName } from '../engine';
import type { BatchResult } from './batch';
import type { Comparison } from './compare';

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

/** A controlled comparison for a terminal: each alternative's final relationship, then the paired differences. */
export function formatComparison(header: { scenario: string; seed: number; sexenios: number; usPolicy: string; varies: 'strategy' | 'policy' }, c: Comparison): string {
  const lines: string[] = [];
  const what = header.varies === 'strategy' ? 'strategies' : 'US policies';
  lines.push(`Scenario ${header.scenario}: ${what} compared on the same ${c.runs} seeds (batch seed ${header.seed}), ${header.sexenios} sexenio(s)${header.varies === 'strategy' ? `, US policy ${header.usPolicy}` : ''}`);
  lines.push('');
  lines.push('Final relationship');
  lines.push(`${pad('', 14)}${pad('mean', 9, true)}${pad('sd', 9, true)}${pad('p10', 9, true)}${pad('p50', 9, true)}${pad('p90', 9, true)}`);
  for (const [label, s] of Object.entries(c.final)) {
    lines.push(`${pad(label, 14)}${[s.mean, s.sd, s.p10, s.p50, s.p90].map((v) => pad(v.toFixed(1), 9, true)).join('')}`);
  }
  lines.push('');
  lines.push(`Paired differences against ${c.against}, seed by seed (the same world under each)`);
  lines.push(`${pad('', 14)}${pad('mean', 9, true)}${pad('95% CI', 17, true)}${pad('sd', 9, true)}${pad('p10', 9, true)}${pad('p90', 9, true)}${pad('unpaired sd', 13, true)}${pad('var. cut', 10, true)}`);
  for (const [label, d] of Object.entries(c.paired)) {
    const cut = d.unpairedSd > 0 ? `${Math.round((1 - (d.sd * d.sd) / (d.unpairedSd * d.unpairedSd)) * 100)}%` : '-';
    lines.push(
      `${pad(label, 14)}${pad(d.mean.toFixed(1), 9, true)}${pad(`${d.ci95[0].toFixed(1)} to ${d.ci95[1].toFixed(1)}`, 17, true)}${pad(d.sd.toFixed(1), 9, true)}${pad(d.p10.toFixed(1), 9, true)}${pad(d.p90.toFixed(1), 9, true)}${pad(d.unpairedSd.toFixed(1), 13, true)}${pad(cut, 10, true)}`,
    );
  }
  lines.push('');
  lines.push('"unpaired sd" is what the difference would spread to on independent seeds; "var. cut" is the variance that pairing removes.');
  return lines.join('\n');
}
