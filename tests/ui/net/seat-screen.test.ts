// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadGameData } from '../../../src/data';
import type { Language } from '../../../src/i18n';
import { SeatScreen } from '../../../src/ui/net/seat-screen';
import { button, expectAccessible, setChecked } from '../dom';
import { recordingBoard } from '../fakes';
import { exerciseAtDecisions, FakeLink, gameOf, player, run, T0, viewFor } from './net-fixtures';

// A team's and an observer's own screens over a faked link, on a real exercise: the form each team
// gets is the engine's menu for its seat, the command it sends is the one the room's decide mode
// needs, refusals are told in the player's language, and the board is the shared board component.

const data = loadGameData();
const settle = () => new Promise((r) => setTimeout(r, 0));

async function screen(seat: { kind: 'team'; team: string } | { kind: 'observer'; name: string }, decide: 'inTurn' | 'secret', language: Language = 'en') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const link = new FakeLink();
  const exercise = exerciseAtDecisions(decide);
  const you = player('p1', 'Ana', { status: 'seated', seat: seat.kind === 'team' ? seat : { kind: 'observer' } });
  link.deliver(viewFor(exercise, seat, 5, you));
  const board = recordingBoard();
  const clock = { now: 0 };
  const s = new SeatScreen({ root, link, loadData: async () => data, loadBoard: async () => board, now: () => clock.now }, language);
  s.start();
  await settle();
  await settle();
  return { root, link, board, exercise, you, clock, screen: s };
}

afterEach(() => document.body.replaceChildren());

describe("a team's screen", () => {
  it('deciding in turn: the due team gets its panel and sends a move for its own role', async () => {
    const { root, link, board } = await screen({ kind: 'team', team: 'navy' }, 'inTurn');
    expect(root.querySelector('h1')?.textContent).toBe('Border seminar');
    expect(root.textContent).toContain('Navy desk (SEMAR)');
    expectAccessible(root);
    const box = root.querySelector<HTMLInputElement>('input[name="action"]:not(:disabled)');
    expect(box).not.toBeNull();
    setChecked(box!, true);
    button(root, 'Confirm decisions').click();
    expect(link.sent).toHaveLength(1);
    const sent = link.sent[0]!;
    expect(sent.type).toBe('command');
    expect(sent.type === 'command' && sent.command).toMatchObject({ type: 'move', move: { type: 'DECIDE', role: 'semar', by: 'semar', actions: [box!.value] } });
    // The board is the shared component, drawn from the room's public game.
    const drawn = board.calls.filter((c) => c.kind === 'showBoard');
    expect(drawn.length).toBeGreaterThan(0);
  });

  it('deciding in turn: a team that is not due waits, with no form', async () => {
    const { root } = await screen({ kind: 'team', team: 'blue' }, 'inTurn');
    expect(root.querySelector('form.decide')).toBeNull();
    expect(root.textContent).toContain('Waiting for SEMAR…');
    // Its objectives are on its screen.
    expect([...root.querySelectorAll('.net-objectives li')].map((li) => li.textContent)).toContain('Keep the Navy channel open');
  });

  it('deciding in secret: each pending team seals its decision, and then sees it sealed', async () => {
    const { root, link, exercise, you } = await screen({ kind: 'team', team: 'blue' }, 'secret');
    expect(root.textContent).toContain('Decide in secret');
    button(root, 'Confirm decisions').click();
    // No action ticked: the panel asks first.
    expect(link.sent).toHaveLength(0);
    button(root.querySelector('dialog[open]') as HTMLElement, 'Confirm with no action').click();
    const sent = link.sent[0]!;
    expect(sent.type === 'command' && sent.command).toMatchObject({ type: 'seal', move: { type: 'DECIDE', role: 'us', by: 'us', actions: [] } });
    // The room accepts it: the sealed decision comes back in the team's own view.
    const sealed = run(exercise, { kind: 'team', team: 'blue' }, sent.type === 'command' ? sent.command : ({} as never));
    link.deliver(viewFor(sealed, { kind: 'team', team: 'blue' }, 6, you));
    expect(root.querySelector('.net-sealed')?.textContent).toContain('no action');
    expect(root.textContent).toContain('Your decision is sealed');
    expect(root.querySelector('form.decide')).toBeNull();
  });

  it('keeps what was ticked when news of another team arrives', async () => {
    const { root, link, exercise, you } = await screen({ kind: 'team', team: 'blue' }, 'secret');
    const box = root.querySelector<HTMLInputElement>('input[name="action"]:not(:disabled)')!;
    setChecked(box, true);
    // Navy seals: blue's view changes (navy has decided), its form does not.
    const navySealed = run(exercise, { kind: 'team', team: 'navy' }, { type: 'seal', move: { type: 'DECIDE', role: 'semar', actions: [], by: 'semar' } });
    expect(gameOf(navySealed).phase).toBe('decisions');
    link.deliver(viewFor(navySealed, { kind: 'team', team: 'blue' }, 6, you));
    expect(root.querySelector<HTMLInputElement>(`input[value="${box.value}"]`)?.checked).toBe(true);
  });

  it.each([
    ['en', { code: 'exercise', refusal: { code: 'notYourRole', team: 'blue', role: 'semar' } }, 'Team "blue" does not play SEMAR'],
    ['en', { code: 'exercise', refusal: { code: 'paused' } }, 'The exercise is paused: wait for the facilitator to resume it'],
    ['es', { code: 'exercise', refusal: { code: 'paused' } }, 'El ejercicio está en pausa: espere a que el facilitador lo reanude'],
    ['en', { code: 'notSeated' }, 'You have no seat yet: wait for the facilitator to admit you'],
    ['es', { code: 'notSeated' }, 'Aún no tiene puesto: espere a que el facilitador le admita'],
    ['es', { code: 'tooFast' }, 'Demasiados mensajes a la vez: espere un momento y vuelva a intentarlo'],
  ] as const)('in %s, words the refusal %j for the player', async (language, refusal, text) => {
    const { root, link } = await screen({ kind: 'team', team: 'navy' }, 'inTurn', language);
    link.deliver({ type: 'refused', id: 1, refusal: refusal as never });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.hasAttribute('hidden')).toBe(false);
    if (typeof text === 'string') expect(alert?.textContent).toBe(text);
    else expect(alert?.textContent).toMatch(text);
  });

  it("counts the phase's clock down from when the view came", async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const link = new FakeLink();
    const clock = { now: T0 };
    let tick = () => {};
    link.deliver(viewFor(exerciseAtDecisions('inTurn', 600), { kind: 'team', team: 'navy' }, 5, player('p1', 'Ana', { status: 'seated', seat: { kind: 'team', team: 'navy' } })));
    new SeatScreen({ root, link, loadData: async () => data, loadBoard: async () => recordingBoard(), now: () => clock.now, every: (_ms, t) => ((tick = t), () => {}) }, 'en').start();
    expect(root.querySelector('#net-clock')?.textContent).toBe(' · 10:00');
    clock.now += 65_000;
    tick();
    expect(root.querySelector('#net-clock')?.textContent).toBe(' · 8:55');
  });

  it('says when the connection dropped, and when it is back', async () => {
    const { root, link } = await screen({ kind: 'team', team: 'navy' }, 'inTurn');
    link.setStatus('dropped');
    const status = root.querySelector('.net-status')!;
    expect(status.textContent).toBe('Connection lost: reconnecting…');
    link.setStatus('open');
    expect(status.hasAttribute('hidden')).toBe(true);
  });
});

describe("an observer's screen", () => {
  it('shows the public board and the teams, and sends notes', async () => {
    const { root, link, board } = await screen({ kind: 'observer', name: 'Ana' }, 'inTurn', 'es');
    expect(root.querySelector('form.decide')).toBeNull();
    expect(root.textContent).toContain('Observador');
    expect(board.calls.some((c) => c.kind === 'showBoard')).toBe(true);
    expectAccessible(root);
    const note = root.querySelector<HTMLTextAreaElement>('#net-note')!;
    const about = root.querySelector<HTMLSelectElement>('#net-note-team')!;
    button(root, 'Enviar la nota').click();
    expect(link.sent).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Escriba algo primero.');
    note.value = 'The navy desk argued about the raid';
    about.value = 'navy';
    button(root, 'Enviar la nota').click();
    expect(link.sent).toEqual([{ type: 'command', id: 1, command: { type: 'note', text: 'The navy desk argued about the raid', team: 'navy' } }]);
    expect(root.textContent).toContain('Nota enviada.');
  });

  it('lists the notes the room took, and gives a refused one back to the text box', async () => {
    const { root, link, exercise, you } = await screen({ kind: 'observer', name: 'Ana' }, 'inTurn');
    const note = root.querySelector<HTMLTextAreaElement>('#net-note')!;
    const about = root.querySelector<HTMLSelectElement>('#net-note-team')!;
    note.value = 'Navy argued for the raid';
    about.value = 'navy';
    button(root, 'Send the note').click();
    // Not listed until the room takes it.
    expect(root.querySelector('.net-notes-sent li')).toBeNull();
    link.deliver({ type: 'ack', id: 1, seq: 6 });
    expect([...root.querySelectorAll('.net-notes-sent li')].map((li) => li.textContent)).toEqual(['Navy desk: Navy argued for the raid']);
    // The list survives the room's next view.
    link.deliver(viewFor(exercise, { kind: 'observer', name: 'Ana' }, 7, you));
    expect(root.querySelectorAll('.net-notes-sent li')).toHaveLength(1);
    note.value = 'Second thought';
    button(root, 'Send the note').click();
    expect(note.value).toBe('');
    link.deliver({ type: 'refused', id: 2, refusal: { code: 'exercise', refusal: { code: 'paused' } } });
    expect(note.value).toBe('Second thought');
    expect(root.querySelectorAll('.net-notes-sent li')).toHaveLength(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('paused');
    expectAccessible(root);
  });
});
