import { BAND_FLOORS, INTEL_LEVELS, RELATIONSHIP_BANDS, TRACK_BOUNDS, TRACK_NAMES, type Scenario, type TrackName } from '../../engine';
import { formatClock } from '../../exercise/clock';
import type { HotWash } from '../../exercise/hotwash';
import type { Language } from '../../i18n';
import { BAND_RAMP, MEANINGS } from '../theme/palette';
import { escapeXml as esc, lineChartSvg, type ChartSeries, type LineChart } from './chart';
import { comparisonsHtml, type ReportComparisons } from './comparison';
import { trackCell } from './tables';
import { elapsed, objectiveValue, promptText, reportWords, roleName, teamName, timelineRow, whoName, type ReportWords } from './words';

// The after-action report as one printable HTML document: the browser's print-to-PDF makes the PDF.
// Each section starts a new page (CSS `break-before`), tables repeat their header on each page, and
// the charts are inline SVG drawn here. Self-contained: no script, no stylesheet or font to fetch.

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'IBM Plex Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; color: #1f1b14; background: #fff; font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1, h2, h3 { font-family: 'Barlow Condensed', 'Arial Narrow', sans-serif; line-height: 1.15; margin: 0 0 0.5em; }
h1 { font-size: 24pt; } h2 { font-size: 17pt; border-bottom: 2px solid #1f1b14; padding-bottom: 2pt; } h3 { font-size: 13pt; margin-top: 1em; }
section { break-before: page; page-break-before: always; }
section.first { break-before: auto; page-break-before: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border-bottom: 1px solid #d8c596; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #f3ead4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.private { color: #6a4000; font-style: italic; }
.met { color: #125249; font-weight: 600; } .not-met { color: #8a2c20; font-weight: 600; } .open { color: #54493a; font-weight: 600; }
figure { margin: 0 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 2pt; }
.chart text { font-family: inherit; font-size: 11px; fill: #1f1b14; }
.chart .tick { fill: #54493a; } .chart .band { font-size: 10px; fill: #54493a; }
.chart .grid { stroke: #e6d7b2; stroke-width: 1; } .chart .axis { stroke: #54493a; stroke-width: 1; }
blockquote { margin: 0.3em 0 0.8em 1em; padding-left: 0.6em; border-left: 3px solid #d8c596; font-family: 'Source Serif 4', Georgia, serif; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt; }
dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; }
.spread { color: #54493a; font-size: 8pt; white-space: nowrap; } p.method { font-size: 9pt; color: #54493a; }
ol.prompts li, ul.notes li { margin-bottom: 0.5em; break-inside: avoid; }
footer { margin-top: 2em; font-size: 8.5pt; color: #54493a; }
@media screen { body { padding: 12mm; } }
`;

/** A colour for each track, fixed so that the same track looks the same in every chart. */
const TRACK_COLORS: Readonly<Record<TrackName, string>> = {
  relationship: MEANINGS.better.ink,
  'relationship.sedena': MEANINGS.sedena.ink,
  'relationship.semar': MEANINGS.semar.ink,
  institutionalization: MEANINGS.better.fill,
  personalTies: MEANINGS.mexico.ink,
  sovereigntyTension: MEANINGS.worse.ink,
  usCommitment: MEANINGS.us.ink,
  intelligenceSharing: MEANINGS.semar.fill,
  violence: MEANINGS.worse.fill,
  tcoPower: MEANINGS.tco.ink,
  publicSupport: MEANINGS.mexico.fill,
  policeCapacity: MEANINGS.us.fill,
  ruleOfLaw: MEANINGS.sedena.fill,
};

function section(title: string, body: string, first = false): string {
  return `<section${first ? ' class="first"' : ''}>\n<h2>${esc(title)}</h2>\n${body}\n</section>`;
}

function series(w: ReportWords, tracks: readonly TrackName[], dashedFrom = 1): ChartSeries[] {
  return tracks.map((track, i) => ({
    label: w.t(`trackShort.${track}`),
    values: w.report.tracks.map((r) => r.values[track]),
    color: TRACK_COLORS[track],
    dashed: i >= dashedFrom && i % 2 === 1,
  }));
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];

function charts(w: ReportWords): string {
  const years = w.report.tracks.map((r) => r.year);
  const percentTicks = PERCENT_TICKS.map((v) => ({ value: v, label: w.f.num(v) }));
  const violenceMax = Math.max(1000, ...w.report.tracks.map((r) => r.values.violence));
  const violenceTop = Math.ceil(violenceMax / 5000) * 5000;
  const list: LineChart[] = [
    {
      title: w.s.charts.relationship,
      years,
      series: series(w, ['relationship', 'relationship.sedena', 'relationship.semar']),
      min: 0,
      max: TRACK_BOUNDS['relationship.sedena'][1],
      ticks: RELATIONSHIP_BANDS.map((b) => ({ value: BAND_FLOORS[b], label: w.f.num(BAND_FLOORS[b]) })),
      bands: RELATIONSHIP_BANDS.map((b, i) => ({ from: BAND_FLOORS[b], to: RELATIONSHIP_BANDS[i + 1] ? BAND_FLOORS[RELATIONSHIP_BANDS[i + 1] as typeof b] : 100, label: w.t(`bands.${b}`), color: BAND_RAMP[b] })),
    },
    { title: w.s.charts.ties, years, series: series(w, ['institutionalization', 'personalTies', 'usCommitment', 'sovereigntyTension']), min: 0, max: 100, ticks: percentTicks },
    { title: w.s.charts.security, years, series: series(w, ['tcoPower', 'publicSupport', 'policeCapacity', 'ruleOfLaw']), min: 0, max: 100, ticks: percentTicks },
    {
      title: w.s.charts.violence,
      years,
      series: series(w, ['violence']),
      min: 0,
      max: violenceTop,
      ticks: [0, 0.25, 0.5, 0.75, 1].map((k) => ({ value: k * violenceTop, label: w.f.num(k * violenceTop) })),
    },
    {
      title: w.s.charts.intelligence,
      years,
      series: [{ ...(series(w, ['intelligenceSharing'])[0] as ChartSeries), steps: true }],
      min: 0,
      max: INTEL_LEVELS.length - 1,
      ticks: INTEL_LEVELS.map((level, i) => ({ value: i, label: w.t(`intel.${level}`) })),
    },
  ];
  return list.map((c) => `<figure><figcaption>${esc(c.title)}</figcaption>${lineChartSvg(c)}</figure>`).join('\n');
}

function summary(w: ReportWords): string {
  const { s, report, f } = w;
  const ex = report.exercise;
  const outcome = `${s.summary.outcome(w.t(`bands.${report.outcome.band}`), f.num(report.outcome.relationship), report.outcome.year)}${report.outcome.finished ? '' : ` ${s.summary.unfinished(report.outcome.year)}`}`;
  const rows: [string, string][] = [
    [s.summary.scenario, w.scenario.title[w.language]],
    [s.summary.seed, String(ex.seed)],
    [s.summary.teams, ex.teams.map((t) => `${t.name} (${roleName(w, t.role)})`).join(', ') || '—'],
    [s.summary.decideLabel, s.summary.decide[ex.decide]],
    [s.summary.duration, formatClock(ex.endedAt - ex.startedAt)],
    [s.summary.strategy, f.strategy(report.outcome.strategy)],
    [s.summary.eventsLabel, s.summary.events(ex.injects.planned, ex.injects.released)],
    [s.summary.outcomeLabel, outcome],
  ];
  return `<dl class="summary">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

function timeline(w: ReportWords): string {
  const { s } = w;
  if (w.report.timeline.length === 0) return `<p>${esc(s.timeline.empty)}</p>`;
  const head = `<thead><tr><th>${esc(s.columns.time)}</th><th class="num">${esc(s.columns.year)}</th><th>${esc(s.columns.who)}</th><th>${esc(s.columns.what)}</th><th>${esc(s.columns.why)}</th></tr></thead>`;
  const rows = w.report.timeline.map((item) => {
    const row = timelineRow(w, item);
    const what = row.private ? `${esc(row.what)} <span class="private">(${esc(s.timeline.private)})</span>` : esc(row.what);
    return `<tr><td>${esc(row.time)}</td><td class="num">${row.year}</td><td>${esc(row.who)}</td><td>${what}</td><td>${esc(row.why)}</td></tr>`;
  });
  return `<table class="timeline">${head}<tbody>${rows.join('')}</tbody></table>`;
}

function trackTable(w: ReportWords): string {
  const years = w.report.tracks.map((r) => r.year);
  const head = `<thead><tr><th>${esc(w.s.columns.track)}</th>${years.map((y) => `<th class="num">${y}</th>`).join('')}</tr></thead>`;
  const rows = TRACK_NAMES.map((track) => `<tr><td>${esc(w.t(`tracks.${track}`))}</td>${w.report.tracks.map((r) => `<td class="num">${esc(trackCell(w, track, r.values[track]))}</td>`).join('')}</tr>`);
  return `<table class="tracks">${head}<tbody>${rows.join('')}</tbody></table>`;
}

function objectives(w: ReportWords): string {
  const { s } = w;
  return w.report.objectives
    .map((team) => {
      const head = `<h3>${esc(teamName(w, team.team))}</h3>`;
      if (team.objectives.length === 0) return `${head}<p>${esc(s.objectives.none)}</p>`;
      const rows = team.objectives.map((o) => {
        const [label, cls] = o.met === null ? [s.objectives.forTheRoom, 'open'] : o.met ? [s.objectives.met, 'met'] : [s.objectives.notMet, 'not-met'];
        const typed = o.listed === null ? ` <span class="private">(${esc(s.objectives.typed)})</span>` : '';
        return `<tr><td>${esc(o.text)}${typed}</td><td class="${cls}">${esc(label)}</td><td class="num">${esc(objectiveValue(w, o.listed, o.value))}</td></tr>`;
      });
      return `${head}<table><thead><tr><th>${esc(s.columns.objective)}</th><th>${esc(s.columns.result)}</th><th class="num">${esc(s.columns.value)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    })
    .join('\n');
}

function prompts(w: ReportWords): string {
  const { s, report } = w;
  const groups = [
    [s.prompts.fromPaper, report.prompts.filter((p) => p.kind === 'recommendation')],
    [s.prompts.fromGame, report.prompts.filter((p) => p.kind === 'moment')],
    [s.prompts.fromInjects, report.prompts.filter((p) => p.kind === 'inject')],
    [s.prompts.fromObjectives, report.prompts.filter((p) => p.kind === 'objective')],
  ] as const;
  const parts = [`<p>${esc(s.prompts.intro)}</p>`];
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    const items = list.map((p) => {
      const text = promptText(w, p);
      const quote = text.quote ? `<blockquote>“${esc(text.quote.text)}” <cite>(${esc(text.quote.source)})</cite></blockquote>` : '';
      return `<li><strong>${esc(text.title)}.</strong> ${esc(text.body)}${quote}</li>`;
    });
    parts.push(`<h3>${esc(title)}</h3><ol class="prompts">${items.join('')}</ol>`);
  }
  return parts.join('\n');
}

function notes(w: ReportWords): string {
  const { s } = w;
  if (w.report.notes.length === 0) return `<p>${esc(s.notes.none)}</p>`;
  const items = w.report.notes.map((n) => {
    const about = [n.team ? teamName(w, n.team) : null, n.objective].filter(Boolean).join(', ');
    return `<li><strong>${esc(elapsed(n.elapsedMs))}, ${n.year}, ${esc(whoName(w, n.by))}</strong>${about ? ` (${esc(s.notes.about(about))})` : ''}: ${esc(n.text)}</li>`;
  });
  return `<ul class="notes">${items.join('')}</ul>`;
}

/**
 * The report as a printable, self-contained HTML document in `language`; with `comparisons`, the
 * controlled comparison of options after the tracks (worded in the same language).
 */
export function reportHtml(report: HotWash, scenario: Scenario, language: Language, comparisons?: ReportComparisons): string {
  const w = reportWords(report, scenario, language);
  const { s } = w;
  const title = `${s.documentTitle}: ${report.exercise.title}`;
  const body = [
    `<h1>${esc(title)}</h1>`,
    section(s.sections.summary, summary(w), true),
    section(s.sections.timeline, timeline(w)),
    section(s.sections.charts, charts(w)),
    section(s.sections.tracks, trackTable(w)),
    comparisons ? section(w.t('exercise.console.comparisonsTitle'), comparisonsHtml(w, comparisons)) : '',
    section(s.sections.objectives, objectives(w)),
    section(s.sections.prompts, prompts(w)),
    section(s.sections.notes, notes(w)),
    `<footer>${esc(s.source)}</footer>`,
  ]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>\n<html lang="${language}">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
