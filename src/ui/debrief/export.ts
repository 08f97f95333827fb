import { TRACK_NAMES } from '../../engine';
import type { Translate } from '../../i18n';
import type { Debrief } from './debrief-data';

// The debrief as a Markdown report (for a seminar's notes) and as JSON (for analysis).

const fmt = (v: number | undefined, track: string) => (v === undefined ? '' : track === 'violence' ? Math.round(v).toLocaleString('en-US') : (Math.round(v * 10) / 10).toString());
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function debriefMarkdown(d: Debrief, t: Translate): string {
  const lines: string[] = [];
  lines.push(`# ${t('debrief.title')}: ${d.scenarioTitle}`, '');
  lines.push(`${t('debrief.seed')}: ${d.seed} · ${t('debrief.finalBand')}: ${d.finalBand}`, '');
  lines.push(`## ${t('debrief.tracksOverTime')}`, '');
  lines.push(`| ${t('debrief.track')} | ${d.years.join(' | ')} |`, `|---|${d.years.map(() => '---:').join('|')}|`);
  for (const track of TRACK_NAMES) {
    const values = d.tracks[track];
    lines.push(`| ${cell(t(`tracks.${track}`))} | ${values.map((v) => (track === 'intelligenceSharing' ? t(`intel.${['none', 'functional', 'routine', 'deep'][v] ?? 'none'}`) : fmt(v, track))).join(' | ')} |`);
  }
  lines.push('', `## ${t('debrief.counterfactual')}`, '', t('debrief.counterfactualNote'), '');
  lines.push(`| | ${d.years.join(' | ')} |`, `|---|${d.years.map(() => '---:').join('|')}|`);
  for (const s of d.counterfactual) lines.push(`| ${cell(s.label)} | ${s.values.map((v) => fmt(v, 'relationship')).join(' | ')} |`);
  lines.push('', `## ${t('debrief.decisions')}`, '');
  for (const dec of d.decisions) {
    lines.push(`- **${dec.year}, ${cell(t(`roles.${dec.role}`))}** (${dec.by}): ${dec.what}${dec.reason ? `. ${dec.reason}` : ''}`);
  }
  lines.push('', `## ${t('debrief.cards')}`, '');
  for (const c of d.cards) {
    const fn = c.footnotes.length ? `, ${t('print.footnotes')} ${c.footnotes.join(', ')}` : '';
    lines.push(`- **${c.year}: ${c.title}**. ${c.text}${c.choice ? ` (${t('debrief.chosen')}: ${c.choice})` : ''}`, `  > “${c.quote}” (Downie 2011, ${c.section}${fn})`);
  }
  lines.push('', `---`, t('game.source'), '');
  return lines.join('\n');
}

export function debriefJson(d: Debrief): string {
  return JSON.stringify(d, null, 2);
}
