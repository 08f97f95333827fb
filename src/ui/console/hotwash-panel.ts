import type { GameState, Scenario } from '../../engine';
import type { Exercise } from '../../exercise';
import { hotWash } from '../../exercise/hotwash';
import type { Debrief } from '../debrief/debrief-data';
import { comparisonMarkdown } from '../debrief/export';
import { comparisons as comparisonsBlock } from '../dom/debrief';
import type { ComparisonProgress } from '../../sim/debrief-comparisons';
import type { Language, Translate } from '../../i18n';
import { exerciseJson, reportHtml, reportMarkdown, tracksCsv } from '../exercise-report';
import { h } from '../dom/h';
import { words } from './context';

// The hot wash (issue 11, item 5): the after-action report of the exercise (exercise/hotwash.ts,
// worded by ui/exercise-report/), shown on the console and exported for print (PDF), Markdown, JSON
// (the whole exercise, enough to replay it) and CSV of the tracks.

export interface HotWashActions {
  download(name: string, text: string, type: string): void;
  /** Opens the printable report in a window of its own and prints it; false when the browser blocked it. */
  print(html: string): boolean;
  newExercise(): void;
  onError(message: string): void;
  /** A networked room's exercise: "New exercise" leaves the room instead (the room keeps the exercise). */
  readonly inRoom?: boolean;
}

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * The report's stylesheet apart from its markup. Taken out of the text before it is parsed: the
 * page's Content-Security-Policy allows no inline <style>, and the browser reports one even in a
 * parsed document that is never shown.
 */
export function splitReport(html: string): { readonly css: string; readonly markup: string } {
  const css = [...html.matchAll(STYLE)].map((m) => m[1] ?? '').join('\n');
  return { css, markup: html.replace(STYLE, '') };
}

/** The report document's body, adopted into the console (its stylesheet left behind: the console styles it). */
function reportBody(html: string): Node[] {
  const doc = new DOMParser().parseFromString(splitReport(html).markup, 'text/html');
  for (const el of doc.querySelectorAll('script')) el.remove();
  return [...doc.body.childNodes].map((n) => document.importNode(n, true));
}

/**
 * The controlled comparison of options for the exercise's game: the debrief's own (the computer
 * playing each alternative on the same seeds, with a spread), played off the page's thread;
 * `progress` until they are in.
 */
export interface HotWashComparisons {
  readonly debrief: Debrief;
  readonly progress: ComparisonProgress | null | undefined;
}

export function hotWashPanel(exercise: Exercise, game: GameState, scenario: Scenario, t: Translate, language: Language, actions: HotWashActions, compared?: HotWashComparisons): HTMLElement {
  const c = words(t);
  const report = hotWash(exercise, game, scenario);
  const ready = compared && compared.progress === undefined ? compared.debrief : null;
  // The printed report has the comparisons (or says they are still being played); the one drawn
  // here leaves them to the panel above it, which shows their progress and their chart.
  const shown = reportHtml(report, scenario, language);
  const printed = () => reportHtml(report, scenario, language, compared ? (ready ? { kind: 'ready', debrief: ready } : { kind: 'pending' }) : undefined);
  // The Markdown report ends with the comparisons once they are in.
  const markdown = () => [reportMarkdown(report, scenario, language), ...(ready ? ready.comparisons.flatMap((x) => ['', ...comparisonMarkdown(x, ready, t)]) : [])].join('\n');
  const base = `csd-exercise-${exercise.id}`.replace(/[^\w.-]+/g, '-').slice(0, 60);
  return h('section', { class: 'console-hotwash', 'aria-labelledby': 'hotwash-title' },
    h('h1', { id: 'hotwash-title', class: 'panel-title', tabindex: -1 }, c('hotwashTitle', { title: exercise.title })),
    h('p', { class: 'lead' }, c('hotwashIntro')),
    h('div', { class: 'actions report-exports' },
      h('button', { type: 'button', class: 'primary', onclick: () => {
        if (!actions.print(printed())) actions.onError(c('printBlocked'));
      } }, c('exportPrint')),
      h('button', { type: 'button', onclick: () => actions.download(`${base}.md`, markdown(), 'text/markdown') }, c('exportMarkdown')),
      h('button', { type: 'button', onclick: () => actions.download(`${base}.json`, exerciseJson(exercise), 'application/json') }, c('exportJson')),
      h('button', { type: 'button', onclick: () => actions.download(`${base}-tracks.csv`, tracksCsv(report, language), 'text/csv') }, c('exportCsv')),
      h('button', { type: 'button', class: 'secondary', onclick: () => actions.newExercise() }, c(actions.inRoom ? 'leaveRoom' : 'newExercise'))),
    compared ? h('section', { class: 'report-comparisons', 'aria-labelledby': 'hotwash-compare' }, h('h2', { id: 'hotwash-compare' }, c('comparisonsTitle')), h('p', { class: 'hint' }, c('comparisonsHint')), comparisonsBlock(compared.debrief, t, compared.progress)) : null,
    h('article', { class: 'report-view' }, ...reportBody(shown)));
}

/**
 * The printable report in a window of its own, printed. The page's Content-Security-Policy (which
 * the new window inherits) allows no inline <style>: the report's stylesheet is adopted through the
 * CSSOM instead.
 */
export function printReport(html: string, open: (name: string) => Window | null = (name) => window.open('', name)): boolean {
  const win = open('csd-report');
  if (!win) return false;
  const { css, markup } = splitReport(html);
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  for (const el of parsed.querySelectorAll('script')) el.remove();
  const doc = win.document;
  doc.documentElement.replaceWith(doc.importNode(parsed.documentElement, true));
  try {
    const Sheet = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [sheet];
  } catch {
    // Without its stylesheet the report still prints, plainer.
  }
  win.focus();
  // After this click's task: a print dialog blocks the page that opened it in some browsers.
  setTimeout(() => win.print(), 300);
  return true;
}
