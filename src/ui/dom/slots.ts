import type { Language, Translate } from '../../i18n';
import type { ListedSlot } from '../autosave';
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
}

function date(iso: string, language: Language): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : d.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The saved games on the title; nothing when there are none. */
export function slotList(slots: readonly ListedSlot[], o: SlotListOptions): HTMLElement | null {
  if (slots.length === 0) return null;
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
        h('button', { type: 'button', 'aria-label': t('teach.slots.deleteLabel', { name: slot.name }), onclick: () => o.onDelete(slot) }, t('teach.slots.delete')))))));
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
