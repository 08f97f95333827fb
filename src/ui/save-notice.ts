import type { Translate } from '../i18n';
import type { Autosave } from './autosave';
import { h } from './dom/h';
import type { SaveKeeper } from './save-keeper';

// The standing notice about saving during a game: another tab's save in the way of this tab's
// (the player chooses which to keep), or a save the store refused (the file is offered instead).

export interface SaveNoticeOptions {
  readonly t: Translate;
  readonly saves: SaveKeeper;
  /** The number of moves of the game being played; null when none is. */
  readonly moves: number | null;
  /** This tab's game is kept: the other tab's save will be replaced. */
  keepThis(): void;
  loadOther(other: Autosave): void;
  /** The save file of this tab's game. */
  download(): void;
}

export function renderSaveNotice(notice: HTMLElement, o: SaveNoticeOptions): void {
  const { t, saves, moves } = o;
  const other = saves.conflict;
  if (other && moves !== null) {
    const theirs = other.moves?.length ?? 0;
    const ahead = other.game === saves.game && theirs > moves;
    notice.hidden = false;
    notice.replaceChildren(
      h('p', {}, ahead ? t('notice.otherTabAhead', { theirs, mine: moves }) : t('notice.otherTabGame')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => o.keepThis() }, t('notice.keepThis')),
        h('button', { type: 'button', onclick: () => o.loadOther(other) }, t('notice.loadOther'))),
    );
  } else if (saves.failed && moves !== null) {
    notice.hidden = false;
    notice.replaceChildren(h('p', {}, t('notice.saveFailed')), h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => o.download() }, t('notice.download'))));
  } else {
    notice.hidden = true;
    notice.replaceChildren();
  }
}
