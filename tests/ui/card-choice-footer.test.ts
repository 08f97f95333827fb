// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Card, GameState, UnsignedMove } from '../../src/engine';
import { createStrings, type Language } from '../../src/i18n';
import { cardChoicePanel, type TurnContext } from '../../src/ui/dom/turn';
import { keptInputs, restoreInputs } from '../../src/ui/page';
import { button, expectAccessible, mount } from './dom';
import { at, game, playUntil, sc } from './play';

// A card's choice keeps its Confirm in view like the year's decisions: at 1920×1080 with the
// largest text the card ran below the fold and its Confirm, inside the card, had to be scrolled
// to. Confirm now sits in the sticky footer (turn.css), which stays in view only as the turn
// section's own last child (a sticky box cannot rise above its parent's top), not inside the card,
// and says above it which option it will send.

function context(g: GameState, language: Language = 'en') {
  const sent: UnsignedMove[] = [];
  const ctx: TurnContext = { game: g, scenario: sc, t: createStrings(language).t, language, send: (m) => sent.push(m), showPassage: (_c: Card) => {} };
  return { ctx, sent };
}

afterEach(() => document.body.replaceChildren());

// Seed 2: in 2013 the US must decide whether to formalize the exchanges before officers rotate.
const g = game(playUntil(['us'], 2, at('cardChoice', 2013)));

describe("a card's choice", () => {
  it.each([
    ['en', 'Confirm the choice', 'Let the computer decide', 'Your choice: '],
    ['es', 'Confirmar la decisión', 'Que decida la computadora', 'Su elección: '],
  ] as const)('keeps Confirm in the sticky footer, the last part of the panel, out of the card (%s)', (language, confirmName, delegateName, picked) => {
    const { ctx, sent } = context(g, language);
    const panel = mount(cardChoicePanel(ctx));
    const footer = panel.querySelector('.turn-footer') as HTMLElement;
    expect(footer).not.toBeNull();
    expect(footer.parentElement).toBe(panel);
    // Only the shortcuts' window (not drawn until opened) may follow it.
    expect([...panel.children].filter((c) => c.tagName !== 'DIALOG').at(-1)).toBe(footer);
    const card = panel.querySelector('article.event-card') as HTMLElement;
    const form = panel.querySelector('form.choice') as HTMLFormElement;
    expect(card.contains(form)).toBe(true);
    expect(card.contains(footer)).toBe(false);
    expect(card.querySelector('button[type="submit"]')).toBeNull();
    // Confirm and letting the computer decide are in the footer, and Confirm still answers the card's form.
    const confirm = button(footer, confirmName);
    expect(button(footer, delegateName)).toBeTruthy();
    expect(confirm.form).toBe(form);
    // Above it, the option it will send, said as the option's own label: the options may be scrolled away.
    const [first, second] = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')] as [HTMLInputElement, HTMLInputElement];
    const line = footer.querySelector('.preview') as HTMLElement;
    const labelOf = (r: HTMLInputElement) => form.querySelector(`label[for="${r.id}"]`)?.textContent ?? '';
    expect(line.textContent).toBe(`${picked}${labelOf(first)}`);
    second.click();
    expect(line.textContent).toBe(`${picked}${labelOf(second)}`);
    confirm.click();
    expect(sent).toEqual([{ type: 'RESOLVE_CARD', card: g.pendingChoices[0]?.card, option: second.value }]);
    expectAccessible(panel);
  });

  it('says the option picked again after a redraw in another language', () => {
    const { ctx } = context(g);
    const before = mount(cardChoicePanel(ctx));
    ([...before.querySelectorAll<HTMLInputElement>('input[type="radio"]')][1] as HTMLInputElement).click();
    const kept = keptInputs(before);
    const after = mount(cardChoicePanel(context(g, 'es').ctx));
    restoreInputs(after, kept);
    const second = [...after.querySelectorAll<HTMLInputElement>('input[type="radio"]')][1] as HTMLInputElement;
    expect(second.checked).toBe(true);
    expect(after.querySelector('.turn-footer .preview')?.textContent).toBe(`Su elección: ${after.querySelector(`label[for="${second.id}"]`)?.textContent}`);
  });

  it('answers Enter on the panel with the picked option, through the footer', () => {
    const { ctx, sent } = context(g);
    const panel = mount(cardChoicePanel(ctx));
    panel.querySelector('h2')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(sent).toEqual([{ type: 'RESOLVE_CARD', card: g.pendingChoices[0]?.card, option: panel.querySelector<HTMLInputElement>('input:checked')?.value }]);
  });
});
