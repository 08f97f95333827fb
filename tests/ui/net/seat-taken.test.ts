// @vitest-environment happy-dom
import type { Room } from '@colyseus/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGameData } from '../../../src/data';
import type { ClientMessage } from '../../../src/exercise/protocol';
import type { Language } from '../../../src/i18n';
import { roomConnection } from '../../../src/ui/net/colyseus';
import { openRooms, SEAT_PREFIX, SEAT_TAKEN_CODE, type RoomConnection } from '../../../src/ui/net/link';
import { NetProjector } from '../../../src/ui/net/net-projector';
import { NetRemoteExercise } from '../../../src/ui/net/remote-exercise';
import { SeatScreen } from '../../../src/ui/net/seat-screen';
import { expectAccessible } from '../dom';
import { memoryStore, recordingBoard } from '../fakes';
import { exerciseAtDecisions, FakeLink, player, viewFor } from './net-fixtures';

// A seat taken by a rejoin from another device or tab: the SDK's two ways of hearing it (the close
// code, or the error a reconnection is refused with) reach the link as one status, `taken`, and the
// seat's screen says so in the player's language, with the way to play here again (a reload, which
// rejoins with this tab's secret), and puts the seat's controls out of reach. The projector's page
// and the facilitator's console say it too.

const data = loadGameData();
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

/** The SDK room's few parts the connector uses, driven by hand. */
function fakeSdkRoom() {
  const handlers: Record<string, ((...args: never[]) => void)[]> = {};
  const signal = (name: string) => (h: (...args: never[]) => void) => void (handlers[name] ??= []).push(h);
  const room = {
    roomId: 'K7M2PQ',
    reconnection: { enabled: true },
    send: () => undefined,
    leave: () => Promise.resolve(4000),
    onMessage: signal('message'),
    onDrop: signal('drop'),
    onReconnect: signal('reconnect'),
    onLeave: signal('leave'),
    onError: signal('error'),
  };
  const fire = (name: string, ...args: unknown[]) => {
    for (const h of handlers[name] ?? []) (h as (...a: unknown[]) => void)(...args);
  };
  return { room, fire };
}

describe('the Colyseus connector', () => {
  it('reports a reconnection refused because the seat was taken as a leave with the code, and stops the SDK reconnecting', () => {
    const { room, fire } = fakeSdkRoom();
    const connection = roomConnection(room as unknown as Room);
    const codes: number[] = [];
    connection.onLeave((code) => codes.push(code));
    fire('drop', 1006);
    fire('error', SEAT_TAKEN_CODE, 'the seat of player p1 was taken by another connection (a rejoin) while this one was away');
    expect(room.reconnection.enabled).toBe(false);
    // The transport then closes with "reconnection failed" (4003).
    fire('leave', 4003, '');
    expect(codes).toEqual([SEAT_TAKEN_CODE]);
  });

  it('passes other codes through, and keeps reconnecting after other errors', () => {
    const { room, fire } = fakeSdkRoom();
    const connection = roomConnection(room as unknown as Room);
    const codes: number[] = [];
    connection.onLeave((code) => codes.push(code));
    fire('error', 4212, 'expired');
    expect(room.reconnection.enabled).toBe(true);
    fire('leave', 4003, '');
    expect(codes).toEqual([4003]);
  });
});

describe('the link', () => {
  async function linkOver(leaveCode: number) {
    let leave: ((code: number) => void) | null = null;
    const connection: RoomConnection = {
      roomId: 'K7M2PQ',
      send: (_m: ClientMessage) => undefined,
      onMessage: () => undefined,
      onDrop: () => undefined,
      onReconnect: () => undefined,
      onLeave: (h) => void (leave = h),
      leave: () => undefined,
    };
    const session = memoryStore();
    const link = await openRooms({ create: () => Promise.resolve(connection), join: () => Promise.resolve(connection) }, { local: null, session }).join('K7M2PQ', { name: 'Ana' });
    session.setItem(`${SEAT_PREFIX}K7M2PQ`, JSON.stringify({ player: 'p1', secret: 's', name: 'Ana' }));
    (leave as ((code: number) => void) | null)?.(leaveCode);
    return { link, session };
  }

  it('is taken when the room closes it with the seat-taken code, and keeps the seat for a reload to take back', async () => {
    const { link, session } = await linkOver(SEAT_TAKEN_CODE);
    expect(link.status).toBe('taken');
    expect(session.getItem(`${SEAT_PREFIX}K7M2PQ`)).not.toBeNull();
  });

  it('is closed for any other close', async () => {
    expect((await linkOver(4000)).link.status).toBe('closed');
    expect((await linkOver(4003)).link.status).toBe('closed');
  });
});

describe("the seat's screen", () => {
  async function screen(language: Language) {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const link = new FakeLink();
    link.deliver(viewFor(exerciseAtDecisions('inTurn'), { kind: 'team', team: 'navy' }, 5, player('p1', 'Ana', { status: 'seated', seat: { kind: 'team', team: 'navy' } })));
    const reloads: number[] = [];
    new SeatScreen({ root, link, loadData: async () => data, loadBoard: async () => recordingBoard(), now: () => 0, reload: () => reloads.push(1) }, language).start();
    await settle();
    await settle();
    return { root, link, reloads };
  }

  it.each([
    ['en', 'Another device or tab has taken this seat, and this page no longer follows the room. To play here instead, reload: the seat comes back to this device.', 'Reload and play here'],
    ['es', 'Otro dispositivo o pestaña ha tomado este puesto, y esta página ya no sigue la sala. Para jugar aquí, recargue la página: el puesto vuelve a este dispositivo.', 'Recargar y jugar aquí'],
  ] as const)('in %s: says another device took the seat, offers to take it back here, and puts the controls out of reach', async (language, text, label) => {
    const { root, link, reloads } = await screen(language);
    const panel = root.querySelector<HTMLElement>('#panel')!;
    expect(panel.querySelector('form.decide')).not.toBeNull();
    expect(panel.inert).toBe(false);
    link.setStatus('taken');
    const status = root.querySelector<HTMLElement>('.net-status')!;
    expect(status.hidden).toBe(false);
    const button = status.querySelector('button')!;
    expect(button.textContent).toBe(label);
    expect(status.textContent).toBe(`${text} ${label}`);
    expect(panel.inert).toBe(true);
    expectAccessible(root);
    button.click();
    expect(reloads).toEqual([1]);
  });

  it('still says a plain disconnection as before, with no button and the controls left', async () => {
    const { root, link } = await screen('en');
    link.setStatus('closed');
    const status = root.querySelector<HTMLElement>('.net-status')!;
    expect(status.textContent).toBe('Disconnected from the room. Reload the page to come back.');
    expect(status.querySelector('button')).toBeNull();
    expect(root.querySelector<HTMLElement>('#panel')!.inert).toBe(false);
  });
});

describe('the other seats of a room', () => {
  const TAKEN = 'Another device or tab has taken this seat, and this page no longer follows the room. To play here instead, reload: the seat comes back to this device.';

  it("the projector's page says its seat was taken", async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const link = new FakeLink();
    const projector = new NetProjector({ root, link, href: 'http://localhost:8080/?view=projector&room=K7M2PQ', loadData: async () => data, loadBoard: async () => recordingBoard(), now: () => 0 }, 'en');
    projector.start();
    link.deliver(viewFor(exerciseAtDecisions('inTurn'), { kind: 'projector' }, 4, player('p9', 'Projector', { status: 'seated', seat: { kind: 'projector' } })));
    await settle();
    link.setStatus('taken');
    expect(root.querySelector('.net-status')?.textContent).toBe(TAKEN);
    projector.destroy();
  });

  it("the facilitator's console says its seat was taken, in Spanish too", () => {
    for (const [language, text] of [['en', TAKEN], ['es', 'Otro dispositivo o pestaña ha tomado este puesto, y esta página ya no sigue la sala. Para jugar aquí, recargue la página: el puesto vuelve a este dispositivo.']] as const) {
      const link = new FakeLink();
      const me = player('f1', 'Facilitator', { status: 'seated', seat: { kind: 'facilitator' } });
      link.deliver(viewFor(exerciseAtDecisions('secret'), { kind: 'facilitator' }, 1, me, { players: [me], settings: { pauseOnDrop: false, autoAdmit: false } }));
      const remote = new NetRemoteExercise({ link, language, href: 'http://localhost:8080/?view=console&room=K7M2PQ', openProjector: () => undefined });
      document.body.replaceChildren(remote.roomSection());
      link.setStatus('taken');
      expect(document.body.querySelector('.net-status')?.textContent).toBe(text);
    }
  });
});
