import type { Translate } from '../../i18n';
import type { Debrief } from '../debrief/debrief-data';
import { h } from './h';

// The debrief beside its charts: the counterfactual in words, each decision with its reason, the
// cards drawn with their citations, and the exports.

export function debriefPanel(d: Debrief, t: Translate, actions: { exportMarkdown(): void; exportJson(): void; newGame(): void }): HTMLElement {
  const finalOf = (values: readonly number[]) => Math.round(values[values.length - 1] ?? 0);
  const table = h('table', { class: 'counterfactual' },
    h('caption', {}, t('debrief.counterfactualNote')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.run')), h('th', { scope: 'col' }, t('debrief.finalRelationship')))),
    h('tbody', {}, ...d.counterfactual.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.label), h('td', {}, String(finalOf(s.values)))))));
  return h('section', { class: 'debrief' },
    h('h2', { tabindex: -1, class: 'panel-title' }, t('debrief.title')),
    h('p', {}, t('debrief.summary', { band: d.finalBand, seed: d.seed })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: actions.exportMarkdown }, t('debrief.exportMarkdown')),
      h('button', { type: 'button', onclick: actions.exportJson }, t('debrief.exportJson')),
      h('button', { type: 'button', onclick: actions.newGame }, t('title.newGame'))),
    h('h3', {}, t('debrief.counterfactual')), table,
    h('h3', {}, t('debrief.decisions')),
    h('ol', { class: 'decisions' }, ...d.decisions.map((x) => h('li', {}, h('strong', {}, `${x.year} · ${t(`roles.${x.role}`)} (${x.by}): `), x.what, x.reason ? h('span', { class: 'hint' }, ` — ${x.reason}`) : null))),
    h('h3', {}, t('debrief.cards')),
    h('ol', { class: 'cards' }, ...d.cards.map((c) => h('li', {},
      h('strong', {}, `${c.year}: ${c.title}`), ` ${c.text}`, c.choice ? h('em', {}, ` (${t('debrief.chosen')}: ${c.choice})`) : null,
      h('blockquote', {}, `“${c.quote}”`),
      h('p', { class: 'cite' }, `Downie 2011, ${c.section}${c.footnotes.length ? `, ${t('print.footnotes')} ${c.footnotes.join(', ')}` : ''}`)))));
}
