// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGameData } from '../../src/data';
import type { Language } from '../../src/i18n';
import { FacilitatorConsole } from '../../src/ui/console/console';
import { EXERCISE_KEY } from '../../src/ui/console/persistence';
import { button, byLabel, expectAccessible } from './dom';
import { consoleDeps } from './console-fakes';
import { memoryStore } from './fakes';

// The console's settings mid-exercise (phase lengths, how the teams decide, closing by itself) and
// its "New exercise" question, asked in the page's own dialog: the real data and exercise, storage
// in memory, the browser's dialogs watched so that none is used.

const data = loadGameData();
const T0 = Date.UTC(2026, 2, 9, 9, 0, 0);

function room(language: Language = 'en') {
  const store = memoryStore();
  const clock = { now: T0 };
  const downloads: { name: string; text: string }[] = [];
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const console = new FacilitatorConsole(consoleDeps(root, data, store, { now: () => clock.now, download: (name: string, text: string) => void downloads.push({ name, text }) }), language);
  const main = () => root.querySelector('#console') as HTMLElement;
  const section = (cls: string) => main().querySelector(`.${cls}`) as HTMLElement;
  const message = () => root.querySelector('.message') as HTMLElement;
  const dialog = () => root.querySelector('dialog') as HTMLDialogElement;
  return { console, root, store, clock, downloads, main, section, message, dialog };
}

type Room = ReturnType<typeof room>;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

async function start(r: Room): Promise<void> {
  await r.console.start();
  await vi.waitFor(() => expect(r.main().querySelector('form.console-setup')).not.toBeNull());
  button(r.main(), /^(Start the exercise|Comenzar el ejercicio)$/).click();
  expect(r.main().querySelector('.console-running')).not.toBeNull();
}

/** Plays the in-turn panels (the vote, Option B, card choices) until the year's decisions. */
function toDecisions(r: Room): void {
  for (let i = 0; i < 20; i++) {
    const teams = r.section('console-teams');
    if (teams.querySelector('.secret-round, form.decide')) return;
    const next = [...teams.querySelectorAll('button')].find((b) => /^(Hold the vote|Choose option B|Confirm the choice|Celebrar la votación|Elegir la opción B|Confirmar la elección)$/.test(b.textContent ?? ''));
    if (!next) throw new Error(`nothing to play: ${r.section('console-teams').textContent?.slice(0, 200)}`);
    next.click();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings mid-exercise', () => {
  it('change the decisions’ length, the mode and closing by itself, with a reason: in the log, the header and the next clock', async () => {
    const r = room();
    await start(r);
    const settings = () => r.section('console-settings');
    expect(r.console.current?.settings).toMatchObject({ decide: 'inTurn', autoClose: false });
    expect(settings().textContent).toContain('Now: In turn, on this console');
    type(byLabel(settings(), 'Decisions'), '7');
    byLabel(settings(), 'In secret, revealed together').click();
    byLabel(settings(), 'Close the phase by itself when the clock runs out').click();
    type(byLabel(settings(), /^Reason/), 'The teams need longer, and in private');
    button(settings(), 'Change the settings').click();
    expect(r.message().hidden, r.message().textContent ?? '').toBe(true);
    expect(r.console.current?.settings).toEqual({ decide: 'secret', autoClose: true, phaseSeconds: expect.objectContaining({ decisions: 420 }) });
    expect(r.console.current?.log.at(-1)).toMatchObject({ kind: 'settings', reason: 'The teams need longer, and in private', public: false });
    // The log and the header say so; the section shows the settings now, its reason emptied.
    expect(r.section('console-log').querySelector('li')?.textContent).toContain('settings changed');
    expect(r.section('console-log').querySelector('li')?.textContent).toContain('The teams need longer, and in private');
    expect(r.main().querySelector('.console-header .mode')?.textContent).toBe('In secret, revealed together');
    expect(settings().textContent).toContain('Decisions 7 min');
    expect(byLabel(settings(), /^Reason/).value).toBe('');
    expect(byLabel(settings(), 'Decisions').value).toBe('7');
    // The decisions' clock starts at the new length, and the round is a secret one.
    toDecisions(r);
    expect(r.section('console-teams').querySelector('.secret-round')).not.toBeNull();
    expect(r.main().querySelector('#console-clock')?.textContent).toBe('7:00');
    expectAccessible(r.root);
  });

  it('refuses a change without a reason, says why, and keeps what was typed', async () => {
    const r = room('es');
    await start(r);
    const settings = () => r.section('console-settings');
    const before = r.console.current;
    type(byLabel(settings(), 'Decisiones'), '12.5');
    byLabel(settings(), 'En secreto, reveladas a la vez').click();
    button(settings(), 'Cambiar los ajustes').click();
    expect(r.message().hidden).toBe(false);
    expect(r.message().textContent).toBe('Rechazado: Un cambio de ajustes necesita un motivo, para el registro del ejercicio.');
    expect(r.console.current).toBe(before);
    expect(byLabel(settings(), 'Decisiones').value).toBe('12.5');
    expect(byLabel(settings(), 'En secreto, reveladas a la vez').checked).toBe(true);
    // A length that is not one: said, with the phase and what was typed, and nothing sent.
    type(byLabel(settings(), 'Informe'), '-3');
    type(byLabel(settings(), /^Motivo/), 'Más tiempo');
    button(settings(), 'Cambiar los ajustes').click();
    expect(r.message().textContent).toBe('Cada fase debe durar entre 0 y 180 minutos. (Informe: “-3”)');
    expect(r.console.current).toBe(before);
    expect(byLabel(settings(), 'Informe').value).toBe('-3');
    expect(byLabel(settings(), /^Motivo/).value).toBe('Más tiempo');
    // Put right, it goes through: 12.5 minutes are 750 seconds.
    type(byLabel(settings(), 'Informe'), '3');
    button(settings(), 'Cambiar los ajustes').click();
    expect(r.console.current?.settings.phaseSeconds).toMatchObject({ decisions: 750, report: 180 });
  });
});

describe('a new exercise', () => {
  it('is asked in the page’s own dialog, which starts on keeping the exercise', async () => {
    const r = room();
    await start(r);
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    // Chosen from the header's menu, which folds away: the focus goes to the menu's button.
    const menu = r.main().querySelector('.console-menu') as HTMLDetailsElement;
    const opener = menu.querySelector('summary') as HTMLElement;
    // Escape folds the menu and leaves the focus on its button.
    menu.open = true;
    button(menu, 'Export (JSON)').focus();
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(opener);
    menu.open = true;
    button(menu, 'New exercise').click();
    expect(menu.open).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
    const dialog = r.dialog();
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('confirm-title');
    expect(dialog.querySelector('#confirm-title')?.textContent).toBe('End this exercise?');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toBe('End this exercise and set up a new one? Export it first to keep it.');
    expect(document.activeElement?.textContent).toBe('Keep this exercise');
    // "No" keeps it, and gives the focus back to where it was.
    button(dialog, 'Keep this exercise').click();
    expect(dialog.open).toBe(false);
    expect(r.console.current?.id).toBe('ex-1');
    expect(document.activeElement).toBe(opener);
    // Escape (the browser's cancel, then close) keeps it too.
    button(menu, 'New exercise').click();
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    expect(r.console.current?.id).toBe('ex-1');
    expect(r.main().querySelector('.console-running')).not.toBeNull();
    // Export first: the file, and the question still open.
    button(menu, 'New exercise').click();
    button(dialog, 'Export it first (JSON)').click();
    expect(r.downloads.map((d) => d.name)).toEqual(['csd-exercise-ex-1.json']);
    expect(JSON.parse(r.downloads[0]?.text ?? '{}')).toMatchObject({ id: 'ex-1' });
    expect(dialog.open).toBe(true);
    // "Yes" ends it: the set-up form, and nothing left in storage.
    button(dialog, 'End it and set up a new one').click();
    expect(dialog.open).toBe(false);
    expect(r.console.current).toBeNull();
    expect(r.main().querySelector('form.console-setup')).not.toBeNull();
    expect(r.store.getItem(EXERCISE_KEY)).toBeNull();
    expect(document.activeElement?.tagName).toBe('H1');
    vi.unstubAllGlobals();
  });

  it('is not asked once the exercise is in its hot wash', async () => {
    const r = room();
    await start(r);
    type(byLabel(r.section('console-header'), 'Reason (for the log)'), 'Time to talk');
    button(r.main(), 'Hot wash').click();
    expect(r.console.current?.stage).toBe('hotwash');
    button(r.main(), 'New exercise').click();
    expect(r.dialog().open).toBe(false);
    expect(r.main().querySelector('form.console-setup')).not.toBeNull();
  });
});
