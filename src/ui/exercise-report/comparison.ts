import type { Debrief, DebriefComparison } from '../debrief/debrief-data';
import { addedSentence, chartTitle, comparisonTitle, methodNote } from '../debrief/comparison-text';
import { MEANINGS } from '../theme/palette';
import { escapeXml as esc, lineChartSvg, type ChartSeries } from './chart';
import type { ReportWords } from './words';

// The controlled comparison of options in the printed report (issue 11, item 5: "the tracks over
// time with the controlled comparison of options"): the hot wash's own comparisons, the debrief's
// (the computer playing each alternative on the same seeds), as the Markdown export has them: the
// final values with their p10–p90 spread, a chart of the medians with the spread shaded, the
// medians by year with their spread, and how it was measured.

/** The comparisons for the report: played (a debrief with them), or still being played when it was printed. */
export type ReportComparisons = { readonly kind: 'ready'; readonly debrief: Debrief } | { readonly kind: 'pending' };

/** The exercise's own game in black; each alternative in a colour of its own, in the order they come. */
const YOUR_GAME = '#1f1b14';
const ALTERNATIVES = [MEANINGS.better.ink, MEANINGS.us.ink, MEANINGS.mexico.ink, MEANINGS.sedena.ink, MEANINGS.semar.ink, MEANINGS.worse.ink];

function finalTable(w: ReportWords, c: DebriefComparison, d: Debrief): string {
  const { t, f } = w;
  const whole = (v: number) => f.num(Math.round(v));
  const tenths = (v: number) => f.num(Math.round(v * 10) / 10);
  const head = `<thead><tr><th>${esc(t('debrief.alternative'))}</th><th class="num">${esc(t('debrief.median'))}</th><th class="num">p10</th><th class="num">p90</th><th class="num">${esc(t('debrief.onYourSeed'))}</th></tr></thead>`;
  const yours = `<tr><td><strong>${esc(d.yourGame.label)}</strong></td><td></td><td></td><td></td><td class="num"><strong>${tenths(c.yourFinal)}</strong></td></tr>`;
  const rows = c.bands.map((b) => `<tr><td>${esc(b.label)}</td><td class="num">${whole(b.final.p50)}</td><td class="num">${whole(b.final.p10)}</td><td class="num">${whole(b.final.p90)}</td><td class="num">${tenths(b.onYourSeed)}</td></tr>`);
  return `<table class="comparison">${head}<tbody>${yours}${rows.join('')}</tbody></table>`;
}

/** Years to a table: a table of medians with their spread fits a portrait page up to about this many. */
const YEARS_PER_TABLE = 8;

function byYear(w: ReportWords, c: DebriefComparison, years: readonly number[], d: Debrief): string {
  const whole = (v: number) => w.f.num(Math.round(v));
  const tables: string[] = [];
  for (let from = 0; from < years.length; from += YEARS_PER_TABLE) {
    const span = years.slice(from, from + YEARS_PER_TABLE).map((year, k) => ({ year, i: from + k }));
    const head = `<thead><tr><th></th>${span.map(({ year }) => `<th class="num">${year}</th>`).join('')}</tr></thead>`;
    const yours = `<tr><td><strong>${esc(d.yourGame.label)}</strong></td>${span.map(({ i }) => {
      const v = d.yourGame.values[i];
      return `<td class="num">${v === undefined ? '' : whole(v)}</td>`;
    }).join('')}</tr>`;
    const rows = c.bands.map((b) => `<tr><td>${esc(b.label)}</td>${span.map(({ i }) => {
      const v = b.median[i];
      return `<td class="num">${v === undefined ? '' : `${whole(v)} <span class="spread">(${whole(b.p10[i] ?? v)}–${whole(b.p90[i] ?? v)})</span>`}</td>`;
    }).join('')}</tr>`);
    tables.push(`<table class="comparison-years">${head}<tbody>${yours}${rows.join('')}</tbody></table>`);
  }
  return tables.join('\n');
}

function chart(w: ReportWords, c: DebriefComparison, years: readonly number[], d: Debrief): string {
  const series: ChartSeries[] = [
    { label: d.yourGame.label, values: d.yourGame.values.slice(0, years.length), color: YOUR_GAME },
    ...c.bands.map((b, i) => ({ label: b.label, values: b.median, color: ALTERNATIVES[i % ALTERNATIVES.length] ?? YOUR_GAME, dashed: i % 2 === 1, spread: { low: b.p10, high: b.p90 } })),
  ];
  const title = chartTitle(c, w.t);
  return `<figure><figcaption>${esc(title)}</figcaption>${lineChartSvg({ title, years, series, min: 0, max: 100, ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, label: w.f.num(v) })) })}</figure>`;
}

/**
 * The comparison's years: the alternatives are played to the game's end, the exercise's own game
 * only as far as the hot wash (it may have stopped early), so its years go on one a year after its last.
 */
function comparisonYears(c: DebriefComparison, d: Debrief): number[] {
  const length = Math.max(0, ...c.bands.map((b) => b.median.length));
  const first = d.years[0] ?? 0;
  return Array.from({ length }, (_, i) => d.years[i] ?? (d.years.at(-1) ?? first - 1) + (i - d.years.length + 1));
}

function comparison(w: ReportWords, c: DebriefComparison, d: Debrief): string {
  const years = comparisonYears(c, d);
  const added = addedSentence(c, w.t);
  return [
    `<h3>${esc(comparisonTitle(c, w.t))}</h3>`,
    added ? `<p>${esc(added)}</p>` : '',
    finalTable(w, c, d),
    years.length > 1 ? chart(w, c, years, d) : '',
    `<p><strong>${esc(w.t('debrief.medianByYear'))}</strong></p>`,
    byYear(w, c, years, d),
    `<p class="method">${esc(methodNote(c, w.t))}</p>`,
  ].join('\n');
}

/** The report's section body: each comparison, or a line saying they were still being played. */
export function comparisonsHtml(w: ReportWords, compared: ReportComparisons): string {
  const intro = `<p>${esc(w.t('exercise.console.comparisonsHint'))}</p>`;
  if (compared.kind === 'pending') return `${intro}\n<p class="private">${esc(w.t('exercise.console.comparisonsPending'))}</p>`;
  const { debrief } = compared;
  if (debrief.comparisons.length === 0) return `${intro}\n<p>${esc(w.t('exercise.console.comparisonsNone'))}</p>`;
  return [intro, ...debrief.comparisons.map((c) => comparison(w, c, debrief))].join('\n');
}
