// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../src/engine';
import { createStrings, type Language } from '../../src/i18n';
import { showPassage } from '../../src/ui/dom/passage';
import { seatsFor, setupPanel, type SetupChoice } from '../../src/ui/dom/setup';
import { scenario } from '../helpers';
import { button, byLabel, expectAccessible, mount, setChecked } from './dom';
import { sc } from './play';

// The new-game form and the dialog that shows a card's passage in the paper.

const calderon = scenario('calderon-2006');

function form(language: Language = 'en', randomSeed = 4242) {
  const started: SetupChoice[] = [];
  const onError = vi.fn();
  const onBack = vi.fn();
  const panel = mount(setupPanel({ t: createStrings(language).t, language, scenarios: [sc, calderon], randomSeed, onStart: (c) => started.push(c), onBack, onError }));
  const start = () => button(panel, language === 'en' ? 'Start the game' : 'Comenzar la partida').click();
  /** Submits past the browser's own constraint validation, to reach the form's checks. */
  const submit = () => panel.dispatchEvent(new Event('submit', { cancelable: true }));
  return { panel, started, onError, onBack, start, submit };
}

const ROLE_NAMES: Record<Role, string> = { mexico: "Mexico's presidency", sedena: 'SEDENA', semar: 'SEMAR', tco: 'The cartels (red team)', us: 'United States' };
const box = (panel: HTMLElement, role: Role) => byLabel(panel, ROLE_NAMES[role]);

describe('the setup form', () => {
  it('labels every control and offers the shipped scenarios', () => {
    const { panel } = form();
    expectAccessible(panel);
    const select = byLabel<HTMLSelectElement>(panel, 'Scenario');
    expect([...select.options].map((o) => o.textContent)).toEqual(['The 2012 transition', calderon.title.en]);
    expect(byLabel(panel, 'Seed').value).toBe('4242');
    expect(byLabel(panel, 'Sexenios to play').value).toBe(String(sc.sexenios));
    expect(panel.querySelector('p.hint')?.textContent).toBe(sc.description.en);
  });

  it.each([
    ['Solo, as the United States', ['us']],
    ["Solo, as Mexico's president", ['mexico']],
    ['Seminar: teams around one screen', ['us', 'mexico']],
  ] as const)('%s: starts with those roles human and the rest played by the computer', (mode, humans) => {
    const { panel, started, onError, start } = form();
    byLabel(panel, mode).click();
    for (const role of Object.keys(ROLE_NAMES) as Role[]) {
      expect(box(panel, role).checked, role).toBe((humans as readonly Role[]).includes(role));
      expect(box(panel, role).disabled, role).toBe(humans.length === 1);
    }
    start();
    expect(onError).not.toHaveBeenCalled();
    expect(started).toHaveLength(1);
    const choice = started[0] as SetupChoice;
    expect(choice.scenario).toBe(sc);
    expect(choice.language).toBe('en');
    expect(choice.config).toEqual({ seed: 4242, sexenios: 1, seats: seatsFor(humans), usPolicy: 'recommended', mexicoPolicy: 'party', fixedStrategies: [], fixedParties: [] });
  });

  it('lets a seminar seat any team and the seed and length be chosen', () => {
    const { panel, started, start } = form();
    byLabel(panel, 'Seminar: teams around one screen').click();
    setChecked(box(panel, 'sedena'), true);
    setChecked(box(panel, 'tco'), true);
    setChecked(box(panel, 'us'), false);
    byLabel(panel, 'Seed').value = '0';
    byLabel(panel, 'Sexenios to play').value = '3';
    start();
    expect(started[0]?.config).toMatchObject({ seed: 0, sexenios: 3, seats: { mexico: 'human', sedena: 'human', semar: 'computer', tco: 'human', us: 'computer' } });
  });

  it('describes the scenario picked and plays a history scenario as history', () => {
    const { panel, started, start } = form();
    const select = byLabel<HTMLSelectElement>(panel, 'Scenario');
    select.value = calderon.id;
    select.dispatchEvent(new Event('change'));
    expect(panel.querySelector('p.hint')?.textContent).toBe(calderon.description.en);
    expect(byLabel(panel, 'Sexenios to play').value).toBe(String(calderon.sexenios));
    start();
    expect(started[0]?.scenario).toBe(calderon);
    expect(started[0]?.config).toMatchObject({ usPolicy: 'historical', mexicoPolicy: 'historical' });
  });

  it.each([
    ['a negative seed', 'Seed', '-1', 'The seed must be a whole number from 0 to 4294967295.'],
    ['a fractional seed', 'Seed', '2.5', 'The seed must be a whole number from 0 to 4294967295.'],
    ['a seed beyond 32 bits', 'Seed', '4294967296', 'The seed must be a whole number from 0 to 4294967295.'],
    ['no sexenio', 'Sexenios to play', '0', 'Play from 1 to 4 sexenios.'],
    ['five sexenios', 'Sexenios to play', '5', 'Play from 1 to 4 sexenios.'],
  ])('refuses %s with a message and starts nothing', (_what, field, value, message) => {
    const { panel, started, onError, start, submit } = form();
    byLabel(panel, field).value = value;
    // The browser refuses first (min, max and step on the number field) and says why itself.
    start();
    expect(byLabel(panel, field).checkValidity()).toBe(false);
    expect(started).toEqual([]);
    // The form's own check says why in the game's words, and in the game's language.
    submit();
    expect(onError).toHaveBeenCalledWith(message);
    expect(started).toEqual([]);
  });

  it('refuses an empty length of game with a message', () => {
    const { panel, started, onError, start } = form();
    byLabel(panel, 'Sexenios to play').value = '';
    start();
    expect(onError).toHaveBeenCalledWith('Play from 1 to 4 sexenios.');
    expect(started).toEqual([]);
  });

  it('refuses a game with no human role', () => {
    const { panel, started, onError, start } = form();
    byLabel(panel, 'Seminar: teams around one screen').click();
    setChecked(box(panel, 'us'), false);
    setChecked(box(panel, 'mexico'), false);
    start();
    expect(onError).toHaveBeenCalledWith('At least one role must be played by a person.');
    expect(started).toEqual([]);
  });

  it('starts in the language chosen on the form, and goes back', () => {
    const { panel, started, onBack, start } = form();
    byLabel<HTMLSelectElement>(panel, 'Language').value = 'es';
    start();
    expect(started[0]?.language).toBe('es');
    button(panel, 'Back').click();
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('is in Spanish', () => {
    const { panel, started, start } = form('es');
    expect(panel.querySelector('h2')?.textContent).toBe('Nueva partida');
    expect(byLabel(panel, 'Semilla').value).toBe('4242');
    expect([...byLabel<HTMLSelectElement>(panel, 'Escenario').options].map((o) => o.textContent)).toEqual([sc.title.es, calderon.title.es]);
    expect(byLabel<HTMLSelectElement>(panel, 'Idioma').value).toBe('es');
    expectAccessible(panel);
    start();
    expect(started[0]?.language).toBe('es');
  });
});

describe('the passage dialog', () => {
  const card = sc.deck[0];
  if (!card) throw new Error('empty deck');
  const t = createStrings('en').t;

  it("shows the card's passage with the quote marked, and closes", () => {
    const dialog = document.createElement('dialog');
    document.body.replaceChildren(dialog);
    showPassage(dialog, card, { before: ['Before. '], quote: [card.citation.quote], after: [' After.'] }, t, 'en');
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toBe(card.title.en);
    expect(dialog.getAttribute('aria-labelledby')).toBe('passage-title');
    expect(dialog.querySelector('.cite')?.textContent).toMatch(/^Downie 2011, §/);
    expect(dialog.querySelector('mark')?.textContent).toBe(card.citation.quote);
    expect(dialog.querySelector('.passage')?.textContent).toBe(`Before. ${card.citation.quote} After.`);
    expect(dialog.querySelector('.passage')?.getAttribute('lang')).toBe('en');
    expect(button(dialog, 'Close').type).toBe('submit');
    expect(dialog.querySelector('form')?.getAttribute('method')).toBe('dialog');
  });

  it('says so when the passage is not found, in the chosen language', () => {
    const dialog = document.createElement('dialog');
    document.body.replaceChildren(dialog);
    showPassage(dialog, card, null, createStrings('es').t, 'es');
    expect(dialog.querySelector('h2')?.textContent).toBe(card.title.es);
    expect(dialog.textContent).toContain('No se encontró');
    expect(dialog.querySelector('mark')).toBeNull();
    expect(button(dialog, 'Cerrar')).toBeTruthy();
  });
});
