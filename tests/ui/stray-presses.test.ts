// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { legalMoves, prologue, type Card, type GameState, type UnsignedMove } from '../../src/engine';
import { createStrings, type Language } from '../../src/i18n';
import { momentPanel } from '../../src/ui/dom/stage';
import { cardChoicePanel, decidePanel, reportPanel, type TurnContext } from '../../src/ui/dom/turn';
import { button, byLabel, mount } from './dom';
import { click, fakeSettleClock, press } from './person';
import { at, game, playUntil, sc } from './play';

// A press meant for one panel never acts on the next (the tester's report, solo as the US on seed
// 5): a double-click on "Next year" confirmed the next year's decisions, drawn at the same spot,
// and Enter pressed three times on a report passed the next event card on its first option and
// confirmed decisions with nothing ticked. A person's presses are trusted events; happy-dom's are
// not, so these carry isTrusted as the browser's would. The settle clock is a fake: no test sleeps.

function context(g: GameState, send: (m: UnsignedMove) => void, language: Language = 'en'): TurnContext {
  return { game: g, scenario: sc, t: createStrings(language).t, language, send, showPassage: (_c: Card) => {} };
}

const title = (panel: Element) => panel.querySelector('h2') as HTMLElement;

const { wait } = fakeSettleClock();

// Seed 5, solo as the US: no card in 2013; the 2014 decisions; a card to answer in 2015.
const report2013 = game(playUntil(['us'], 5, at('report', 2013)));
const decide2014 = game(playUntil(['us'], 5, at('decisions', 2014)));
const report2014 = game(playUntil(['us'], 5, at('report', 2014)));
const card2015 = game(playUntil(['us'], 5, (g) => g.year === 2015 && (g.phase === 'cardChoice' || g.phase === 'decisions')));

describe('a press meant for one panel', () => {
  it('a double-click on Next year does not confirm the next year’s decisions', () => {
    const sent: UnsignedMove[] = [];
    let panel = mount(reportPanel(context(report2013, (m) => {
      sent.push(m);
      // The app draws the next panel at once, Confirm where Next year was.
      panel = mount(decidePanel(context(decide2014, (d) => sent.push(d)), 'us', () => {}));
    })));
    click(button(panel, 'Next year'), 1);
    expect(sent).toEqual([{ type: 'CONTINUE' }]);
    const confirm = button(panel, 'Confirm decisions');
    // The second click of the double-click, and a quick third one: neither acts.
    click(confirm, 2);
    wait(150);
    click(confirm, 1);
    click(button(panel, 'Let the computer decide'), 1);
    expect(sent).toEqual([{ type: 'CONTINUE' }]);
    // While it settles the action says so (automation waits for it); then it answers.
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    wait(400);
    expect(confirm.hasAttribute('aria-disabled')).toBe(false);
    byLabel(panel, /^Stop guns and cash/).click();
    click(confirm, 1);
    expect(sent).toEqual([{ type: 'CONTINUE' }, { type: 'DECIDE', role: 'us', actions: ['stopGunsAndCash'] }]);
  });

  it('Enter pressed three times on a report does not pass the next card on its first option', () => {
    expect(card2015.phase).toBe('cardChoice');
    const sent: UnsignedMove[] = [];
    let panel = mount(reportPanel(context(report2014, (m) => {
      sent.push(m);
      panel = mount(cardChoicePanel(context(card2015, (c) => sent.push(c))));
    })));
    press(title(panel), 'Enter');
    press(title(panel), 'Enter');
    press(title(panel), 'Enter');
    expect(sent).toEqual([{ type: 'CONTINUE' }]);
    // Once the card has been up a moment, Enter answers it as before.
    wait(400);
    press(title(panel), 'Enter');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ type: 'RESOLVE_CARD', card: card2015.pendingChoices[0]?.card });
  });

  it('a held key acts once: its repeats neither confirm nor tick', () => {
    const sent: UnsignedMove[] = [];
    const panel = mount(decidePanel(context(decide2014, (m) => sent.push(m)), 'us', () => {}));
    const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    press(title(panel), '1');
    press(title(panel), '1', { repeat: true });
    expect(boxes[0]?.checked).toBe(true);
    press(title(panel), 'Enter', { repeat: true });
    expect(sent).toEqual([]);
    press(title(panel), 'Enter');
    expect(sent).toEqual([{ type: 'DECIDE', role: 'us', actions: [boxes[0]?.value] }]);
  });

  it('a moment goes on once for a quick double Enter or a double-click', () => {
    const moments = prologue(report2013, sc) ?? prologue(game(playUntil(['us'], 5, at('decisions', 2013))), sc) ?? [];
    const [first, second] = moments.length >= 2 ? moments : [moments[0], moments[0]];
    if (!first || !second) throw new Error('no moment to show');
    let continued = 0;
    const t = createStrings('en').t;
    const show = (m: typeof first) => mount(momentPanel(m, { t, language: 'en', more: 1, openGlossary: () => {}, onContinue: () => {
      continued += 1;
      panel = show(second);
    } }));
    let panel = show(first);
    press(title(panel), 'Enter');
    press(title(panel), 'Enter');
    expect(continued).toBe(1);
    click(button(panel, 'Continue'), 2);
    expect(continued).toBe(1);
    wait(400);
    press(title(panel), 'Enter', { repeat: true });
    expect(continued).toBe(1);
    click(button(panel, 'Continue'), 1);
    expect(continued).toBe(2);
  });

  it('holds back no script: a shortcut’s or a test’s click() acts at once', () => {
    const sent: UnsignedMove[] = [];
    const panel = mount(reportPanel(context(report2013, (m) => sent.push(m))));
    click(button(panel, 'Next year'), 1);
    button(panel, 'Next year').click();
    expect(sent).toEqual([{ type: 'CONTINUE' }, { type: 'CONTINUE' }]);
  });
});

describe('confirming no action', () => {
  it.each([
    ['en', 'Confirm decisions', 'Confirm with no action?', 'Political capital unspent: 6. No action is taken this year.', 'Confirm with no action', 'Go back'],
    ['es', 'Confirmar decisiones', '¿Confirmar sin ninguna acción?', 'Capital político sin gastar: 6. No se toma ninguna acción este año.', 'Confirmar sin ninguna acción', 'Volver'],
  ] as const)('asks first while capital is left (%s)', (language, confirmName, question, body, yes, back) => {
    const sent: UnsignedMove[] = [];
    const panel = mount(decidePanel(context(decide2014, (m) => sent.push(m), language), 'us', () => {}));
    button(panel, confirmName).click();
    expect(sent).toEqual([]);
    const dialog = panel.querySelector('dialog[open]') as HTMLDialogElement;
    expect(dialog).not.toBeNull();
    expect(dialog.querySelector('h2')?.textContent).toBe(question);
    expect(dialog.querySelector('p')?.textContent).toBe(body);
    // Going back decides nothing; asked again, yes sends the empty decision.
    button(dialog, back).click();
    expect(panel.querySelector('dialog[open]')).toBeNull();
    expect(sent).toEqual([]);
    button(panel, confirmName).click();
    button(dialog, yes).click();
    expect(sent).toEqual([{ type: 'DECIDE', role: 'us', actions: [] }]);
    expect(panel.querySelector('dialog[open]')).toBeNull();
  });

  it('does not ask when an action is ticked, or when Mexico changes its posture', () => {
    const sent: UnsignedMove[] = [];
    const us = mount(decidePanel(context(decide2014, (m) => sent.push(m)), 'us', () => {}));
    byLabel(us, /^Stop guns and cash/).click();
    button(us, 'Confirm decisions').click();
    expect(us.querySelector('dialog[open]')).toBeNull();
    expect(sent).toHaveLength(1);
    const g = game(playUntil(['mexico'], 5, at('decisions', 2013)));
    const [mx] = legalMoves(g, sc, 'mexico');
    if (mx?.type !== 'DECIDE') throw new Error('expected Mexico to decide');
    const other = mx.stances.find((s) => s !== g.stance);
    if (!other) throw new Error('expected another posture');
    const mexico = mount(decidePanel(context(g, (m) => sent.push(m)), 'mexico', () => {}));
    byLabel(mexico, other).click();
    button(mexico, 'Confirm decisions').click();
    expect(mexico.querySelector('dialog[open]')).toBeNull();
    expect(sent[1]).toEqual({ type: 'DECIDE', role: 'mexico', actions: [], stance: other });
  });

  it('a double-click on Confirm with nothing ticked only asks', () => {
    const sent: UnsignedMove[] = [];
    const panel = mount(decidePanel(context(decide2014, (m) => sent.push(m)), 'us', () => {}));
    const confirm = button(panel, 'Confirm decisions');
    click(confirm, 1);
    const dialog = panel.querySelector('dialog[open]') as HTMLDialogElement;
    // Enter spammed at the question: its buttons wait for it to settle.
    click(button(dialog, 'Confirm with no action'), 1);
    expect(sent).toEqual([]);
    expect(button(dialog, 'Confirm with no action').getAttribute('aria-disabled')).toBe('true');
    wait(400);
    click(button(dialog, 'Confirm with no action'), 1);
    expect(sent).toEqual([{ type: 'DECIDE', role: 'us', actions: [] }]);
  });
});
