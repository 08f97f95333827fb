import type { Translate } from '../../i18n';
import { h } from './h';
import { keyActs } from './settle';

// Keyboard shortcuts for the common moves of a turn. They never fire while the player types in a
// field, and they go with the panel that installed them: removed by the returned function, or by
// themselves at the first key pressed after their panel has left the page.

export interface ShortcutHandlers {
  /** 1–9: the n-th action or option (0-based). */
  readonly toggle?: (index: number) => void;
  /** Enter. */
  readonly confirm?: () => void;
  /** N or Space, at the report. */
  readonly next?: () => void;
  /** U or Ctrl+Z. */
  readonly undo?: () => void;
  /** G: the glossary; by default a `csd:glossary` event on the window, for the app to open it. */
  readonly glossary?: () => void;
  /** ?: the list of shortcuts. */
  readonly help?: () => void;
}

/** The event the G key sends to the window for the app's glossary. */
export const GLOSSARY_EVENT = 'csd:glossary';

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'password', 'url', 'tel', 'date', 'time', 'month', 'week', 'datetime-local']);

/** Whether the key goes to something the player types into (a field, a list, an editable area). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target.closest('[contenteditable=""], [contenteditable="true"]') !== null;
}

/** Controls that answer Enter or Space themselves (a button, a link, a disclosure). */
function activates(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** What a key does on the panel, if anything; `movesOn` for the keys that close it (Enter, N, Space). */
function shortcut(event: KeyboardEvent, handlers: ShortcutHandlers, view: Window): { run: () => void; movesOn?: boolean } | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key;
  if (ctrl && !event.altKey && (key === 'z' || key === 'Z') && handlers.undo) return { run: handlers.undo };
  if (ctrl || event.altKey) return null;
  const { toggle, confirm, next, undo, help } = handlers;
  if (/^[1-9]$/.test(key) && toggle) return { run: () => toggle(Number(key) - 1) };
  if (key === 'Enter' && confirm && !activates(event.target)) return { run: confirm, movesOn: true };
  if ((key === 'n' || key === 'N' || key === ' ') && next && !(key === ' ' && activates(event.target))) return { run: next, movesOn: true };
  if ((key === 'u' || key === 'U') && undo) return { run: undo };
  if (key === 'g' || key === 'G') return { run: handlers.glossary ?? (() => view.dispatchEvent(new CustomEvent(GLOSSARY_EVENT))) };
  if (key === '?' && help) return { run: help };
  return null;
}

export function installShortcuts(root: HTMLElement, handlers: ShortcutHandlers): () => void {
  const view = root.ownerDocument.defaultView;
  if (!view) return () => {};
  const onKey = (event: KeyboardEvent) => {
    if (!root.isConnected) return remove();
    if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
    // Another window over the panel (a passage, the glossary) takes the keys; our own help closes on Escape.
    const open = root.ownerDocument.querySelector('dialog[open]');
    if (open && !root.contains(open)) return;
    if (open) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      if (open instanceof HTMLDialogElement && typeof open.close === 'function') open.close();
      open.removeAttribute('open');
      return;
    }
    const action = shortcut(event, handlers, view);
    if (!action) return;
    event.preventDefault();
    // A held key acts once; Enter and N/Space, which move the game on, wait for a fresh panel to
    // settle, so that a press meant for the panel before never acts on this one (settle.ts).
    if (action.movesOn ? !keyActs(event) : event.repeat) return;
    action.run();
  };
  const remove = () => view.removeEventListener('keydown', onKey);
  view.addEventListener('keydown', onKey);
  return remove;
}

/** The shortcuts that a panel offers, as [keys, what they do] rows. */
function shortcutRows(t: Translate, offered: ShortcutHandlers): [string, string][] {
  const rows: [string, string][] = [];
  if (offered.toggle) rows.push(['1–9', t('turnView.keys.toggle')]);
  if (offered.confirm) rows.push(['Enter', t('turnView.keys.confirm')]);
  if (offered.next) rows.push([t('turnView.keyNames.next'), t('turnView.keys.next')]);
  if (offered.undo) rows.push(['U · Ctrl+Z', t('turnView.keys.undo')]);
  rows.push(['G', t('turnView.keys.glossary')], ['?', t('turnView.keys.help')], [t('turnView.keyNames.escape'), t('turnView.keys.close')]);
  return rows;
}

/** The help window listing the shortcuts: a <dialog> with a table; Escape closes it. */
export function shortcutsDialog(t: Translate, offered: ShortcutHandlers): { dialog: HTMLDialogElement; open: () => void } {
  const close = h('button', { type: 'button', class: 'secondary' }, t('common.close'));
  const dialog = h('dialog', { class: 'shortcuts-dialog', 'aria-label': t('turnView.shortcuts') },
    h('h2', {}, t('turnView.shortcuts')),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('turnView.key')), h('th', { scope: 'col' }, t('turnView.does')))),
      h('tbody', {}, ...shortcutRows(t, offered).map(([key, does]) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, key)), h('td', {}, does))))),
    h('div', { class: 'actions' }, close));
  const shut = () => {
    if (typeof dialog.close === 'function') dialog.close();
    dialog.removeAttribute('open');
  };
  close.addEventListener('click', shut);
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    shut();
  });
  const open = () => {
    if (dialog.open) return;
    if (typeof dialog.showModal === 'function' && dialog.isConnected) {
      try {
        dialog.showModal();
        return;
      } catch {
        // Not supported here: shown in place below.
      }
    }
    dialog.setAttribute('open', '');
  };
  return { dialog, open };
}
