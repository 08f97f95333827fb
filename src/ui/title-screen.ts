import type { Language, Translate } from '../i18n';
import { discardSetAsideIndex, listSlots, setAsideIndexes, type Autosave, type ListedSlot } from './autosave';
import { askInDialog, type Question } from './dom/confirm-dialog';
import { h } from './dom/h';
import { discardQuestion, setAsideOffer, slotList } from './dom/slots';
import { download } from './page';
import type { KeyValueStore } from './types';

// The browser game's title screen: a new game, the autosave to resume (or the finished game's
// debrief to return to), a save file to load, the guide to replay, the facilitator's console, the
// named saves, and what was set aside because it could not be read.

export interface TitleScreenOptions {
  readonly t: Translate;
  readonly language: Language;
  readonly storage: KeyValueStore | null;
  /** The autosave offered to resume (the save keeper's `offered()`). */
  readonly saved: Autosave | null;
  /** An unreadable autosave set aside (the save keeper's `unreadable()`). */
  readonly unreadable: string | null;
  /** Where the questions before discarding a kept copy are asked. */
  readonly dialog: HTMLDialogElement;
  /** The side panel the title is shown in (the focus returns to its heading after a question). */
  readonly panel: HTMLElement;
  /** A scenario's title in the player's language (its id when unknown). */
  scenarioTitle(id: string): string;
  newGame(): void;
  resume(saved: Autosave): void;
  importSave(): void;
  replayGuide(): void;
  /** The facilitator's console (issue 11), when the page offers it. */
  readonly openConsole?: (() => void) | undefined;
  loadSlot(slot: ListedSlot): void;
  deleteSlot(slot: ListedSlot): void;
  discardUnreadable(): void;
  /** The title is drawn again (a list kept aside was discarded). */
  render(): void;
}

export function titlePanel(o: TitleScreenOptions): HTMLElement {
  const { t, saved, unreadable } = o;
  // A copy kept aside is discarded only once the player says so: it is gone for good.
  const ask = (question: Question, onYes: () => void) => askInDialog(o.dialog, question, onYes, () => o.panel.querySelector('h1'));
  return h('section', { class: 'title-screen' },
    h('h1', { tabindex: -1, class: 'panel-title' }, t('game.title')),
    h('p', { class: 'lead' }, t('game.subtitle')),
    h('p', {}, t('title.intro')),
    h('div', { class: 'actions stacked' },
      h('button', { type: 'button', class: 'primary', onclick: () => o.newGame() }, t('title.newGame')),
      saved?.readable ? h('button', { type: 'button', onclick: () => o.resume(saved) }, saved.finished ? t('teach.debriefResume') : t('title.resume')) : null,
      h('button', { type: 'button', onclick: () => o.importSave() }, t('toolbar.importSave')),
      h('button', { type: 'button', onclick: () => o.replayGuide() }, t('teach.guide.replay')),
      o.openConsole ? h('button', { type: 'button', onclick: () => o.openConsole?.() }, t('exercise.console.run')) : null),
    slotList(listSlots(o.storage), {
      t,
      language: o.language,
      scenarioTitle: (id) => o.scenarioTitle(id),
      onLoad: (slot) => o.loadSlot(slot),
      onDelete: (slot) => o.deleteSlot(slot),
      setAside: setAsideIndexes(o.storage),
      download,
      ask,
      onDiscardSetAside: (key) => {
        discardSetAsideIndex(o.storage, key);
        o.render();
      },
    }),
    unreadable !== null
      ? setAsideOffer({ text: t('title.unreadable'), downloadLabel: t('title.downloadUnreadable'), discardLabel: t('title.discardUnreadable'), fileName: 'csd-unreadable-save.json', content: unreadable, download, discard: () => o.discardUnreadable(), confirm: { question: discardQuestion(t), ask } })
      : null,
    h('p', { class: 'hint' }, t('game.source')));
}
