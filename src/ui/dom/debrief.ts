import type { Translate } from '../../i18n';
import type { ComparisonProgress } from '../../sim/debrief-comparisons';
import { alternativeColor, hex, YOUR_GAME_COLOR } from '../board/theme';
import { addedSentence, comparisonTitle, methodNote, tenths, whole } from '../debrief/comparison-text';
import type { Debrief, DebriefComparison } from '../debrief/debrief-data';
import { h, uid } from './h';

// The debrief beside its charts: the controlled comparisons in words and numbers, each decision
// with its reason, the cards drawn with their citations, and the exports.

/** The text with `phrase` kept on one line (a column header must not break "p10–p90" at its dash). */
function keepTogether(text: string, phrase: string): (string | HTMLElement)[] {
  const at = text.indexOf(phrase);
  return at < 0 ? [text] : [text.slice(0, at), h('span', { class: 'nowrap' }, phrase), text.slice(at + phrase.length)];
}

const swatch = (color: number) => h('span', { class: 'swatch', style: `background: ${hex(color)}`, 'aria-hidden': 'true' });

/** One comparison: what the player's play added, a row per alternative (median, p10–p90, on the game's seed), and how it was measured. */
function comparisonSection(c: DebriefComparison, d: Debrief, t: Translate): HTMLElement {
  const added = addedSentence(c, t);
  const dash = '–';
  return h('section', { class: 'comparison', 'data-varies': c.varies },
    h('h3', {}, comparisonTitle(c, t)),
    added ? h('p', { class: 'added' }, added) : null,
    h('table', { class: 'comparison' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('debrief.alternative')),
        h('th', { scope: 'col' }, t('debrief.medianFinal')),
        h('th', { scope: 'col' }, ...keepTogether(t('debrief.spreadFinal'), 'p10–p90')),
        h('th', { scope: 'col' }, t('debrief.onYourSeed')))),
      h('tbody', {},
        h('tr', { class: 'your-game' },
          h('th', { scope: 'row' }, swatch(YOUR_GAME_COLOR), d.yourGame.label),
          h('td', {}, dash), h('td', {}, dash), h('td', {}, tenths(c.yourFinal))),
        ...c.bands.map((b, i) => h('tr', { 'data-kind': b.kind },
          h('th', { scope: 'row' }, swatch(alternativeColor(b.kind, i)), b.label),
          h('td', {}, whole(b.final.p50)),
          h('td', {}, `${whole(b.final.p10)}${dash}${whole(b.final.p90)}`),
          h('td', {}, tenths(b.onYourSeed)))))),
    h('p', { class: 'hint method' }, methodNote(c, t)));
}

/** While the comparisons' games are played: what is happening, and how far along it is. */
function comparisonProgress(progress: ComparisonProgress | null, t: Translate): HTMLElement {
  const id = uid('comparison-progress');
  const known = progress && progress.total > 0;
  return h('div', { class: 'comparison-pending' },
    h('label', { for: id }, t('debrief.comparing')),
    // Without a total yet, an indeterminate bar.
    h('progress', { id, max: known ? progress.total : null, value: known ? progress.done : null }),
    h('span', { class: 'hint progress-count', 'aria-hidden': 'true' }, known ? t('debrief.comparingCount', { done: progress.done, total: progress.total }) : ''));
}

/** The comparisons, or the progress of their games while they are played (`progress` not undefined). */
/** The controlled comparisons of a game (or their progress while their games are played). */
export function comparisons(d: Debrief, t: Translate, progress?: ComparisonProgress | null): HTMLElement {
  const pending = progress !== undefined;
  return h('div', { class: 'comparisons', 'aria-busy': pending ? 'true' : null },
    ...(pending ? [comparisonProgress(progress, t)] : d.comparisons.map((c) => comparisonSection(c, d, t))));
}

export interface DebriefActions {
  exportMarkdown(): void;
  exportJson(): void;
  newGame(): void;
  /** A text with its glossary terms linked (dom/glossary.ts linkedText); plain text without it. */
  linkText?(text: string): (Node | string)[];
}

/**
 * The debrief panel. With a `progress` (null before the first report), the comparisons' games are
 * still being played: everything else shows, with a progress bar in the comparisons' place and the
 * exports waiting for them (`showComparisons` fills them in).
 */
export function debriefPanel(d: Debrief, t: Translate, actions: DebriefActions, progress?: ComparisonProgress | null): HTMLElement {
  const waiting = progress !== undefined;
  const link = (text: string) => actions.linkText?.(text) ?? [text];
  return h('section', { class: 'debrief' },
    h('h2', { tabindex: -1, class: 'panel-title' }, t('debrief.title')),
    h('p', {}, t('debrief.summary', { band: d.finalBand, seed: d.seed })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-export': true, disabled: waiting, onclick: actions.exportMarkdown }, t('debrief.exportMarkdown')),
      h('button', { type: 'button', 'data-export': true, disabled: waiting, onclick: actions.exportJson }, t('debrief.exportJson')),
      h('button', { type: 'button', onclick: actions.newGame }, t('title.newGame'))),
    comparisons(d, t, progress),
    h('h3', {}, t('debrief.decisions')),
    h('ol', { class: 'decisions' }, ...d.decisions.map((x) => h('li', {}, h('strong', {}, `${x.year} · ${t(`roles.${x.role}`)} (${x.by}): `), x.what, x.reason ? h('span', { class: 'hint' }, ` — ${x.reason}`) : null))),
    h('h3', {}, t('debrief.cards')),
    h('ol', { class: 'cards' }, ...d.cards.map((c) => h('li', {},
      h('strong', {}, `${c.year}: ${c.title}`), ' ', h('span', { class: 'provenance', 'data-provenance': c.provenance }, `(${t(`provenance.${c.provenance}`)})`), ' ', ...link(c.text), c.choice ? h('em', {}, ` (${t('debrief.chosen')}: ${c.choice})`) : null,
      h('blockquote', { lang: 'en' }, `“${c.quote}”`),
      h('p', { class: 'cite' }, `Downie 2011, ${c.section}${c.footnotes.length ? `, ${t('print.footnotes')} ${c.footnotes.join(', ')}` : ''} · ${t('teach.quoteNote')}`)))));
}

/** Moves the progress bar of a debrief panel whose comparisons are still being played. */
export function showComparisonProgress(panel: HTMLElement, progress: ComparisonProgress, t: Translate): void {
  const pending = panel.querySelector('.comparisons .comparison-pending');
  if (!pending || progress.total <= 0) return;
  const bar = pending.querySelector('progress');
  bar?.setAttribute('max', String(progress.total));
  bar?.setAttribute('value', String(progress.done));
  const count = pending.querySelector('.progress-count');
  if (count) count.textContent = t('debrief.comparingCount', { done: progress.done, total: progress.total });
}

/**
 * Puts the finished comparisons into a debrief panel in place of their progress bar, and enables the
 * exports, leaving the rest of the panel (and where the player's focus and scroll are) alone.
 */
export function showComparisons(panel: HTMLElement, d: Debrief, t: Translate): void {
  panel.querySelector('.comparisons')?.replaceWith(comparisons(d, t));
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-export]')) button.disabled = false;
}
