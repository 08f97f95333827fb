import { h } from './h';

// A question asked in the page's own modal dialog rather than the browser's `confirm()` (on the
// console and on the title): it speaks the page's language, reads as a heading and a sentence to a
// screen reader, starts on the safe answer, and Escape (the dialog's `cancel`) keeps things as they
// are. Focus goes back to where it was when the dialog closes, or to the page's heading when that
// control has been redrawn since.

export interface Question {
  readonly title: string;
  readonly text: string;
  /** The answer that goes ahead (drawn as a warning). */
  readonly yes: string;
  /** The answer that keeps things as they are (focused first). */
  readonly no: string;
  /** A third button that does something without closing the dialog (export before ending, say). */
  readonly aside?: { readonly label: string; run(): void };
}

const TITLE_ID = 'confirm-title';
const TEXT_ID = 'confirm-text';

/** Asks `question` in `dialog`; `onYes` runs once if the answer is yes. */
export function askInDialog(dialog: HTMLDialogElement, question: Question, onYes: () => void, fallbackFocus: () => HTMLElement | null): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const finish = (yes: boolean) => {
    dialog.removeEventListener('close', onClose);
    if (dialog.open) dialog.close();
    if (yes) onYes();
    // The opener may have been redrawn (or gone, with the exercise): then the page's heading.
    const target = opener?.isConnected ? opener : fallbackFocus();
    target?.focus();
  };
  const onClose = () => finish(false);
  const no = h('button', { type: 'button', class: 'primary', autofocus: true, onclick: () => finish(false) }, question.no);
  dialog.replaceChildren(
    h('h2', { id: TITLE_ID }, question.title),
    h('p', { id: TEXT_ID }, question.text),
    h('div', { class: 'actions confirm-actions' },
      no,
      ...(question.aside ? [h('button', { type: 'button', onclick: () => question.aside?.run() }, question.aside.label)] : []),
      h('button', { type: 'button', class: 'danger', onclick: () => finish(true) }, question.yes)),
  );
  dialog.setAttribute('aria-labelledby', TITLE_ID);
  dialog.setAttribute('aria-describedby', TEXT_ID);
  // Escape fires `cancel` then `close`: the same as "no".
  dialog.addEventListener('close', onClose);
  if (!dialog.open) dialog.showModal();
  no.focus();
}
