import type { Language, Translate } from '../../i18n';
import type { ListedSlot, SetAsideIndex } from '../autosave';
import type { Question } from './confirm-dialog';
import { h, uid } from './h';

// Named saves (issue 10, "nothing lost"): the title lists them with scenario, year and date, to
// load or delete; "Save as…" asks for a name. The storing itself is autosave.ts's. A slot whose
// entry in the index is damaged is listed all the same, by its name or id, to load or delete.

export interface SlotListOptions {
  readonly t: Translate;
  readonly language: Language;
  /** A scenario's title in the player's language (its id when unknown). */
  scenarioTitle(id: string): string;
  onLoad(slot: ListedSlot): void;
  onDelete(slot: ListedSlot): void;
  /** Lists of the saves that would not parse, kept aside (autosave.ts): offered to download or discard. */
  readonly setAside?: readonly SetAsideIndex[];
  /** Offers a file (page.ts's `download`). */
  download(name: string, text: string, type: string): void;
  /** Asks before a kept copy is discarded for good. */
  ask(question: Question, onYes: () => void): void;
  onDiscardSetAside(key: string): void;
}

// ── copies set aside ─────────────────────────────────────────────────────────────────────────
// Saved data that would not read is set aside, never overwritten (autosave.ts, console/persistence.ts):
// an autosave (offered on the title), a list of the saves (offered with the saves), a facilitator's
// exercise (offered on the console). Each is offered the same way: a line that says what was kept,
// Download (the text exactly as stored) and Discard.

/** A copy set aside, as offered. */
export interface SetAsideCopy {
  /** What was kept, and why. */
  readonly text: string;
  readonly downloadLabel: string;
  readonly discardLabel: string;
  /** The name it downloads under, and its text exactly as it was kept. */
  readonly fileName: string;
  readonly content: string;
  download(name: string, text: string, type: string): void;
  discard(): void;
  /** Asked before it is discarded (`ask` puts the question); without it, Discard discards at once. */
  readonly confirm?: { readonly question: Question; ask(question: Question, onYes: () => void): void };
}

/** "A damaged copy was kept": a status line, Download and Discard. */
export function setAsideOffer(copy: SetAsideCopy): HTMLElement {
  const textId = uid('set-aside');
  const discard = () => (copy.confirm ? copy.confirm.ask(copy.confirm.question, () => copy.discard()) : copy.discard());
  return h('div', { class: 'unreadable', role: 'status' },
    h('p', { id: textId }, copy.text),
    h('div', { class: 'actions' },
      h('button', { type: 'button', 'aria-describedby': textId, onclick: () => copy.download(copy.fileName, copy.content, 'application/json') }, copy.downloadLabel),
      h('button', { type: 'button', 'aria-describedby': textId, onclick: discard }, copy.discardLabel)));
}

/** The question before a kept copy is discarded: it is gone for good. */
export function discardQuestion(t: Translate): Question {
  return { title: t('setAside.confirmTitle'), text: t('setAside.confirmText'), yes: t('setAside.confirmYes'), no: t('setAside.confirmNo') };
}

/** The offers of the lists of saves kept aside, numbered when there are several. */
function setAsideIndexOffers(kept: readonly SetAsideIndex[], o: SlotListOptions): HTMLElement[] {
  const { t } = o;
  return kept.map((copy, i) => setAsideOffer({
    text: kept.length === 1 ? t('teach.slots.unreadable') : t('teach.slots.unreadableNth', { n: i + 1, count: kept.length }),
    downloadLabel: t('teach.slots.downloadUnreadable'),
    discardLabel: t('teach.slots.discardUnreadable'),
    fileName: i === 0 ? 'csd-unreadable-slots.json' : `csd-unreadable-slots-${i + 1}.json`,
    content: copy.text,
    download: o.download,
    discard: () => o.onDiscardSetAside(copy.key),
    confirm: { question: discardQuestion(t), ask: o.ask },
  }));
}

function date(iso: string, language: Language): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : d.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The saved games on the title, then any list of them kept aside; nothing when there are neither
 * (with no save left to list, the lists kept aside alone, without the heading).
 */
export function slotList(slots: readonly ListedSlot[], o: SlotListOptions): HTMLElement | null {
  const kept = setAsideIndexOffers(o.setAside ?? [], o);
  if (slots.length === 0) return kept.length === 0 ? null : h('div', { class: 'slots-kept' }, ...kept);
  const { t } = o;
  return h('section', { class: 'slots', 'aria-labelledby': 'slots-title' },
    h('h2', { id: 'slots-title' }, t('teach.slots.title')),
    h('ul', {}, ...slots.map((slot) => h('li', { 'data-slot': slot.id, class: 'damaged' in slot ? 'damaged' : null },
      h('div', { class: 'slot-text' },
        h('strong', {}, slot.name),
        h('span', { class: 'hint' }, 'damaged' in slot
          ? t('teach.slots.damaged')
          : t('teach.slots.row', { scenario: o.scenarioTitle(slot.scenario), year: slot.year, date: date(slot.savedAt, o.language), count: slot.moves }))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', 'aria-label': t('teach.slots.loadLabel', { name: slot.name }), onclick: () => o.onLoad(slot) }, t('teach.slots.load')),
        h('button', { type: 'button', 'aria-label': t('teach.slots.deleteLabel', { name: slot.name }), onclick: () => o.onDelete(slot) }, t('teach.slots.delete')))))),
    ...kept);
}

/** "Save as…": asks for a name in `dialog`; `onSave` gets it (trimmed, never empty). */
export function showSaveAs(dialog: HTMLDialogElement, t: Translate, suggested: string, onSave: (name: string) => void): void {
  const id = uid('slot-name');
  const input = h('input', { id, type: 'text', maxlength: 80, value: suggested, required: true, autocomplete: 'off' });
  const form = h('form', { class: 'save-as' },
    h('h2', { id: 'save-as-title' }, t('teach.slots.saveAsTitle')),
    h('div', { class: 'field' }, h('label', { for: id }, t('teach.slots.name')), input),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('teach.slots.save')),
      h('button', { type: 'button', onclick: () => dialog.close() }, t('teach.slots.cancel'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = input.value.trim() || suggested;
    dialog.close();
    onSave(name);
  });
  dialog.replaceChildren(form);
  dialog.setAttribute('aria-labelledby', 'save-as-title');
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select?.();
}

/** "Leave this game for a new one?": `onLeave` when the player confirms. */
export function showConfirmNewGame(dialog: HTMLDialogElement, t: Translate, onLeave: () => void): void {
  dialog.replaceChildren(
    h('h2', { id: 'confirm-title' }, t('teach.confirm.title')),
    h('p', {}, t('teach.confirm.body')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => dialog.close() }, t('teach.confirm.stay')),
      h('button', { type: 'button', onclick: () => {
        dialog.close();
        onLeave();
      } }, t('teach.confirm.leave'))));
  dialog.setAttribute('aria-labelledby', 'confirm-title');
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('button.primary')?.focus();
}
