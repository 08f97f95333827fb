import { TRACK_NAMES, type Scenario } from '../../engine';
import { formatClock } from '../../exercise/clock';
import type { HotWash } from '../../exercise/hotwash';
import type { Language } from '../../i18n';
import { trackCell } from './tables';
import { elapsed, objectiveValue, promptText, reportWords, roleName, teamName, timelineRow, whoName, type ReportWords } from './words';

// The after-action report as Markdown: for the facilitator's notes, a wiki, or an email after the
// session. The same sections as the printed report, without its charts.

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function summary(w: ReportWords): string[] {
  const { s, report, f } = w;
  const ex = report.exercise;
  const lines = [
    `- **${s.summary.scenario}:** ${w.scenario.title[w.language]}`,
    `- **${s.summary.seed}:** ${ex.seed}`,
    `- **${s.summary.teams}:** ${ex.teams.map((t) => `${t.name} (${roleName(w, t.role)})`).join(', ') || '—'}`,
    `- **${s.summary.decideLabel}:** ${s.summary.decide[ex.decide]}`,
    `- **${s.summary.duration}:** ${formatClock(ex.endedAt - ex.startedAt)}`,
    `- **${s.summary.strategy}:** ${f.strategy(report.outcome.strategy)}`,
    `- **${s.summary.eventsLabel}:** ${s.summary.events(ex.injects.planned, ex.injects.released)}`,
    `- **${s.summary.outcomeLabel}:** ${s.summary.outcome(w.t(`bands.${report.outcome.band}`), f.num(report.outcome.relationship), report.outcome.year)}${report.outcome.finished ? '' : ` ${s.summary.unfinished(report.outcome.year)}`}`,
  ];
  return lines;
}

export function reportMarkdown(report: HotWash, scenario: Scenario, language: Language): string {
  const w = reportWords(report, scenario, language);
  const { s, t } = w;
  const out: string[] = [`# ${s.documentTitle}: ${report.exercise.title}`, ''];

  out.push(`## ${s.sections.summary}`, '', ...summary(w), '');

  out.push(`## ${s.sections.timeline}`, '');
  if (report.timeline.length === 0) out.push(s.timeline.empty, '');
  else {
    out.push(`| ${s.columns.time} | ${s.columns.year} | ${s.columns.who} | ${s.columns.what} | ${s.columns.why} |`, '|---|---:|---|---|---|');
    for (const item of report.timeline) {
      const row = timelineRow(w, item);
      const what = row.private ? `${row.what} _(${s.timeline.private})_` : row.what;
      out.push(`| ${row.time} | ${row.year} | ${cell(row.who)} | ${cell(what)} | ${cell(row.why)} |`);
    }
    out.push('');
  }

  out.push(`## ${s.sections.tracks}`, '');
  const years = report.tracks.map((r) => r.year);
  out.push(`| ${s.columns.track} | ${years.join(' | ')} |`, `|---|${years.map(() => '---:').join('|')}|`);
  for (const track of TRACK_NAMES) out.push(`| ${cell(t(`tracks.${track}`))} | ${report.tracks.map((r) => cell(trackCell(w, track, r.values[track]))).join(' | ')} |`);
  out.push('');

  out.push(`## ${s.sections.objectives}`, '');
  for (const team of report.objectives) {
    out.push(`### ${teamName(w, team.team)}`, '');
    if (team.objectives.length === 0) out.push(s.objectives.none);
    for (const o of team.objectives) {
      const result = o.met === null ? s.objectives.forTheRoom : o.met ? s.objectives.met : s.objectives.notMet;
      const value = o.value === null ? '' : ` (${objectiveValue(w, o.listed, o.value)})`;
      const typed = o.listed === null ? ` _(${s.objectives.typed})_` : '';
      out.push(`- **${result}**: ${o.text}${typed}${value}`);
    }
    out.push('');
  }

  out.push(`## ${s.sections.prompts}`, '', s.prompts.intro, '');
  const groups = [
    [s.prompts.fromPaper, report.prompts.filter((p) => p.kind === 'recommendation')],
    [s.prompts.fromGame, report.prompts.filter((p) => p.kind === 'moment')],
    [s.prompts.fromInjects, report.prompts.filter((p) => p.kind === 'inject')],
    [s.prompts.fromObjectives, report.prompts.filter((p) => p.kind === 'objective')],
  ] as const;
  for (const [title, prompts] of groups) {
    if (prompts.length === 0) continue;
    out.push(`### ${title}`, '');
    prompts.forEach((p, i) => {
      const text = promptText(w, p);
      out.push(`${i + 1}. **${text.title}.** ${text.body}`);
      if (text.quote) out.push(`   > “${text.quote.text}” (${text.quote.source})`);
    });
    out.push('');
  }

  out.push(`## ${s.sections.notes}`, '');
  if (report.notes.length === 0) out.push(s.notes.none);
  for (const n of report.notes) {
    const about = [n.team ? teamName(w, n.team) : null, n.objective].filter(Boolean).join(', ');
    out.push(`- ${elapsed(n.elapsedMs)}, ${n.year}, ${whoName(w, n.by)}${about ? ` (${s.notes.about(about)})` : ''}: ${n.text.replace(/\r?\n/g, ' ')}`);
  }
  out.push('', '---', '', s.source, '');
  return out.join('\n');
}
