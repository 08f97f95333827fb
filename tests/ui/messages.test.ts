// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStrings } from '../../src/i18n';
import { AUTOSAVE_KEY, unwrapAutosave } from '../../src/ui/autosave';
import type { SaveProblem } from '../../src/ui/types';
import { button, byLabel, setChecked } from './dom';
import { launch, newGame, playTurn, type Tab } from './harness';

// The messages around a refused save or move are in the player's language; where they carry the
// rules' own reason (in English for now), it stands apart, as details. And switching the language
// in the middle of a decision keeps what the players had ticked and chosen.

afterEach(() => {
  document.body.replaceChildren();
});

/** A save whose only move the rules refuse (tco is always the computer's). */
function refusedSave(ui: Tab): string {
  const save = JSON.parse(unwrapAutosave(ui.store.data.get(AUTOSAVE_KEY) ?? '').text) as { moves: unknown[] };
  save.moves = [{ type: 'DECIDE', role: 'tco', actions: [], by: 'tco' }];
  return JSON.stringify(save);
}

describe('a refused save file', () => {
  it('has words for every problem the loader can name, in both languages', () => {
    const codes: SaveProblem['code'][] = ['notJson', 'notSave', 'noVersion', 'version', 'oldVersion', 'damaged', 'scenario'];
    for (const language of ['en', 'es'] as const) {
      const { t } = createStrings(language);
      for (const code of codes) expect(t(`errors.save.${code}`, { name: 'x.json', version: '9', current: '2', path: 'moves', id: 'mars' }), `${language} ${code}`).not.toMatch(/errors\.save|\{\{/);
    }
  });

  it('says the current game is unchanged only when there is one', async () => {
    const ui = launch();
    ui.importFile('not json', 'notes.json');
    await vi.waitFor(() => expect(ui.message().textContent).toBe('notes.json is not a save file: it is not valid JSON.'));
    await newGame(ui);
    const edited = refusedSave(ui);
    ui.importFile('not json', 'notes.json');
    await vi.waitFor(() => expect(ui.message().textContent).toBe('notes.json is not a save file: it is not valid JSON. Your current game is unchanged.'));
    // Back to the title: no game any more.
    button(ui.toolbar(), 'New game').click();
    // A game in play: the app asks first (issue 10).
    button(ui.root.querySelector('dialog[open]') as HTMLElement, 'Leave it and start a new game').click();
    await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
    button(ui.panel(), 'Back').click();
    ui.importFile(edited, 'edited.json');
    await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
    expect(ui.message().querySelector('.main')?.textContent).toBe('edited.json cannot be loaded: its moves are not ones this version of the game allows.');
  });

  it("words the rules' reason apart, as details, in Spanish as in English", async () => {
    for (const language of ['en', 'es'] as const) {
      const ui = launch();
      await newGame(ui);
      const edited = refusedSave(ui);
      ui.setLanguage(language);
      ui.importFile(edited, 'edited.json');
      await vi.waitFor(() => expect(ui.message().hidden).toBe(false));
      const main = ui.message().querySelector('.main')?.textContent;
      const details = ui.message().querySelector('.details');
      expect(main).toBe(language === 'en'
        ? 'edited.json cannot be loaded: its moves are not ones this version of the game allows. Your current game is unchanged.'
        : 'No se puede cargar edited.json: sus jugadas no son de las que permite esta versión del juego. Su partida actual no cambió.');
      expect(details?.querySelector('[lang="en"]')?.textContent).toBe('move 1 of 1 (DECIDE) was refused: tco is played by the computer');
      expect(details?.textContent).toContain('move 1 of 1 (DECIDE) was refused: tco is played by the computer');
      expect(details?.textContent).toMatch(language === 'en' ? /^Details: / : /^Detalles \(en inglés\): /);
    }
  });
});

describe('a refused move', () => {
  it('is announced in the language of the page, its reason too', async () => {
    const ui = launch({ language: 'es' });
    button(ui.panel(), 'Nueva partida').click();
    await vi.waitFor(() => expect(ui.panel().querySelector('form')).not.toBeNull());
    button(ui.panel(), 'Comenzar la partida').click();
    for (let i = 0; i < 20 && !/^El año \d+: qué cambió y por qué$/.test(ui.heading()); i++) ((ui.panel().querySelector('dialog[open] button.primary') ?? ui.panel().querySelector('button.primary')) as HTMLButtonElement).click();
    // A report closed twice (a double click on a slow machine): the second is refused.
    const next = button(ui.panel(), 'Año siguiente');
    next.click();
    next.click();
    expect(ui.message().hidden).toBe(false);
    // The machine's reason is a code, told in Spanish: no English detail is needed.
    expect(ui.message().querySelector('.main')?.textContent).toMatch(/^No está permitido: .*informe.*\.$/);
    expect(ui.message().querySelector('.details')).toBeNull();
  });
});

describe('switching the language in the middle of a decision', () => {
  it('keeps the ticked actions, the budget and the stance', async () => {
    const ui = launch({ seed: 3 });
    await newGame(ui, "Solo, as Mexico's president");
    for (let i = 0; i < 40 && !ui.panel().querySelector('form.decide fieldset.stance'); i++) playTurn(ui);
    const panel = ui.panel();
    const boxes = [...panel.querySelectorAll<HTMLInputElement>('form.decide input[type="checkbox"]:not(:disabled)')];
    for (const b of boxes.slice(0, 3)) setChecked(b, true);
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    expect(ticked.length).toBeGreaterThan(0);
    const stances = [...panel.querySelectorAll<HTMLInputElement>('fieldset.stance input[type="radio"]')];
    const stance = stances.find((s) => !s.checked) ?? stances[0];
    stance?.click();
    const budget = panel.querySelector('.budget')?.textContent ?? '';
    const disabled = [...panel.querySelectorAll<HTMLInputElement>('form.decide input[type="checkbox"]')].filter((b) => b.disabled).map((b) => b.value);
    ui.setLanguage('es');
    const after = ui.panel();
    expect([...after.querySelectorAll<HTMLInputElement>('form.decide input[type="checkbox"]')].filter((b) => b.checked).map((b) => b.value)).toEqual(ticked);
    expect([...after.querySelectorAll<HTMLInputElement>('form.decide input[type="checkbox"]')].filter((b) => b.disabled).map((b) => b.value)).toEqual(disabled);
    expect(after.querySelector('.budget')?.textContent).toBe(budget.replace(/^Political capital: (\d+) of (\d+) spent$/, 'Capital político: $1 de $2 gastado'));
    expect(after.querySelector<HTMLInputElement>('fieldset.stance input:checked')?.value).toBe(stance?.value);
    // And back.
    ui.setLanguage('en');
    expect([...ui.panel().querySelectorAll<HTMLInputElement>('form.decide input:checked[type="checkbox"]')].map((b) => b.value)).toEqual(ticked);
    expect(ui.panel().querySelector('.budget')?.textContent).toBe(budget);
  });

  it("keeps the option picked on an event's choice", async () => {
    // Seeds until an event offers a choice with two options the team can take.
    for (let seed = 1; seed < 40; seed++) {
      const ui = launch({ seed });
      await newGame(ui);
      for (let i = 0; i < 30 && !ui.panel().querySelector('form.choice'); i++) playTurn(ui);
      const radios = [...ui.panel().querySelectorAll<HTMLInputElement>('form.choice input[type="radio"]:not(:disabled)')];
      if (radios.length < 2) continue;
      const picked = radios[1] as HTMLInputElement;
      picked.click();
      ui.setLanguage('es');
      expect(ui.panel().querySelector<HTMLInputElement>('form.choice input:checked')?.value).toBe(picked.value);
      return;
    }
    throw new Error('no seed offered a choice');
  });

  it('keeps the choices made on the new-game form', async () => {
    const ui = launch({ seed: 1234 });
    button(ui.panel(), 'New game').click();
    await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
    byLabel(ui.panel(), 'Seminar: teams around one screen').click();
    setChecked(byLabel(ui.panel(), 'SEDENA'), true);
    byLabel(ui.panel(), 'Seed').value = '4242';
    ui.setLanguage('es');
    expect(byLabel(ui.panel(), 'Seminario: equipos ante una pantalla').checked).toBe(true);
    expect(byLabel(ui.panel(), 'SEDENA').checked).toBe(true);
    expect(byLabel(ui.panel(), 'Semilla').value).toBe('4242');
  });
});
