import { TRACK_NAMES } from '../../engine';
import type { Translate } from '../../i18n';
import { addedSentence, comparisonTitle, methodNote, tenths, whole } from './comparison-text';
import type { Debrief, DebriefComparison } from './debrief-data';

// The debrief as a Markdown report (for a seminar's notes) and as JSON (for analysis).

const fmt = (v: number | undefined, track: string) => (v === undefined ? '' : track === 'violence' ? Math.round(v).toLocaleString('en-US') : (Math.round(v * 10) / 10).toString());
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A comparison as a section: the sentence, a table of final values, the medians by year, and the method. */
export function comparisonMarkdown(c: DebriefComparison, d: Debrief, t: Translate): string[] {
  const added = addedSentence(c, t);
  const lines = [`## ${comparisonTitle(c, t)}`, ''];
  if (added) lines.push(added, '');
  lines.push(`| ${t('debrief.alternative')} | ${t('debrief.median')} | p10 | p90 | ${t('debrief.onYourSeed')} |`, '|---|---:|---:|---:|---:|');
  lines.push(`| ${cell(d.yourGame.label)} | | | | ${tenths(c.yourFinal)} |`);
  for (const b of c.bands) lines.push(`| ${cell(b.label)} | ${whole(b.final.p50)} | ${whole(b.final.p10)} | ${whole(b.final.p90)} | ${tenths(b.onYourSeed)} |`);
  const [first] = c.bands;
  const years = d.years.slice(0, first?.median.length ?? 0);
  lines.push('', `${t('debrief.medianByYear')}:`, '', `| | ${years.join(' | ')} |`, `|---|${years.map(() => '---:').join('|')}|`);
  lines.push(`| ${cell(d.yourGame.label)} | ${d.yourGame.values.slice(0, years.length).map((v) => fmt(v, 'relationship')).join(' | ')} |`);
  for (const b of c.bands) lines.push(`| ${cell(b.label)} | ${b.median.map((v, i) => `${fmt(v, 'relationship')} (${whole(b.p10[i] ?? v)}–${whole(b.p90[i] ?? v)})`).join(' | ')} |`);
  lines.push('', methodNote(c, t));
  return lines;
}

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
  for (const c of d.comparisons) lines.push('', ...comparisonMarkdown(c, d, t));
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
