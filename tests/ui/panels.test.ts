// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { electionWeights, legalMoves, type Card, type GameState, type Role, type UnsignedMove } from '../../src/engine';
import { createStrings, type Language } from '../../src/i18n';
import type { RejectedEvent } from '../../src/machine';
import { sign } from '../helpers';
import { cardChoicePanel, decidePanel, electionPanel, reportPanel, transitionPanel, type TurnContext } from '../../src/ui/dom/turn';
import { entriesOfYear, trackChanges } from '../../src/ui/view/changes';
import { button, byLabel, controlName, expectAccessible, mount, setChecked } from './dom';
import { at, game, playUntil, sc, type GameActor } from './play';

// The controls for each moment of a year, rendered as the app renders them: each offers exactly
// the moves the engine lists and sends the one the player picks.

function context(g: GameState, language: Language = 'en') {
  const sent: UnsignedMove[] = [];
  const passages: Card[] = [];
  const ctx: TurnContext = { game: g, scenario: sc, t: createStrings(language).t, language, send: (m) => sent.push(m), showPassage: (c) => passages.push(c) };
  return { ctx, sent, passages };
}

/** Sends the panel's move to the game it was drawn from: the machine must accept it. */
function accepted(actor: GameActor, move: UnsignedMove | undefined): GameState {
  const refusals: RejectedEvent[] = [];
  const sub = actor.on('rejected', (e) => refusals.push(e));
  const before = game(actor);
  if (move) actor.send(sign(actor, move));
  sub.unsubscribe();
  expect(refusals).toEqual([]);
  expect(game(actor)).not.toBe(before);
  return game(actor);
}

const checkboxes = (panel: Element) => [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

describe('the decisions panel', () => {
  // Seed 5: no card choice in 2013, the US decides with 4 political capital.
  const usActor = playUntil(['us'], 5, at('decisions', 2013));
  const us = game(usActor);
  const [move] = legalMoves(us, sc, 'us');
  if (move?.type !== 'DECIDE') throw new Error('expected the US to decide');

  it('offers exactly the legal actions of the role, with their costs', () => {
    const { ctx } = context(us);
    const panel = mount(decidePanel(ctx, 'us', () => {}));
    expect(panel.querySelector('h2')?.textContent).toBe('Decisions for 2013');
    expect(panel.querySelector('.team')?.textContent).toBe('United States: your turn');
    expect(checkboxes(panel).map((b) => b.value)).toEqual(move.actions.map((a) => a.id));
    for (const a of move.actions) {
      const name = controlName(checkboxes(panel).find((b) => b.value === a.id) as HTMLInputElement);
      expect(name).toContain(ctx.t(`actions.${a.id}.name`));
      expect(name).toContain(`costs ${a.cost}`);
      if (a.risky) expect(name).toContain('risky');
      if (a.consent) expect(name).toContain("needs Mexico's consent");
    }
    expect(panel.querySelectorAll('input[type="radio"]')).toHaveLength(0);
    expect(panel.querySelector('.drawn')?.textContent).toContain(sc.deck.find((c) => c.id === us.drawn[0])?.title.en);
    expectAccessible(panel);
  });

  it('updates the budget line as boxes are ticked', () => {
    const panel = mount(decidePanel(context(us).ctx, 'us', () => {}));
    const budget = panel.querySelector('.budget') as HTMLElement;
    expect(budget.textContent).toBe('Political capital: 0 of 4 spent');
    setChecked(byLabel(panel, /^Institutionalize linkages/), true);
    expect(budget.textContent).toBe('Political capital: 2 of 4 spent');
    setChecked(byLabel(panel, /^Mérida follow-up/), true);
    expect(budget.textContent).toBe('Political capital: 4 of 4 spent');
    expect(budget.classList.contains('over')).toBe(false);
    // With the budget spent, what the team can no longer afford is greyed out...
    expect(byLabel(panel, /^Speed aid deliveries/).disabled).toBe(true);
    expect(byLabel(panel, /^Mérida follow-up/).disabled).toBe(false);
    setChecked(byLabel(panel, /^Mérida follow-up/), false);
    expect(budget.textContent).toBe('Political capital: 2 of 4 spent');
    // ...and unticking frees it again.
    expect(byLabel(panel, /^Speed aid deliveries/).disabled).toBe(false);
    expect(budget.classList.contains('over')).toBe(false);
  });

  it('refuses to send a decision over budget, and says why', () => {
    const { ctx, sent } = context(us);
    const onError = vi.fn();
    const panel = mount(decidePanel(ctx, 'us', onError));
    for (const name of [/^Institutionalize linkages/, /^Mérida follow-up/]) setChecked(byLabel(panel, name), true);
    // A greyed-out box ticked anyway (by a script, say) is still refused at submission.
    const extra = byLabel(panel, /^Speed aid deliveries/);
    extra.checked = true;
    button(panel, 'Confirm decisions').click();
    expect(onError).toHaveBeenCalledWith('These actions cost 5, but you have 4 political capital.');
    expect(sent).toEqual([]);
  });

  it('sends the ticked actions as a DECIDE the machine accepts', () => {
    const { ctx, sent } = context(us);
    const onError = vi.fn();
    const panel = mount(decidePanel(ctx, 'us', onError));
    setChecked(byLabel(panel, /^Continuity programs/), true);
    setChecked(byLabel(panel, /^Stop guns and cash/), true);
    button(panel, 'Confirm decisions').click();
    expect(onError).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'DECIDE', role: 'us', actions: ['continuityPrograms', 'stopGunsAndCash'] }]);
    const after = accepted(playUntil(['us'], 5, at('decisions', 2013)), sent[0]);
    expect(after.phase).toBe('report');
  });

  it('hands the turn to the computer', () => {
    const { ctx, sent } = context(us);
    button(mount(decidePanel(ctx, 'us', () => {})), 'Let the computer decide').click();
    expect(sent).toEqual([{ type: 'DELEGATE' }]);
  });

  it("offers Mexico's posture and sends the chosen stance", () => {
    const actor = playUntil(['mexico'], 5, at('decisions', 2013));
    const g = game(actor);
    const [mx] = legalMoves(g, sc, 'mexico');
    if (mx?.type !== 'DECIDE') throw new Error('expected Mexico to decide');
    const { ctx, sent } = context(g);
    const panel = mount(decidePanel(ctx, 'mexico', () => {}));
    expect(checkboxes(panel).map((b) => b.value)).toEqual(mx.actions.map((a) => a.id));
    const radios = [...panel.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).toEqual(mx.stances);
    expect(radios.find((r) => r.checked)?.value).toBe(g.stance);
    byLabel(panel, 'guarded').click();
    setChecked(byLabel(panel, /^Public messaging/), true);
    button(panel, 'Confirm decisions').click();
    expect(sent).toEqual([{ type: 'DECIDE', role: 'mexico', actions: ['publicMessaging'], stance: 'guarded' }]);
    accepted(actor, sent[0]);
    expectAccessible(panel);
  });

  it('is in Spanish', () => {
    const panel = mount(decidePanel(context(us, 'es').ctx, 'us', () => {}));
    expect(panel.querySelector('h2')?.textContent).toBe('Decisiones de 2013');
    expect(panel.querySelector('.budget')?.textContent).toBe('Capital político: 0 de 4 gastado');
    expect(button(panel, 'Confirmar decisiones')).toBeTruthy();
    expect(panel.textContent).toContain('Programas de continuidad');
  });
});

describe('the card-choice panel', () => {
  // Seed 2: in 2013 the US must decide whether to formalize the exchanges before officers rotate (2 capital) or not.
  const actor = playUntil(['us'], 2, at('cardChoice', 2013));
  const g = game(actor);
  const card = sc.deck.find((c) => c.id === g.pendingChoices[0]?.card);
  if (!card?.choice) throw new Error('expected a card with a choice');
  const radios = (panel: Element) => [...panel.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

  it("shows the card, its options with their effects, and the role's turn", () => {
    const { ctx, passages } = context(g);
    const panel = mount(cardChoicePanel(ctx));
    expect(panel.querySelector('h2')?.textContent).toBe('An event calls for a decision');
    expect(panel.querySelector('.team')?.textContent).toBe('United States: your turn');
    expect(panel.querySelector('article h3')?.textContent).toBe(card.title.en);
    expect(panel.querySelector('legend')?.textContent).toBe(card.choice?.prompt.en);
    expect(radios(panel).map((r) => r.value)).toEqual(card.choice?.options.map((o) => o.id));
    expect(radios(panel).every((r) => !r.disabled)).toBe(true);
    expect(radios(panel)[0]?.checked).toBe(true);
    expect(panel.querySelector('blockquote')?.textContent).toBe(`“${card.citation.quote}”`);
    button(panel, 'Read the passage in the paper').click();
    expect(passages).toEqual([card]);
    expectAccessible(panel);
  });

  it('disables the options the role cannot afford', () => {
    const broke: GameState = { ...g, capital: { ...g.capital, us: 0 } };
    const { ctx, sent } = context(broke);
    const panel = mount(cardChoicePanel(ctx));
    const [paid, free] = radios(panel);
    expect(paid?.disabled).toBe(true);
    expect(controlName(paid as HTMLInputElement)).toContain('(not enough political capital)');
    expect(free?.disabled).toBe(false);
    expect(free?.checked).toBe(true);
    expect(legalMoves(broke, sc, 'us')).toEqual([{ type: 'RESOLVE_CARD', card: card.id, options: [free?.value] }]);
    button(panel, 'Confirm the choice').click();
    expect(sent).toEqual([{ type: 'RESOLVE_CARD', card: card.id, option: free?.value }]);
  });

  it('sends the picked option as a RESOLVE_CARD the machine accepts', () => {
    const { ctx, sent } = context(g);
    const panel = mount(cardChoicePanel(ctx));
    const second = radios(panel)[1] as HTMLInputElement;
    second.click();
    button(panel, 'Confirm the choice').click();
    expect(sent).toEqual([{ type: 'RESOLVE_CARD', card: card.id, option: second.value }]);
    accepted(actor, sent[0]);
  });
});

describe('the transition panel', () => {
  const actor = playUntil(['mexico'], 5, at('transition'));
  const g = game(actor);

  it("shows the paper's four options with its summary of each", () => {
    const { ctx } = context(g);
    const panel = mount(transitionPanel(ctx));
    expect(panel.querySelector('h2')?.textContent).toBe(`The transition: the ${g.party} president chooses a strategy`);
    const cards = [...panel.querySelectorAll('article.option-card')];
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual(['A', 'B', 'C', 'D'].map((o) => ctx.t(`optionCards.${o}.title`)));
    cards.forEach((card, i) => {
      const option = 'ABCD'[i];
      expect(card.querySelectorAll('dt')).toHaveLength(4);
      for (const part of ['description', 'advantages', 'disadvantages', 'outcome']) expect(card.textContent).toContain(ctx.t(`optionCards.${option}.${part}`));
      expect(card.textContent).toContain(`“${ctx.t(`optionCards.${option}.quote`)}” (Downie 2011, §3, Summary of Options)`);
      expect(card.querySelector('button')?.textContent).toBe(`Choose option ${option}`);
    });
    expect(cards[2]?.querySelectorAll('input[type="radio"]')).toHaveLength(2);
    expectAccessible(panel);
  });

  it.each([
    ['A', null, { type: 'CHOOSE_OPTION', option: 'A' }],
    ['C', 'With a law-enforcement component (the military supports the police)', { type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: true }],
    ['C', 'Without one (the Army returns to its traditional missions)', { type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: false }],
    ['D', null, { type: 'CHOOSE_OPTION', option: 'D' }],
  ] as const)('option %s (%s) sends %j', (option, sub, expected) => {
    const { ctx, sent } = context(g);
    const panel = mount(transitionPanel(ctx));
    if (sub) byLabel(panel, sub).click();
    button(panel, `Choose option ${option}`).click();
    expect(sent).toEqual([expected]);
    const after = accepted(playUntil(['mexico'], 5, at('transition')), sent[0]);
    expect(after.strategy).toEqual({ option, lawEnforcement: 'lawEnforcement' in expected && expected.lawEnforcement });
  });
});

describe('the election panel', () => {
  const actor = playUntil(['mexico'], 5, at('election'));
  const g = game(actor);

  it('shows the odds of each party and sends the vote', () => {
    const { ctx, sent } = context(g);
    const panel = mount(electionPanel(ctx));
    expect(panel.querySelector('h2')?.textContent).toBe('The 2012 election');
    const weights = electionWeights(g, sc);
    const odds = [...panel.querySelectorAll('.odds li')].map((li) => li.textContent);
    // Largest share first, as the board's popup and the moment list them.
    const order = (['PAN', 'PRI', 'PRD'] as const).slice().sort((a, b) => weights[b] - weights[a]);
    expect(order).not.toEqual(['PAN', 'PRI', 'PRD']);
    expect(odds).toEqual(order.map((p) => `${p}: ${Math.round(weights[p] * 100)}%`));
    const total = odds.reduce((s, x) => s + Number(/(\d+)%/.exec(x ?? '')?.[1]), 0);
    expect(Math.abs(total - 100)).toBeLessThanOrEqual(1);
    button(panel, 'Hold the vote').click();
    button(panel, 'The PRD wins').click();
    expect(sent).toEqual([{ type: 'ELECT' }, { type: 'ELECT', party: 'PRD' }]);
    expect(accepted(playUntil(['mexico'], 5, at('election')), sent[1]).party).toBe('PRD');
    expectAccessible(panel);
  });
});

describe('the report panel', () => {
  const actor = playUntil(['us'], 5, at('report', 2015));
  const g = game(actor);

  it('lists what changed and why, what each team did, and continues', () => {
    const { ctx, sent } = context(g);
    const panel = mount(reportPanel(ctx));
    expect(panel.querySelector('h2')?.textContent).toBe('The year 2015: what changed and why');
    const changes = trackChanges(entriesOfYear(g, 2015), ctx.t, sc, 'en');
    const rows = [...panel.querySelectorAll('ul.changes > li')];
    expect(rows).toHaveLength(changes.length);
    changes.forEach((c, i) => {
      expect(rows[i]?.querySelector('strong')?.textContent).toMatch(new RegExp(`^${c.label.replace(/[()]/g, '\\$&')}: [\\d.,]+ → [\\d.,]+$`));
      const why = [...(rows[i]?.querySelectorAll('.why li') ?? [])].map((li) => li.textContent);
      expect(why).toHaveLength(Math.min(4, c.causes.length));
      why.forEach((w, j) => expect(w).toContain(c.causes[j]?.cause));
    });
    const teams = [...panel.querySelectorAll('ul.decisions > li')].map((li) => li.textContent ?? '');
    const roles: Role[] = ['mexico', 'sedena', 'semar', 'tco', 'us'];
    expect(teams.map((x) => x.split(':')[0])).toEqual(roles.map((r) => ctx.t(`roles.${r}`)));
    expect(panel.textContent).not.toMatch(/\{\{|actions\.|reasons\./);
    button(panel, 'Next year').click();
    expect(sent).toEqual([{ type: 'CONTINUE' }]);
    expect(accepted(actor, sent[0]).year).toBe(2016);
    expectAccessible(panel);
  });

  it('leads to the debrief after the last year', () => {
    const last = game(playUntil(['us'], 5, at('report', 2018)));
    const panel = mount(reportPanel(context(last).ctx));
    expect(button(panel, 'To the debrief')).toBeTruthy();
    expect(button(mount(reportPanel(context(last, 'es').ctx)), 'Al balance final')).toBeTruthy();
  });
});
