// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { legalMoves, MODEL, roleAction, type Card, type GameState, type PlayerMove, type UnsignedMove } from '../../src/engine';
import { createStrings, type Language } from '../../src/i18n';
import { replayActor } from '../../src/machine';
import { sign } from '../helpers';
import { installShortcuts } from '../../src/ui/dom/keys';
import { previewDeltas } from '../../src/ui/dom/preview';
import { cardChoicePanel, decidePanel, reportPanel, type TurnContext } from '../../src/ui/dom/turn';
import { undoableMoves } from '../../src/ui/dom/undo';
import { button, byLabel, expectAccessible, mount, setChecked } from './dom';
import { at, game, playUntil, sc, type GameActor } from './play';

// The decision view that fits on one screen (preview, consent odds, capital and Confirm in a sticky
// footer, cards read once), undo before the year resolves, shortcuts, and reports that say good or bad.

function context(g: GameState, extra: Partial<TurnContext> = {}, language: Language = 'en') {
  const sent: UnsignedMove[] = [];
  const ctx: TurnContext = { game: g, scenario: sc, t: createStrings(language).t, language, send: (m) => sent.push(m), showPassage: (_c: Card) => {}, ...extra };
  return { ctx, sent };
}

/** What a sighted player reads (without the words kept for screen readers). */
function visible(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return copy.textContent ?? '';
}

const key = (k: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
const boxes = (panel: Element) => [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

afterEach(() => document.body.replaceChildren());

// Seed 5: no card choice in 2013, the US decides with 4 political capital.
const us = game(playUntil(['us'], 5, at('decisions', 2013)));

describe('the decision view', () => {
  it('previews the expected effect of the ticked actions, live', () => {
    const g: GameState = { ...us, stance: 'open' };
    const panel = mount(decidePanel(context(g).ctx, 'us', () => {}));
    const preview = panel.querySelector('.preview') as HTMLElement;
    expect(preview.textContent).toBe('Expected effect: Tick actions to see their expected effect.');
    setChecked(byLabel(panel, /^Stop guns and cash/), true);
    // stopGunsAndCash: Cartels −1.5, US commitment +6.
    expect(previewDeltas(g, ['stopGunsAndCash'])).toEqual([['usCommitment', 6], ['tcoPower', -1.5]]);
    expect(visible(preview)).toBe('Expected effect: US commitment +6 · Cartels −1.5');
    expect(preview.querySelector('[data-track="usCommitment"]')?.classList.contains('better')).toBe(true);
    expect(preview.querySelector('[data-track="tcoPower"]')?.classList.contains('better')).toBe(true);
    setChecked(byLabel(panel, /^Manage expectations/), true);
    expect(visible(preview)).toBe('Expected effect: Tension −5 · US commitment +6 · Cartels −1.5 · Support +1');
    expect(preview.textContent).toContain('Tension −5 (▲)');
    setChecked(byLabel(panel, /^Manage expectations/), false);
    expect(visible(preview)).toBe('Expected effect: US commitment +6 · Cartels −1.5');
  });

  it("weighs an offer by Mexico's odds of accepting it, and colours what is bad", () => {
    const guarded: GameState = { ...us, stance: 'guarded' };
    const def = roleAction('continuityPrograms');
    expect(def?.consent).toBe(true);
    expect(previewDeltas(guarded, ['continuityPrograms'])).toEqual([['personalTies', 5 * MODEL.guardedConsent]]);
    const panel = mount(decidePanel(context(guarded).ctx, 'us', () => {}));
    setChecked(byLabel(panel, /^Criticize in public/), true);
    expect(panel.querySelector('.preview [data-track="relationship.sedena"]')?.classList.contains('worse')).toBe(true);
  });

  it('shows the odds that Mexico accepts an offer: 50% when guarded, certain when open', () => {
    const [move] = legalMoves(us, sc, 'us');
    if (move?.type !== 'DECIDE') throw new Error('expected the US to decide');
    const consent = move.actions.filter((a) => a.consent).map((a) => a.id);
    expect(consent.length).toBeGreaterThan(0);
    const guarded = mount(decidePanel(context({ ...us, stance: 'guarded' }).ctx, 'us', () => {}));
    for (const id of consent) expect(byLabel(guarded, new RegExp(`^${createStrings('en').t(`actions.${id}.name`)}`)).closest('.check')?.textContent).toContain('Mexico accepts: 50%');
    expect(byLabel(guarded, /^Keep functional ties/).closest('.check')?.textContent).not.toContain('Mexico accepts');
    const open = mount(decidePanel(context({ ...us, stance: 'open' }).ctx, 'us', () => {}));
    expect(open.textContent).toContain('Mexico accepts: certain');
    expect(open.textContent).not.toContain('Mexico accepts: 50%');
    const closed = mount(decidePanel(context({ ...us, stance: 'closed' }).ctx, 'us', () => {}));
    expect(closed.querySelector('.closed-note')?.textContent).toContain('not available');
    const es = mount(decidePanel(context({ ...us, stance: 'guarded' }, {}, 'es').ctx, 'us', () => {}));
    expect(es.textContent).toContain('México acepta: 50%');
  });

  it('keeps the capital (spent and left) and Confirm in a sticky footer', () => {
    const panel = mount(decidePanel(context(us).ctx, 'us', () => {}));
    const footer = panel.querySelector('.turn-footer') as HTMLElement;
    expect(footer).toBeTruthy();
    expect(footer.querySelector('.budget')?.textContent).toBe('Political capital: 0 of 4 spent');
    expect(footer.querySelector('.left')?.textContent).toBe('4 left');
    expect(button(footer, 'Confirm decisions')).toBeTruthy();
    expect(footer.querySelector('.preview')).toBeTruthy();
    setChecked(byLabel(panel, /^Institutionalize linkages/), true);
    expect(footer.querySelector('.left')?.textContent).toBe('2 left');
    // The footer comes after the form, in the panel's own section (a sticky box cannot rise above
    // its parent's top), and its Confirm submits the form through the form attribute.
    const form = panel.querySelector('form.decide') as HTMLFormElement;
    expect(form.contains(footer)).toBe(false);
    expect(footer.parentElement).toBe(panel);
    expect(footer.previousElementSibling).toBe(form);
    expect(button(footer, 'Confirm decisions').form).toBe(form);
    expectAccessible(panel);
  });

  it("does not repeat the capital an action's cost already shows", () => {
    const panel = mount(decidePanel(context(us).ctx, 'us', () => {}));
    expect(panel.textContent).not.toMatch(/United States capital/);
    expect(panel.textContent).not.toMatch(/meridaFollowUp|undefined|NaN/);
  });
});

describe('a seminar: each team reads the year once', () => {
  // Mexico and the US at one table: Mexico decides first, then the US.
  const actor = playUntil(['mexico', 'us'], 5, at('decisions', 2013));
  const mexicoTurn = game(actor);
  const [mx] = legalMoves(mexicoTurn, sc, 'mexico');
  if (mx?.type !== 'DECIDE') throw new Error('expected Mexico to decide');

  it("shows the year's cards in full to the first team", () => {
    const panel = mount(decidePanel(context(mexicoTurn).ctx, 'mexico', () => {}));
    expect(panel.querySelectorAll('.drawn > article.event-card')).toHaveLength(mexicoTurn.drawn.length);
    expect(panel.querySelector('details.card-line')).toBeNull();
    // Each card quotes the paper in its own (English) words, and says so.
    for (const card of panel.querySelectorAll('.drawn > article.event-card')) {
      expect(card.querySelector('footer blockquote')?.getAttribute('lang')).toBe('en');
      expect(card.querySelector('footer .cite')?.textContent).toMatch(/^Downie 2011, §.* · quoted verbatim$/);
    }
    // Before Mexico, no team has decided (a computer-played service may have answered a card).
    expect([...panel.querySelectorAll('.earlier li')].map((li) => li.textContent).filter((x) => /^(Mexico's presidency|United States):/.test(x ?? ''))).toEqual([]);
  });

  it("collapses them to one line each for the next team, with the first team's decision as one line", () => {
    actor.send(sign(actor, { type: 'DECIDE', role: 'mexico', actions: ['publicMessaging'], stance: 'guarded' }));
    const usTurn = game(actor);
    expect(usTurn.pending[0]).toBe('us');
    const panel = mount(decidePanel(context(usTurn).ctx, 'us', () => {}));
    expect(panel.querySelector('.team')?.textContent).toBe('United States: your turn');
    expect(panel.querySelectorAll('.drawn > article.event-card')).toHaveLength(0);
    const lines = [...panel.querySelectorAll('details.card-line')];
    expect(lines).toHaveLength(usTurn.drawn.length);
    // Each opens to the whole card.
    expect(lines[0]?.querySelector('article.event-card')).toBeTruthy();
    const earlier = [...panel.querySelectorAll('.earlier li')].map((li) => li.textContent);
    expect(earlier).toContain("Mexico's presidency: Public messaging · posture: guarded");
    // Mexico is guarded now: the US sees the odds.
    expect(panel.textContent).toContain('Mexico accepts: 50%');
  });
});

describe('undo before the year resolves', () => {
  const rebuild = (g: GameState, moves: readonly PlayerMove[]): GameActor => {
    const r = replayActor(sc, { scenario: sc.id, config: g.config, moves });
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('has nothing to undo at the start of a year, or once it has resolved', () => {
    const actor = playUntil(['us'], 5, at('decisions', 2013));
    expect(undoableMoves(actor.getSnapshot().context)).toBeNull();
    const report = playUntil(['us'], 5, at('report', 2013));
    expect(undoableMoves(report.getSnapshot().context)).toBeNull();
    expect(undoableMoves({ game: null, moves: [] })).toBeNull();
  });

  it("takes back a team's decision: the replay is that team's turn again", () => {
    const actor = playUntil(['mexico', 'us'], 5, at('decisions', 2013));
    const before = game(actor);
    actor.send(sign(actor, { type: 'DECIDE', role: 'mexico', actions: ['publicMessaging'], stance: 'closed' }));
    const context = actor.getSnapshot().context;
    const moves = undoableMoves(context);
    expect(moves).toEqual(context.moves.slice(0, -1));
    const back = game(rebuild(before, moves ?? []));
    expect(back.phase).toBe('decisions');
    expect(back.pending[0]).toBe('mexico');
    expect(back.tracks).toEqual(before.tracks);
    expect(back.stance).toBe(before.stance);
  });

  it("takes back a card's choice, and a turn handed to the computer", () => {
    const actor = playUntil(['us'], 2, at('cardChoice', 2013));
    const before = game(actor);
    const [move] = legalMoves(before, sc, 'us');
    if (move?.type !== 'RESOLVE_CARD') throw new Error('expected a card choice');
    actor.send(sign(actor, { type: 'RESOLVE_CARD', card: move.card, option: move.options[0] ?? '' }));
    expect(game(actor).phase).toBe('decisions');
    const moves = undoableMoves(actor.getSnapshot().context);
    expect(moves).not.toBeNull();
    expect(game(rebuild(before, moves ?? [])).phase).toBe('cardChoice');

    const seminar = playUntil(['mexico', 'us'], 5, at('decisions', 2013));
    seminar.send(sign(seminar, { type: 'DELEGATE' }));
    expect(game(seminar).pending[0]).toBe('us');
    const delegated = undoableMoves(seminar.getSnapshot().context);
    expect(delegated).not.toBeNull();
    expect(game(rebuild(game(seminar), delegated ?? [])).pending[0]).toBe('mexico');
  });

  it('offers the undo button on the next panel, and Ctrl+Z', () => {
    const undo = vi.fn();
    const panel = mount(decidePanel(context(us, { undo, canUndo: true }).ctx, 'us', () => {}));
    button(panel, 'Undo the last decision').click();
    expect(undo).toHaveBeenCalledTimes(1);
    key('z', document.body, { ctrlKey: true });
    key('u');
    expect(undo).toHaveBeenCalledTimes(3);
    const none = mount(decidePanel(context(us, { undo, canUndo: false }).ctx, 'us', () => {}));
    expect(none.textContent).not.toContain('Undo');
    key('u');
    expect(undo).toHaveBeenCalledTimes(3);
  });
});

describe('keyboard shortcuts', () => {
  it('toggles the n-th action with its number and confirms with Enter', () => {
    const { ctx, sent } = context(us);
    const panel = mount(decidePanel(ctx, 'us', () => {}));
    key('1');
    expect(boxes(panel)[0]?.checked).toBe(true);
    key('1');
    expect(boxes(panel)[0]?.checked).toBe(false);
    key('4');
    expect(boxes(panel)[3]?.checked).toBe(true);
    expect(panel.querySelector('.budget')?.textContent).toBe('Political capital: 1 of 4 spent');
    key('Enter');
    expect(sent).toEqual([{ type: 'DECIDE', role: 'us', actions: [boxes(panel)[3]?.value] }]);
  });

  it('does nothing while the player types in a field', () => {
    const panel = mount(decidePanel(context(us).ctx, 'us', () => {}));
    const field = document.createElement('input');
    field.type = 'text';
    document.body.append(field);
    key('1', field);
    key('u', field);
    expect(boxes(panel).some((b) => b.checked)).toBe(false);
  });

  it('goes with its panel: a replaced panel answers no key', () => {
    const old = mount(decidePanel(context(us).ctx, 'us', () => {}));
    const fresh = mount(decidePanel(context(us).ctx, 'us', () => {}));
    key('2');
    expect(boxes(old).some((b) => b.checked)).toBe(false);
    expect(boxes(fresh)[1]?.checked).toBe(true);
    // And the function it returns removes it.
    const root = mount(document.createElement('div'));
    const toggle = vi.fn();
    const remove = installShortcuts(root, { toggle });
    key('3');
    remove();
    key('3');
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(toggle).toHaveBeenCalledWith(2);
  });

  it('picks the n-th option of a card with its number', () => {
    const g = game(playUntil(['us'], 2, at('cardChoice', 2013)));
    const { ctx, sent } = context(g);
    const panel = mount(cardChoicePanel(ctx));
    key('2');
    key('Enter');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'RESOLVE_CARD', option: panel.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.value });
  });

  it('sends the glossary event with G, and N or Space closes the report', () => {
    const report = game(playUntil(['us'], 5, at('report', 2015)));
    const { ctx, sent } = context(report);
    mount(reportPanel(ctx));
    const glossary = vi.fn();
    window.addEventListener('csd:glossary', glossary);
    key('g');
    window.removeEventListener('csd:glossary', glossary);
    expect(glossary).toHaveBeenCalledTimes(1);
    key('n');
    expect(sent).toEqual([{ type: 'CONTINUE' }]);
    key(' ');
    expect(sent).toHaveLength(2);
  });

  it.each([
    ['en', 'Keyboard shortcuts (?)', 'Tick or untick the n-th action'],
    ['es', 'Atajos de teclado (?)', 'Marcar o desmarcar la n-ésima acción'],
  ] as const)('lists them in a help window (%s), which Escape closes', (language, name, row) => {
    const panel = mount(decidePanel(context(us, { undo: () => {}, canUndo: true }, language).ctx, 'us', () => {}));
    const dialog = panel.querySelector('dialog.shortcuts-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);
    key('?');
    expect(dialog.open).toBe(true);
    expect(dialog.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(6);
    expect(dialog.textContent).toContain(row);
    expect(dialog.textContent).toContain('Ctrl+Z');
    // With the window open, the keys do not reach the levers.
    key('1');
    expect(boxes(panel)[0]?.checked).toBe(false);
    key('Escape');
    expect(dialog.open).toBe(false);
    button(panel, name).click();
    expect(dialog.open).toBe(true);
  });
});

describe('the report says good or bad', () => {
  const report = game(playUntil(['us'], 5, at('report', 2015)));

  it('opens with the headline relationship, its band and its change, then the largest causes', () => {
    const panel = mount(reportPanel(context(report).ctx));
    const first = panel.querySelector('h2')?.nextElementSibling;
    expect(first?.classList.contains('headline')).toBe(true);
    expect(first?.textContent).toMatch(/^Relationship [\d.]+: (Adversarial|Distant|Cooperative|Collaborative|Institutionalized|Integrated) (▲ |▼ )?[+−]?[\d.]+ this year$/);
    expect(panel.querySelector('.legend')?.textContent).toBe('▲ better · ▼ worse, for the relationship or for Mexico');
    expectAccessible(panel);
  });

  it('says for each track whether its change is better or worse, and what moves it', () => {
    const { ctx } = context(report);
    const panel = mount(reportPanel(ctx));
    const rows = [...panel.querySelectorAll<HTMLElement>('ul.changes > li')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const track = row.dataset.track ?? '';
      const explanation = ctx.t(`turnView.explain.${track}`);
      expect(explanation).not.toContain('turnView');
      expect(row.title).toBe(explanation);
      expect(row.tabIndex).toBe(0);
      expect(panel.querySelector(`#${row.getAttribute('aria-describedby') ?? 'none'}`)?.textContent).toBe(explanation);
      if (row.classList.contains('better')) expect(row.querySelector('.verdict')?.textContent).toMatch(/better for (the relationship|Mexico)/);
      if (row.classList.contains('worse')) expect(row.querySelector('.verdict')?.textContent).toMatch(/worse for (the relationship|Mexico)/);
    }
    const violence = rows.find((r) => r.dataset.track === 'violence');
    if (violence) expect(violence.querySelector('.verdict')?.textContent ?? '').toMatch(/Mexico/);
  });

  it('shows the cards of the year as one line each', () => {
    const panel = mount(reportPanel(context(report).ctx));
    expect(panel.querySelectorAll('.drawn > article')).toHaveLength(0);
    expect(panel.querySelectorAll('details.card-line')).toHaveLength(report.drawn.length);
  });
});
