import type { Language, Strings } from '../i18n';
import { h } from './dom/h';
import { chooseFold, mustFold, pageLayout, type FoldLevel, type ToolbarLayout } from './toolbar-fold';

// The toolbar on the table: the view (language, text size, projector), the sound, help (glossary,
// briefing) and, during a game, the "Game" menu with what acts on the game as a whole (save as,
// export, load, new game). The Game menu keeps the bar on one or two rows at the largest text size
// on a 1280×720 screen; it is a plain disclosure (<details>), so it works from the keyboard and a
// screen reader hears it as a button that expands.
//
// On a phone, held upright or on its side, or wherever the bar would take more than two rows, it
// folds to one row (toolbar-fold.ts): the sound and the Game menu stay on it, and the view, the
// volume and help go into a "More" menu — a button with aria-expanded that shows the list after it,
// so Tab goes from the button into the list. Escape closes either menu and puts the focus back on
// its button.

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

/** The id of the "More" menu's list (its button's aria-controls). */
export const MORE_LIST_ID = 'toolbar-more-list';

/** A bar drawn into a nav, and what it needs to draw itself again when the page changes size. */
interface Mounted {
  state: ToolbarState;
  actions: ToolbarActions;
  layout: ToolbarLayout;
  /** The level drawn now; null once the state has changed since. */
  drawn: FoldLevel | null;
  /** The "More" menu is open (kept across redraws: a language chosen in it redraws the bar). */
  open: boolean;
  /** What the last fit was made for: the bar's size, a phone's shape, the text size and projector mode. */
  fittedFor: string;
  /** The control being pressed while the bar refits (A+ or A−): if it folds away, the menu opens. */
  pressing: string | null;
}

const mounted = new WeakMap<HTMLElement, Mounted>();

/**
 * Draws the toolbar into `nav` (replacing what was there), folded as far as it needs to be; it
 * folds and unfolds again by itself when the bar changes size.
 */
export function renderToolbar(nav: HTMLElement, state: ToolbarState, actions: ToolbarActions, layout: ToolbarLayout = pageLayout): void {
  let m = mounted.get(nav);
  if (m) Object.assign(m, { state, actions, layout, drawn: null });
  else {
    m = { state, actions, layout, drawn: null, open: false, fittedFor: '', pressing: null };
    mounted.set(nav, m);
    watch(nav, m);
  }
  fit(nav, m, true);
}

function fitKey(nav: HTMLElement, m: Mounted): string {
  const root = nav.ownerDocument.documentElement;
  return `${m.layout.width(nav)}x${nav.offsetHeight} ${mustFold(nav, m.layout)} ${root.className} ${root.style.cssText}`;
}

/** Chooses the fold for the bar as it is now (unless nothing it depends on changed) and draws it. */
function fit(nav: HTMLElement, m: Mounted, force: boolean): void {
  if (!force && m.drawn !== null && fitKey(nav, m) === m.fittedFor) return;
  const level = chooseFold(m.layout.width(nav), (candidate) => {
    draw(nav, m, candidate);
    return m.layout.rows(nav);
  }, mustFold(nav, m.layout));
  draw(nav, m, level);
  if (level === 0) m.open = false;
  m.fittedFor = fitKey(nav, m);
}

/** Draws the bar at a level, keeping the focus on the same control and the menus as they were. */
function draw(nav: HTMLElement, m: Mounted, level: FoldLevel): void {
  if (m.drawn === level) return;
  const active = nav.ownerDocument.activeElement;
  const focused = active && nav.contains(active) ? active.closest('[data-control]')?.getAttribute('data-control') : null;
  const gameOpen = nav.querySelector<HTMLDetailsElement>('details.toolbar-menu')?.open === true;
  nav.classList.toggle('is-folded', level > 0);
  nav.replaceChildren(...bar(nav, m, level));
  m.drawn = level;
  const game = nav.querySelector<HTMLDetailsElement>('details.toolbar-menu');
  if (game && gameOpen) game.open = true;
  let again = focused ? nav.querySelector<HTMLElement>(`[data-control="${focused}"]`) : null;
  if (!again) return;
  // A control that folded away while it had the focus: the focus goes to the More button that holds
  // it, or, if it is being pressed (A+ until the bar overflowed), the menu opens so it can be again.
  if (!m.open && nav.querySelector(`#${MORE_LIST_ID}`)?.contains(again)) {
    if (m.pressing === focused) setOpen(nav, m, true);
    else again = nav.querySelector<HTMLElement>('.toolbar-more') ?? again;
  }
  again.focus({ preventScroll: true });
}

function setOpen(nav: HTMLElement, m: Mounted, open: boolean): void {
  m.open = open;
  nav.querySelector('.toolbar-more')?.setAttribute('aria-expanded', String(open));
  const list = nav.querySelector<HTMLElement>(`#${MORE_LIST_ID}`);
  if (list) list.hidden = !open;
}

/** The bar's contents at a fold level (toolbar-fold.ts FOLD_LEVELS). */
function bar(nav: HTMLElement, m: Mounted, level: FoldLevel): HTMLElement[] {
  const { t, inGame } = m.state;
  const actions = m.actions;
  const folded = level > 0;
  // Whatever opens something else (a dialog, a file chooser) closes the More menu first.
  const closing = (run: () => void) => () => {
    if (m.open) setOpen(nav, m, false);
    run();
  };
  const stepText = (direction: -1 | 1) => () => {
    actions.stepText(direction);
    m.pressing = direction < 0 ? 'smaller' : 'larger';
    fit(nav, m, false);
    m.pressing = null;
  };
  const language = h('select', { id: 'language-select', 'aria-label': t('toolbar.language'), 'data-control': 'language' },
    h('option', { value: 'en', selected: m.state.language === 'en' }, 'English'),
    h('option', { value: 'es', selected: m.state.language === 'es' }, 'Español'));
  language.addEventListener('change', () => actions.setLanguage(language.value === 'es' ? 'es' : 'en'));
  const volume = h('input', { type: 'range', min: 0, max: 100, step: 5, value: Math.round(m.state.volume * 100), 'aria-label': t('toolbar.volume'), 'data-control': 'volume' });
  volume.addEventListener('change', () => actions.setVolume(Number(volume.value) / 100));
  const brand = h('span', { class: 'brand' }, t('game.title'));
  const view = h('div', { class: 'toolbar-group' },
    h('label', { for: 'language-select', class: 'visually-hidden' }, t('toolbar.language')),
    language,
    // The visible "A−" begins the accessible name, so a voice command of what is seen works too.
    h('button', { type: 'button', title: t('toolbar.smallerText'), 'data-control': 'smaller', onclick: stepText(-1) }, 'A−', h('span', { class: 'visually-hidden' }, ` ${t('toolbar.smallerText')}`)),
    h('button', { type: 'button', title: t('toolbar.largerText'), 'data-control': 'larger', onclick: stepText(1) }, 'A+', h('span', { class: 'visually-hidden' }, ` ${t('toolbar.largerText')}`)),
    h('button', { type: 'button', 'aria-pressed': m.state.projector ? 'true' : 'false', 'data-control': 'projector', onclick: () => actions.toggleProjector() }, t('look.projector')));
  const mute = h('button', { type: 'button', 'aria-pressed': m.state.muted ? 'true' : 'false', 'data-control': 'mute', onclick: () => actions.toggleMute() }, m.state.muted ? t('toolbar.unmute') : t('toolbar.mute'));
  const glossary = h('button', { type: 'button', 'aria-haspopup': 'dialog', 'data-control': 'glossary', onclick: closing(() => actions.openGlossary()) }, t('teach.toolbar.glossary'));
  const briefing = inGame ? h('button', { type: 'button', 'data-control': 'briefing', onclick: closing(() => actions.reopenBriefing()) }, t('teach.toolbar.briefing')) : null;
  const load = h('button', { type: 'button', 'data-control': 'load', onclick: closing(() => actions.importSave()) }, t('toolbar.importSave'));
  const game = inGame
    ? gameMenu(t('toolbar.gameMenu'), [
        h('button', { type: 'button', 'aria-haspopup': 'dialog', 'data-control': 'saveAs', onclick: () => actions.saveAs() }, t('teach.toolbar.saveAs')),
        h('button', { type: 'button', 'data-control': 'export', onclick: () => actions.exportSave() }, t('toolbar.exportSave')),
        // During a game, loading a file is in the Game menu; outside one, with help.
        h('button', { type: 'button', 'data-control': 'load', onclick: () => actions.importSave() }, t('toolbar.importSave')),
        h('button', { type: 'button', 'data-control': 'newGame', onclick: () => actions.newGame() }, t('title.newGame')),
      ])
    : null;
  const present = (items: (HTMLElement | null)[]) => items.filter((x): x is HTMLElement => x !== null);
  if (!folded) {
    return present([brand, view, h('div', { class: 'toolbar-group' }, mute, volume), h('div', { class: 'toolbar-group' }, ...present([glossary, briefing, game ?? load]))]);
  }
  const more = h('button', {
    type: 'button', class: 'toolbar-more', 'aria-expanded': String(m.open), 'aria-controls': MORE_LIST_ID, 'data-control': 'more',
    onclick: () => setOpen(nav, m, !m.open),
  }, t('toolbar.more'));
  // In the list the volume gets a visible name: it no longer stands beside the mute button.
  const sound = h('div', { class: 'toolbar-group' }, level === 3 ? mute : null, h('label', { class: 'toolbar-field' }, h('span', {}, t('toolbar.volume')), volume));
  const list = h('div', { id: MORE_LIST_ID, class: 'toolbar-fold', hidden: !m.open }, view, sound, h('div', { class: 'toolbar-group' }, ...present([glossary, briefing, game ? null : load])));
  return present([level === 1 ? brand : null, level < 3 ? mute : null, game, more, list]);
}

/** Closes the menus on Escape (the focus back on their button) and on a press anywhere else; refits on a resize. */
function watch(nav: HTMLElement, m: Mounted): void {
  const doc = nav.ownerDocument;
  const outside = (event: Event) => {
    if (!nav.isConnected) return void doc.removeEventListener('pointerdown', outside, true);
    const target = event.target as Node;
    for (const menu of nav.querySelectorAll<HTMLDetailsElement>('details.toolbar-menu[open]')) if (!menu.contains(target)) menu.removeAttribute('open');
    if (m.open && !nav.querySelector(`#${MORE_LIST_ID}`)?.contains(target) && !nav.querySelector('.toolbar-more')?.contains(target)) setOpen(nav, m, false);
  };
  doc.addEventListener('pointerdown', outside, true);
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !m.open) return;
    event.stopPropagation();
    event.preventDefault();
    setOpen(nav, m, false);
    nav.querySelector<HTMLElement>('.toolbar-more')?.focus();
  });
  // Tabbing on out of the list (to the page) closes it.
  nav.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (m.open && to instanceof Node && !nav.contains(to)) setOpen(nav, m, false);
  });
  const view = doc.defaultView;
  if (!view || typeof view.ResizeObserver !== 'function') return;
  // At the next frame, not inside the observer's callback: a fit changes the bar's own height.
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    view.requestAnimationFrame(() => {
      pending = false;
      if (nav.isConnected) fit(nav, m, false);
    });
  };
  new view.ResizeObserver(later).observe(nav);
  // A window made shorter but no narrower (844×600 to 844×390) does not resize the bar, yet it
  // becomes a phone on its side, where the bar folds.
  const resized = () => {
    if (!nav.isConnected) return void view.removeEventListener('resize', resized);
    later();
  };
  view.addEventListener('resize', resized);
  // The page's fonts arrive after the first fit and change the controls' widths.
  doc.fonts?.addEventListener?.('loadingdone', () => {
    m.drawn = null;
    later();
  });
}

/** A disclosure of buttons: it closes when one is chosen, and on Escape (focus back on its button). */
function gameMenu(label: string, buttons: readonly HTMLElement[]): HTMLElement {
  const summary = h('summary', { 'data-control': 'game' }, label);
  const menu = h('details', { class: 'toolbar-menu' }, summary, h('div', { class: 'toolbar-menu-items' }, ...buttons));
  const close = () => menu.removeAttribute('open');
  for (const button of buttons) button.addEventListener('click', close);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.stopPropagation();
    close();
    summary.focus();
  });
  return menu;
}
