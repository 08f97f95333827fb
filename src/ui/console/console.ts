import type { Card, GameState, Scenario } from '../../engine';
import {
  applyCommand,
  createExercise,
  exerciseGame,
  exerciseView,
  forkExercise,
  readClock,
  type Exercise,
  type ExerciseCommand,
  type ExerciseRefusal,
  type ExerciseSeat,
} from '../../exercise';
import type { GameAudio } from '../../audio';
import { createStrings, type Language, type Strings } from '../../i18n';
import { exerciseRefusalMessage } from '../../i18n/exercise-refusals';
import { h } from '../dom/h';
import { showPassage } from '../dom/passage';
import { clip, keptInputs, restoreInputs } from '../page';
import { readPrefs, writePrefs } from '../prefs';
import type { GameData, KeyValueStore } from '../types';
import { adjudicationSection } from './adjudicate';
import { rosterSection } from './roster';
import { words, type RunContext } from './context';
import { clockState, clockText, consoleHeader } from './header';
import { hotWashPanel } from './hotwash-panel';
import { DebriefComparisons } from '../debrief/comparison-runner';
import { buildDebrief } from '../debrief/debrief-data';
import { injectsSection } from './injects';
import { clearExercise, FORKED_KEY, readExercise, storedExercise, writeExercise } from './persistence';
import { logSection, notesSection } from './record';
import { defaultDraft, setupForm, setupFromDraft, type SetupDraft } from './setup-form';
import { teamsSection } from './teams';
import type { RoomTransport } from './transport';
import './console.css';

// The facilitator's console (issue 11): a screen of its own for the control cell. It holds the
// exercise (plain data, changed only by commands the exercise accepts or refuses: src/exercise/),
// writes it to storage after every accepted command, and publishes the room's picture for the
// projector window. It decides nothing itself: the panels offer the engine's moves, the exercise
// checks the control cell's powers.

export interface ConsoleDeps {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore | null;
  loadData(): Promise<GameData>;
  /** Sound, created on the first gesture (the clock's end is announced with the 'alert' cue). */
  createAudio(): GameAudio | null;
  readonly transport: RoomTransport;
  /** ms since the epoch. */
  now(): number;
  newId(): string;
  newSeed(): number;
  /** Opens (or brings forward) the projector window. */
  openProjector(): void;
  /** Prints the report's HTML from a window of its own; false when the browser blocked the window. */
  printReport(html: string): boolean;
  download(name: string, text: string, type: string): void;
  /** Back to the one-screen game. */
  leave(): void;
  /** Calls `tick` every second (the browser's setInterval); returns how to stop. Tests drive `tick` themselves. */
  every?(ms: number, tick: () => void): () => void;
  /** A worker for the hot wash's controlled comparisons (played on the page, a slice at a time, without one). */
  readonly createComparisonWorker?: () => Worker;
}

export class FacilitatorConsole {
  private readonly strings: Strings;
  private data: GameData | null = null;
  private readonly comparisons: DebriefComparisons;
  private exercise: Exercise | null = null;
  private scenario: Scenario | null = null;
  private draft: SetupDraft | null = null;
  private secretOpen: string | null = null;
  /** The fields to empty at the next redraw: what was typed for the command just accepted. */
  private clearing: readonly string[] = [];
  /** The phase and year the console last drew. */
  private shownPhase = '';
  private audio: GameAudio | null = null;
  private stopTicking: (() => void) | null = null;
  private stopHello: (() => void) | null = null;
  private readonly el: { main: HTMLElement; message: HTMLElement; dialog: HTMLDialogElement; file: HTMLInputElement; live: HTMLElement };

  constructor(private readonly deps: ConsoleDeps, browserLanguage: Language) {
    this.strings = createStrings(readPrefs(deps.storage, browserLanguage).language);
    const file = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
    file.addEventListener('change', () => void this.importFile());
    this.el = {
      main: h('main', { class: 'console-main', id: 'console' }),
      message: h('div', { class: 'message', role: 'alert', hidden: true }),
      dialog: h('dialog', { class: 'passage-dialog' }),
      file,
      live: h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
    };
    deps.root.replaceChildren(h('div', { class: 'console-app' }, this.el.message, this.el.main), this.el.dialog, this.el.live, file);
    // The hot wash's comparisons: the debrief's, played once per game off the page's thread.
    this.comparisons = new DebriefComparisons({
      createWorker: deps.createComparisonWorker,
      onProgress: () => this.render(),
      onResult: () => this.render(),
      onError: (e) => this.showMessage(this.t('debrief.comparisonsFailed'), e instanceof Error ? e.message : String(e)),
    });
    deps.root.addEventListener('pointerdown', () => this.ensureAudio(), { once: true, capture: true });
    deps.root.addEventListener('keydown', () => this.ensureAudio(), { once: true, capture: true });
  }

  private get t() {
    return this.strings.t;
  }

  private get language(): Language {
    return this.strings.language;
  }

  /** The exercise now (for tests and the entry point). */
  get current(): Exercise | null {
    return this.exercise;
  }

  async start(): Promise<void> {
    document.documentElement.lang = this.language;
    document.title = `${words(this.t)('windowTitle')} — ${this.t('game.title')}`;
    this.el.main.replaceChildren(h('p', { role: 'status' }, this.t('common.loading')));
    try {
      this.data = await this.deps.loadData();
    } catch (e) {
      this.showMessage(this.t('errors.loadFailed'), e instanceof Error ? e.message : String(e));
      return;
    }
    // The exercise of this browser, where it was left.
    const stored = storedExercise(this.deps.storage);
    if (stored !== null) {
      const read = readExercise(stored, this.data.scenarios);
      if (read.ok) this.adopt(read.exercise, read.scenario);
      else this.showMessage(words(this.t)(`unreadable.${read.problem}`), read.detail);
    }
    this.stopHello = this.deps.transport.onHello(() => this.publish());
    this.stopTicking = (this.deps.every ?? ((ms, tick) => {
      const id = setInterval(tick, ms);
      return () => clearInterval(id);
    }))(1000, () => this.tick());
    this.render();
    this.publish();
  }

  destroy(): void {
    this.stopTicking?.();
    this.stopHello?.();
  }

  private ensureAudio(): GameAudio | null {
    this.audio ??= this.deps.createAudio();
    return this.audio;
  }

  private adopt(exercise: Exercise, scenario: Scenario): void {
    this.exercise = exercise;
    this.scenario = scenario;
    this.secretOpen = null;
  }

  private showMessage(text: string | null, details?: string, kind: 'error' | 'info' = 'error'): void {
    this.el.message.hidden = !text;
    this.el.message.dataset.kind = kind;
    this.el.message.replaceChildren(
      ...(text ? [h('p', { class: 'main' }, text)] : []),
      ...(text && details ? [h('p', { class: 'details' }, this.t('errors.details'), h('span', { lang: 'en' }, clip(details, 200)))] : []),
    );
  }

  private refused(refusal: ExerciseRefusal): void {
    this.showMessage(words(this.t)('refused', { reason: exerciseRefusalMessage(refusal, this.language, this.t) }));
  }

  // ── commands ───────────────────────────────────────────────────────────────────────────────
  /** Sends a command to the exercise; an accepted one is saved, published and drawn. */
  command(command: ExerciseCommand, seat: ExerciseSeat = { kind: 'facilitator' }, clear: readonly string[] = []): boolean {
    const exercise = this.exercise;
    const scenario = this.scenario;
    if (!exercise || !scenario) return false;
    let result: ReturnType<typeof applyCommand>;
    try {
      result = applyCommand(exercise, seat, command, { scenario, now: this.deps.now() });
    } catch (e) {
      this.showMessage(this.t('errors.gameStopped'), e instanceof Error ? e.message : String(e));
      return false;
    }
    if (!result.ok) {
      if (command.type !== 'tick') this.refused(result.refusal);
      return false;
    }
    if (command.type !== 'tick') this.showMessage(null);
    this.clearing = clear;
    this.accept(result.exercise, command.type !== 'tick');
    this.clearing = [];
    return true;
  }

  private accept(next: Exercise, focus: boolean): void {
    const before = this.exercise;
    if (next === before) return;
    // The clock's end is announced once, by the exercise's log: a sound for the room.
    const fresh = next.log.slice(before && next.id === before.id ? before.log.length : next.log.length);
    if (fresh.some((e) => e.kind === 'clockExpired')) {
      this.ensureAudio()?.play('alert');
      this.el.live.textContent = words(this.t)('timeUp');
    }
    this.exercise = next;
    if (!writeExercise(this.deps.storage, next)) this.showMessage(words(this.t)('saveFailed'), undefined, 'error');
    this.publish();
    this.render(focus && before?.stage !== next.stage);
  }

  /** The clock checked: sent every second, as the exercise asks. */
  tick(): void {
    if (!this.exercise) return;
    this.command({ type: 'tick' });
    this.updateClock();
  }

  private updateClock(): void {
    const exercise = this.exercise;
    const out = this.el.main.querySelector<HTMLOutputElement>('#console-clock');
    if (!exercise || !out) return;
    const reading = readClock(exercise.clock, this.deps.now(), exercise.paused?.since ?? null);
    out.textContent = clockText(reading);
    out.dataset.state = clockState(reading, exercise.paused !== null);
  }

  private publish(): void {
    const { exercise, scenario } = this;
    if (!exercise || !scenario) return;
    const now = this.deps.now();
    const view = exerciseView(exercise, exerciseGame(scenario, exercise), scenario, { kind: 'projector' }, now);
    if (view.seat !== 'projector') return;
    this.deps.transport.publish({ room: view.room, language: this.language, at: now });
  }

  // ── screens ────────────────────────────────────────────────────────────────────────────────
  private render(focus = false): void {
    const kept = keptInputs(this.el.main);
    for (const key of this.clearing) kept.delete(key);
    const scroll = [...this.el.main.querySelectorAll('.console-column')].map((c) => c.scrollTop);
    this.el.main.replaceChildren(this.screen());
    restoreInputs(this.el.main, kept);
    // The teams' column starts at its top when the game moves to another phase or year.
    const key = this.exercise && this.scenario ? phaseKey(exerciseGame(this.scenario, this.exercise)) : '';
    if (key !== this.shownPhase) scroll[0] = 0;
    this.shownPhase = key;
    this.el.main.querySelectorAll('.console-column').forEach((c, i) => (c.scrollTop = scroll[i] ?? 0));
    if (focus) this.el.main.querySelector<HTMLElement>('h1')?.focus();
  }

  private screen(): HTMLElement {
    const data = this.data;
    if (!data) return h('p', { role: 'status' }, this.t('common.loading'));
    const { exercise, scenario } = this;
    if (!exercise || !scenario) return this.setupScreen(data);
    const game = exerciseGame(scenario, exercise);
    if (exercise.stage === 'hotwash') {
      return hotWashPanel(exercise, game, scenario, this.t, this.language, {
        download: (name, text, type) => this.deps.download(name, text, type),
        print: (html) => this.deps.printReport(html),
        newExercise: () => this.newExercise(),
        onError: (m) => this.showMessage(m),
      }, this.compared(game, scenario));
    }
    return this.runningScreen(exercise, game, scenario);
  }

  private compared(game: GameState, scenario: Scenario) {
    const { data, progress } = this.comparisons.of(game, scenario);
    return { debrief: buildDebrief(game, scenario, this.t, this.language, data), progress: data ? undefined : progress };
  }

  private setupScreen(data: GameData): HTMLElement {
    this.draft ??= defaultDraft(data.scenarios, this.t, this.language, this.deps.newSeed());
    return setupForm({
      t: this.t,
      language: this.language,
      scenarios: data.scenarios,
      draft: this.draft,
      redraw: () => this.render(),
      start: () => this.startExercise(),
      importFile: () => this.el.file.click(),
      leave: () => this.deps.leave(),
    });
  }

  private startExercise(): void {
    const data = this.data;
    const draft = this.draft;
    if (!data || !draft) return;
    const setup = setupFromDraft(draft, data.scenarios, this.t, this.language, { id: this.deps.newId(), now: this.deps.now() });
    if (!setup.ok) return this.showMessage(setup.message);
    const { scenario } = setup.setup;
    const made = createExercise(setup.setup);
    if (!made.ok) return this.refused(made.refusal);
    this.showMessage(null);
    this.adopt(made.exercise, scenario);
    this.draft = null;
    writeExercise(this.deps.storage, made.exercise);
    this.publish();
    this.render(true);
  }

  private runningScreen(exercise: Exercise, game: GameState, scenario: Scenario): HTMLElement {
    const ctx: RunContext = {
      exercise,
      game,
      scenario,
      t: this.t,
      language: this.language,
      now: this.deps.now(),
      command: (command, seat, clear) => this.command(command, seat, clear),
    };
    const clock = readClock(exercise.clock, ctx.now, exercise.paused?.since ?? null);
    return h('div', { class: `console-running${exercise.paused ? ' is-paused' : ''}` },
      consoleHeader(ctx, clock, {
        openProjector: () => this.deps.openProjector(),
        fork: (year, reason) => this.fork(year, reason),
        exportExercise: () => this.deps.download(`csd-exercise-${exercise.id}.json`.replace(/[^\w.-]+/g, '-'), JSON.stringify(exercise, null, 2), 'application/json'),
        importExercise: () => this.el.file.click(),
        setLanguage: (language) => this.setLanguage(language),
        newExercise: () => this.newExercise(),
      }),
      h('div', { class: 'console-columns' },
        h('div', { class: 'console-column play' },
          teamsSection(ctx, {
            secretOpen: this.secretOpen,
            openSecret: (team) => {
              this.secretOpen = team;
              this.render();
            },
            showPassage: (card: Card) => showPassage(this.el.dialog, card, this.data?.passage(card.citation.quote) ?? null, this.t, this.language),
            onError: (m) => this.showMessage(m),
          })),
        h('div', { class: 'console-column control' },
          injectsSection(ctx),
          adjudicationSection(ctx),
          rosterSection(ctx),
          notesSection(ctx),
          logSection(ctx))));
  }

  private fork(year: number, reason: string): void {
    const { exercise, scenario } = this;
    if (!exercise || !scenario) return;
    const result = forkExercise(exercise, year, reason, { scenario, now: this.deps.now(), id: this.deps.newId() });
    if (!result.ok) return this.refused(result.refusal);
    writeExercise(this.deps.storage, exercise, FORKED_KEY);
    this.showMessage(words(this.t)('forked', { year }), undefined, 'info');
    this.accept(result.exercise, true);
  }

  private newExercise(): void {
    const c = words(this.t);
    if (this.exercise && this.exercise.stage !== 'hotwash' && !globalThis.confirm?.(c('confirmNew'))) return;
    clearExercise(this.deps.storage);
    this.comparisons.clear();
    this.exercise = null;
    this.scenario = null;
    this.draft = null;
    this.showMessage(null);
    this.render(true);
  }

  private setLanguage(language: Language): void {
    this.strings.setLanguage(language);
    document.documentElement.lang = language;
    const prefs = readPrefs(this.deps.storage, language);
    writePrefs(this.deps.storage, { ...prefs, language });
    this.render();
    this.publish();
  }

  private async importFile(): Promise<void> {
    const file = this.el.file.files?.[0];
    this.el.file.value = '';
    if (!file || !this.data) return;
    const c = words(this.t);
    if (file.size > 10_000_000) return this.showMessage(c('unreadable.notExercise'));
    const read = readExercise(await file.text(), this.data.scenarios);
    if (!read.ok) return this.showMessage(c(`unreadable.${read.problem}`), read.detail);
    this.adopt(read.exercise, read.scenario);
    writeExercise(this.deps.storage, read.exercise);
    this.showMessage(c('imported', { title: read.exercise.title }), undefined, 'info');
    this.publish();
    this.render(true);
  }
}

function phaseKey(game: GameState): string {
  return `${game.year}:${game.phase}:${game.pendingChoices.length}:${game.pending.length}`;
}
