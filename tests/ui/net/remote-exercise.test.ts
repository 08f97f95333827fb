// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Exercise, NetRefusal } from '../../../src/exercise';
import type { PlayerInfo } from '../../../src/exercise/protocol';
import { NetRemoteExercise } from '../../../src/ui/net/remote-exercise';
import { button, byLabel, expectAccessible } from '../dom';
import { exerciseAtDecisions, FakeLink, player, viewFor } from './net-fixtures';

// The facilitator's side of a room: the console's RemoteExercise seam over a faked link, and the
// room's section — admit (to the seat asked for, or another), move, remove with a reason, the
// switches — sending exactly the room's messages.

const ME = player('f1', 'Facilitator', { status: 'seated', seat: { kind: 'facilitator' } });

function setup(players: readonly PlayerInfo[], language: 'en' | 'es' = 'en') {
  const link = new FakeLink();
  const exercise = exerciseAtDecisions('secret');
  const openProjector = vi.fn();
  const remote = new NetRemoteExercise({ link, language, href: 'http://localhost:8080/?view=console&room=K7M2PQ', openProjector });
  const deliver = (seq: number, list = players, ex: Exercise = exercise, settings = { pauseOnDrop: false, autoAdmit: false }) =>
    link.deliver(viewFor(ex, { kind: 'facilitator' }, seq, ME, { players: [ME, ...list], settings }));
  deliver(1);
  const section = remote.roomSection();
  document.body.replaceChildren(section);
  return { link, exercise, remote, section, deliver, openProjector };
}

afterEach(() => document.body.replaceChildren());

const ANA = player('p1', 'Ana', { claim: { kind: 'team', team: 'navy' } });
const BEN = player('p2', 'Ben', { status: 'seated', seat: { kind: 'team', team: 'blue' }, claim: { kind: 'team', team: 'blue' }, connected: false });

describe('the RemoteExercise seam', () => {
  it("gives the room's exercise, sends commands, and passes on only refusals of the console's own commands", () => {
    const { link, exercise, remote } = setup([]);
    expect(remote.current()).toEqual(exercise);
    const seen: Exercise[] = [];
    const refused: NetRefusal[] = [];
    const stop = remote.subscribe((e) => seen.push(e), (r) => refused.push(r));
    remote.send({ type: 'pause', reason: 'coffee' });
    expect(link.sent).toEqual([{ type: 'command', id: 1, command: { type: 'pause', reason: 'coffee' } }]);
    link.deliver(viewFor(exercise, { kind: 'facilitator' }, 2, ME, { players: [ME] }));
    expect(seen).toHaveLength(1);
    link.deliver({ type: 'refused', id: 1, refusal: { code: 'tooFast' } });
    // A refusal of the room's own messages (an admit) is the section's to show, not the console's.
    link.send({ type: 'admit', player: 'p1', seat: null });
    link.deliver({ type: 'refused', id: 2, refusal: { code: 'unknownPlayer', player: 'p1' } });
    expect(refused).toEqual([{ code: 'tooFast' }]);
    stop();
    remote.close();
    expect(link.left).toBe(true);
  });
});

describe("the room's section", () => {
  it('shows the code, the QR code and opens the projector view', () => {
    const { section, openProjector } = setup([]);
    expect(section.querySelector('.net-code')?.textContent).toBe('K7M 2PQ');
    expect(section.querySelector('svg.qr-code')).not.toBeNull();
    button(section, 'Open the projector view').click();
    expect(openProjector).toHaveBeenCalledWith('K7M2PQ');
  });

  it('admits a waiting player to the seat asked for, or to another', () => {
    const { section, link, deliver } = setup([ANA]);
    expectAccessible(section);
    expect(section.querySelector('.net-waiting-list')?.textContent).toContain('Ana — asks for Navy desk (SEMAR)');
    expect([...section.querySelectorAll('h3')].map((x) => x.textContent)).toEqual(['Waiting (1)', 'Seated (0)']);
    button(section, 'Admit Ana').click();
    expect(link.sent.at(-1)).toEqual({ type: 'admit', id: 1, player: 'p1', seat: null });
    byLabel<HTMLSelectElement>(section, 'Seat for Ana').value = 'observer';
    button(section, 'Admit Ana').click();
    expect(link.sent.at(-1)).toEqual({ type: 'admit', id: 2, player: 'p1', seat: { kind: 'observer' } });
    // Admitted: the room's next view has Ana seated.
    deliver(2, [{ ...ANA, status: 'seated', seat: { kind: 'observer' } }]);
    expect(section.querySelector('.net-waiting-list')).toBeNull();
    expect(section.querySelector('.net-seated-list')?.textContent).toContain('Ana — Observer');
  });

  it('moves a seated player, and shows who dropped', () => {
    const { section, link } = setup([BEN]);
    expect(section.querySelector('.net-seated-list .net-conn')?.textContent).toBe('dropped');
    byLabel<HTMLSelectElement>(section, 'Seat for Ben').value = 'team:navy';
    button(section, 'Move Ben').click();
    expect(link.sent).toEqual([{ type: 'admit', id: 1, player: 'p2', seat: { kind: 'team', team: 'navy' } }]);
  });

  it.each(['en', 'es'] as const)('in %s, removes a player only with a reason', (language) => {
    const { section, link } = setup([BEN], language);
    const remove = language === 'en' ? 'Remove Ben' : 'Retirar a Ben';
    button(section, remove).click();
    expect(link.sent).toEqual([]);
    expect(section.querySelector('[role="alert"]')?.textContent).toBe(language === 'en' ? 'Give a reason to remove Ben: the log keeps it.' : 'Dé un motivo para retirar a Ben: el registro lo guarda.');
    byLabel(section, language === 'en' ? 'Why Ben leaves' : 'Por qué sale Ben').value = 'joined the wrong seminar';
    button(section, remove).click();
    expect(link.sent).toEqual([{ type: 'remove', id: 1, player: 'p2', reason: 'joined the wrong seminar' }]);
  });

  it('keeps a reason being typed when the room sends news', () => {
    const { section, deliver } = setup([BEN]);
    const reason = byLabel(section, 'Why Ben leaves');
    reason.value = 'half';
    reason.dispatchEvent(new Event('input'));
    deliver(2, [{ ...BEN, connected: true }]);
    expect(byLabel(section, 'Why Ben leaves').value).toBe('half');
  });

  it("sends the room's switches, and shows them as the room has them", () => {
    const { section, link, deliver } = setup([]);
    const pause = byLabel(section, 'Pause when a team’s last player drops');
    pause.click();
    expect(link.sent).toEqual([{ type: 'pauseOnDrop', id: 1, on: true }]);
    byLabel(section, 'Admit players without asking').click();
    expect(link.sent.at(-1)).toEqual({ type: 'autoAdmit', id: 2, on: true });
    deliver(2, [], undefined, { pauseOnDrop: true, autoAdmit: false });
    expect(byLabel(section, 'Pause when a team’s last player drops').checked).toBe(true);
    expect(byLabel(section, 'Admit players without asking').checked).toBe(false);
  });

  it("words the room's refusal of an admit for the facilitator", () => {
    const { section, link } = setup([ANA]);
    button(section, 'Admit Ana').click();
    link.deliver({ type: 'refused', id: 1, refusal: { code: 'unknownPlayer', player: 'p1' } });
    expect(section.querySelector('[role="alert"]')?.hasAttribute('hidden')).toBe(false);
    expect(section.querySelector('[role="alert"]')?.textContent).toContain('p1');
  });
});
