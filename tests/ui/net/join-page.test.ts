// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { JoinOptions } from '../../../src/exercise/protocol';
import type { Language } from '../../../src/i18n';
import { JoinPage, NAME_KEY } from '../../../src/ui/net/join-page';
import { LinkError, type NetLink, type Rooms, type ViewMessage } from '../../../src/ui/net/link';
import { button, byLabel, expectAccessible } from '../dom';
import { memoryStore } from '../fakes';
import { exerciseAtDecisions, FakeLink, LOBBY, player, viewFor } from './net-fixtures';

// The join page with the room faked: the code as people type it, the seats of the room, the wait
// for the facilitator, and what the page says when the code, the room or the player is refused.

function fakeRooms(options: { fail?: LinkError; back?: FakeLink } = {}) {
  const joins: { code: string; options: JoinOptions }[] = [];
  const links: FakeLink[] = [];
  const rooms: Rooms = {
    create: () => Promise.reject(new Error('not in these tests')),
    join: (code, o) => {
      joins.push({ code, options: o });
      if (options.fail) return Promise.reject(options.fail);
      const link = new FakeLink(code.toUpperCase().replace(/\s/g, ''));
      links.push(link);
      return Promise.resolve(link);
    },
    rejoin: () => Promise.resolve(options.back ?? null),
    facilitate: () => Promise.resolve(null),
    keyFor: () => null,
  };
  return { rooms, joins, links };
}

function page(options: { code?: string | null; language?: Language; fail?: LinkError; back?: FakeLink } = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const store = memoryStore();
  const { rooms, joins, links } = fakeRooms(options);
  const seated: { link: NetLink; view: ViewMessage }[] = [];
  const joined: string[] = [];
  const p = new JoinPage({ root, rooms, storage: store, code: options.code ?? null, onSeated: (link, view) => void seated.push({ link, view }), onJoined: (code) => void joined.push(code) }, options.language ?? 'en');
  return { root, store, joins, links, seated, joined, page: p };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

async function submitCode(root: HTMLElement, code: string, name: string): Promise<void> {
  (root.querySelector('input[name="code"]') as HTMLInputElement).value = code;
  (root.querySelector('input[name="name"]') as HTMLInputElement).value = name;
  (root.querySelector('form.net-code-form button[type="submit"]') as HTMLButtonElement).click();
  await settle();
}

afterEach(() => document.body.replaceChildren());

describe('the join page', () => {
  it('joins by a code typed in lower case with spaces, offers the seats, asks for one and waits', async () => {
    const { root, joins, links, store, seated, joined, page: p } = page();
    await p.start();
    expectAccessible(root);
    await submitCode(root, 'k7m 2pq', 'Ana');
    expect(joins).toEqual([{ code: 'K7M2PQ', options: { name: 'Ana' } }]);
    // The address now names the room, so that a reload comes back to it.
    expect(joined).toEqual(['K7M2PQ']);
    expect(store.data.get(NAME_KEY)).toBe('Ana');
    const link = links[0]!;
    link.deliver({ type: 'view', seq: 1, you: player('p1', 'Ana'), lobby: LOBBY, view: null });
    const seats = [...root.querySelectorAll('.net-seat-choice label strong')].map((s) => s.textContent);
    expect(seats).toEqual(['Blue cell (United States)', 'Navy desk (SEMAR)', 'Observer', 'Projector']);
    expect(root.querySelector('.net-seat-choice .hint')?.textContent).toBe('0 seated');
    expectAccessible(root);
    byLabel(root, /^Navy desk \(SEMAR\)/).click();
    button(root, 'Ask for this seat').click();
    expect(link.sent).toEqual([{ type: 'claim', id: 1, claim: { kind: 'team', team: 'navy' } }]);
    expect(root.textContent).toContain('Waiting for the facilitator to admit you as Navy desk (SEMAR)…');
    // The room's news while waiting keeps the wait.
    link.deliver({ type: 'view', seq: 2, you: player('p1', 'Ana', { claim: { kind: 'team', team: 'navy' } }), lobby: LOBBY, view: null });
    expect(root.textContent).toContain('Waiting for the facilitator');
    expect(seated).toEqual([]);
    // Admitted: the seat's screen takes over.
    const admitted = viewFor(exerciseAtDecisions('inTurn'), { kind: 'team', team: 'navy' }, 3, player('p1', 'Ana', { status: 'seated', seat: { kind: 'team', team: 'navy' } }));
    link.deliver(admitted);
    expect(seated).toHaveLength(1);
    expect(seated[0]?.view.seq).toBe(3);
  });

  it('takes the code from the address and asks only for the name', async () => {
    const { root, joins, page: p } = page({ code: 'k7m2pq' });
    await p.start();
    expect(byLabel(root, 'Room code').value).toBe('k7m2pq');
    byLabel(root, 'Your name').value = 'Ben';
    button(root, 'Join').click();
    await settle();
    expect(joins[0]?.code).toBe('K7M2PQ');
  });

  it('comes back into the seat it held, after a reload, without the form', async () => {
    const back = new FakeLink();
    const { root, seated, joins, page: p } = page({ code: 'K7M2PQ', back });
    back.deliver(viewFor(exerciseAtDecisions('inTurn'), { kind: 'observer', name: 'Ana' }, 9, player('p1', 'Ana', { status: 'seated', seat: { kind: 'observer' } })));
    await p.start();
    expect(joins).toEqual([]);
    expect(seated[0]?.link).toBe(back);
    expect(root.querySelector('form.net-code-form')).toBeNull();
  });

  it.each([
    ['en', 'k7m2p0', '“0” is not in a room code'],
    ['en', 'k7m2p', 'A room code has six letters and digits.'],
    ['es', 'k7m2p0', '«0» no está en un código de sala'],
    ['es', 'k7m2p', 'Un código de sala tiene seis letras y cifras.'],
  ] as const)('in %s, says what is wrong with the code %j without asking the server', async (language, code, text) => {
    const { root, joins, page: p } = page({ language });
    await p.start();
    byLabel(root, language === 'en' ? 'Room code' : 'Código de la sala').value = code;
    byLabel(root, language === 'en' ? 'Your name' : 'Su nombre').value = 'Ana';
    button(root, language === 'en' ? 'Join' : 'Unirse').click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(text);
    expect(joins).toEqual([]);
  });

  it.each([
    ['noRoom', 'No room has the code K7M2PQ. Check the code on the projector.'],
    ['full', 'Room K7M2PQ is full.'],
    ['noServer', 'This page is served without a room server'],
  ] as const)('says so when the room answers %s, and lets the player try again', async (problem, text) => {
    const { root, page: p } = page({ fail: new LinkError(problem, 'from the server') });
    await p.start();
    await submitCode(root, 'K7M2PQ', 'Ana');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(text);
    expect(button(root, 'Join').disabled).toBe(false);
  });

  it('tells a removed player why, in their language, and offers to join again', async () => {
    const { root, links, page: p } = page({ language: 'es' });
    await p.start();
    await submitCode(root, 'K7M2PQ', 'Ana');
    links[0]!.deliver({ type: 'removed', reason: 'sala equivocada' });
    expect(root.textContent).toContain('El facilitador le retiró de la sala. Motivo: sala equivocada');
    button(root, 'Unirse de nuevo').click();
    expect(root.querySelector('form.net-code-form')).not.toBeNull();
  });

  it('asks again when the room refuses the seat', async () => {
    const { root, links, page: p } = page();
    await p.start();
    await submitCode(root, 'K7M2PQ', 'Ana');
    const link = links[0]!;
    link.deliver({ type: 'view', seq: 1, you: player('p1', 'Ana'), lobby: LOBBY, view: null });
    button(root, 'Ask for this seat').click();
    link.deliver({ type: 'refused', id: 1, refusal: { code: 'unknownTeam', team: 'blue' } });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The room refused that seat: choose another.');
    expect(button(root, 'Ask for this seat')).toBeTruthy();
  });
});
