// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadGameData } from '../../../src/data';
import { availableActions } from '../../../src/engine';
import { secretTurn } from '../../../src/exercise';
import { NetProjector, spacedCode } from '../../../src/ui/net/net-projector';
import { joinAddress, qrModules, qrSvg } from '../../../src/ui/net/qr';
import { recordingBoard } from '../fakes';
import { exerciseAtDecisions, FakeLink, gameOf, player, run, viewFor } from './net-fixtures';

// The networked projector: issue 11's projector page fed by the room, with the join code in large
// type and a QR code of the join address drawn here; nothing the control cell keeps to itself.

const data = loadGameData();
const settle = () => new Promise((r) => setTimeout(r, 0));
const HREF = 'https://seminar.example:8080/?view=projector&room=K7M2PQ';

afterEach(() => document.body.replaceChildren());

describe('the join address and its QR code', () => {
  it('is the page with ?join=CODE', () => {
    expect(joinAddress(HREF, 'K7M2PQ')).toBe('https://seminar.example:8080/?join=K7M2PQ');
    expect(joinAddress('http://localhost:5173/index.html?view=console&room=K7M2PQ#x', 'K7M2PQ')).toBe('http://localhost:5173/index.html?join=K7M2PQ');
  });

  it('is a QR symbol: square, 4v+17 modules a side, finder patterns in three corners, the same every time', () => {
    const m = qrModules('https://seminar.example:8080/?join=K7M2PQ');
    const size = m.length;
    expect(m.every((row) => row.length === size)).toBe(true);
    expect((size - 17) % 4).toBe(0);
    // A finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 centre.
    const finder = (r: number, c: number) => [0, 6].every((i) => [0, 1, 2, 3, 4, 5, 6].every((j) => m[r + i]![c + j] && m[r + j]![c + i])) && !m[r + 1]![c + 1] && m[r + 3]![c + 3];
    expect(finder(0, 0)).toBe(true);
    expect(finder(0, size - 7)).toBe(true);
    expect(finder(size - 7, 0)).toBe(true);
    expect(qrModules('https://seminar.example:8080/?join=K7M2PQ')).toEqual(m);
    expect(qrModules('https://seminar.example:8080/?join=ABC234')).not.toEqual(m);
  });

  it('draws as an SVG labelled for a screen reader, with a quiet zone', () => {
    const svg = qrSvg('hello', 'QR code of hello');
    const size = qrModules('hello').length;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${size + 8} ${size + 8}`);
    expect(svg.getAttribute('aria-label')).toBe('QR code of hello');
    const dark = qrModules('hello').flat().filter(Boolean).length;
    expect(svg.querySelector('path')?.getAttribute('d')?.match(/M/g)).toHaveLength(dark);
  });
});

describe('the networked projector', () => {
  it('words a pause the room made for a lost connection in its own language', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const link = new FakeLink();
    // As the room server pauses on a drop (exercise/host.ts): the reason in English, the team by id.
    const exercise = run(exerciseAtDecisions('secret'), { kind: 'facilitator' }, { type: 'pause', reason: 'Navy desk lost its connection', dropped: 'navy' });
    const projector = new NetProjector({ root, link, href: HREF, loadData: async () => data, loadBoard: async () => recordingBoard(), now: () => 0 }, 'es');
    projector.start();
    link.deliver(viewFor(exercise, { kind: 'projector' }, 4, player('p9', 'Proyector', { status: 'seated', seat: { kind: 'projector' } })));
    await settle();
    await settle();
    expect(root.querySelector('.paused-banner')?.textContent).toBe('En pausa — Navy desk perdió la conexión');
    expect(root.textContent).not.toContain('lost its connection');
    projector.destroy();
  });

  it('shows the code in large type, the QR code, the room and its board, and nothing private', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const link = new FakeLink();
    let exercise = exerciseAtDecisions('secret');
    exercise = run(exercise, { kind: 'facilitator' }, { type: 'note', text: 'PRIVATE note of the control cell' });
    // Blue seals a decision: the room may know that blue decided, never what.
    const action = availableActions(secretTurn(gameOf(exercise), 'us'), 'us')[0]!.id;
    exercise = run(exercise, { kind: 'team', team: 'blue' }, { type: 'seal', move: { type: 'DECIDE', role: 'us', actions: [action], by: 'us' } });
    const board = recordingBoard();
    const projector = new NetProjector({ root, link, href: HREF, loadData: async () => data, loadBoard: async () => board, now: () => 0 }, 'en');
    projector.start();
    // Before the facilitator admits it, the projector already shows how to join, and what it waits for.
    expect(root.querySelector('.net-code')?.textContent).toBe('K7M 2PQ');
    expect(root.querySelector('.net-admit-wait')?.textContent).toBe('Waiting for the facilitator to admit this projector…');
    expect(root.querySelector('.net-admit-wait')?.hasAttribute('hidden')).toBe(false);
    link.deliver(viewFor(exercise, { kind: 'projector' }, 4, player('p9', 'Projector', { status: 'seated', seat: { kind: 'projector' } })));
    await settle();
    await settle();
    expect(root.querySelector('.projector-head h1')?.textContent).toBe('Border seminar');
    expect(root.querySelector('.net-admit-wait')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('.net-code')?.textContent).toBe('K7M 2PQ');
    expect(root.querySelector('svg.qr-code')?.getAttribute('aria-label')).toBe('QR code of the join address https://seminar.example:8080/?join=K7M2PQ');
    expect(root.querySelector('.net-address')?.textContent).toBe('https://seminar.example:8080/?join=K7M2PQ');
    expect(root.textContent).toContain('Blue cell');
    expect(board.calls.some((c) => c.kind === 'showBoard')).toBe(true);
    const everything = `${root.innerHTML} ${JSON.stringify(board.calls)}`;
    expect(everything).not.toContain('PRIVATE');
    expect(everything).not.toContain(action);
    expect(root.querySelector('.room-teams')?.textContent).toContain('decided');
    projector.destroy();
  });

  it('groups the code in threes', () => {
    expect(spacedCode('K7M2PQ')).toBe('K7M 2PQ');
  });
});
