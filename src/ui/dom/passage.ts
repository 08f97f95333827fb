import type { Card } from '../../engine';
import type { Language, Translate } from '../../i18n';
import { citationLine } from '../../i18n/describe';
import type { Passage } from '../types';
import { h } from './h';

// The cited passage of the paper in context, in a modal dialog (Escape closes it).

export function showPassage(dialog: HTMLDialogElement, card: Card, passage: Passage | null, t: Translate, language: Language): void {
  dialog.replaceChildren(
    h('h2', { id: 'passage-title' }, card.title[language]),
    h('p', { class: 'cite' }, citationLine(t, card)),
    passage
      ? h('div', { class: 'passage', lang: 'en' }, passage.before, h('mark', {}, passage.quote), passage.after)
      : h('p', {}, t('passage.notFound')),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'primary', autofocus: true }, t('common.close'))),
  );
  dialog.setAttribute('aria-labelledby', 'passage-title');
  if (!dialog.open) dialog.showModal();
}
