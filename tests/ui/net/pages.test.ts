// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadGameData } from '../../../src/data';
import { connectConsole, createRoom, startJoin, startNetProjector } from '../../../src/ui/net';
import { LinkError, type Rooms } from '../../../src/ui/net/link';
import { memoryStore, recordingBoard } from '../fakes';
import { exerciseAtDecisions, FakeLink, player, viewFor } from './net-fixtures';

// The networked pages as the entry point starts them, with the rooms faked: the console on a room
// (with this browser's key, or a page saying why not), the projector seat, and "Run it over the
// network" making a room of the console's exercise.

const data = loadGameData();
const settle = () => new Promise((r) => setTimeout(r, 0));
const ME = player('f1', 'Facilitator', { status: 'seated', seat: { kind: 'facilitator' } });

function rooms(over: Partial<Rooms> & { keys?: Record<string, string> } = {}): Rooms {
  return {
    create: over.create ?? (() => Promise.reject(new LinkError('noServer', 'none'))),
    join: over.join ?? (() => Promise.reject(new LinkError('noRoom', 'none'))),
    rejoin: over.rejoin ?? (() => Promise.resolve(null)),
    facilitate: over.facilitate ?? (() => Promise.resolve(null)),
    keyFor: over.keyFor ?? ((code) => over.keys?.[code] ?? null),
  };
}

function deps(r: Rooms) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return { root, storage: null, session: null, language: 'en' as const, href: 'http://localhost:8080/?view=console&room=K7M2PQ', loadData: async () => data, loadBoard: async () => recordingBoard(), rooms: r };
}

afterEach(() => document.body.replaceChildren());

describe('the console on a room', () => {
  it("opens with this browser's key and the room's exercise", async () => {
    const link = new FakeLink();
    const exercise = exerciseAtDecisions('secret');
    const d = deps(rooms({ facilitate: async () => {
      setTimeout(() => link.deliver(viewFor(exercise, { kind: 'facilitator' }, 1, ME, { players: [ME] })), 0);
      return link;
    } }));
    const remote = await connectConsole({ ...d, code: 'k7m2pq' });
    expect(remote?.current()).toEqual(exercise);
    expect(remote?.roomSection()?.querySelector('.net-code')?.textContent).toBe('K7M 2PQ');
  });

  it('says so when this browser holds no key for the room, or the code is not one', async () => {
    const d = deps(rooms());
    expect(await connectConsole({ ...d, code: 'K7M2PQ' })).toBeNull();
    expect(d.root.querySelector('[role="alert"]')?.textContent).toBe('This browser did not make room K7M2PQ, so it holds no facilitator key for it. Players join at ?join=K7M2PQ.');
    expect(await connectConsole({ ...d, code: 'nope' })).toBeNull();
    expect(d.root.querySelector('[role="alert"]')?.textContent).toBe('“nope” is not a room code.');
  });

  it('refuses a seat that is not the facilitator’s', async () => {
    const link = new FakeLink();
    link.deliver(viewFor(exerciseAtDecisions('secret'), { kind: 'observer', name: 'x' }, 1, player('p1', 'x', { status: 'seated', seat: { kind: 'observer' } })));
    const d = deps(rooms({ facilitate: async () => link }));
    expect(await connectConsole({ ...d, code: 'K7M2PQ' })).toBeNull();
    expect(link.left).toBe(true);
    expect(d.root.textContent).toContain('does not open room K7M2PQ');
  });
});

describe('the projector seat', () => {
  it('asks for the projector seat under its name, and shows the code at once', async () => {
    const asked: unknown[] = [];
    const d = deps(rooms({ join: async (code, options) => (asked.push([code, options]), new FakeLink(code)) }));
    const projector = await startNetProjector({ ...d, code: 'K7M2PQ' });
    await settle();
    expect(asked).toEqual([['K7M2PQ', { name: 'Projector', claim: { kind: 'projector' } }]]);
    expect(d.root.querySelector('.net-code')?.textContent).toBe('K7M 2PQ');
    projector?.destroy();
  });

  it('says where there is no room server', async () => {
    const d = deps(rooms({ join: () => Promise.reject(new LinkError('noServer', 'Failed to fetch')) }));
    expect(await startNetProjector({ ...d, code: 'K7M2PQ' })).toBeNull();
    expect(d.root.querySelector('[role="alert"]')?.textContent).toContain('served without a room server');
  });
});

describe('"Run it over the network"', () => {
  it("makes a room of the console's exercise and gives its code once the key is kept", async () => {
    const link = new FakeLink('ZX8HYA');
    const made: unknown[] = [];
    const exercise = exerciseAtDecisions('inTurn');
    const keys: Record<string, string> = {};
    const r = rooms({ keys, create: async (options) => {
      made.push(options);
      setTimeout(() => {
        keys.ZX8HYA = 'k';
        link.deliver(viewFor(exercise, { kind: 'facilitator' }, 1, ME, { key: 'k' }));
      }, 0);
      return link;
    } });
    await expect(createRoom({ ...deps(r) }, exercise)).resolves.toBe('ZX8HYA');
    expect(made).toEqual([{ exercise, name: 'Facilitator' }]);
  });

  it('fails with what went wrong when the room answers no key', async () => {
    const link = new FakeLink('ZX8HYA');
    link.deliver(viewFor(exerciseAtDecisions('inTurn'), { kind: 'facilitator' }, 1, ME));
    await expect(createRoom(deps(rooms({ create: async () => link })), exerciseAtDecisions('inTurn'))).rejects.toThrow('the room sent no facilitator key');
  });
});

describe("a player's page", () => {
  it('follows the seat the room gives: a team, then the projector, then removed', async () => {
    const link = new FakeLink();
    const d = deps(rooms({ join: async () => link }));
    startJoin({ ...d, code: 'K7M2PQ' });
    await settle();
    (d.root.querySelector('input[name="name"]') as HTMLInputElement).value = 'Ana';
    (d.root.querySelector('form.net-code-form button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(window.location.search).toBe('?join=K7M2PQ');
    const exercise = exerciseAtDecisions('inTurn');
    link.deliver(viewFor(exercise, { kind: 'team', team: 'navy' }, 2, player('p1', 'Ana', { status: 'seated', seat: { kind: 'team', team: 'navy' } })));
    await settle();
    expect(d.root.querySelector('.net-seat .net-who')?.textContent).toBe('Navy desk (SEMAR)');
    link.deliver(viewFor(exercise, { kind: 'projector' }, 3, player('p1', 'Ana', { status: 'seated', seat: { kind: 'projector' } })));
    await settle();
    expect(d.root.querySelector('.net-seat')).toBeNull();
    expect(d.root.querySelector('.projector-view .net-code')?.textContent).toBe('K7M 2PQ');
    link.deliver({ type: 'removed', reason: 'one projector is enough' });
    await settle();
    await settle();
    expect(d.root.textContent).toContain('The facilitator removed you from the room. Reason: one projector is enough');
  });

  it("draws a team's board at the text size this browser chose", async () => {
    const link = new FakeLink();
    const exercise = exerciseAtDecisions('inTurn');
    link.deliver(viewFor(exercise, { kind: 'team', team: 'navy' }, 2, player('p1', 'Ana', { status: 'seated', seat: { kind: 'team', team: 'navy' } })));
    const board = recordingBoard();
    const storage = memoryStore({ 'csd.prefs': JSON.stringify({ language: 'en', textScale: 1.75, played: true, projector: false }) });
    const d = { ...deps(rooms({ rejoin: async () => link })), storage, loadBoard: async () => board };
    startJoin({ ...d, code: 'K7M2PQ' });
    for (let i = 0; i < 4; i++) await settle();
    expect(d.root.querySelector('.net-seat .net-who')?.textContent).toBe('Navy desk (SEMAR)');
    expect(board.calls.filter((c) => c.kind === 'setTextScale')).toEqual([{ kind: 'setTextScale', scale: 1.75 }]);
  });
});
