import { hasVisibleText } from '../../engine';
import type { Exercise, ExerciseCommand } from '../../exercise';
import type { NetRefusal, PlayerInfo, SeatClaim, ServerMessage } from '../../exercise/protocol';
import { createStrings, type Language, type Strings } from '../../i18n';
import { netRefusalMessage, type RemoteExercise } from '../console/remote';
import { h, uid } from '../dom/h';
import { seatWords } from './join-page';
import type { NetLink, ViewMessage } from './link';
import { joinCard } from './net-projector';
import './net.css';

// The facilitator's console over a networked room (issue 12, item 5): the console's RemoteExercise
// seam (console/remote.ts) over the link, and the room's own section at the top of the console —
// the join code and its QR code, the projector's window, the players waiting (Admit, to the seat
// they asked for or another) and seated (Move, Remove with a reason), who is connected, and the
// room's two switches (pause when a team drops, admit without asking).

export interface RemoteDeps {
  readonly link: NetLink;
  readonly language: Language;
  /** The page's address, for the join address in the QR code. */
  readonly href: string;
  /** Opens the networked projector's window for room `code`. */
  openProjector(code: string): void;
}

/** A seat as the select's value and back. */
function seatValue(seat: SeatClaim): string {
  return seat.kind === 'team' ? `team:${seat.team}` : seat.kind;
}

function readSeat(value: string): SeatClaim | null {
  if (value === 'observer' || value === 'projector') return { kind: value };
  if (value.startsWith('team:')) return { kind: 'team', team: value.slice(5) };
  return null;
}

export class NetRemoteExercise implements RemoteExercise {
  private readonly strings: Strings;
  private readonly commands = new Set<number>();
  private readonly section: HTMLElement;
  private readonly message: HTMLElement;
  private readonly body: HTMLElement;
  private readonly stop: (() => void)[] = [];
  /** Reasons typed for a removal, kept across the section's redraws (by player). */
  private readonly reasons = new Map<string, string>();
  /** What the section last drew: redrawn only when it changes, so a reason being typed keeps its focus. */
  private drawn = '';

  constructor(private readonly deps: RemoteDeps) {
    this.strings = createStrings(deps.language);
    this.message = h('p', { class: 'message net-message', role: 'alert', hidden: true });
    this.body = h('div', { class: 'net-room-body' });
    this.section = h('section', { class: 'panel-section net-room', 'aria-label': this.t('net.room.title') }, h('h2', {}, this.t('net.room.title')), this.message, this.body);
    this.stop.push(deps.link.subscribe((m) => this.receive(m)));
    this.stop.push(deps.link.onStatus(() => this.draw()));
    this.draw();
  }

  private get t() {
    return this.strings.t;
  }

  current(): Exercise | null {
    const view = this.deps.link.latest()?.view;
    return view?.seat === 'facilitator' ? view.exercise : null;
  }

  send(command: ExerciseCommand): void {
    this.commands.add(this.deps.link.send({ type: 'command', command }));
  }

  subscribe(onExercise: (exercise: Exercise) => void, onRefused: (refusal: NetRefusal) => void): () => void {
    return this.deps.link.subscribe((message) => {
      if (message.type === 'view' && message.view?.seat === 'facilitator') onExercise(message.view.exercise);
      if (message.type === 'refused' && message.id !== null && this.commands.has(message.id)) onRefused(message.refusal);
    });
  }

  roomSection(): HTMLElement {
    return this.section;
  }

  close(): void {
    for (const s of this.stop.splice(0)) s();
    this.deps.link.leave();
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'view') this.draw();
    // The room's own messages (admit, move, remove, the switches) are refused here, not on the console.
    if (message.type === 'refused' && !(message.id !== null && this.commands.has(message.id))) this.say(netRefusalMessage(message.refusal, this.strings.language, this.t));
    if (message.type === 'ack') {
      this.commands.delete(message.id);
      this.say(null);
    }
  }

  private say(text: string | null): void {
    this.message.hidden = text === null;
    this.message.textContent = text ?? '';
  }

  /** The seats a player may be given: the room's teams, an observer, the projector. */
  private seats(view: ViewMessage): SeatClaim[] {
    return [...view.lobby.teams.map((team): SeatClaim => ({ kind: 'team', team: team.id })), { kind: 'observer' }, { kind: 'projector' }];
  }

  private seatSelect(view: ViewMessage, selected: SeatClaim | null, label: string): { field: HTMLElement; select: HTMLSelectElement } {
    const id = uid('seat');
    const select = h('select', { id }, ...this.seats(view).map((seat) => h('option', { value: seatValue(seat), selected: !!selected && seatValue(seat) === seatValue(selected) }, seatWords(seat, view.lobby, this.t))));
    return { field: h('span', { class: 'net-field' }, h('label', { for: id, class: 'visually-hidden' }, label), select), select };
  }

  private draw(): void {
    const { t } = this;
    const { link } = this.deps;
    const view = link.latest();
    const key = JSON.stringify([link.status, view?.players ?? null, view?.settings ?? null, view?.lobby ?? null]);
    if (key === this.drawn) return;
    this.drawn = key;
    const players = (view?.players ?? []).filter((p) => p.seat?.kind !== 'facilitator');
    const waiting = players.filter((p) => p.status === 'waiting');
    const seated = players.filter((p) => p.status === 'seated');
    const settings = view?.settings ?? { pauseOnDrop: false, autoAdmit: false };
    const said = link.status === 'dropped' ? t('net.status.dropped') : link.status === 'taken' ? t('net.status.taken') : null;
    const status = said === null ? null : h('p', { class: 'net-status', role: 'status' }, said);
    const switchBox = (label: string, on: boolean, type: 'pauseOnDrop' | 'autoAdmit') => {
      const id = uid('switch');
      const box = h('input', { type: 'checkbox', id, checked: on, onchange: (e: Event) => void link.send({ type, on: (e.target as HTMLInputElement).checked }) });
      return h('div', { class: 'check' }, box, h('label', { for: id }, label));
    };
    this.body.replaceChildren(...[
      status,
      h('div', { class: 'net-room-top' },
        joinCard(link.code, this.deps.href, t),
        h('div', { class: 'net-room-controls' },
          h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.deps.openProjector(link.code) }, t('net.room.openProjector'))),
          switchBox(t('net.room.pauseOnDrop'), settings.pauseOnDrop, 'pauseOnDrop'),
          switchBox(t('net.room.autoAdmit'), settings.autoAdmit, 'autoAdmit'))),
      h('h3', {}, t('net.room.waiting', { n: waiting.length })),
      waiting.length === 0 ? h('p', { class: 'hint' }, t('net.room.noneWaiting')) : h('ul', { class: 'net-players net-waiting-list' }, ...(view ? waiting.map((p) => this.waitingRow(view, p)) : [])),
      h('h3', {}, t('net.room.seated', { n: seated.length })),
      seated.length === 0 ? h('p', { class: 'hint' }, t('net.room.noneSeated')) : h('ul', { class: 'net-players net-seated-list' }, ...(view ? seated.map((p) => this.seatedRow(view, p)) : [])),
    ].filter((x) => x !== null));
  }

  private connection(p: PlayerInfo): HTMLElement {
    return h('span', { class: `net-conn ${p.connected ? 'on' : 'off'}` }, p.connected ? this.t('net.room.connected') : this.t('net.room.dropped'));
  }

  private waitingRow(view: ViewMessage, p: PlayerInfo): HTMLElement {
    const { t } = this;
    const { field, select } = this.seatSelect(view, p.claim, t('net.room.seatFor', { name: p.name }));
    return h('li', { class: 'net-player', 'data-player': p.id },
      h('span', { class: 'net-player-name' }, h('strong', {}, p.name), ' — ', t('net.room.asks', { seat: seatWords(p.claim, view.lobby, t) }), ' ', this.connection(p)),
      h('span', { class: 'net-player-actions' }, field,
        h('button', { type: 'button', class: 'primary', onclick: () => {
          const seat = readSeat(select.value);
          const asked = p.claim && seat && seatValue(p.claim) === seatValue(seat);
          this.deps.link.send({ type: 'admit', player: p.id, seat: asked ? null : seat });
        } }, t('net.room.admit', { name: p.name })),
        this.removeControl(p)));
  }

  private seatedRow(view: ViewMessage, p: PlayerInfo): HTMLElement {
    const { t } = this;
    const seat = p.seat && p.seat.kind !== 'facilitator' ? p.seat : null;
    const { field, select } = this.seatSelect(view, seat, t('net.room.seatFor', { name: p.name }));
    return h('li', { class: 'net-player', 'data-player': p.id },
      h('span', { class: 'net-player-name' }, h('strong', {}, p.name), ' — ', seatWords(p.seat, view.lobby, t), ' ', this.connection(p)),
      h('span', { class: 'net-player-actions' }, field,
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          const to = readSeat(select.value);
          if (to) this.deps.link.send({ type: 'admit', player: p.id, seat: to });
        } }, t('net.room.move', { name: p.name })),
        this.removeControl(p)));
  }

  /** Remove, with the reason the log keeps: refused here at once when none is typed. */
  private removeControl(p: PlayerInfo): HTMLElement {
    const { t } = this;
    const id = uid('reason');
    const reason = h('input', { id, class: 'reason', value: this.reasons.get(p.id) ?? '', placeholder: t('net.room.reasonHint') });
    reason.addEventListener('input', () => this.reasons.set(p.id, reason.value));
    return h('span', { class: 'net-remove' },
      h('label', { for: id, class: 'visually-hidden' }, t('net.room.reasonFor', { name: p.name })), reason,
      h('button', { type: 'button', class: 'secondary danger', onclick: () => {
        const why = reason.value.trim();
        // The host refuses a reason of invisible characters only (a pasted zero-width space): say so here.
        if (!hasVisibleText(why)) {
          this.say(t('net.room.reasonRequired', { name: p.name }));
          reason.focus();
          return;
        }
        this.say(null);
        this.reasons.delete(p.id);
        this.deps.link.send({ type: 'remove', player: p.id, reason: why });
      } }, t('net.room.remove', { name: p.name })));
  }
}
