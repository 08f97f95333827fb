// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsOf } from '../../src/engine';
import type { StagedMoment } from '../../src/ui/board/board';
import { AUTOSAVE_KEY, unwrapAutosave } from '../../src/ui/autosave';
import { GUIDE_STEPS } from '../../src/ui/dom/guide';
import { linkedText } from '../../src/ui/dom/glossary';
import { createStrings } from '../../src/i18n';
import { button, byLabel, expectAccessible } from './dom';
import { launch, playTurn, readThrough, type Tab } from './harness';

// Issue 10, the panel side: briefings before play, the big moments staged in the panel before the
// next decision, the glossary one click away, a guided first year, and nothing lost (a reload at
// the debrief, New game asking first).

const en = createStrings('en').t;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Starts a game from the setup form, without reading through what comes first. */
async function start(ui: Tab, mode = 'Solo, as the United States', guided = false): Promise<void> {
  button(ui.panel(), 'New game').click();
  await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
  byLabel(ui.panel(), mode).click();
  const guide = byLabel(ui.panel(), 'Guided first year');
  if (guide.checked !== guided) guide.click();
  button(ui.panel(), 'Start the game').click();
}

const openDialog = (ui: Tab) => ui.root.querySelector('dialog[open]') as HTMLDialogElement | null;

describe('the briefing', () => {
  it("comes before the first panel, with the role's levers and costs, capital, the others and a quote", async () => {
    const ui = launch();
    await start(ui);
    const brief = ui.panel().querySelector('.briefing') as HTMLElement;
    expect(brief).not.toBeNull();
    expect(ui.heading()).toMatch(/United States$/);
    const levers = [...brief.querySelectorAll('.levers li')].map((li) => li.getAttribute('data-lever'));
    expect(levers).toEqual(actionsOf('us').map((a) => a.id));
    const merida = brief.querySelector('li[data-lever="speedMeridaDelivery"]')?.textContent ?? '';
    expect(merida).toContain(en('actions.speedMeridaDelivery.name'));
    expect(merida).toContain('(1)');
    expect(brief.textContent).toMatch(/political capital a year/);
    expect([...brief.querySelectorAll('.others li')].map((li) => li.getAttribute('data-role'))).toContain('mexico');
    expect(brief.querySelector('blockquote')?.textContent).toMatch(/^“.+”$/);
    expect(brief.querySelector('figcaption')?.textContent).toMatch(/^Downie 2011, §/);
    expectAccessible(ui.root);
    button(ui.panel(), 'Begin').click();
    expect(ui.panel().querySelector('.briefing')).toBeNull();
  });

  it('keeps the board before the opening election while the brief sets the scene, then catches up', async () => {
    const ui = launch();
    await start(ui);
    expect(ui.panel().querySelector('.briefing')).not.toBeNull();
    const lastView = () => ui.board.calls.filter((c) => c.kind === 'showBoard').at(-1);
    await vi.waitFor(() => expect(lastView()).toBeTruthy());
    // The brief speaks of July 2012 with the PAN in office: the board must not show the winner yet.
    const during = lastView();
    if (during?.kind !== 'showBoard') throw new Error('no board');
    expect(during.view.year).toBe(2012);
    expect(during.view.phase).toBe('election');
    button(ui.panel(), 'Begin').click();
    await vi.waitFor(() => {
      const after = lastView();
      expect(after?.kind === 'showBoard' && after.view.year).toBe(2013);
    });
  });

  it('gives each human team of a seminar its brief in turn, and opens again from the toolbar', async () => {
    const ui = launch();
    await start(ui, 'Seminar: teams around one screen');
    expect(ui.panel().querySelector('.briefing')?.getAttribute('data-role')).toBe('mexico');
    button(ui.panel(), "Next brief: United States").click();
    expect(ui.panel().querySelector('.briefing')?.getAttribute('data-role')).toBe('us');
    button(ui.panel(), 'Begin').click();
    readThrough(ui);
    const heading = ui.heading();
    button(ui.toolbar(), 'Briefing').click();
    expect(ui.panel().querySelector('.briefing')).not.toBeNull();
    button(ui.panel(), "Next brief: United States").click();
    button(ui.panel(), 'Back to the game').click();
    expect(ui.heading()).toBe(heading);
  });

  it('reads in Spanish', async () => {
    const ui = launch({ language: 'es' });
    button(ui.panel(), 'Nueva partida').click();
    await vi.waitFor(() => expect(ui.panel().querySelector('form')).not.toBeNull());
    button(ui.panel(), 'Comenzar la partida').click();
    expect(ui.panel().querySelector('.briefing h3')?.textContent).toBe('La situación');
    // The paper is quoted in its own words, which are English: marked so, and read out as English.
    expect(ui.panel().querySelector('.briefing blockquote')?.getAttribute('lang')).toBe('en');
    expect(ui.panel().querySelector('.briefing figcaption')?.textContent).toMatch(/^Downie 2011, §.* · cita textual del original en inglés$/);
    expect(button(ui.panel(), 'Comenzar')).toBeTruthy();
  });
});

describe('the big moments', () => {
  it("open a solo US game: the 2012 election with its shares, then the PRI-or-other's strategy and why, then the decision", async () => {
    const ui = launch({ seed: 5 });
    const staged: StagedMoment[] = [];
    Object.assign(ui.board, { stage: (moments: readonly StagedMoment[]) => void staged.push(...moments) });
    await start(ui);
    button(ui.panel(), 'Begin').click();
    // Seed 5: the PRD wins the 2012 vote against the odds.
    expect(ui.heading()).toBe('2012: the PRD wins the election');
    const shares = [...ui.panel().querySelectorAll('.shares li')].map((li) => [li.getAttribute('data-party'), li.querySelector('.pct')?.textContent]);
    expect(shares).toEqual([['PRI', '55%'], ['PAN', '23%'], ['PRD', '22%']]);
    expect(ui.panel().querySelector('.shares li[data-winner]')?.getAttribute('data-party')).toBe('PRD');
    expect(ui.panel().textContent).toMatch(/Why: the paper expected the PRI to win this vote/);
    // Screen readers hear it.
    expect(ui.root.querySelector('[role="status"][aria-live="polite"]')?.textContent).toMatch(/^2012: the PRD wins the election\./);
    button(ui.panel(), 'Continue').click();
    expect(ui.heading()).toMatch(/^The PRD government takes /);
    expect(ui.panel().querySelector('.moment')?.textContent).toMatch(/The computer chose this strategy/);
    // Enter on the moment (the focus is on its heading) goes on, as Continue does.
    const strategy = ui.heading();
    (ui.panel().querySelector('.moment h2') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(ui.heading()).not.toBe(strategy);
    readThrough(ui);
    expect(['An event calls for a decision', 'Decisions for 2013']).toContain(ui.heading());
    // The same moments went to the board's stage, with the shares as bars.
    expect(staged.map((m) => m.kind).slice(0, 2)).toEqual(['election', 'strategy']);
    expect(staged[0]?.shares?.find((s) => s.winner)?.label).toBe('PRD');
    // The board lists the parties in the panel's order (the largest share first), not another.
    expect(staged[0]?.shares?.map((s) => s.label)).toEqual(shares.map(([party]) => party));
  });

  it('keeps the board on the moment the panel shows: one at a time, again in a new language, gone once read', async () => {
    const ui = launch({ seed: 5 });
    const onStage: StagedMoment[][] = [[]];
    Object.assign(ui.board, {
      stage: (moments: readonly StagedMoment[]) => void onStage.at(-1)?.push(...moments),
      clearStage: () => void onStage.push([]),
    });
    await start(ui);
    button(ui.panel(), 'Begin').click();
    expect(onStage.at(-1)?.map((m) => m.headline)).toEqual(['2012: the PRD wins the election']);
    // Read in the panel and passed: the board does not keep it queued before the next one.
    button(ui.panel(), 'Continue').click();
    expect(onStage.at(-1)?.map((m) => m.kind)).toEqual(['strategy']);
    // A language switch stages the same moment again, in Spanish.
    ui.setLanguage('es');
    expect(onStage.at(-1)?.map((m) => m.kind)).toEqual(['strategy']);
    expect(onStage.at(-1)?.[0]?.headline).toMatch(/^El gobierno del PRD /);
    ui.setLanguage('en');
    readThrough(ui);
    // The last moment read: the stage is cleared for the decision.
    expect(['An event calls for a decision', 'Decisions for 2013']).toContain(ui.heading());
    expect(onStage.at(-1)).toEqual([]);
  });

  it('shows a refused offer with who refused, the odds and the capital spent', async () => {
    const ui = launch({ seed: 5 });
    await start(ui);
    readThrough(ui);
    const box = ui.panel().querySelector<HTMLInputElement>('input[type="checkbox"][data-action="speedMeridaDelivery"], input[type="checkbox"][data-cost="1"]');
    box?.click();
    button(ui.panel(), 'Confirm decisions').click();
    const moment = ui.panel().querySelector('.moment[data-kind="offerRefused"]');
    expect(moment, ui.heading()).not.toBeNull();
    expect(ui.heading()).toMatch(/^Mexico's presidency refuses the offer: /);
    expect(moment?.textContent).toMatch(/accepts a United States offer 50% of the time/);
    expect(moment?.textContent).toMatch(/The \d+ political capital spent on it is gone/);
    expect(moment?.getAttribute('data-tone')).toBe('bad');
    readThrough(ui);
    expect(ui.heading()).toBe('The year 2013: what changed and why');
  });

  it('follow "Hold the vote" with the result, and "Let the computer decide" with the strategy and its reason', async () => {
    const ui = launch({ seed: 5 });
    await start(ui, "Solo, as Mexico's president");
    readThrough(ui);
    expect(ui.heading()).toBe('The 2012 election');
    button(ui.panel(), 'Hold the vote').click();
    expect(ui.panel().querySelector('.moment')?.getAttribute('data-kind')).toBe('election');
    expect(ui.heading()).toMatch(/^2012: the (PAN|PRI|PRD) wins the election$/);
    readThrough(ui);
    expect(ui.heading()).toMatch(/^The transition/);
    button(ui.panel(), 'Let the computer decide').click();
    expect(ui.panel().querySelector('.moment')?.getAttribute('data-kind')).toBe('strategy');
    expect(ui.panel().textContent).toMatch(/The computer chose this strategy for the new sexenio\. .+/);
  });
});

describe('the glossary', () => {
  it('opens from a linked term at its entry, and closes with Escape, the focus back on the term', async () => {
    const ui = launch({ seed: 5 });
    await start(ui);
    const term = ui.panel().querySelector<HTMLButtonElement>('.briefing button.term-link');
    expect(term).not.toBeNull();
    term?.focus();
    term?.click();
    const dialog = openDialog(ui);
    expect(dialog?.querySelector('h2')?.textContent).toBe('Glossary');
    const current = dialog?.querySelector('.glossary-entry.current');
    expect(current?.getAttribute('data-entry')).toBe(term?.dataset.term);
    dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog?.open).toBe(false);
    expect(document.activeElement).toBe(term);
  });

  it('opens from the toolbar, and its search narrows the list', () => {
    const ui = launch();
    button(ui.toolbar(), 'Glossary').click();
    const dialog = openDialog(ui) as HTMLDialogElement;
    const all = dialog.querySelectorAll('.glossary-entry').length;
    expect(all).toBeGreaterThan(10);
    const search = byLabel(dialog, 'Search the glossary');
    search.value = 'SEMAR';
    search.dispatchEvent(new Event('input'));
    const shown = [...dialog.querySelectorAll<HTMLElement>('.glossary-entry')].filter((li) => !li.hidden);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    button(dialog, 'Close').click();
    expect(dialog.open).toBe(false);
  });

  it('links terms in any text as buttons, the text unchanged', () => {
    const opened: (string | undefined)[] = [];
    const nodes = linkedText('SEDENA and SEMAR met the cartels.', 'en', (id) => void opened.push(id));
    const p = document.createElement('p');
    p.append(...nodes);
    expect(p.textContent).toBe('SEDENA and SEMAR met the cartels.');
    const links = [...p.querySelectorAll('button.term-link')];
    expect(links.map((b) => b.textContent)).toEqual(expect.arrayContaining(['SEDENA', 'SEMAR']));
    (links[0] as HTMLButtonElement).click();
    expect(opened).toEqual([(links[0] as HTMLElement).dataset.term]);
  });
});

describe('the guided first year', () => {
  it('is ticked for the first game ever, shows its steps in order, and can be skipped for good', async () => {
    const ui = launch({ seed: 5 });
    button(ui.panel(), 'New game').click();
    await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
    expect(byLabel(ui.panel(), 'Guided first year').checked).toBe(true);
    button(ui.panel(), 'Start the game').click();
    const callout = () => ui.root.querySelector<HTMLElement>('.guide-callout');
    // Not over the briefing or a moment.
    expect(callout()?.hidden).toBe(true);
    readThrough(ui);
    expect(callout()?.hidden).toBe(false);
    expect(callout()?.dataset.step).toBe(GUIDE_STEPS[0]?.id);
    expect(callout()?.textContent).toContain(en('teach.guide.steps.track'));
    expect(document.querySelector('#stage')?.classList.contains('guide-target')).toBe(true);
    button(callout() as HTMLElement, 'Next').click();
    expect(callout()?.dataset.step).toBe('sedenaSemar');
    button(callout() as HTMLElement, 'Skip the guide').click();
    expect(callout()).toBeNull();
    expect(document.querySelector('.guide-target')).toBeNull();
    // The next game's form leaves it unticked; "Replay the guide" on the title ticks it again.
    expect(JSON.parse(ui.store.data.get('csd.prefs') ?? '{}')).toMatchObject({ played: true });
    const again = launch({ store: ui.store });
    button(again.panel(), 'New game').click();
    await vi.waitFor(() => expect(again.heading()).toBe('New game'));
    expect(byLabel(again.panel(), 'Guided first year').checked).toBe(false);
    button(again.panel(), 'Back').click();
    button(again.panel(), 'Replay the guide').click();
    await vi.waitFor(() => expect(again.heading()).toBe('New game'));
    expect(byLabel(again.panel(), 'Guided first year').checked).toBe(true);
  });

  it('points at the decision form and then the report', async () => {
    const ui = launch({ seed: 5 });
    await start(ui, 'Solo, as the United States', true);
    readThrough(ui);
    const callout = () => ui.root.querySelector<HTMLElement>('.guide-callout') as HTMLElement;
    for (let i = 0; i < 6 && callout().dataset.step !== 'decide'; i++) button(callout(), 'Next').click();
    expect(callout().dataset.step).toBe('decide');
    expect(ui.panel().querySelector('form.decide fieldset.actions-list')?.classList.contains('guide-target')).toBe(true);
    button(callout(), 'Next').click();
    playTurn(ui);
    readThrough(ui);
    expect(ui.heading()).toBe('The year 2013: what changed and why');
    expect(callout().dataset.step).toBe('report');
    button(callout(), 'Done').click();
    expect(ui.root.querySelector('.guide-callout')).toBeNull();
  });
});

describe('nothing lost', () => {
  it('returns to the debrief after a reload at the debrief, until a new game starts', async () => {
    const ui = launch();
    await start(ui);
    for (let i = 0; i < 200 && ui.heading() !== 'Debrief'; i++) playTurn(ui);
    expect(ui.heading()).toBe('Debrief');
    expect(unwrapAutosave(ui.store.data.get(AUTOSAVE_KEY) ?? '').finished).toBe(true);
    const again = launch({ store: ui.store });
    button(again.panel(), 'Back to the last debrief').click();
    await vi.waitFor(() => expect(again.heading()).toBe('Debrief'));
    // No brief and no moments again: the game was played.
    expect(again.panel().querySelector('.briefing, .moment')).toBeNull();
  });

  it('asks before leaving a game in play for a new one', async () => {
    const ui = launch();
    await start(ui);
    readThrough(ui);
    const heading = ui.heading();
    button(ui.toolbar(), 'New game').click();
    const dialog = openDialog(ui) as HTMLDialogElement;
    expect(dialog.querySelector('h2')?.textContent).toBe('Leave this game for a new one?');
    button(dialog, 'Keep playing').click();
    expect(dialog.open).toBe(false);
    expect(ui.heading()).toBe(heading);
    button(ui.toolbar(), 'New game').click();
    button(openDialog(ui) as HTMLElement, 'Leave it and start a new game').click();
    await vi.waitFor(() => expect(ui.heading()).toBe('New game'));
  });
});
