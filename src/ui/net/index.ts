import type { Exercise } from '../../exercise';
import { createStrings, type Language } from '../../i18n';
import type { BoardRenderer } from '../board/board';
import type { RemoteExercise } from '../console/remote';
import { h } from '../dom/h';
import { readPrefs } from '../prefs';
import type { GameData, KeyValueStore } from '../types';
import { colyseusConnector } from './colyseus';
import { JoinPage, problemText } from './join-page';
import { LinkError, openRooms, readJoinCode, type NetLink, type Rooms, type ViewMessage } from './link';
import { NetProjector } from './net-projector';
import { NetRemoteExercise } from './remote-exercise';
import { SeatScreen } from './seat-screen';

// The networked pages as the entry point (src/main.ts) starts them: `?join=CODE` (a player's
// page: join, then the seat's own screen), `?view=projector&room=CODE` (the networked projector)
// and `?view=console&room=CODE` (the facilitator's console on a room). The room server is the
// page's own origin: `npm run dev` and `npm start` serve the game and the rooms on one port. Where
// the page is served without it, each of these says so and nothing else is touched.

export interface NetPageDeps {
  readonly root: HTMLElement;
  /** localStorage: the player's name, the facilitator's keys. */
  readonly storage: KeyValueStore | null;
  /** sessionStorage: this tab's reconnection tokens. */
  readonly session: KeyValueStore | null;
  readonly language: Language;
  /** The page's address (the room server's origin and the join address come from it). */
  readonly href: string;
  loadData(): Promise<GameData>;
  loadBoard(stage: HTMLElement): Promise<BoardRenderer>;
  /** Rooms to use instead of the page's own server (tests). */
  readonly rooms?: Rooms;
}

export const FACILITATOR_NAME = 'Facilitator';

function every(ms: number, tick: () => void): () => void {
  const id = setInterval(tick, ms);
  return () => clearInterval(id);
}

function roomsOf(deps: Pick<NetPageDeps, 'rooms' | 'storage' | 'session' | 'href'>): Rooms {
  return deps.rooms ?? openRooms(colyseusConnector(new URL(deps.href).origin), { local: deps.storage, session: deps.session });
}

/** A page that could not reach its room: what went wrong, and the way back to the game. */
function problemPage(root: HTMLElement, language: Language, text: string): void {
  const { t } = createStrings(language);
  document.documentElement.lang = language;
  root.replaceChildren(h('div', { class: 'app net-join-page' },
    h('header', { class: 'net-head' }, h('h1', {}, t('game.title'))),
    h('main', { class: 'net-join', id: 'panel' },
      h('p', { class: 'message net-message', role: 'alert' }, text),
      h('p', {}, h('a', { href: window.location.pathname }, t('net.backToGame'))))));
}

function problemOf(error: unknown, code: string, language: Language): string {
  const { t } = createStrings(language);
  return problemText(error instanceof LinkError ? error.problem : 'failed', code, t);
}

/** The first view the room sends on a link (or the latest, if it came already). */
function firstView(link: NetLink): Promise<ViewMessage> {
  const latest = link.latest();
  if (latest) return Promise.resolve(latest);
  return new Promise((resolve, reject) => {
    const stops: (() => void)[] = [];
    const done = () => stops.forEach((s) => s());
    stops.push(link.subscribe((m) => {
      if (m.type !== 'view') return;
      done();
      resolve(m);
    }));
    stops.push(link.onStatus((s) => {
      if (s === 'dropped') return;
      done();
      reject(new LinkError('failed', `the room closed the connection (${s})`));
    }));
  });
}

/**
 * A seated player's screen, following the seat the room gives them: the networked projector for
 * the projector seat, the seat screen for a team or an observer (the facilitator may move a player
 * from one to another), and the join page again, saying why, when the facilitator removes them.
 */
function seatedScreen(deps: NetPageDeps, link: NetLink, view: ViewMessage): void {
  // This tab held the facilitator's seat (its console was here): the console is its page.
  if (view.view?.seat === 'facilitator') return window.location.assign(`?view=console&room=${encodeURIComponent(link.code)}`);
  let current: { readonly kind: 'projector' | 'seat'; destroy(): void } | null = null;
  const open = (next: ViewMessage) => {
    const kind = next.view?.seat === 'projector' ? 'projector' : 'seat';
    if (current?.kind === kind) return;
    current?.destroy();
    if (kind === 'projector') {
      const projector = new NetProjector({ root: deps.root, link, href: deps.href, loadData: deps.loadData, loadBoard: deps.loadBoard, now: () => Date.now(), every }, deps.language);
      projector.start();
      current = { kind, destroy: () => projector.destroy() };
    } else {
      const textScale = readPrefs(deps.storage, deps.language).textScale;
      const screen = new SeatScreen({ root: deps.root, link, loadData: deps.loadData, loadBoard: deps.loadBoard, now: () => Date.now(), every, textScale }, deps.language);
      screen.start();
      current = { kind, destroy: () => screen.destroy() };
    }
  };
  open(view);
  const stop = link.subscribe((m) => {
    if (m.type === 'view' && m.view) open(m);
    if (m.type !== 'removed') return;
    stop();
    current?.destroy();
    const page = new JoinPage({ root: deps.root, rooms: roomsOf(deps), storage: deps.storage, code: link.code, onSeated: (l, v) => seatedScreen(deps, l, v) }, deps.language);
    void page.start().then(() => page.showRemoved(m.reason));
  });
}

/** `?join=CODE`: the join page, then the seat's own screen. */
export function startJoin(deps: NetPageDeps & { readonly code: string | null }): JoinPage {
  const onJoined = (code: string) => window.history.replaceState(null, '', `?join=${encodeURIComponent(code)}`);
  const page = new JoinPage({ root: deps.root, rooms: roomsOf(deps), storage: deps.storage, code: deps.code, onSeated: (link, view) => seatedScreen(deps, link, view), onJoined }, deps.language);
  void page.start();
  return page;
}

/**
 * Opens a seat of the room `deps.code` names with `open` (given the checked code, the rooms and the
 * words), or shows a page that says why it cannot be had (a bad code, no server, a full room…) and
 * gives null. `open` may also give null once it has shown its own page.
 */
async function seatOf<T>(deps: NetPageDeps & { readonly code: string }, open: (code: string, rooms: ReturnType<typeof roomsOf>, t: ReturnType<typeof createStrings>['t']) => Promise<T | null>): Promise<T | null> {
  const read = readJoinCode(deps.code);
  const { t } = createStrings(deps.language);
  if (!read.ok) {
    problemPage(deps.root, deps.language, problemText('badCode', deps.code, t));
    return null;
  }
  try {
    return await open(read.code, roomsOf(deps), t);
  } catch (error) {
    problemPage(deps.root, deps.language, problemOf(error, read.code, deps.language));
    return null;
  }
}

/** `?view=projector&room=CODE`: the projector seat of a room (back in it after a reload), asked for under the name "Projector". */
export function startNetProjector(deps: NetPageDeps & { readonly code: string }): Promise<NetProjector | null> {
  return seatOf(deps, async (code, rooms, t) => {
    const link = (await rooms.rejoin(code)) ?? (await rooms.join(code, { name: t('net.seat.projector'), claim: { kind: 'projector' } }));
    const projector = new NetProjector({ root: deps.root, link, href: deps.href, loadData: deps.loadData, loadBoard: deps.loadBoard, now: () => Date.now(), every }, deps.language);
    projector.start();
    return projector;
  });
}

/**
 * `?view=console&room=CODE`: the facilitator's seat of a room, with the key this browser kept when
 * it made the room; null (and a page that says why) when it cannot be had.
 */
export function connectConsole(deps: NetPageDeps & { readonly code: string }): Promise<RemoteExercise | null> {
  return seatOf(deps, async (code, rooms, t) => {
    const link = (await rooms.rejoin(code)) ?? (await rooms.facilitate(code, FACILITATOR_NAME));
    if (!link) {
      problemPage(deps.root, deps.language, t('net.problem.noKey', { code }));
      return null;
    }
    const view = await firstView(link);
    if (view.view?.seat !== 'facilitator') {
      link.leave();
      problemPage(deps.root, deps.language, t('net.problem.badKey', { code }));
      return null;
    }
    return new NetRemoteExercise({ link, language: deps.language, href: deps.href, openProjector: (room) => void window.open(`?view=projector&room=${encodeURIComponent(room)}`, 'csd-projector') });
  });
}

/**
 * "Run it over the network": a room made from the console's exercise. Resolves with the room's
 * join code once the room has answered with the facilitator's key (kept in this browser), so that
 * the console can reopen on the room; rejects with a LinkError saying why not.
 */
export async function createRoom(deps: Pick<NetPageDeps, 'rooms' | 'storage' | 'session' | 'href'>, exercise: Exercise): Promise<string> {
  const rooms = roomsOf(deps);
  const link = await rooms.create({ exercise, name: FACILITATOR_NAME });
  await firstView(link);
  if (!rooms.keyFor(link.code)) throw new LinkError('failed', 'the room sent no facilitator key');
  return link.code;
}

/** Why `createRoom` failed, in the facilitator's words. */
export function createProblem(error: unknown, language: Language): string {
  return problemOf(error, '', language);
}
