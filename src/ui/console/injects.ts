import { EFFECT_TRACKS, type Card, type EffectTrack, type Scenario } from '../../engine';
import type { Inject, InjectCard } from '../../exercise';
import type { Language, Translate } from '../../i18n';
import { h, uid } from '../dom/h';
import { playedYears } from './setup-form';
import { cardTitle, reasonField, section, selectField, textField, words, type RunContext } from './context';

// Injects (issue 11, item 3): any card of the deck, found by its title, tag, year or the paper's
// section; the master events list, each entry released by hand or when its year comes; and a card
// written on the spot with the tracks it moves. Each needs a reason for the log.

/** The words a card is found by: its titles, tags, scheduled years and citation. */
function searchText(card: Card, scenario: Scenario, t: Translate): string {
  const years = scenario.schedule.filter((s) => s.card === card.id).map((s) => String(s.year));
  return [card.id, card.title.en, card.title.es, ...card.tags, ...card.tags.map((tag) => t(`tags.${tag}`)), ...years, card.citation.section, card.citation.quote].join(' ').toLowerCase();
}

/** Deck cards matching every word of the query (at most `limit`). */
export function searchDeck(scenario: Scenario, query: string, t: Translate, limit = 8): Card[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return scenario.deck.filter((card) => {
    const text = searchText(card, scenario, t);
    return terms.every((term) => text.includes(term));
  }).slice(0, limit);
}

export function injectTitle(card: InjectCard, scenario: Scenario, language: Language): string {
  return card.kind === 'deck' ? cardTitle(scenario, card.card, language) : card.title;
}

function newInjectId(list: readonly Inject[]): string {
  let n = list.length + 1;
  while (list.some((i) => i.id === `mel-${n}`)) n++;
  return `mel-${n}`;
}

export function injectsSection(ctx: RunContext): HTMLElement {
  const { t, scenario, language, exercise } = ctx;
  const c = words(t);
  const reason = reasonField(t, 'inject:reason');
  const cleared = ['inject:reason'];
  const years = playedYears(scenario, exercise.config.sexenios);
  const schedule = selectField(c('when'), 'inject:when', [{ value: 'hold', label: c('hold') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]);

  // The deck search: results as the facilitator types.
  const search = textField(c('searchDeck'), 'inject:search', { type: 'search', placeholder: c('searchHint') });
  const results = h('ul', { class: 'deck-results', 'aria-live': 'polite' });
  const showResults = () => {
    const cards = searchDeck(scenario, search.input.value, t);
    results.replaceChildren(...(search.input.value.trim() && cards.length === 0 ? [h('li', { class: 'hint' }, c('noMatch'))] : []),
      ...cards.map((card) => h('li', { class: 'deck-card' },
        h('div', {}, h('strong', {}, card.title[language]), h('span', { class: 'hint' }, ` · ${card.citation.section} · ${card.tags.map((tag) => t(`tags.${tag}`)).join(', ')}`)),
        h('div', { class: 'actions' },
          h('button', { type: 'button', onclick: () => void ctx.command({ type: 'inject', card: { kind: 'deck', card: card.id }, reason: reason.input.value }, undefined, cleared) }, c('publishNow')),
          h('button', { type: 'button', class: 'secondary', onclick: () => {
            const when = schedule.select.value;
            ctx.command({ type: 'planInject', reason: reason.input.value, inject: { id: newInjectId(exercise.eventsList), card: { kind: 'deck', card: card.id }, objective: '', expectedResponse: '', schedule: when === 'hold' ? { kind: 'hold' } : { kind: 'year', year: Number(when) } } }, undefined, cleared);
          } }, c('addToList'))))));
  };
  search.input.addEventListener('input', showResults);
  search.input.addEventListener('change', showResults);

  // The master events list.
  const list = exercise.eventsList.length
    ? h('ol', { class: 'mel-list running' }, ...exercise.eventsList.map((inject) => {
        const title = injectTitle(inject.card, scenario, language);
        const status = inject.released ? c('releasedIn', { year: inject.released.year }) : inject.schedule.kind === 'year' ? c('scheduledFor', { year: inject.schedule.year }) : c('held');
        return h('li', { class: `mel-entry${inject.released ? ' released' : ''}`, 'data-inject': inject.id },
          h('div', {},
            h('strong', {}, title), ' · ', h('span', { class: 'schedule' }, status),
            inject.objective ? h('p', { class: 'hint' }, `${c('injectObjective')}: ${inject.objective}`) : null,
            inject.expectedResponse ? h('p', { class: 'hint' }, `${c('expectedResponse')}: ${inject.expectedResponse}`) : null),
          inject.released ? null : h('div', { class: 'actions' },
            h('button', { type: 'button', 'aria-label': c('releaseNamed', { title }), onclick: () => void ctx.command({ type: 'release', inject: inject.id, reason: reason.input.value }, undefined, cleared) }, c('release')),
            h('button', { type: 'button', class: 'secondary', 'aria-label': c('dropNamed', { title }), onclick: () => void ctx.command({ type: 'dropInject', inject: inject.id, reason: reason.input.value }, undefined, cleared) }, c('drop'))));
      }))
    : h('p', { class: 'hint' }, c('noEntries'));

  // A card written on the spot.
  const title = textField(c('customTitle'), 'custom:title');
  const text = textField(c('customText'), 'custom:text', {}, true);
  const effects = [0, 1, 2].map((i) => {
    const track = selectField(c('track'), `custom:track:${i}`, [{ value: '', label: '—' }, ...EFFECT_TRACKS.map((k) => ({ value: k, label: t(`tracks.${k}`) }))]);
    const valueId = uid('custom-value');
    const value = h('input', { id: valueId, type: 'number', step: 1, value: 0, 'data-keep': `custom:value:${i}`, inputmode: 'numeric' });
    return { el: h('div', { class: 'row' }, track.field, h('div', { class: 'field' }, h('label', { for: valueId }, c('change')), value)), track: track.select, value };
  });
  const publishCustom = h('button', { type: 'button', class: 'primary' }, c('publishCustom'));
  publishCustom.addEventListener('click', () => {
    const card: InjectCard = {
      kind: 'custom',
      title: title.input.value,
      text: text.input.value,
      effects: effects.filter((e) => e.track.value && Number(e.value.value) !== 0).map((e) => ({ track: e.track.value as EffectTrack, value: Math.round(Number(e.value.value)) })),
    };
    ctx.command({ type: 'inject', card, reason: reason.input.value }, undefined, [...cleared, 'custom:title', 'custom:text']);
  });

  return section(c('injects'), 'console-injects',
    reason.field,
    h('h3', {}, c('eventsList')), list,
    h('h3', {}, c('deck')), search.field, schedule.field, results,
    h('details', { class: 'custom-card' }, h('summary', {}, c('customCard')), title.field, text.field, ...effects.map((e) => e.el), publishCustom));
}
