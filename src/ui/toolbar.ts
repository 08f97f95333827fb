import type { Language, Strings } from '../i18n';
import { h } from './dom/h';

// The toolbar on the table: the view (language, text size, projector), the sound, help (glossary,
// briefing) and, during a game, the "Game" menu with what acts on the game as a whole (save as,
// export, load, new game). The menu keeps the bar on one or two rows at the largest text size on a
// 1280×720 screen; it is a plain disclosure (<details>), so it works from the keyboard and a
// screen reader hears it as a button that expands.

export interface ToolbarState {
  readonly t: Strings['t'];
  readonly language: Language;
  readonly projector: boolean;
  readonly muted: boolean;
  /** 0..1 */
  readonly volume: number;
  /** A game is on screen: the briefing and the game menu are offered. */
  readonly inGame: boolean;
}

export interface ToolbarActions {
  setLanguage(language: Language): void;
  stepText(direction: -1 | 1): void;
  toggleProjector(): void;
  toggleMute(): void;
  setVolume(volume: number): void;
  openGlossary(): void;
  reopenBriefing(): void;
  saveAs(): void;
  exportSave(): void;
  importSave(): void;
  newGame(): void;
}

/** Draws the toolbar into `nav` (replacing what was there). */
export function renderToolbar(nav: HTMLElement, state: ToolbarState, actions: ToolbarActions): void {
  const { t, inGame } = state;
  const language = h('select', { id: 'language-select', 'aria-label': t('toolbar.language') },
    h('option', { value: 'en', selected: state.language === 'en' }, 'English'),
    h('option', { value: 'es', selected: state.language === 'es' }, 'Español'));
  language.addEventListener('change', () => actions.setLanguage(language.value === 'es' ? 'es' : 'en'));
  const volume = h('input', { type: 'range', min: 0, max: 100, step: 5, value: Math.round(state.volume * 100), 'aria-label': t('toolbar.volume') });
  volume.addEventListener('change', () => actions.setVolume(Number(volume.value) / 100));
  const load = h('button', { type: 'button', onclick: () => actions.importSave() }, t('toolbar.importSave'));
  const items: (HTMLElement | null)[] = [
    h('span', { class: 'brand' }, t('game.title')),
    h('div', { class: 'toolbar-group' },
      h('label', { for: 'language-select', class: 'visually-hidden' }, t('toolbar.language')),
      language,
      // The visible "A−" begins the accessible name, so a voice command of what is seen works too.
      h('button', { type: 'button', title: t('toolbar.smallerText'), onclick: () => actions.stepText(-1) }, 'A−', h('span', { class: 'visually-hidden' }, ` ${t('toolbar.smallerText')}`)),
      h('button', { type: 'button', title: t('toolbar.largerText'), onclick: () => actions.stepText(1) }, 'A+', h('span', { class: 'visually-hidden' }, ` ${t('toolbar.largerText')}`)),
      h('button', { type: 'button', 'aria-pressed': state.projector ? 'true' : 'false', onclick: () => actions.toggleProjector() }, t('look.projector'))),
    h('div', { class: 'toolbar-group' },
      h('button', { type: 'button', 'aria-pressed': state.muted ? 'true' : 'false', onclick: () => actions.toggleMute() }, state.muted ? t('toolbar.unmute') : t('toolbar.mute')),
      volume),
    h('div', { class: 'toolbar-group' },
      h('button', { type: 'button', 'aria-haspopup': 'dialog', onclick: () => actions.openGlossary() }, t('teach.toolbar.glossary')),
      inGame ? h('button', { type: 'button', onclick: () => actions.reopenBriefing() }, t('teach.toolbar.briefing')) : null,
      inGame
        ? gameMenu(t('toolbar.gameMenu'), [
            h('button', { type: 'button', 'aria-haspopup': 'dialog', onclick: () => actions.saveAs() }, t('teach.toolbar.saveAs')),
            h('button', { type: 'button', onclick: () => actions.exportSave() }, t('toolbar.exportSave')),
            load,
            h('button', { type: 'button', onclick: () => actions.newGame() }, t('title.newGame')),
          ])
        : load),
  ];
  nav.replaceChildren(...items.filter((x): x is HTMLElement => x !== null));
}

/**
 * A disclosure of buttons: it closes when one is chosen, on Escape (focus back on its button) and
 * on a click anywhere else.
 */
function gameMenu(label: string, buttons: readonly HTMLElement[]): HTMLElement {
  const summary = h('summary', {}, label);
  const menu = h('details', { class: 'toolbar-menu' }, summary, h('div', { class: 'toolbar-menu-items' }, ...buttons));
  const close = () => menu.removeAttribute('open');
  for (const button of buttons) button.addEventListener('click', close);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.stopPropagation();
    close();
    summary.focus();
  });
  const outside = (event: Event) => {
    if (!menu.isConnected) return void document.removeEventListener('pointerdown', outside, true);
    if (menu.open && !menu.contains(event.target as Node)) close();
  };
  document.addEventListener('pointerdown', outside, true);
  return menu;
}
