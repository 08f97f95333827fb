import type { ServerMessage } from '../../exercise/protocol';
import { createStrings, type Language, type Strings } from '../../i18n';
import type { BoardRenderer } from '../board/board';
import type { RoomPost, RoomTransport } from '../console/transport';
import { ProjectorPage } from '../console/projector-page';
import { h } from '../dom/h';
import type { GameData } from '../types';
import type { LinkStatus, NetLink, ViewMessage } from './link';
import { joinAddress, qrSvg } from './qr';
import './net.css';

// The networked projector (issue 12, item 4): the projector window of issue 11, unchanged, fed by
// the room instead of the console's BroadcastChannel — a RoomTransport over the link that turns
// each view the room sends the projector seat into the post the page already draws. Beside the
// room's picture it shows the join code in large type and a QR code of the join address, so that
// the teams in the room join from their phones.

/** The projector page's transport over a link: the room's view of the projector seat, as posts. */
export function linkTransport(link: NetLink, language: Language, now: () => number): RoomTransport {
  const post = (message: ViewMessage | null): RoomPost | null => {
    const view = message?.view;
    return view && (view.seat === 'projector' || view.seat === 'observer') ? { room: view.room, language, at: now() } : null;
  };
  return {
    // The room's server publishes; the projector only listens.
    publish: () => undefined,
    onHello: () => () => undefined,
    subscribe(handler) {
      return link.subscribe((message: ServerMessage) => {
        if (message.type !== 'view') return;
        const next = post(message);
        if (next) handler(next);
      });
    },
    latest: () => post(link.latest()),
    close: () => link.leave(),
  };
}

export interface NetProjectorDeps {
  readonly root: HTMLElement;
  readonly link: NetLink;
  /** The page's address, for the join address in the QR code. */
  readonly href: string;
  loadData(): Promise<GameData>;
  loadBoard(stage: HTMLElement): Promise<BoardRenderer>;
  now(): number;
  every?(ms: number, tick: () => void): () => void;
}

/** The join code as it is read aloud and off a wall: two groups of three. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The card with the join code and its QR code, placed at the top of the projector's side column. */
export function joinCard(code: string, href: string, t: Strings['t']): HTMLElement {
  const address = joinAddress(href, code);
  return h('section', { class: 'net-join-card', 'aria-label': t('net.projector.join') },
    h('p', { class: 'net-join-label' }, t('net.projector.join')),
    h('p', { class: 'net-code', 'aria-label': t('net.projector.codeLabel', { code: code.split('').join(' ') }) }, spacedCode(code)),
    qrSvg(address, t('net.projector.qrLabel', { address })),
    h('p', { class: 'net-address' }, address));
}

export class NetProjector {
  readonly page: ProjectorPage;
  private readonly strings: Strings;
  private readonly status: HTMLElement;
  /** Until the facilitator admits the projector, what it waits for (the page's own line speaks of the console in this browser). */
  private readonly waiting: HTMLElement;
  private readonly stop: (() => void)[] = [];

  constructor(private readonly deps: NetProjectorDeps, language: Language) {
    this.strings = createStrings(language);
    const transport = linkTransport(deps.link, language, deps.now);
    this.page = new ProjectorPage({ root: deps.root, transport, loadData: deps.loadData, loadBoard: deps.loadBoard, now: deps.now, every: deps.every }, language);
    this.status = h('p', { class: 'net-status', role: 'status', hidden: true });
    this.waiting = h('p', { class: 'net-admit-wait', role: 'status' }, this.strings.t('net.projector.waiting'));
    // The page draws into `root`; the card goes above its side panel, which the page never redraws.
    deps.root.querySelector('.projector-view')?.classList.add('net-projector');
    const side = deps.root.querySelector('.side');
    side?.prepend(joinCard(deps.link.code, deps.href, this.strings.t), this.status, this.waiting);
    this.showWaiting();
  }

  private showWaiting(): void {
    this.waiting.hidden = !!this.deps.link.latest()?.view;
  }

  start(): void {
    this.page.start();
    this.stop.push(this.deps.link.subscribe(() => this.showWaiting()));
    this.stop.push(this.deps.link.onStatus((s: LinkStatus) => {
      const text = s === 'dropped' ? this.strings.t('net.status.dropped') : s === 'closed' || s === 'removed' ? this.strings.t('net.status.closed') : s === 'taken' ? this.strings.t('net.status.taken') : null;
      this.status.hidden = text === null;
      this.status.textContent = text ?? '';
    }));
  }

  destroy(): void {
    for (const s of this.stop.splice(0)) s();
    this.page.destroy();
  }
}
