import type { Language, Translate } from '../../i18n';
import { citeSource } from '../../i18n/briefings';
import { GLOSSARY, type GlossaryEntry } from '../../i18n/glossary';
import { linkTerms } from '../../i18n/glossary-links';
import { h } from './h';

// The glossary one click away (issue 10): a dialog with every entry and a search field, opened from
// the toolbar or from a term in a text. Terms are found by i18n/glossary-links.ts; here they become
// small buttons that open the glossary at their entry. Escape closes it and focus goes back to
// where it was.

/** Opens the glossary, at an entry when given. */
export type OpenGlossary = (entryId?: string) => void;

/**
 * A text with its glossary terms as buttons that open the glossary at their entry: joined, the
 * nodes' text is the text given. For any panel that shows card or paper text.
 */
export function linkedText(text: string, language: Language, open: OpenGlossary, t?: Translate): Node[] {
  return linkTerms(text, language).map((piece) =>
    typeof piece === 'string'
      ? document.createTextNode(piece)
      : h('button', { type: 'button', class: 'term-link', 'data-term': piece.id, title: t ? t('teach.glossary.open', { term: piece.term }) : null, onclick: () => open(piece.id) }, piece.term),
  );
}

const folded = (text: string, language: Language) => text.toLocaleLowerCase(language).normalize('NFD').replace(/\p{M}/gu, '');

function matches(entry: GlossaryEntry, query: string, language: Language): boolean {
  if (!query) return true;
  const hay = folded([entry.headword[language], ...entry.terms[language], entry.definition[language]].join(' '), language);
  return hay.includes(folded(query, language));
}

function entryItem(entry: GlossaryEntry, language: Language, t: Translate): HTMLElement {
  return h('li', { class: 'glossary-entry', id: `glossary-${entry.id}`, 'data-entry': entry.id, tabindex: -1 },
    h('h3', {}, entry.headword[language]),
    entry.range ? h('p', { class: 'hint' }, t('teach.glossary.range', { from: entry.range[0], to: entry.range[1] })) : null,
    h('p', {}, entry.definition[language]),
    entry.quote ? h('blockquote', { lang: 'en' }, `“${entry.quote.text}”`) : null,
    entry.quote ? h('p', { class: 'cite' }, `${citeSource(entry.quote, language)} · ${t('teach.quoteNote')}`) : null);
}

/**
 * Shows the glossary in `dialog` (modal), scrolled to and marking `entryId` when given. `returnTo`
 * gets the focus back when it closes.
 */
export function showGlossary(dialog: HTMLDialogElement, t: Translate, language: Language, entryId?: string, returnTo?: HTMLElement | null): void {
  const list = h('ul', { class: 'glossary-list' }, ...GLOSSARY.map((e) => entryItem(e, language, t)));
  const none = h('p', { class: 'hint', hidden: true, role: 'status' }, t('teach.glossary.none'));
  const search = h('input', { type: 'search', id: 'glossary-search', 'aria-label': t('teach.glossary.search'), placeholder: t('teach.glossary.search'), autocomplete: 'off' });
  search.addEventListener('input', () => {
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>('li[data-entry]')) {
      const entry = GLOSSARY.find((e) => e.id === item.dataset.entry);
      item.hidden = !entry || !matches(entry, search.value.trim(), language);
      if (!item.hidden) shown++;
    }
    none.hidden = shown > 0;
  });
  const close = h('button', { type: 'button', class: 'primary', onclick: () => dialog.close() }, t('common.close'));
  dialog.replaceChildren(
    h('div', { class: 'glossary-head' }, h('h2', { id: 'glossary-title' }, t('teach.glossary.title')), close),
    search,
    none,
    list,
  );
  dialog.classList.add('glossary-dialog');
  dialog.setAttribute('aria-labelledby', 'glossary-title');
  const back = returnTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  // Escape closes the dialog (browsers do it for a modal dialog; this also covers those that do not).
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  };
  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener('close', () => {
    dialog.removeEventListener('keydown', onKey);
    dialog.classList.remove('glossary-dialog');
    if (back?.isConnected) back.focus();
  }, { once: true });
  if (!dialog.open) dialog.showModal();
  const target = entryId ? list.querySelector<HTMLElement>(`#glossary-${CSS.escape(entryId)}`) : null;
  if (target) {
    target.classList.add('current');
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  } else search.focus();
}
