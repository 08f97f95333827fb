import { optionCost, type Card, type CardChoiceOption, type Effect, type Scenario } from '../engine';
import type { Language } from '../i18n';
import { describeCondition, describeEffects, effectsHtml, formatNumber, tableOf } from './describe';
import { CARD_MM, escapeHtml as esc, page } from './html';
import { KIT_STRINGS } from './strings';

// The event cards at poker size (63.5 × 88.9 mm), nine to a sheet with cut marks in the margins.
// A card that says more is set in a smaller size class, chosen by how many characters it prints,
// so that nothing is ever clipped.

export const CARDS_PER_SHEET = 9;

/** Size classes by the number of characters a card prints (measured in headless Chromium). */
export const CARD_SIZE_CLASSES: readonly { readonly upTo: number; readonly className: string }[] = [
  { upTo: 640, className: '' },
  { upTo: 820, className: 'long' },
  { upTo: 1000, className: 'longer' },
  { upTo: Infinity, className: 'longest' },
];

/** A cost the deck writes into an option's label: "(costs 2 capital)", "(cuesta 2 de capital, puede aprobarse)". */
const CAPITAL_NOTE = /\s*\((?:costs|cuesta|gains|da) \d+ (?:de )?capital(?:, ([^)]*))?\)/;

/**
 * An option's label without the capital note, and its effects without the chooser's own capital
 * spending, which the card prints once as "costs N capital" (never "costs 2 capital … spends 2").
 */
export function choiceOptionParts(card: Card, option: CardChoiceOption, language: Language): { label: string; cost: number; effects: readonly Effect[] } {
  const role = card.choice?.role;
  const label = option.label[language].replace(CAPITAL_NOTE, (_m, rest: string | undefined) => (rest ? ` (${rest})` : '')).trim();
  const cost = role ? optionCost(option, role) : 0;
  const effects = option.effects.filter((e) => !(e.op === 'capital' && e.role === role && e.value < 0));
  return { label, cost, effects };
}

export function citationText(card: Card, language: Language): string {
  const fn = card.citation.footnotes?.length ? ` (${tableOf(language).print.footnotes} ${card.citation.footnotes.join(', ')})` : '';
  return `Downie 2011, ${card.citation.section}${fn}`;
}

/** Everything a card prints, for its size class. */
export function printedLength(card: Card, language: Language): number {
  const t = tableOf(language);
  const parts = [
    card.title[language],
    card.text[language],
    describeCondition(card.when, language),
    describeEffects(card.effects, language),
    card.citation.quote,
    citationText(card, language),
    t.provenance[card.provenance],
  ];
  if (card.choice) {
    parts.push(card.choice.prompt[language], t.roles[card.choice.role]);
    for (const o of card.choice.options) {
      const { label, effects } = choiceOptionParts(card, o, language);
      parts.push(label, describeEffects(effects, language));
    }
  }
  return parts.reduce((n, p) => n + p.length, 0);
}

export function sizeClass(card: Card, language: Language): string {
  const n = printedLength(card, language);
  return (CARD_SIZE_CLASSES.find((c) => n <= c.upTo) ?? CARD_SIZE_CLASSES[CARD_SIZE_CLASSES.length - 1])?.className ?? '';
}

export function eventCardHtml(card: Card, language: Language, scheduledYear?: number): string {
  const k = KIT_STRINGS[language];
  const t = tableOf(language);
  const notes = [
    ...card.tags.map((tag) => t.tags[tag]),
    ...(card.repeatable ? [k.repeatable] : []),
    ...(card.weight !== 1 ? [k.weight(formatNumber(card.weight, language))] : []),
    ...(scheduledYear !== undefined ? [k.scheduled(scheduledYear)] : []),
  ];
  const choice = card.choice
    ? `<div class="choice"><p><span class="label">${esc(k.choiceFor(card.choice.role))}:</span> ${esc(card.choice.prompt[language])}</p><ul>${card.choice.options
        .map((o) => {
          const { label, cost, effects } = choiceOptionParts(card, o, language);
          const price = cost > 0 ? ` <span class="price">(${esc(k.costs(cost))})</span>` : '';
          return `<li><strong>${esc(label)}</strong>${price}: ${effectsHtml(effects, language, esc)}</li>`;
        })
        .join('')}</ul></div>`
    : '';
  const size = sizeClass(card, language);
  return `<article class="card${size ? ` ${size}` : ''}" data-card="${esc(card.id)}">
  <header><h2>${esc(card.title[language])}</h2></header>
  <p class="tags">${esc(notes.join(' · '))}</p>
  <p class="provenance" data-provenance="${card.provenance}">${esc(t.provenance[card.provenance])}</p>
  <p class="when"><span class="label">${esc(k.when)}:</span> ${esc(describeCondition(card.when, language))}</p>
  <p class="text">${esc(card.text[language])}</p>
  <p class="effects"><span class="label">${esc(k.effects)}:</span> ${effectsHtml(card.effects, language, esc)}</p>
  ${choice}
  <footer><p class="quote">“${esc(card.citation.quote)}”</p><div class="foot"><p class="cite">${esc(citationText(card, language))}</p><span class="ref">${esc(k.ref)} ${esc(card.id)}</span></div></footer>
</article>`;
}

/** Cut marks in the margins at every card edge, as positioned rules outside the grid. */
function cutMarks(pageW: number, pageH: number): string {
  const gridW = CARD_MM.width * 3;
  const gridH = CARD_MM.height * 3;
  const left = (pageW - gridW) / 2;
  const top = (pageH - gridH) / 2;
  const gap = 1;
  const len = 4;
  const marks: string[] = [];
  const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;
  for (let i = 0; i <= 3; i++) {
    const x = left + i * CARD_MM.width;
    marks.push(`<i class="cut v" style="left:${mm(x)};top:${mm(top - gap - len)}"></i>`, `<i class="cut v" style="left:${mm(x)};top:${mm(top + gridH + gap)}"></i>`);
    const y = top + i * CARD_MM.height;
    marks.push(`<i class="cut h" style="top:${mm(y)};left:${mm(left - gap - len)}"></i>`, `<i class="cut h" style="top:${mm(y)};left:${mm(left + gridW + gap)}"></i>`);
  }
  return marks.join('');
}

export function eventCardPages(cards: readonly Card[], scenario: Scenario, language: Language, pageSize: { width: number; height: number }): string[] {
  const k = KIT_STRINGS[language];
  const scheduled = new Map(scenario.schedule.map((s) => [s.card, s.year]));
  const sheets: string[] = [];
  const total = Math.ceil(cards.length / CARDS_PER_SHEET);
  for (let i = 0; i < cards.length; i += CARDS_PER_SHEET) {
    const chunk = cards.slice(i, i + CARDS_PER_SHEET);
    const n = i / CARDS_PER_SHEET + 1;
    const head = `<h2 class="running-head">${esc(k.sections.cards)} · ${n}/${total}${n === 1 ? ` · ${esc(k.cutHere)}` : ''}</h2>`;
    const grid = `<div class="card-grid">\n${chunk.map((c) => eventCardHtml(c, language, scheduled.get(c.id))).join('\n')}\n</div>`;
    sheets.push(page('cards', `${head}${cutMarks(pageSize.width, pageSize.height)}\n${grid}`, 'cards'));
  }
  return sheets;
}
