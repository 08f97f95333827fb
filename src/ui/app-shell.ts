import type { Translate } from '../i18n';
import { h } from './dom/h';
import { clip } from './page';

// The browser game's page: the toolbar, the board's stage beside the side panel (with its message
// line and its notice about saving above it), the dialogs, the screen readers' live region and the
// hidden file input behind "Load a save file".

export interface AppShell {
  readonly stage: HTMLElement;
  readonly panel: HTMLElement;
  readonly message: HTMLElement;
  readonly notice: HTMLElement;
  /** A card's passage, "Save as…", the questions asked before something is lost. */
  readonly dialog: HTMLDialogElement;
  readonly glossary: HTMLDialogElement;
  readonly live: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly fileInput: HTMLInputElement;
}

/** Builds the page into `root`, replacing what was there. */
export function mountShell(root: HTMLElement): AppShell {
  const shell: AppShell = {
    stage: h('div', { class: 'stage', id: 'stage' }),
    panel: h('main', { class: 'panel', id: 'panel', 'aria-live': 'polite' }),
    message: h('div', { class: 'message', role: 'alert', hidden: true }),
    notice: h('div', { class: 'message notice', role: 'alert', 'data-kind': 'warning', hidden: true }),
    dialog: h('dialog', { class: 'passage-dialog' }),
    glossary: h('dialog', { class: 'passage-dialog glossary' }),
    live: h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
    toolbar: h('nav', { class: 'toolbar' }),
    fileInput: h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' }),
  };
  const { toolbar, stage, message, notice, panel, dialog, glossary, live, fileInput } = shell;
  root.replaceChildren(toolbar, h('div', { class: 'body' }, stage, h('div', { class: 'side' }, message, notice, panel)), dialog, glossary, live, fileInput);
  return shell;
}

/**
 * Shows a message in the player's language on the message line (none: clears it); `details`,
 * when given, is the rules' or the browser's own wording (English), shown apart from it.
 */
export function showMessage(line: HTMLElement, t: Translate, text: string | null, kind: 'error' | 'info' = 'error', details?: string): void {
  line.hidden = !text;
  line.dataset.kind = kind;
  line.replaceChildren(
    ...(text ? [h('p', { class: 'main' }, text)] : []),
    ...(text && details ? [h('p', { class: 'details' }, t('errors.details'), h('span', { lang: 'en' }, clip(details, 200)))] : []),
  );
}
