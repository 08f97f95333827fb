import type { Card } from '../../engine';
import type { Language, Translate } from '../../i18n';
import { citationLine } from '../../i18n/describe';
import type { Passage, PassagePiece, PassageSlip } from '../types';
import { h } from './h';

// The cited passage of the paper in context, in a modal dialog (Escape closes it). The paper's
// slips are marked where they appear ("1998 [sic: 1997]"), with a note on each below the passage.

function slipMark(slip: PassageSlip, t: Translate, language: Language): Node[] {
  return [
    h('span', { class: 'slip', 'data-erratum': slip.erratum }, slip.slip),
    document.createTextNode(' '),
    h('small', { class: 'erratum', lang: language, title: slip.note[language] }, `[${t('errata.sic', { correction: slip.correction[language] })}]`),
  ];
}

function render(pieces: readonly PassagePiece[], t: Translate, language: Language): (Node | string)[] {
  return pieces.flatMap((p): (Node | string)[] => (typeof p === 'string' ? [p] : slipMark(p, t, language)));
}

function errataNotes(passage: Passage, t: Translate, language: Language): HTMLElement[] {
  const slips = [...passage.before, ...passage.quote, ...passage.after].filter((p): p is PassageSlip => typeof p !== 'string');
  const unique = slips.filter((s, i) => slips.findIndex((o) => o.erratum === s.erratum) === i);
  if (unique.length === 0) return [];
  return [h('aside', { class: 'errata', lang: language },
    h('p', {}, h('strong', {}, t('errata.title'))),
    h('ul', {}, ...unique.map((s) => h('li', {}, h('span', { lang: 'en' }, `“${s.slip}”`), ` → ${s.correction[language]}: ${s.note[language]}`))))];
}

export function showPassage(dialog: HTMLDialogElement, card: Card, passage: Passage | null, t: Translate, language: Language): void {
  dialog.replaceChildren(
    h('h2', { id: 'passage-title' }, card.title[language]),
    h('p', { class: 'provenance', 'data-provenance': card.provenance }, t(`provenance.${card.provenance}`)),
    h('p', { class: 'cite' }, citationLine(t, card)),
    passage
      ? h('div', { class: 'passage', lang: 'en' }, ...render(passage.before, t, language), h('mark', {}, ...render(passage.quote, t, language)), ...render(passage.after, t, language))
      : h('p', {}, t('passage.notFound')),
    ...(passage ? errataNotes(passage, t, language) : []),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'primary', autofocus: true }, t('common.close'))),
  );
  dialog.setAttribute('aria-labelledby', 'passage-title');
  if (!dialog.open) dialog.showModal();
}
