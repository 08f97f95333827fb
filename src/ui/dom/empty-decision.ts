import type { Translate } from '../../i18n';
import { h, uid } from './h';
import { mainActions } from './settle';

// Confirming a year's decisions with nothing chosen while capital is left asks first: a stray
// Enter or click must not spend a team's year on nothing. The question is a modal window in the
// panel, so the panel's shortcuts leave it alone (keys.ts) and Escape goes back.

export interface EmptyDecisionAsk {
  readonly dialog: HTMLDialogElement;
  /** Asks, with this much capital unspent. */
  open(left: number): void;
}

/** The question, with "Confirm with no action" (then `confirm`) and "Go back" (the one focused). */
export function emptyDecisionAsk(t: Translate, confirm: () => void): EmptyDecisionAsk {
  const titleId = uid('empty-title');
  const body = h('p', {});
  const yes = h('button', { type: 'button', class: 'primary' }, t('turnView.emptyDecision.confirm'));
  const back = h('button', { type: 'button', class: 'secondary', autofocus: true }, t('turnView.emptyDecision.back'));
  const dialog = h('dialog', { class: 'empty-decision', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('turnView.emptyDecision.title')), body, h('div', { class: 'actions' }, yes, back));
  const shut = () => {
    if (typeof dialog.close === 'function') dialog.close();
    dialog.removeAttribute('open');
  };
  yes.addEventListener('click', () => {
    shut();
    confirm();
  });
  back.addEventListener('click', shut);
  // A press meant for Confirm (a double-click, a repeated Enter) does not answer the question.
  mainActions(yes, back);
  const open = (left: number) => {
    body.textContent = t('turnView.emptyDecision.body', { left });
    if (dialog.open) return;
    if (typeof dialog.showModal === 'function' && dialog.isConnected) {
      try {
        dialog.showModal();
        back.focus();
        return;
      } catch {
        // Not supported here: shown in place below.
      }
    }
    dialog.setAttribute('open', '');
    back.focus();
  };
  return { dialog, open };
}
