// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGameData } from '../../src/data';
import type { Language } from '../../src/i18n';
import { exerciseGame } from '../../src/exercise';
import { FacilitatorConsole } from '../../src/ui/console/console';
import { EXERCISE_KEY, UNREADABLE_KEY } from '../../src/ui/console/persistence';
import { ProjectorPage } from '../../src/ui/console/projector-page';
import { channelTransport, memoryChannels, ROOM_KEY } from '../../src/ui/console/transport';
import { button, byLabel, expectAccessible } from './dom';
import { memoryStore, recordingAudio, recordingBoard } from './fakes';

// The facilitator's console and the projector window (issue 11) with their outside world faked: the
// real data, exercise and panels; storage in memory; the two windows joined by in-memory channels.

const data = loadGameData();
const T0 = Date.UTC(2026, 2, 9, 9, 0, 0);

type Store = ReturnType<typeof memoryStore>;

function room(options: { store?: Store; language?: Language } = {}) {
  const store = options.store ?? memoryStore();
  const channels = memoryChannels();
  const clock = { now: T0 };
  const audio = recordingAudio();
  const downloads: { name: string; text: string }[] = [];
  const printed: string[] = [];
  let ids = 0;
  const root = document.createElement('div');
  const projectorRoot = document.createElement('div');
  document.body.replaceChildren(root, projectorRoot);
  const console = new FacilitatorConsole({
    root,
    storage: store,
    loadData: async () => data,
    createAudio: () => audio,
    transport: channelTransport(channels(), store),
    now: () => clock.now,
    newId: () => `ex-${++ids}`,
    newSeed: () => 11,
    openProjector: vi.fn(),
    printReport: (html) => (printed.push(html), true),
    download: (name, text) => void downloads.push({ name, text }),
    leave: vi.fn(),
    every: () => () => {},
  }, options.language ?? 'en');
  const openProjector = () => {
    const page = new ProjectorPage({ root: projectorRoot, transport: channelTransport(channels(), store), loadData: async () => data, loadBoard: async () => recordingBoard(), now: () => clock.now }, 'en');
    page.start();
    return page;
  };
  const main = () => root.querySelector('#console') as HTMLElement;
  const message = () => root.querySelector('.message') as HTMLElement;
  const section = (cls: string) => main().querySelector(`.${cls}`) as HTMLElement;
  return { console, root, projectorRoot, store, clock, audio, downloads, printed, main, message, section, openProjector };
}

type Room = ReturnType<typeof room>;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Opens the console and starts an exercise from its set-up form. */
async function startExercise(r: Room, setup: { decide?: 'inTurn' | 'secret'; third?: boolean; decisionsMinutes?: number } = {}): Promise<void> {
  await r.console.start();
  await vi.waitFor(() => expect(r.main().querySelector('form.console-setup')).not.toBeNull());
  const form = r.main().querySelector('form.console-setup') as HTMLFormElement;
  if (setup.third) button(form, /^(Add a team|Añadir un equipo)$/).click();
  const f = () => r.main().querySelector('form.console-setup') as HTMLFormElement;
  if (setup.decide === 'secret') byLabel(f(), /^(In secret, revealed together|En secreto, reveladas a la vez)$/).click();
  if (setup.decisionsMinutes !== undefined) type(byLabel(f(), /^(Decisions|Decisiones)$/), String(setup.decisionsMinutes));
  button(f(), /^(Start the exercise|Comenzar el ejercicio)$/).click();
}

/** Plays the in-turn panels (the vote, Option B, card choices) until the year's decisions. */
function toDecisions(r: Room): void {
  for (let i = 0; i < 20; i++) {
    const teams = r.section('console-teams');
    if (teams.querySelector('.secret-round, form.decide')) return;
    const next = [...teams.querySelectorAll('button')].find((b) => /^(Hold the vote|Choose option B|Confirm the choice)$/.test(b.textContent ?? ''));
    if (!next) throw new Error(`nothing to play: ${teams.textContent?.slice(0, 200)}`);
    next.click();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the facilitator console', () => {
  it('sets up and starts an exercise, saved in the browser and published to the room', async () => {
    const r = room();
    await startExercise(r, { third: true });
    const exercise = r.console.current;
    expect(exercise?.teams.map((t) => t.role)).toEqual(['us', 'mexico', 'sedena']);
    expect(exercise?.eventsList.length).toBeGreaterThan(0);
    expect(r.main().querySelector('h1')?.textContent).toBe('Seminar exercise');
    expect(r.main().querySelector('#console-clock')?.textContent).toMatch(/^\d+:\d\d$/);
    expect(JSON.parse(r.store.getItem(EXERCISE_KEY) ?? 'null')).toMatchObject({ id: 'ex-1', title: 'Seminar exercise' });
    expect(JSON.parse(r.store.getItem(ROOM_KEY) ?? 'null')).toMatchObject({ room: { id: 'ex-1' } });
    expectAccessible(r.root);
    // The teams' panels are the game's own: Mexico's team holds the vote.
    expect(r.section('console-teams').textContent).toContain('Los Pinos');
  });

  it('changes the roster mid-exercise: a team let go, another seated, with a reason', async () => {
    const r = room();
    await startExercise(r, { third: true });
    const roster = () => r.section('roster');
    expect(roster().textContent).toContain('Roster');
    // SEDENA's team leaves; a SEMAR team arrives.
    const sedena = r.console.current?.teams.find((t) => t.role === 'sedena');
    const rows = [...roster().querySelectorAll('li.roster-row')];
    const row = rows.find((li) => (li.querySelector('input[type="text"]') as HTMLInputElement).value === sedena?.name) as HTMLElement;
    byLabel(row, 'Let this team go').click();
    type(byLabel(roster(), 'New team'), 'The Navy');
    choose(byLabel<HTMLSelectElement>(roster(), "New team's role"), 'semar');
    button(roster(), 'Change the roster').click();
    expect(r.message().textContent).toMatch(/needs a reason/);
    type(byLabel(roster(), /^Reason/), 'SEDENA left at the break; the Navy joined');
    button(roster(), 'Change the roster').click();
    expect(r.console.current?.teams.map((t) => [t.name, t.role])).toEqual([[expect.any(String), 'us'], [expect.any(String), 'mexico'], ['The Navy', 'semar']]);
    // From now on the computer plays SEDENA, and the new team SEMAR.
    const exercise = r.console.current;
    const scenario = data.scenarios.find((x) => x.id === exercise?.scenario);
    if (!exercise || !scenario) throw new Error('no exercise');
    expect(exerciseGame(scenario, exercise).config.seats).toMatchObject({ sedena: 'computer', semar: 'human', us: 'human', mexico: 'human' });
    expect(r.console.current?.log.at(-1)).toMatchObject({ kind: 'roster', reason: 'SEDENA left at the break; the Navy joined' });
  });

  it('refuses a power without a reason, in Spanish', async () => {
    const r = room({ language: 'es' });
    await startExercise(r);
    button(r.main(), 'Pausar').click();
    expect(r.message().hidden).toBe(false);
    expect(r.message().textContent).toBe('Rechazado: Una pausa necesita un motivo, para el registro del ejercicio.');
    expect(r.console.current?.paused).toBeNull();
    type(byLabel(r.section('console-header'), 'Motivo (para el registro)'), 'Pausa para el café');
    button(r.main(), 'Pausar').click();
    expect(r.message().hidden).toBe(true);
    expect(r.console.current?.paused?.reason).toBe('Pausa para el café');
  });

  it('publishes an inject from the deck search and one from the events list, shown on the projector', async () => {
    const r = room();
    await startExercise(r);
    const projector = r.openProjector();
    await vi.waitFor(() => expect(r.projectorRoot.querySelector('.projector-head h1')?.textContent).toBe('Seminar exercise'));
    toDecisions(r);
    const injects = () => r.section('console-injects');
    const hurricane = data.scenarios.find((s) => s.id === 'transition-2012')?.deck.find((c) => /hurricane/i.test(c.title.en));
    expect(hurricane).toBeDefined();
    type(byLabel(injects(), 'Reason (for the log)'), 'Test the functional channel');
    type(byLabel(injects(), 'Search the deck'), 'hurricane');
    const result = [...injects().querySelectorAll('.deck-card')].find((li) => li.textContent?.includes(hurricane?.title.en ?? '?')) as HTMLElement;
    button(result, 'Publish now').click();
    expect(r.console.current?.log.at(-1)).toMatchObject({ kind: 'inject', reason: 'Test the functional channel' });
    // An entry of the master events list, released by hand.
    const held = r.console.current?.eventsList.find((i) => !i.released);
    expect(held).toBeDefined();
    type(byLabel(injects(), 'Reason (for the log)'), 'The room is ready for it');
    const entry = injects().querySelector(`[data-inject="${held?.id}"]`) as HTMLElement;
    button(entry, /^Release /).click();
    expect(r.console.current?.eventsList.find((i) => i.id === held?.id)?.released).not.toBeNull();
    const panel = r.projectorRoot.querySelector('.projector-panel') as HTMLElement;
    expect(panel.textContent).toContain(hurricane?.title.en);
    expect(panel.textContent).toContain(hurricane?.text.en);
    // The control cell's reasons for its injects are its own.
    expect(r.projectorRoot.textContent).not.toContain('Test the functional channel');
    expect(r.projectorRoot.textContent).not.toContain('The room is ready for it');
    projector.destroy();
  });

  it('shows a pause on the console and as a banner on the projector, and an announced ruling with its reason', async () => {
    const r = room();
    await startExercise(r);
    r.openProjector();
    const reason = () => byLabel(r.section('console-header'), 'Reason (for the log)');
    type(reason(), 'Lunch break');
    button(r.main(), 'Pause').click();
    expect(r.main().querySelector('.paused-flag')?.textContent).toBe('Paused: Lunch break');
    // The reason went with the command: the field is empty for the next one.
    expect(reason().value).toBe('');
    expect(r.main().querySelector('#console-clock')?.getAttribute('data-state')).toBe('paused');
    const banner = r.projectorRoot.querySelector('.paused-banner') as HTMLElement;
    expect(banner.hidden).toBe(false);
    expect(banner.textContent).toContain('Paused');
    type(reason(), 'Back from lunch');
    button(r.main(), 'Resume').click();
    expect(banner.hidden).toBe(true);
    // A ruling announced to the room, and a note that stays with the control cell.
    const adjudication = r.section('console-adjudication');
    choose(byLabel<HTMLSelectElement>(adjudication, 'Ruling'), 'free');
    type(byLabel(r.section('console-adjudication'), 'The ruling'), 'The vote stands as drawn');
    type(byLabel(r.section('console-adjudication'), 'Reason (for the log)'), 'Both teams agreed');
    button(r.section('console-adjudication'), 'Rule').click();
    type(byLabel(r.section('console-notes'), 'Observer note'), 'Washington hesitated');
    button(r.section('console-notes'), 'Add the note').click();
    expect(byLabel(r.section('console-notes'), 'Observer note').value).toBe('');
    const text = r.projectorRoot.textContent ?? '';
    expect(text).toContain('The vote stands as drawn');
    expect(text).toContain('Both teams agreed');
    expect(text).not.toContain('Washington hesitated');
    expect(r.section('console-log').textContent).toContain('Washington hesitated');
  });

  it('sounds the alert once when the clock runs out', async () => {
    const r = room();
    await startExercise(r);
    r.clock.now += 6 * 60_000;
    r.console.tick();
    r.console.tick();
    expect(r.audio.played.filter((s) => s === 'alert')).toHaveLength(1);
    expect(r.main().querySelector('#console-clock')?.getAttribute('data-state')).toBe('up');
  });

  it('keeps secret decisions off the console and the projector until all are revealed', async () => {
    const r = room();
    await startExercise(r, { decide: 'secret', third: true });
    r.openProjector();
    toDecisions(r);
    const teams = () => r.section('console-teams');
    expect(teams().querySelector('.secret-round')).not.toBeNull();
    button(teams(), 'Decide in secret: Washington').click();
    const form = teams().querySelector('form.decide') as HTMLFormElement;
    const box = form.querySelector<HTMLInputElement>('input[type="checkbox"]:not(:disabled)') as HTMLInputElement;
    box.click();
    const chosen = box.value;
    button(teams(), 'Confirm decisions').click();
    expect(r.message().hidden, r.message().textContent ?? '').toBe(true);
    expect(Object.keys(r.console.current?.sealed ?? {})).toEqual(['t1']);
    expect(teams().querySelector('form.decide')).toBeNull();
    expect(teams().textContent).toContain('✓ sealed');
    // What was sealed is nowhere on the console, nor in the room's picture.
    const name = (await import('../../src/i18n')).createStrings('en').t(`actions.${chosen}.name`);
    expect(r.main().textContent).not.toContain(name);
    expect(r.projectorRoot.textContent).toContain('decided');
    expect(r.store.getItem(ROOM_KEY)).not.toContain(chosen);
  });

  it('restores the exercise when the console reopens, and the projector shows the last picture without it', async () => {
    const store = memoryStore();
    const first = room({ store });
    await startExercise(first);
    type(byLabel(first.section('console-header'), 'Reason (for the log)'), 'Coffee');
    button(first.main(), 'Pause').click();
    const log = first.console.current?.log.length;
    first.console.destroy();
    const again = room({ store });
    await again.console.start();
    await vi.waitFor(() => expect(again.main().querySelector('.console-running')).not.toBeNull());
    expect(again.console.current?.log.length).toBe(log);
    expect(again.main().querySelector('.paused-flag')?.textContent).toBe('Paused: Coffee');
    // A projector opened with no console: the last picture kept in storage.
    const lone = room({ store });
    lone.openProjector();
    expect((lone.projectorRoot.querySelector('.paused-banner') as HTMLElement).hidden).toBe(false);
  });

  it('refuses a damaged exercise file, naming the field, and keeps the exercise it has', async () => {
    const r = room();
    await startExercise(r);
    await vi.waitFor(() => expect(r.main().querySelector('.console-running')).not.toBeNull());
    const good = r.store.getItem(EXERCISE_KEY) as string;
    const id = (JSON.parse(good) as { id: string }).id;
    for (const damage of [{ teams: [null] }, { log: [null] }, { eventsList: [null] }, { sealed: null }, { config: {} }]) {
      const input = r.root.querySelector('input[type=file]') as HTMLInputElement;
      const text = JSON.stringify({ ...(JSON.parse(good) as object), id: 'damaged', ...damage });
      Object.defineProperty(input, 'files', { value: [new File([text], 'damaged.json')], configurable: true });
      input.dispatchEvent(new Event('change'));
      const field = Object.keys(damage)[0] as string;
      await vi.waitFor(() => expect(r.message().textContent).toContain(field));
      // Nothing replaced: the exercise on the console and the one stored are the one it had.
      expect((JSON.parse(r.store.getItem(EXERCISE_KEY) as string) as { id: string }).id).toBe(id);
      expect(r.console.current?.id).toBe(id);
      expect(r.main().querySelector('.console-running')).not.toBeNull();
    }
  });

  it('opens on its set-up form when the stored exercise is damaged, and keeps the damaged one aside', async () => {
    const store = memoryStore();
    const first = room({ store });
    await startExercise(first);
    await vi.waitFor(() => expect(first.main().querySelector('.console-running')).not.toBeNull());
    first.console.destroy();
    const damaged = JSON.stringify({ ...(JSON.parse(store.getItem(EXERCISE_KEY) as string) as object), log: [null] });
    store.setItem(EXERCISE_KEY, damaged);
    const again = room({ store });
    await again.console.start();
    await vi.waitFor(() => expect(again.main().querySelector('form.console-setup')).not.toBeNull());
    expect(again.message().textContent).toContain('log[0]');
    expect(store.getItem(UNREADABLE_KEY)).toBe(damaged);
  });

  it('moves to the hot wash and exports the report', async () => {
    const r = room();
    await startExercise(r);
    type(byLabel(r.section('console-header'), 'Reason (for the log)'), 'Time for the discussion');
    button(r.main(), 'Hot wash').click();
    expect(r.console.current?.stage).toBe('hotwash');
    expect(r.main().querySelector('.report-view')).not.toBeNull();
    button(r.main(), 'Markdown').click();
    button(r.main(), 'CSV (the tracks)').click();
    button(r.main(), 'JSON (the whole exercise)').click();
    button(r.main(), 'Print / PDF').click();
    expect(r.downloads.map((d) => d.name.split('.').at(-1))).toEqual(['md', 'csv', 'json']);
    expect(r.printed[0]).toContain('<!doctype html>');
    // The controlled comparison of options: the debrief's, on the same seeds, shown once its games
    // are played (here on the page, a slice at a time), and then in the Markdown report too.
    const compared = () => r.main().querySelector('.report-comparisons') as HTMLElement;
    expect(compared().textContent).toContain('The controlled comparison of options');
    await vi.waitFor(() => expect(compared().querySelector('table.comparison')).not.toBeNull(), { timeout: 20_000 });
    button(r.main(), 'Markdown').click();
    expect(r.downloads.at(-1)?.text).toMatch(/\| Alternative \| Median \| p10 \| p90 \|/);
    // The printed report too: said to be on its way before, there with its spread after.
    expect(r.printed[0]).toContain('The comparison was still being played');
    button(r.main(), 'Print / PDF').click();
    expect(r.printed.at(-1)).toMatch(/<table class="comparison"><thead><tr><th>Alternative<\/th><th class="num">Median<\/th><th class="num">p10<\/th><th class="num">p90<\/th>/);
    expect(r.printed.at(-1)).toContain('class="spread"');
    // The comparison is drawn once on the console: in its panel, not again in the report below it.
    expect(r.main().querySelectorAll('table.comparison').length).toBe(compared().querySelectorAll('table.comparison').length);
  }, 30_000);
});
