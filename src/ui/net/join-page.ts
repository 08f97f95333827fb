import type { PlayerInfo, SeatClaim, ServerMessage } from '../../exercise/protocol';
import { createStrings, type Language, type Strings } from '../../i18n';
import { h, uid } from '../dom/h';
import type { KeyValueStore } from '../types';
import { LinkError, readJoinCode, type LinkProblem, type NetLink, type Rooms, type ViewMessage } from './link';
import './net.css';

// Joining a networked room (issue 12, item 2): the code off the projector (typed in any case, with
// spaces), a name, then a seat — a team of the room, an observer, or the projector — and a wait
// until the facilitator admits the player. When the room seats the player, the page hands the link
// to the seat's own screen (`onSeated`). A reload comes back into the same seat without asking.

export interface JoinPageDeps {
  readonly root: HTMLElement;
  readonly rooms: Rooms;
  /** Where the player's name is remembered between visits. */
  readonly storage: KeyValueStore | null;
  /** The code from the address (`?join=CODE`), if any. */
  readonly code: string | null;
  /** The room has seated the player: their screen takes over the page. */
  onSeated(link: NetLink, view: ViewMessage): void;
  /** The player is in room `code` (waiting or seated): the page's address names it, so that a reload comes back. */
  onJoined?(code: string): void;
}

export const NAME_KEY = 'csd.net.name';

/** The seat a player asked for or holds, in words. */
export function seatWords(seat: PlayerInfo['seat'] | SeatClaim | null, lobby: ViewMessage['lobby'] | null, t: Strings['t']): string {
  if (!seat) return t('net.seat.none');
  switch (seat.kind) {
    case 'team': {
      const team = lobby?.teams.find((x) => x.id === seat.team);
      return team ? `${team.name} (${t(`roles.${team.role}`)})` : seat.team;
    }
    case 'observer':
      return t('net.seat.observer');
    case 'projector':
      return t('net.seat.projector');
    case 'facilitator':
      return t('net.seat.facilitator');
  }
}

/** What a join that failed was, in the player's words. */
export function problemText(problem: LinkProblem, code: string, t: Strings['t']): string {
  return t(`net.problem.${problem}`, { code });
}

export class JoinPage {
  private readonly strings: Strings;
  private link: NetLink | null = null;
  private stopLink: (() => void) | null = null;
  private asked: SeatClaim | null = null;
  /** The player is choosing another seat: the room's news does not take the form away. */
  private choosing = false;
  private readonly main: HTMLElement;
  private readonly message: HTMLElement;

  constructor(private readonly deps: JoinPageDeps, language: Language) {
    this.strings = createStrings(language);
    this.main = h('main', { class: 'net-join', id: 'panel' });
    this.message = h('p', { class: 'message net-message', role: 'alert', hidden: true });
    deps.root.replaceChildren(h('div', { class: 'app net-join-page' }, h('header', { class: 'net-head' }, h('h1', {}, this.t('net.join.title'))), this.message, this.main));
  }

  private get t() {
    return this.strings.t;
  }

  /** Back into this tab's seat when there is one; otherwise the form. */
  async start(): Promise<void> {
    document.documentElement.lang = this.strings.language;
    document.title = `${this.t('net.join.title')} — ${this.t('game.title')}`;
    const read = this.deps.code ? readJoinCode(this.deps.code) : null;
    if (read?.ok) {
      const back = await this.deps.rooms.rejoin(read.code);
      if (back) return this.attach(back);
    }
    this.codeForm();
  }

  destroy(): void {
    this.stopLink?.();
  }

  private say(text: string | null): void {
    this.message.hidden = text === null;
    this.message.textContent = text ?? '';
  }

  private codeForm(): void {
    const { t } = this;
    const codeId = uid('code');
    const nameId = uid('name');
    const code = h('input', { id: codeId, name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', inputmode: 'text', required: true, value: this.deps.code ?? '' });
    const name = h('input', { id: nameId, name: 'name', autocomplete: 'nickname', maxlength: 40, required: true, value: this.remembered() });
    const go = h('button', { type: 'submit', class: 'primary' }, t('net.join.go'));
    const form = h('form', { class: 'net-code-form' },
      h('p', {}, t('net.join.intro')),
      h('label', { for: codeId }, t('net.join.code')), code,
      h('p', { class: 'hint' }, t('net.join.codeHint')),
      h('label', { for: nameId }, t('net.join.name')), name,
      h('div', { class: 'actions' }, go));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const read = readJoinCode(code.value);
      if (!read.ok) {
        this.say(read.problem === 'letter' ? t('net.join.badLetter', { letter: read.letter }) : t('net.join.badLength'));
        code.focus();
        return;
      }
      const who = name.value.trim();
      if (!who) {
        this.say(t('net.join.noName'));
        name.focus();
        return;
      }
      this.remember(who);
      this.say(null);
      go.disabled = true;
      go.textContent = t('net.join.joining');
      this.deps.rooms.join(read.code, { name: who }).then((link) => this.attach(link), (error: unknown) => {
        const problem = error instanceof LinkError ? error.problem : 'failed';
        this.say(problemText(problem, read.code, t));
        go.disabled = false;
        go.textContent = t('net.join.go');
      });
    });
    this.main.replaceChildren(form);
    (this.deps.code ? name : code).focus();
  }

  private attach(link: NetLink): void {
    this.link = link;
    this.deps.onJoined?.(link.code);
    this.stopLink = link.subscribe((m) => this.receive(m));
    const latest = link.latest();
    if (latest) this.showView(latest);
    else this.main.replaceChildren(h('p', { role: 'status' }, this.t('common.loading')));
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'view':
        return this.showView(message);
      case 'refused':
        // A seat already taken, a team that left the roster…: ask again.
        this.say(this.t('net.join.claimRefused'));
        this.asked = null;
        return this.showView(this.link?.latest() ?? null);
      case 'removed':
        return this.showRemoved(message.reason);
      case 'ack':
        return;
    }
  }

  /** The facilitator removed this player: say so, with the reason, and offer to join again. */
  showRemoved(reason: string): void {
    this.stopLink?.();
    this.stopLink = null;
    this.link = null;
    this.main.replaceChildren(h('section', { class: 'net-removed' },
      h('h2', {}, this.t('net.removed.title')),
      h('p', { role: 'alert' }, this.t('net.removed.text', { reason })),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => this.codeForm() }, this.t('net.removed.again')))));
  }

  private showView(view: ViewMessage | null): void {
    if (!view || !this.link) return;
    const you = view.you;
    if (you.status === 'removed') return this.showRemoved('');
    if (you.status === 'seated' && view.view) {
      this.stopLink?.();
      this.stopLink = null;
      this.deps.onSeated(this.link, view);
      return;
    }
    if (this.choosing) return;
    if (you.claim || this.asked) return this.waiting(view);
    this.seatChoice(view);
  }

  private seatChoice(view: ViewMessage): void {
    const { t } = this;
    const lobby = view.lobby;
    const name = uid('seat');
    const choices: { claim: SeatClaim; label: string; hint: string }[] = [
      ...lobby.teams.map((team) => ({ claim: { kind: 'team', team: team.id } as SeatClaim, label: `${team.name} (${t(`roles.${team.role}`)})`, hint: t('net.join.players', { count: team.players }) })),
      { claim: { kind: 'observer' }, label: t('net.seat.observer'), hint: t('net.join.observerHint') },
      { claim: { kind: 'projector' }, label: t('net.seat.projector'), hint: t('net.join.projectorHint') },
    ];
    const radios = choices.map((choice, i) => {
      const id = uid('claim');
      return h('div', { class: 'check net-seat-choice' },
        h('input', { type: 'radio', name, id, value: String(i), checked: i === 0 }),
        h('label', { for: id }, h('strong', {}, choice.label), h('br', {}), h('span', { class: 'hint' }, choice.hint)));
    });
    const form = h('form', { class: 'net-seat-form' },
      h('h2', {}, lobby.title),
      h('p', {}, t('net.join.room', { code: lobby.code })),
      h('fieldset', {}, h('legend', {}, t('net.join.pickSeat')), ...radios),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('net.join.ask'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
      const choice = picked ? choices[Number(picked.value)] : undefined;
      if (!choice || !this.link) return;
      this.say(null);
      this.choosing = false;
      this.asked = choice.claim;
      this.link.send({ type: 'claim', claim: choice.claim });
      this.waiting(view);
    });
    this.main.replaceChildren(form);
  }

  private waiting(view: ViewMessage): void {
    const { t } = this;
    const claim = view.you.claim ?? this.asked;
    this.main.replaceChildren(h('section', { class: 'net-waiting' },
      h('h2', {}, view.lobby.title),
      h('p', { role: 'status' }, t('net.join.waiting', { seat: seatWords(claim, view.lobby, t) })),
      h('p', { class: 'hint' }, t('net.join.waitingHint', { name: view.you.name, code: view.lobby.code })),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => {
        this.asked = null;
        this.choosing = true;
        this.seatChoice(view);
      } }, t('net.join.otherSeat')))));
  }

  private remembered(): string {
    try {
      return this.deps.storage?.getItem(NAME_KEY) ?? '';
    } catch {
      return '';
    }
  }

  private remember(name: string): void {
    try {
      this.deps.storage?.setItem(NAME_KEY, name);
    } catch {
      // Only costs typing the name again next time.
    }
  }
}
