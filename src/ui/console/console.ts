import type { GameState, Scenario } from '../../engine';
import {
  applyCommand,
  createExercise,
  exerciseGame,
  exerciseView,
  forkExercise,
  type Exercise,
  type ExerciseCommand,
  type ExerciseRefusal,
  type ExerciseSeat,
  type NetRefusal,
} from '../../exercise';
import type { GameAudio } from '../../audio';
import { createStrings, type Language, type Strings } from '../../i18n';
import { exerciseRefusalMessage } from '../../i18n/exercise-refusals';
import { h } from '../dom/h';
import { showPassage } from '../dom/passage';
import { discardQuestion, setAsideOffer } from '../dom/slots';
import { keptInputs, restoreInputs } from '../page';
import { readPrefs, writePrefs } from '../prefs';
import type { GameData } from '../types';
import { askInDialog, type Question } from '../dom/confirm-dialog';
import { consoleFrame, drawMessage, type ConsoleFrame } from './frame';
import type { ConsoleDeps } from './console-deps';
import { words, type RunContext } from './context';
import { drawClock } from './header';
import { every } from './ticker';
import { hotWashPanel } from './hotwash-panel';
import { DebriefComparisons } from '../debrief/comparison-runner';
import { buildDebrief } from '../debrief/debrief-data';
import { clearExercise, discardUnreadableExercise, exerciseFile, FORKED_KEY, readExercise, readExerciseFile, setAsideExercise, storedExercise, unreadableExercises, writeExercise } from './persistence';
import { netRefusalMessage } from './remote';
import { runningScreen } from './running-screen';
import { defaultDraft, setupForm, setupFromDraft, type SetupDraft } from './setup-form';
import './console.css';

export type { ConsoleDeps } from './console-deps';

// The facilitator's console (issue 11): a screen of its own for the control cell. It holds the
// exercise (plain data, changed only by commands the exercise accepts or refuses: src/exercise/),
// writes it to storage after every accepted command, and publishes the room's picture for the
// projector window. It decides nothing itself: the panels offer the engine's moves, the exercise
// checks the control cell's powers. With a networked room (`deps.remote`), the room's server holds
// the exercise: the console checks each command as the exercise would (so a refusal shows at once),
// sends it to the room, and draws whatever exercise the room sends back.

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
  private stopRemote: (() => void) | null = null;
  private readonly el: ConsoleFrame;

  constructor(private readonly deps: ConsoleDeps, browserLanguage: Language) {
    this.strings = createStrings(readPrefs(deps.storage, browserLanguage).language);
    this.el = consoleFrame(deps.root, () => void this.importFile());
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
    document.documentElement.style.setProperty('--text-scale', String(readPrefs(this.deps.storage, this.language).textScale));
    const { remote } = this.deps;
    if (remote) {
      // The room's exercise, and every one it sends from now on (render first, then subscribe).
      const first = remote.current();
      if (first) this.fromRoom(first);
      this.stopRemote = remote.subscribe((exercise) => this.fromRoom(exercise), (refusal) => this.roomRefused(refusal));
    }
    // The exercise of this browser, where it was left.
    const stored = remote ? null : storedExercise(this.deps.storage);
    if (stored !== null) {
      const read = readExercise(stored, this.data);
      if (read.ok) this.adopt(read.exercise, read.scenario);
      else {
        // Kept under a key of its own, beside any kept before: the next exercise this console starts
        // is written over the stored one. Said as the stored exercise's problem, not a file's.
        const c = words(this.t);
        const reason = c(`storedProblem.${read.problem}`);
        this.showMessage(setAsideExercise(this.deps.storage, stored) ? c('storedUnreadable', { reason }) : c('storedUnreadableNotKept', { reason }), read.detail);
      }
    }
    this.stopHello = this.deps.transport.onHello(() => this.publish());
    this.stopTicking = (this.deps.every ?? every)(1000, () => this.tick());
    this.render();
    this.publish();
  }

  destroy(): void {
    this.stopTicking?.();
    this.stopHello?.();
    this.stopRemote?.();
  }

  /** An exercise from the room: it replaces whatever this console drew (its own guess included). */
  private fromRoom(exercise: Exercise): void {
    const scenario = this.data?.scenarios.find((s) => s.id === exercise.scenario);
    if (!scenario) return this.showMessage(words(this.t)('unreadable.scenario'), exercise.scenario);
    if (this.exercise === null || this.exercise.id !== exercise.id) return this.begin(exercise, scenario);
    this.scenario = scenario;
    this.accept(exercise, false);
  }

  /** The room refused a command this console sent: said, and the room's exercise drawn again. */
  private roomRefused(refusal: NetRefusal): void {
    this.showMessage(words(this.t)('refused', { reason: netRefusalMessage(refusal, this.language, this.t) }));
    const exercise = this.deps.remote?.current();
    if (exercise) this.fromRoom(exercise);
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
    drawMessage(this.el.message, this.t, text, details, kind);
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
    // Checked here, decided by the room: drawn now, replaced by the room's exercise when it comes.
    this.deps.remote?.send(command);
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
    if (!this.deps.remote && !writeExercise(this.deps.storage, next)) this.showMessage(words(this.t)('saveFailed'), undefined, 'error');
    this.publish();
    this.render(focus && before?.stage !== next.stage);
  }

  /** The clock checked: sent every second, as the exercise asks (a room's server checks its own). */
  tick(): void {
    if (!this.exercise) return;
    if (!this.deps.remote) this.command({ type: 'tick' });
    if (this.exercise) drawClock(this.el.main, this.exercise, this.deps.now());
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
    // A section the control cell unfolded stays unfolded (a redraw comes with every change of the room).
    const unfolded = new Set([...this.el.main.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.className));
    this.el.main.replaceChildren(this.screen());
    for (const d of this.el.main.querySelectorAll<HTMLDetailsElement>('details.console-section')) d.open ||= unfolded.has(d.className);
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
    if (!exercise || !scenario) return this.deps.remote ? h('p', { role: 'status' }, words(this.t)('roomWaiting')) : this.setupScreen(data);
    const game = exerciseGame(scenario, exercise);
    if (exercise.stage === 'hotwash') {
      return hotWashPanel(exercise, game, scenario, this.t, this.language, {
        download: (name, text, type) => this.deps.download(name, text, type),
        print: (html) => this.deps.printReport(html),
        newExercise: () => this.newExercise(),
        onError: (m) => this.showMessage(m),
        inRoom: this.deps.remote !== undefined,
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
    const form = setupForm({
      t: this.t,
      language: this.language,
      scenarios: data.scenarios,
      draft: this.draft,
      redraw: () => this.render(),
      start: () => this.startExercise(),
      importFile: () => this.el.file.click(),
      leave: () => this.deps.leave(),
    });
    // The stored exercises that would not read, kept aside: offered where a new exercise is set up,
    // numbered when there are several.
    const kept = unreadableExercises(this.deps.storage);
    if (kept.length === 0) return form;
    const c = words(this.t);
    const ask = (question: Question, onYes: () => void) => askInDialog(this.el.dialog, question, onYes, () => this.el.main.querySelector('h1'));
    const offers = kept.map((copy, i) => setAsideOffer({
      text: kept.length === 1 ? c('unreadableKept') : c('unreadableKeptNth', { n: i + 1, count: kept.length }),
      downloadLabel: c('downloadUnreadable'),
      discardLabel: c('discardUnreadable'),
      fileName: i === 0 ? 'csd-unreadable-exercise.json' : `csd-unreadable-exercise-${i + 1}.json`,
      content: copy.text,
      download: (name, text, type) => this.deps.download(name, text, type),
      discard: () => {
        discardUnreadableExercise(this.deps.storage, copy.key);
        this.render();
      },
      confirm: { question: discardQuestion(this.t), ask },
    }));
    form.querySelector('.lead')?.after(...offers);
    return form;
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
    this.draft = null;
    this.begin(made.exercise, scenario);
  }

  /** Another exercise on the console: kept in this browser (unless it is a room's), published and drawn. */
  private begin(exercise: Exercise, scenario: Scenario): void {
    this.adopt(exercise, scenario);
    this.publish();
    this.render(true);
    // Stored once it is drawn: an exercise that could not be drawn never replaces the stored one.
    if (!this.deps.remote) writeExercise(this.deps.storage, exercise);
  }

  private runningScreen(exercise: Exercise, game: GameState, scenario: Scenario): HTMLElement {
    const remote = this.deps.remote ?? null;
    const ctx: RunContext = { exercise, game, scenario, t: this.t, language: this.language, now: this.deps.now(), command: (command, seat, clear) => this.command(command, seat, clear) };
    return runningScreen(ctx, {
      header: {
        openProjector: () => this.deps.openProjector(),
        // Forking and importing make an exercise of this browser's: not a room's.
        fork: remote ? null : (year, reason) => this.fork(year, reason),
        exportExercise: () => this.exportExercise(exercise),
        importExercise: remote ? null : () => this.el.file.click(),
        setLanguage: (language) => this.setLanguage(language),
        newExercise: () => this.newExercise(),
        inRoom: remote !== null,
        runOnline: remote || !this.deps.runOnline ? null : () => void this.deps.runOnline?.(exercise).then((problem) => problem && this.showMessage(problem)),
      },
      secretOpen: this.secretOpen,
      openSecret: (team) => {
        this.secretOpen = team;
        this.render();
      },
      showPassage: (card) => showPassage(this.el.dialog, card, this.data?.passage(card.citation.quote) ?? null, this.t, this.language),
      onError: (m) => this.showMessage(m),
      room: remote?.roomSection() ?? null,
    });
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

  /** A new exercise, once the control cell says so in the dialog (a running exercise would be lost); in a room, leaving it. */
  private newExercise(): void {
    const c = words(this.t);
    const exercise = this.exercise;
    if (this.deps.remote) {
      this.deps.remote.close();
      return this.deps.leave();
    }
    if (!exercise || exercise.stage === 'hotwash') return this.clearExercise();
    askInDialog(this.el.dialog, {
      title: c('confirmNewTitle'),
      text: c('confirmNew'),
      yes: c('confirmNewYes'),
      no: c('confirmNewNo'),
      aside: { label: c('confirmNewExport'), run: () => this.exportExercise(exercise) },
    }, () => this.clearExercise(), () => this.el.main.querySelector('h1'));
  }

  private exportExercise(exercise: Exercise): void {
    const file = exerciseFile(exercise);
    this.deps.download(file.name, file.text, file.type);
  }

  private clearExercise(): void {
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
    const read = await readExerciseFile(file, this.data);
    if (!read.ok) return this.showMessage(c(`unreadable.${read.problem}`), read.detail);
    this.showMessage(c('imported', { title: read.exercise.title }), undefined, 'info');
    this.begin(read.exercise, read.scenario);
  }
}

function phaseKey(game: GameState): string {
  return `${game.year}:${game.phase}:${game.pendingChoices.length}:${game.pending.length}`;
}
