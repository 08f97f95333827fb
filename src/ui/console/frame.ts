import type { Translate } from '../../i18n';
import { h } from '../dom/h';
import { clip } from '../page';

// The console's page: its message line, its main area, the one modal dialog (a passage of the
// paper, a question), the hidden file input for imports and a polite live region for the clock.

export interface ConsoleFrame {
  readonly main: HTMLElement;
  readonly message: HTMLElement;
  readonly dialog: HTMLDialogElement;
  readonly file: HTMLInputElement;
  readonly live: HTMLElement;
}

/** The console's page, put in `root`; `onFile` when the facilitator has chosen a file to import. */
export function consoleFrame(root: HTMLElement, onFile: () => void): ConsoleFrame {
  const file = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  file.addEventListener('change', onFile);
  const frame: ConsoleFrame = {
    main: h('main', { class: 'console-main', id: 'console' }),
    message: h('div', { class: 'message', role: 'alert', hidden: true }),
    dialog: h('dialog', { class: 'passage-dialog' }),
    file,
    live: h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
  };
  root.replaceChildren(h('div', { class: 'console-app' }, frame.message, frame.main), frame.dialog, frame.live, file);
  return frame;
}

/**
 * The message line: a refusal, a failure (with the technical detail, in English, after it), or a
 * piece of news such as an import or a fork. Empty text hides it.
 */
export function drawMessage(el: HTMLElement, t: Translate, text: string | null, details?: string, kind: 'error' | 'info' = 'error'): void {
  el.hidden = !text;
  el.dataset.kind = kind;
  el.replaceChildren(
    ...(text ? [h('p', { class: 'main' }, text)] : []),
    ...(text && details ? [h('p', { class: 'details' }, t('errors.details'), h('span', { lang: 'en' }, clip(details, 200)))] : []),
  );
}
