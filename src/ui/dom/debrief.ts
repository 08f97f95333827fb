import type { Translate } from '../../i18n';
import { alternativeColor, hex, YOUR_GAME_COLOR } from '../board/theme';
import { addedSentence, comparisonTitle, methodNote, tenths, whole } from '../debrief/comparison-text';
import type { Debrief, DebriefComparison } from '../debrief/debrief-data';
import { h } from './h';

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

export function debriefPanel(d: Debrief, t: Translate, actions: { exportMarkdown(): void; exportJson(): void; newGame(): void }): HTMLElement {
  return h('section', { class: 'debrief' },
    h('h2', { tabindex: -1, class: 'panel-title' }, t('debrief.title')),
    h('p', {}, t('debrief.summary', { band: d.finalBand, seed: d.seed })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: actions.exportMarkdown }, t('debrief.exportMarkdown')),
      h('button', { type: 'button', onclick: actions.exportJson }, t('debrief.exportJson')),
      h('button', { type: 'button', onclick: actions.newGame }, t('title.newGame'))),
    ...d.comparisons.map((c) => comparisonSection(c, d, t)),
    h('h3', {}, t('debrief.decisions')),
    h('ol', { class: 'decisions' }, ...d.decisions.map((x) => h('li', {}, h('strong', {}, `${x.year} · ${t(`roles.${x.role}`)} (${x.by}): `), x.what, x.reason ? h('span', { class: 'hint' }, ` — ${x.reason}`) : null))),
    h('h3', {}, t('debrief.cards')),
    h('ol', { class: 'cards' }, ...d.cards.map((c) => h('li', {},
      h('strong', {}, `${c.year}: ${c.title}`), ' ', h('span', { class: 'provenance', 'data-provenance': c.provenance }, `(${t(`provenance.${c.provenance}`)})`), ` ${c.text}`, c.choice ? h('em', {}, ` (${t('debrief.chosen')}: ${c.choice})`) : null,
      h('blockquote', {}, `“${c.quote}”`),
      h('p', { class: 'cite' }, `Downie 2011, ${c.section}${c.footnotes.length ? `, ${t('print.footnotes')} ${c.footnotes.join(', ')}` : ''}`)))));
}
