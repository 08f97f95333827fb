import type { Card, Scenario } from '../../engine';
import { formatClock, type ExerciseView, type RoomView } from '../../exercise';
import type { ServerMessage } from '../../exercise/protocol';
import { createStrings, type Language, type Strings } from '../../i18n';
import type { BoardRenderer } from '../board/board';
import { postedRemaining } from '../console/projector-page';
import { playerRefusalText } from './refusal-text';
import { h } from '../dom/h';
import { showPassage } from '../dom/passage';
import { applyProjector } from '../projector';
import type { GameData } from '../types';
import { boardView } from '../view/board-view';
import type { LinkStatus, NetLink, ViewMessage } from './link';
import { teamForm } from './team-form';
import './net.css';
import { pauseWords } from '../pause-words';

// A team's or an observer's own screen in a networked room (issue 12): the public board, drawn by
// the same board component as every other screen, and beside it what the seat may do. A team sees
// its objectives, its sealed decision and a form built from the engine's menu for its seat; an
// observer sees the room's teams and writes notes for the hot wash. Everything drawn comes from the
// seat's view, which the room computed for this seat alone (exercise/view.ts).

export interface SeatScreenDeps {
  readonly root: HTMLElement;
  readonly link: NetLink;
  loadData(): Promise<GameData>;
  loadBoard(stage: HTMLElement): Promise<BoardRenderer>;
  now(): number;
  /** Redraws the clock every second (the browser's setInterval); tests leave it out. */
  every?(ms: number, tick: () => void): () => void;
  /** The text size this browser chose (prefs.ts), which the board's labels follow as the page's do. */
  readonly textScale?: number;
  /** Reloads the page (which rejoins the seat with this tab's secret); the browser's by default. */
  reload?(): void;
}

type TeamView = Extract<ExerciseView, { seat: 'team' }>;
type ObserverView = Exclude<ExerciseView, { seat: 'team' | 'facilitator' }>;
type SeatView = TeamView | ObserverView;

/** The decision an exercise keeps sealed for a team: a DECIDE move's actions and stance. */
function sealedActions(sealed: unknown): { actions: readonly string[]; stance: string | null } | null {
  if (!sealed || typeof sealed !== 'object') return null;
  const move = sealed as { actions?: unknown; stance?: unknown };
  const actions = Array.isArray(move.actions) ? move.actions.filter((a): a is string => typeof a === 'string') : [];
  return { actions, stance: typeof move.stance === 'string' ? move.stance : null };
}

export class SeatScreen {
  private readonly strings: Strings;
  private data: GameData | null = null;
  private board: BoardRenderer | null = null;
  private view: SeatView | null = null;
  /** When the view came (by this page's clock): the phase's clock counts down from there. */
  private receivedAt = 0;
  private formKey = '';
  /** An observer's notes sent and not yet answered, by message id; those the room took, newest first. */
  private readonly notesInFlight = new Map<number, { readonly text: string; readonly team: string | null }>();
  private readonly notesSent: { readonly text: string; readonly team: string | null }[] = [];
  private readonly stop: (() => void)[] = [];
  private readonly el: { head: HTMLElement; clock: HTMLElement; status: HTMLElement; message: HTMLElement; stage: HTMLElement; panel: HTMLElement; form: HTMLElement; dialog: HTMLDialogElement };

  constructor(private readonly deps: SeatScreenDeps, language: Language) {
    this.strings = createStrings(language);
    this.el = {
      head: h('header', { class: 'net-head' }),
      clock: h('output', { class: 'net-clock', id: 'net-clock' }),
      status: h('p', { class: 'net-status', role: 'status', hidden: true }),
      message: h('p', { class: 'message net-message', role: 'alert', hidden: true }),
      stage: h('div', { class: 'stage', id: 'stage' }),
      panel: h('div', { class: 'panel net-panel', id: 'panel', tabindex: 0, role: 'region' }),
      form: h('div', { class: 'net-form' }),
      dialog: h('dialog', { class: 'passage-dialog' }),
    };
    // A player moved here from the projector seat: the page is no longer a projector.
    applyProjector(false);
    deps.root.replaceChildren(h('div', { class: 'app net-seat' }, this.el.head, this.el.status, this.el.message, h('div', { class: 'body' }, this.el.stage, h('aside', { class: 'side' }, this.el.panel)), this.el.dialog));
  }

  private get t() {
    return this.strings.t;
  }

  start(): void {
    this.stop.push(this.deps.link.subscribe((m) => this.receive(m)));
    this.stop.push(this.deps.link.onStatus((s) => this.showStatus(s)));
    const latest = this.deps.link.latest();
    if (latest) this.show(latest);
    if (this.deps.every) this.stop.push(this.deps.every(1000, () => this.updateClock()));
    void this.deps.loadData().then((data) => {
      this.data = data;
      this.formKey = '';
      this.render();
      return this.deps.loadBoard(this.el.stage);
    }).then((board) => {
      this.board = board;
      board.setTextScale(this.deps.textScale ?? 1);
      this.drawBoard();
    }).catch(() => {
      // Without the board the seat's panel still works.
    });
  }

  destroy(): void {
    for (const s of this.stop.splice(0)) s();
    this.board?.destroy();
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'view') this.show(message);
    else if (message.type === 'refused') {
      this.say(playerRefusalText(message.refusal, this.strings.language, this.t));
      this.settleNote(message.id, false);
    } else if (message.type === 'ack') {
      this.say(null);
      this.settleNote(message.id, true);
    }
  }

  /**
   * An observer's note, once the room has answered it: kept in the list of this page's notes when
   * the room took it, given back to the text box when it refused it (nothing typed is lost).
   */
  private settleNote(id: number | null, taken: boolean): void {
    const note = id === null ? undefined : this.notesInFlight.get(id);
    if (!note || id === null) return;
    this.notesInFlight.delete(id);
    const form = this.el.panel.querySelector<HTMLFormElement>('.net-notes');
    if (taken) {
      this.notesSent.unshift(note);
      if (form) this.drawSentNotes(form);
    } else {
      const text = form?.querySelector<HTMLTextAreaElement>('textarea');
      if (text && !text.value.trim()) text.value = note.text;
      const saved = form?.querySelector<HTMLElement>('.net-note-status');
      if (saved) saved.textContent = '';
    }
  }

  /** The notes this page sent and the room took, newest first, under the observer's form. */
  private drawSentNotes(form: HTMLElement): void {
    const { t } = this;
    const teams = this.view?.room.teams ?? [];
    const list = form.querySelector('.net-notes-sent') ?? form.appendChild(h('section', { class: 'net-notes-sent', 'aria-label': t('net.observer.sent') }));
    list.replaceChildren(...(this.notesSent.length
      ? [h('h3', {}, t('net.observer.sent')), h('ul', {}, ...this.notesSent.map((n) => h('li', {}, n.team ? h('strong', {}, `${teams.find((x) => x.id === n.team)?.name ?? n.team}: `) : '', n.text)))]
      : []));
  }

  /** A new view from the room. */
  show(message: ViewMessage): void {
    const view = message.view;
    if (!view || view.seat === 'facilitator') return;
    this.view = view;
    this.receivedAt = this.deps.now();
    this.render();
  }

  private updateClock(): void {
    const view = this.view;
    if (!view) return;
    const remaining = postedRemaining({ room: view.room, language: this.strings.language, at: this.receivedAt }, this.deps.now());
    this.el.clock.textContent = remaining === null ? '' : ` · ${formatClock(remaining)}`;
    this.el.clock.dataset.state = view.room.paused ? 'paused' : remaining === null ? 'untimed' : remaining === 0 ? 'up' : 'running';
  }

  private say(text: string | null): void {
    this.el.message.hidden = text === null;
    this.el.message.textContent = text ?? '';
  }

  private showStatus(status: LinkStatus): void {
    const text = status === 'dropped' ? this.t('net.status.dropped') : status === 'closed' ? this.t('net.status.closed') : status === 'taken' ? this.t('net.status.taken') : null;
    this.el.status.hidden = text === null;
    this.el.status.textContent = text ?? '';
    // Another device or tab plays this seat now: this page no longer follows the room, so its
    // controls are put out of reach, and a reload, which rejoins with this tab's secret, brings the
    // seat back here.
    const taken = status === 'taken';
    this.el.panel.inert = taken;
    if (!taken) return;
    const reload = this.deps.reload ?? (() => window.location.reload());
    this.el.status.append(' ', h('button', { type: 'button', class: 'primary net-take-back', onclick: () => reload() }, this.t('net.status.takeBack')));
  }

  private scenario(room: RoomView): Scenario | null {
    return this.data?.scenarios.find((s) => s.id === room.scenario) ?? null;
  }

  private render(): void {
    const { t } = this;
    const view = this.view;
    document.documentElement.lang = this.strings.language;
    if (!view) {
      this.el.head.replaceChildren(h('h1', {}, t('game.title')));
      this.el.panel.replaceChildren(h('p', { role: 'status' }, t('common.loading')));
      return;
    }
    const room = view.room;
    const who = view.seat === 'team' ? `${view.team.name} (${t(`roles.${view.team.role}`)})` : t('net.seat.observer');
    document.title = `${who} — ${room.title}`;
    this.el.head.replaceChildren(
      h('h1', {}, room.title),
      h('p', { class: 'where' }, h('strong', { class: 'net-who' }, who), ' · ', `${room.game.year} · ${t(`phases.${room.game.phase}`)}`, this.el.clock),
    );
    this.updateClock();
    this.el.panel.setAttribute('aria-label', who);
    const why = room.paused ? pauseWords(room.paused, room.teams, t) : '';
    const paused = room.paused ? h('p', { class: 'paused-banner', role: 'status' }, h('strong', {}, t('net.paused')), why ? ` — ${why}` : '') : null;
    if (view.seat === 'team') this.el.panel.replaceChildren(...[paused, ...this.teamPanel(view)].filter((x): x is HTMLElement => !!x));
    else this.el.panel.replaceChildren(...[paused, ...this.observerPanel(view)].filter((x): x is HTMLElement => !!x));
    this.drawBoard();
  }

  private teamPanel(view: TeamView): HTMLElement[] {
    const { t } = this;
    const sealed = sealedActions(view.sealed);
    const parts: HTMLElement[] = [];
    parts.push(h('section', { class: 'net-objectives', 'aria-label': t('net.team.objectives') },
      h('h2', {}, t('net.team.objectives')),
      view.objectives.length ? h('ul', {}, ...view.objectives.map((o) => h('li', {}, o.text))) : h('p', { class: 'hint' }, t('net.team.noObjectives'))));
    if (sealed) {
      const names = sealed.actions.map((a) => t(`actions.${a}.name`));
      parts.push(h('section', { class: 'net-sealed', 'aria-label': t('net.team.sealedTitle') },
        h('h2', {}, t('net.team.sealedTitle')),
        h('p', {}, names.length ? names.join(', ') : t('net.team.noActions'), sealed.stance ? ` · ${t(`stances.${sealed.stance}`)}` : '')));
    }
    parts.push(this.form(view));
    return parts;
  }

  /** The form is drawn again only when what it offers changed, so that ticks survive another team's news. */
  private form(view: TeamView): HTMLElement {
    const game = view.room.game;
    const scenario = this.scenario(view.room);
    const key = JSON.stringify([this.strings.language, !!scenario, game.year, game.phase, game.pending, game.pendingChoices, game.log.length, view.menu, view.sealed !== null, view.room.decide, view.room.paused !== null]);
    if (key === this.formKey) return this.el.form;
    this.formKey = key;
    if (!scenario) {
      this.el.form.replaceChildren(h('p', { role: 'status' }, this.t('common.loading')));
      return this.el.form;
    }
    this.el.form.replaceChildren(teamForm({
      game,
      scenario,
      t: this.t,
      language: this.strings.language,
      role: view.team.role,
      decide: view.room.decide,
      menu: view.menu,
      sealed: view.sealed,
      command: (command) => {
        this.say(null);
        this.deps.link.send({ type: 'command', command });
      },
      showPassage: (card: Card) => showPassage(this.el.dialog, card, this.data?.passage(card.citation.quote) ?? null, this.t, this.strings.language),
      onError: (message) => this.say(message),
    }));
    return this.el.form;
  }

  private observerPanel(view: ObserverView): HTMLElement[] {
    const { t } = this;
    const room = view.room;
    const teams = h('section', { class: 'net-room-teams', 'aria-label': t('net.observer.teams') },
      h('h2', {}, t('net.observer.teams')),
      h('ul', {}, ...room.teams.map((team) => h('li', {}, h('strong', {}, team.name), ` (${t(`roles.${team.role}`)})`, room.decide === 'secret' && room.game.phase === 'decisions' && team.decided ? ` ✓ ${t('net.observer.decided')}` : ''))));
    // A projector seat drawn here (for a moment, while the page switches) writes no notes.
    return view.seat === 'observer' ? [teams, this.notesBox(view)] : [teams];
  }

  private notesBox(view: ObserverView): HTMLElement {
    const { t } = this;
    // Kept across redraws: a note half written survives the room's news.
    const existing = this.el.panel.querySelector<HTMLElement>('.net-notes');
    if (existing) return existing;
    const text = h('textarea', { id: 'net-note', rows: 4, maxlength: 2000 });
    const about = h('select', { id: 'net-note-team' }, h('option', { value: '' }, t('net.observer.aboutRoom')), ...view.room.teams.map((team) => h('option', { value: team.id }, team.name)));
    const saved = h('p', { class: 'hint net-note-status', role: 'status' });
    const form = h('form', { class: 'net-notes', 'aria-label': t('net.observer.notes') },
      h('h2', {}, t('net.observer.notes')),
      h('p', { class: 'hint' }, t('net.observer.notesHint')),
      h('label', { for: 'net-note' }, t('net.observer.note')), text,
      h('label', { for: 'net-note-team' }, t('net.observer.about')), about,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('net.observer.save'))),
      saved);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const note = text.value.trim();
      if (!note) return this.say(t('net.observer.empty'));
      this.say(null);
      const team = about.value || null;
      const id = this.deps.link.send({ type: 'command', command: { type: 'note', text: note, team } });
      this.notesInFlight.set(id, { text: note, team });
      text.value = '';
      saved.textContent = t('net.observer.saved');
    });
    this.drawSentNotes(form);
    return form;
  }

  private drawBoard(): void {
    const { board, view } = this;
    if (!board) return;
    const scenario = view ? this.scenario(view.room) : null;
    if (!view || !scenario) {
      board.showTitle(this.t('game.title'), this.t('game.subtitle'));
      return;
    }
    board.hideOptions();
    board.showBoard(boardView(view.room.game, scenario, this.t, this.strings.language), []);
  }
}
