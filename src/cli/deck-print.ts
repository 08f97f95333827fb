import type { Card, Scenario } from '../engine';
import { describeCondition, describeEffects, citationLine } from '../i18n/describe';
import { createStrings, type Language } from '../i18n';

// The deck as a printable sheet for tabletop play: one HTML file, cards laid out to cut along
// dashed lines, each with its provenance, conditions, effects, choice and citation.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function cardHtml(card: Card, language: Language, t: ReturnType<typeof createStrings>['t']): string {
  const choice = card.choice
    ? `<div class="choice"><strong>${escape(t('print.choice', { role: t(`roles.${card.choice.role}`) }))}:</strong> ${escape(card.choice.prompt[language])}<ul>${card.choice.options
        .map((o) => `<li><strong>${escape(o.label[language])}</strong>: ${escape(describeEffects(t, o.effects))}</li>`)
        .join('')}</ul></div>`
    : '';
  return `<article class="card" id="${escape(card.id)}">
  <header><h2>${escape(card.title[language])}</h2><p class="tags">${escape(card.tags.map((tag) => t(`tags.${tag}`)).join(' · '))}${card.repeatable ? ` · ${escape(t('print.repeatable'))}` : ''}</p></header>
  <p class="provenance" data-provenance="${card.provenance}">${escape(t(`provenance.${card.provenance}`))}</p>
  <p class="when"><strong>${escape(t('print.when'))}:</strong> ${escape(describeCondition(t, card.when))}</p>
  <p class="text">${escape(card.text[language])}</p>
  <p class="effects"><strong>${escape(t('print.effects'))}:</strong> ${escape(describeEffects(t, card.effects))}</p>
  ${choice}
  <footer><p class="quote">“${escape(card.citation.quote)}”</p><p class="cite">${escape(citationLine(t, card))} · <code>${escape(card.id)}</code></p></footer>
</article>`;
}

export function deckSheetHtml(cards: readonly Card[], scenarios: readonly Scenario[], language: Language): string {
  const { t } = createStrings(language);
  const titles = scenarios.map((s) => s.title[language]).join(', ');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escape(t('print.title'))}</title>
<style>
  @page { size: auto; margin: 10mm; }
  * { box-sizing: border-box; }
  body { font: 9.5pt/1.35 Georgia, 'Times New Roman', serif; color: #111; margin: 0; padding: 10mm; }
  h1 { font-size: 16pt; margin: 0 0 2mm; }
  .intro { margin: 0 0 6mm; color: #444; }
  .sheet { display: grid; grid-template-columns: repeat(auto-fill, minmax(88mm, 1fr)); gap: 0; }
  .card { border: 1px dashed #777; padding: 4mm; min-height: 120mm; break-inside: avoid; page-break-inside: avoid; display: flex; flex-direction: column; gap: 1.5mm; }
  .card h2 { font-size: 12pt; margin: 0; }
  .tags { margin: 0; font: 7.5pt/1.2 Arial, sans-serif; text-transform: uppercase; letter-spacing: 0.04em; color: #555; }
  .when, .effects { margin: 0; font: 8.5pt/1.3 Arial, sans-serif; }
  .provenance { margin: 0; font: italic 8pt/1.2 Arial, sans-serif; color: #333; }
  .provenance[data-provenance="history"] { font-weight: bold; font-style: normal; }
  .text { margin: 0; }
  .choice { font: 8.5pt/1.3 Arial, sans-serif; border-left: 2px solid #333; padding-left: 2mm; }
  .choice ul { margin: 1mm 0 0; padding-left: 4mm; }
  footer { margin-top: auto; border-top: 1px solid #ccc; padding-top: 1.5mm; }
  .quote { margin: 0; font-style: italic; font-size: 8.5pt; }
  .cite { margin: 0.5mm 0 0; font: 7.5pt/1.2 Arial, sans-serif; color: #444; }
  @media print { body { padding: 0; } .intro { display: none; } }
</style>
</head>
<body>
<h1>${escape(t('print.title'))}</h1>
<p class="intro">${escape(t('print.intro'))} ${escape(titles)} · ${escape(t('print.cards', { count: cards.length }))}</p>
<main class="sheet">
${cards.map((c) => cardHtml(c, language, t)).join('\n')}
</main>
</body>
</html>
`;
}
