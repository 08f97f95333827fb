import type { Scenario } from '../../engine';
import { formatClock, type RoomView } from '../../exercise';
import { createStrings, type Language, type Strings } from '../../i18n';
import type { BoardRenderer } from '../board/board';
import { h } from '../dom/h';
import { applyProjector, boardTextScale } from '../projector';
import type { GameData } from '../types';
import { boardView } from '../view/board-view';
import { cardTitle, words } from './context';
import { rulingText } from './record';
import type { RoomPost, RoomTransport } from './transport';
import './console.css';
import { pauseWords } from '../pause-words';

// The projector window (issue 11, item 1): the board and the room's public picture — the clock,
// the year and phase, the injects released to the room, the rulings announced with their reasons,
// which teams have decided, a banner when paused — drawn from the room view the console publishes
// and nothing else (exercise/view.ts keeps every hidden field, sealed choice and note out of it).
// It has no control: it only watches.

export interface ProjectorDeps {
  readonly root: HTMLElement;
  readonly transport: RoomTransport;
  loadData(): Promise<GameData>;
  loadBoard(stage: HTMLElement): Promise<BoardRenderer>;
  now(): number;
  /** Redraws the clock every second (the browser's setInterval); tests leave it out. */
  every?(ms: number, tick: () => void): () => void;
}

/** The clock a post shows at `now`: counted down from when it was published while it runs. */
export function postedRemaining(post: RoomPost, now: number): number | null {
  const { clock } = post.room;
  if (clock.remainingMs === null) return null;
  const since = clock.running && !post.room.paused ? Math.max(0, now - post.at) : 0;
  return Math.max(0, clock.remainingMs - since);
}

export class ProjectorPage {
  private readonly strings: Strings;
  private post: RoomPost | null = null;
  private scenario: Scenario | null = null;
  private data: GameData | null = null;
  private board: BoardRenderer | null = null;
  private stop: (() => void)[] = [];
  private readonly el: { head: HTMLElement; banner: HTMLElement; stage: HTMLElement; panel: HTMLElement; clock: HTMLElement };

  constructor(private readonly deps: ProjectorDeps, language: Language) {
    this.strings = createStrings(language);
    this.el = {
      head: h('header', { class: 'projector-head' }),
      banner: h('div', { class: 'paused-banner', role: 'status', hidden: true }),
      stage: h('div', { class: 'stage', id: 'stage' }),
      // Focusable: a keyboard can scroll it when the room's picture runs long.
      panel: h('div', { class: 'panel projector-panel', id: 'panel', tabindex: 0, role: 'region' }),
      clock: h('output', { class: 'clock', id: 'projector-clock' }),
    };
    deps.root.replaceChildren(h('div', { class: 'app projector-view' }, this.el.head, this.el.banner, h('div', { class: 'body' }, this.el.stage, h('aside', { class: 'side' }, this.el.panel))));
    applyProjector(true);
  }

  private get t() {
    return this.strings.t;
  }

  start(): void {
    this.post = this.deps.transport.latest();
    this.stop.push(this.deps.transport.subscribe((post) => this.show(post)));
    if (this.deps.every) this.stop.push(this.deps.every(1000, () => this.updateClock()));
    this.render();
    void this.deps.loadData().then((data) => {
      this.data = data;
      this.render();
      return this.deps.loadBoard(this.el.stage);
    }).then((board) => {
      this.board = board;
      board.setTextScale(boardTextScale(1, true));
      this.drawBoard();
    }).catch(() => {
      // Without the board the room's picture is still there, in the side panel.
    });
  }

  destroy(): void {
    for (const s of this.stop) s();
    this.board?.destroy();
  }

  /** A new picture from the console. */
  show(post: RoomPost): void {
    this.post = post;
    this.render();
  }

  private render(): void {
    const post = this.post;
    const c = words(this.t);
    if (post && post.language !== this.strings.language) this.strings.setLanguage(post.language);
    document.documentElement.lang = this.strings.language;
    document.title = `${c('projectorTitle')} — ${this.t('game.title')}`;
    this.el.panel.setAttribute('aria-label', c('roomPanel'));
    if (!post) {
      this.el.head.replaceChildren(h('h1', {}, this.t('game.title')));
      this.el.banner.hidden = true;
      this.el.panel.replaceChildren(h('p', { role: 'status', class: 'waiting' }, c('waitingForConsole')));
      return;
    }
    const room = post.room;
    this.scenario = this.data?.scenarios.find((s) => s.id === room.scenario) ?? null;
    this.el.head.replaceChildren(
      h('h1', {}, room.title),
      h('p', { class: 'where' }, h('span', { class: 'year' }, c('yearLabel', { year: room.game.year })), ' · ', h('span', { class: 'phase' }, this.t(`phases.${room.game.phase}`))),
      h('div', { class: 'clock-box' }, h('span', { class: 'visually-hidden' }, c('clockLabel')), this.el.clock));
    this.updateClock();
    this.el.banner.hidden = !room.paused;
    const why = room.paused ? pauseWords(room.paused, room.teams, this.t) : '';
    this.el.banner.replaceChildren(...(room.paused ? [h('strong', {}, c('pausedBanner')), why ? h('span', {}, ` — ${why}`) : ''] : []));
    this.el.panel.setAttribute('aria-label', c('roomPanel'));
    this.el.panel.replaceChildren(...this.sidePanel(room));
    this.drawBoard();
  }

  private updateClock(): void {
    const post = this.post;
    if (!post) return;
    const remaining = postedRemaining(post, this.deps.now());
    this.el.clock.textContent = remaining === null ? '—' : formatClock(remaining);
    this.el.clock.dataset.state = post.room.paused ? 'paused' : remaining === null ? 'untimed' : remaining === 0 ? 'up' : 'running';
  }

  private sidePanel(room: RoomView): HTMLElement[] {
    const { t } = this;
    const c = words(t);
    const language = this.strings.language;
    const scenario = this.scenario;
    const parts: HTMLElement[] = [];
    if (room.stage === 'hotwash') parts.push(h('p', { class: 'hotwash-flag' }, c('hotwashOn')));
    const deciding = room.decide === 'secret' && room.game.phase === 'decisions';
    const teams = h('section', { class: 'room-teams', 'aria-label': c('teams') },
      h('h2', {}, c('teams')),
      h('ul', {}, ...room.teams.map((team) => h('li', { class: deciding ? (team.decided ? 'decided' : 'deciding') : '' },
        h('strong', {}, team.name), ` (${t(`roles.${team.role}`)})`,
        deciding && room.game.pending.includes(team.role) ? h('span', { class: 'status' }, team.decided ? ` ✓ ${c('decided')}` : ` … ${c('deciding')}`) : null))));
    // While the teams decide in secret, who has decided comes first; otherwise the newest news.
    if (deciding) parts.push(teams);
    if (room.rulings.length) {
      parts.push(h('section', { class: 'room-rulings', 'aria-label': c('rulings') },
        h('h2', {}, c('rulings')),
        h('ul', {}, ...[...room.rulings].reverse().map((r) => h('li', {},
          h('strong', {}, `${r.year}: `), rulingText(r.ruling, scenario, t, language),
          r.reason ? h('p', { class: 'reason' }, `${c('because')} ${r.reason}`) : null)))));
    }
    const injects = [...room.injects].reverse();
    parts.push(h('section', { class: 'room-injects', 'aria-label': c('releasedInjects') },
      h('h2', {}, c('releasedInjects')),
      injects.length === 0 ? h('p', { class: 'hint' }, c('noInjects')) : h('ul', {}, ...injects.map((i) => {
        const card = i.card.kind === 'deck' ? scenario?.deck.find((x) => x.id === (i.card.kind === 'deck' ? i.card.card : '')) : undefined;
        const title = i.card.kind === 'custom' ? i.card.title : card?.title[language] ?? (scenario ? cardTitle(scenario, i.card.card, language) : i.card.card);
        const text = i.card.kind === 'custom' ? i.card.text : card?.text[language] ?? '';
        return h('li', { class: 'room-inject' }, h('h3', {}, title, h('span', { class: 'year' }, ` · ${i.year}`)), text ? h('p', {}, text) : null);
      }))));
    if (!deciding) parts.push(teams);
    return parts;
  }

  private drawBoard(): void {
    const { board, post, scenario } = this;
    if (!board) return;
    if (!post || !scenario) {
      board.showTitle(this.t('game.title'), this.t('game.subtitle'));
      return;
    }
    board.hideOptions();
    board.showBoard(boardView(post.room.game, scenario, this.t, this.strings.language), []);
  }
}
