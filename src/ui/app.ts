import { createActor } from 'xstate';
import { ROLES, type GameState, type Scenario } from '../engine';
import type { GameAudio } from '../audio';
import { momentSound } from '../audio/moment-sounds';
import { createStrings, type Language, type Strings } from '../i18n';
import { gameMachine, type GameActor } from '../machine';
import { mountShell, showMessage, type AppShell } from './app-shell';
import { readAutosave, unwrapAutosave } from './autosave';
import { Autosaving } from './autosaving';
import type { BoardRenderer } from './board/board';
import { BoardPainter } from './board-painter';
import { DebriefScreen } from './debrief-screen';
import { showGlossary } from './dom/glossary';
import { h } from './dom/h';
import { GLOSSARY_EVENT } from './dom/keys';
import { setupPanel } from './dom/setup';
import { showConfirmNewGame } from './dom/slots';
import { GameFiles } from './game-files';
import { GameSession } from './game-session';
import { Look } from './look';
import { keptInputs, randomId, restoreInputs } from './page';
import { readPrefs, type Prefs } from './prefs';
import { SaveKeeper } from './save-keeper';
import { softHyphenate } from './soft-hyphens';
import { ScreenHistory, type PageHistory } from './screen-history';
import { Teaching } from './teaching';
import { titlePanel } from './title-screen';
import { TurnScreen } from './turn-screen';
import type { GameData, KeyValueStore } from './types';
import './teaching.css';

// The browser game: HTML controls over the Phaser board, both drawn from the machine's snapshots.
// The app holds no rules: it shows the snapshot, offers the moves the engine lists, and sends the
// player's choice to the machine. Its parts: the title screen (title-screen.ts), saves moved in and
// out (game-files.ts), the game being played (game-session.ts) and its autosave (autosaving.ts),
// a year's panels (turn-screen.ts), the briefs and big moments (teaching.ts), the debrief
// (debrief-screen.ts), the board (board-painter.ts), the look and the toolbar (look.ts), and the
// browser's Back (screen-history.ts).

export interface AppDeps {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore | null;
  /** The game's data, loaded on demand. */
  loadData(): Promise<GameData>;
  /** The Phaser board, loaded on demand into the stage element. */
  loadBoard(stage: HTMLElement): Promise<BoardRenderer>;
  /** Sound, created on the first user gesture (browsers refuse audio before one). */
  createAudio(): GameAudio;
  /** Starts fetching what the board will need, while the player fills in the form. */
  prefetch?(): void;
  /**
   * Starts a worker that plays the debrief's comparisons off the page's thread
   * (src/workers/comparison-worker.ts); without one they are played on the page, a slice at a time.
   */
  readonly createComparisonWorker?: () => Worker;
  /** A seed for a new game (the entry point owns the clock and randomness of the page). */
  newSeed(): number;
  now(): string;
  /**
   * The page's window, where the browser tells of other tabs' writes to storage (`storage` events)
   * and of Back and Forward (`popstate`).
   */
  readonly events?: Pick<EventTarget, 'addEventListener'>;
  /** The page's history, for the browser's Back inside the game (screen-history.ts); none: Back leaves the page. */
  readonly history?: PageHistory;
  /** This tab's id in its autosaves (a fresh random id when omitted). */
  readonly tabId?: string;
  /** Opens the facilitator's console (issue 11): the title screen offers it when given. */
  openConsole?(): void;
}

type Screen = 'title' | 'setup' | 'game';

export class App {
  private readonly strings: Strings;
  private readonly prefs: Prefs;
  private screen: Screen = 'title';
  private data: GameData | null = null;
  private board: BoardRenderer | null = null;
  private audio: GameAudio | null = null;
  /** This tab's autosave, and another tab's in its way (save-keeper.ts). */
  private readonly saves: SaveKeeper;
  /** "Replay the guide": the next setup form has the guide ticked. */
  private guideRequested = false;
  private readonly teaching: Teaching;
  private readonly debrief: DebriefScreen;
  private readonly files: GameFiles;
  private readonly look: Look;
  private readonly history: ScreenHistory;
  private readonly turns: TurnScreen;
  private readonly painter: BoardPainter;
  private readonly autosaving: Autosaving;
  private readonly session: GameSession;
  private readonly el: AppShell;

  constructor(private readonly deps: AppDeps, browserLanguage: Language) {
    this.prefs = readPrefs(deps.storage, browserLanguage);
    this.saves = new SaveKeeper(deps.storage, deps.tabId ?? randomId());
    this.strings = createStrings(this.prefs.language);
    const t = this.strings.t;
    const el = (this.el = mountShell(deps.root));
    const fileInput = el.fileInput;
    fileInput.addEventListener('change', () => void this.files.importFile());
    const language = () => this.prefs.language;
    this.teaching = new Teaching({
      root: deps.root, live: el.live, t, language,
      board: () => this.board,
      game: () => this.current()?.game ?? null,
      playing: () => this.screen === 'game',
      openGlossary: (id) => this.openGlossary(id),
      clearMessage: () => this.showMessage(null),
      render: () => this.render(),
      renderBoard: () => this.painter.request([]),
    });
    this.debrief = new DebriefScreen({
      panel: el.panel, t, language, createWorker: deps.createComparisonWorker,
      onScreen: () => {
        const shown = this.current();
        return this.screen === 'game' && shown?.game.phase === 'debrief' ? shown : null;
      },
      openGlossary: (id) => this.openGlossary(id),
      newGame: () => this.confirmNewGame(),
      showError: (text, details) => this.showMessage(text, 'error', details),
      renderBoard: () => this.painter.request([]),
    });
    this.files = new GameFiles({
      storage: deps.storage, saves: this.saves, dialog: el.dialog, fileInput, t, language,
      gameData: () => this.gameData(),
      current: () => this.current(),
      record: () => this.autosaving.record(),
      moves: () => this.autosaving.moves(),
      onTitle: () => this.screen === 'title',
      play: (actor, resumed) => this.session.play(actor, resumed),
      showMessage: (text, kind, details) => this.showMessage(text, kind, details),
      render: () => this.render(),
      renderNotice: () => this.renderNotice(),
    });
    this.look = new Look({
      storage: deps.storage, prefs: this.prefs, toolbar: el.toolbar, live: el.live, t,
      board: () => this.board,
      audio: () => this.audio,
      ensureAudio: () => this.ensureAudio(),
      inGame: () => this.screen === 'game' && !!this.actor,
      renderBoard: () => this.painter.request([]),
      actions: {
        setLanguage: (language) => this.setLanguage(language),
        openGlossary: () => this.openGlossary(),
        reopenBriefing: () => this.reopenBriefing(),
        saveAs: () => this.files.saveAs(),
        exportSave: () => void this.files.exportSave(),
        importSave: () => fileInput.click(),
        newGame: () => this.confirmNewGame(),
      },
    });
    this.turns = new TurnScreen({
      t, language, panel: el.panel, dialog: el.dialog,
      actor: () => this.actor,
      passage: (quote) => this.data?.passage(quote) ?? null,
      send: (move) => this.session.send(move),
      replay: (actor) => this.session.play(actor, true),
      openGlossary: (id) => this.openGlossary(id),
      showMessage: (text, kind, details) => this.showMessage(text, kind, details),
      reading: () => this.teaching.reading,
    });
    this.painter = new BoardPainter({
      t, language,
      board: () => this.board,
      shown: () => (this.screen === 'game' ? this.current() : null),
      openingBoard: () => this.teaching.openingBoard,
      drawDebrief: (board, game, scenario) => this.debrief.drawOn(board, game, scenario),
    });
    this.autosaving = new Autosaving({
      saves: this.saves, notice: el.notice, t,
      actor: () => this.actor,
      data: () => this.data,
      now: () => deps.now(),
      onTitle: () => this.screen === 'title',
      renderTitle: () => this.render(false),
      loadOther: (other) => void this.files.resume(other.text, t('notice.otherTabName'), other),
      download: () => void this.files.exportSave(),
    });
    this.session = new GameSession({
      t, language, teaching: this.teaching, debrief: this.debrief, autosaving: this.autosaving,
      audio: () => this.audio,
      ensureAudio: () => void this.ensureAudio(),
      board: () => this.board,
      showMessage: (text, kind, details) => this.showMessage(text, kind, details),
      onPlay: () => this.show('game'),
      onStop: () => {
        this.saves.stop();
        this.renderNotice();
      },
      render: () => this.render(),
      renderBoard: (cues) => this.painter.request(cues),
    });
    this.history = new ScreenHistory(deps.history ?? null, deps.events ?? window, () => this.screen === 'title', () => this.backToTitle());
    deps.root.addEventListener('pointerdown', () => this.ensureAudio(), { once: true, capture: true });
    deps.root.addEventListener('keydown', () => this.ensureAudio(), { once: true, capture: true });
  }

  private get t() {
    return this.strings.t;
  }

  /** Shows the first screen at once; the board and the data follow as they load. */
  start(): void {
    (this.deps.events ?? window).addEventListener('storage', (event) => this.autosaving.onStorage(event as StorageEvent));
    this.history.start();
    // The panels' "G" shortcut asks for the glossary (dom/keys.ts).
    this.deps.root.ownerDocument.defaultView?.addEventListener(GLOSSARY_EVENT, () => this.openGlossary());
    const saved = readAutosave(this.deps.storage);
    // A save that is not even a save is set aside at once; the rest is checked when resumed.
    if (saved !== null && !unwrapAutosave(saved).readable) this.saves.setAside(saved, null);
    this.render();
    // User Timing marks: the end-to-end run reads them to measure how fast screens open.
    performance.mark('csd:first-screen');
    void this.deps.loadBoard(this.el.stage).then((board) => {
      this.board = board;
      board.setTextScale(this.look.boardScale());
      board.setHandlers?.({
        onCardSelected: (id) => this.turns.openCard(id),
        onOptionSelected: (option) => this.turns.chooseOption(option),
        onMomentShown: (m) => {
          const sound = momentSound(m.kind, m.tone);
          if (sound) this.audio?.play(sound);
        },
      });
      this.painter.request([]);
      this.teaching.boardLoaded();
    });
  }

  private ensureAudio(): GameAudio | null {
    this.audio ??= this.deps.createAudio();
    return this.audio;
  }

  private async gameData(): Promise<GameData> {
    this.data ??= await this.deps.loadData();
    return this.data;
  }

  /** The machine of the game being played, if any. */
  private get actor(): GameActor | null {
    return this.session.actor;
  }

  /** The game being played, if any (a finished one too, at its debrief). */
  private current(): { readonly game: GameState; readonly scenario: Scenario } | null {
    return this.session.current();
  }

  /** A message in the player's language on the message line (null: none); `details` in English. */
  private showMessage(text: string | null, kind: 'error' | 'info' = 'error', details?: string): void {
    showMessage(this.el.message, this.t, text, kind, details);
  }

  private renderNotice(): void {
    this.autosaving.renderNotice();
  }

  private setLanguage(language: Language): void {
    this.prefs.language = language;
    this.strings.setLanguage(language);
    document.documentElement.lang = language;
    this.look.savePrefs();
    this.debrief.reword();
    this.teaching.restage();
    // The same moment, in other words: what the players ticked and chose stays as it was.
    const kept = keptInputs(this.el.panel);
    this.render();
    restoreInputs(this.el.panel, kept);
    this.renderNotice();
    this.painter.request([]);
  }

  // ── screens ──────────────────────────────────────────────────────────────────────────────
  private render(focus = true): void {
    document.documentElement.lang = this.prefs.language;
    this.look.renderToolbar();
    const panel = this.screen === 'title' ? this.titlePanel() : this.screen === 'setup' ? this.setupLoading() : this.gamePanel();
    this.el.panel.replaceChildren(panel);
    // A long Spanish word breaks with a hyphen on a narrow screen at a large text size.
    if (this.prefs.language === 'es') softHyphenate(this.el.panel);
    if (focus) this.el.panel.querySelector<HTMLElement>('.panel-title, h2, h1')?.focus({ preventScroll: false });
    // After the focus: a call-out that comes up takes it (its Next button).
    this.teaching.updateGuide();
  }

  /** Leaves the title for the setup or a game: the browser's Back returns to it. */
  private show(screen: Exclude<Screen, 'title'>): void {
    this.screen = screen;
    this.history.leaveTitle();
  }

  private titlePanel(): HTMLElement {
    const t = this.t;
    return titlePanel({
      t, language: this.prefs.language, storage: this.deps.storage, dialog: this.el.dialog, panel: this.el.panel,
      saved: this.saves.offered(),
      unreadable: this.saves.unreadable(),
      scenarioTitle: (id) => this.data?.scenarios.find((s) => s.id === id)?.title[this.prefs.language] ?? id,
      newGame: () => this.openSetup(),
      resume: (saved) => void this.files.resume(saved.text, t('title.autosave'), saved),
      importSave: () => this.el.fileInput.click(),
      replayGuide: () => this.replayGuide(),
      openConsole: this.deps.openConsole ? () => this.deps.openConsole?.() : undefined,
      loadSlot: (slot) => void this.files.loadSlot(slot),
      deleteSlot: (slot) => this.files.deleteSlot(slot),
      discardUnreadable: () => {
        this.saves.discardUnreadable();
        this.render();
      },
      render: () => this.render(),
    });
  }

  private setupLoading(): HTMLElement {
    if (!this.data) return h('p', { role: 'status' }, this.t('common.loading'));
    return setupPanel({
      t: this.t,
      language: this.prefs.language,
      scenarios: this.data.scenarios,
      randomSeed: this.deps.newSeed(),
      guided: this.guideRequested || !this.prefs.played,
      onStart: (choice) => {
        if (choice.language !== this.prefs.language) this.setLanguage(choice.language);
        this.startGame(choice.scenario, choice.config, choice.guided);
      },
      onBack: () => {
        this.screen = 'title';
        this.render();
        this.painter.request([]);
      },
      onError: (message) => this.showMessage(message),
    });
  }

  private openSetup(): void {
    this.showMessage(null);
    this.deps.prefetch?.();
    this.show('setup');
    this.render();
    void this.gameData().then(() => {
      if (this.screen === 'setup') this.render();
    }, (e: unknown) => this.showMessage(this.t('errors.loadFailed'), 'error', e instanceof Error ? e.message : String(e)));
  }

  /** "New game" during a game asks first; a finished game (its debrief) is left at once. */
  private confirmNewGame(): void {
    const phase = this.actor?.getSnapshot().context.game?.phase;
    const leave = () => {
      this.session.stop();
      this.openSetup();
      this.painter.request([]);
    };
    if (this.screen === 'game' && phase && phase !== 'debrief') showConfirmNewGame(this.el.dialog, this.t, leave);
    else leave();
  }

  /**
   * The browser's Back reached the title's entry (screen-history.ts): the title, with the game left
   * as autosaved and offered to resume. A game this tab could not save (a full store, another tab's
   * save in the way) stays on screen with its notice, rather than be lost.
   */
  private backToTitle(): void {
    if (this.screen === 'title') return;
    if (this.screen === 'game' && this.actor && (this.saves.failed || this.saves.conflict)) {
      this.history.leaveTitle();
      this.renderNotice();
      return this.showMessage(this.t('notice.backUnsaved'));
    }
    for (const dialog of [this.el.dialog, this.el.glossary]) if (dialog.open) dialog.close();
    this.session.stop();
    this.screen = 'title';
    this.showMessage(null);
    this.render();
    this.painter.request([]);
  }

  // ── the game ─────────────────────────────────────────────────────────────────────────────
  private startGame(scenario: Scenario, config: GameState['config'], guided = false): void {
    const actor = createActor(gameMachine);
    actor.start();
    actor.send({ type: 'START', scenario, config });
    this.saves.adopt(randomId());
    // Each human team reads its brief before the first panel.
    const roles = ROLES.filter((r) => config.seats[r] === 'human');
    this.guideRequested = false;
    this.prefs.played = true;
    this.look.savePrefs();
    this.session.play(actor, false, roles.length ? { roles, index: 0, reopened: false } : null);
    if (guided) this.teaching.startGuide();
  }

  private gamePanel(): HTMLElement {
    const shown = this.current();
    if (!shown) return h('p', {}, this.t('common.loading'));
    const { game, scenario } = shown;
    const teaching = this.teaching.panel(scenario);
    if (teaching) return teaching;
    return game.phase === 'debrief' ? this.debrief.panel(game, scenario) : this.turns.panel(game, scenario);
  }

  private openGlossary(entryId?: string): void {
    showGlossary(this.el.glossary, this.t, this.prefs.language, entryId);
    if (this.prefs.language === 'es') softHyphenate(this.el.glossary);
  }

  /** The toolbar's "Briefing": the human teams' briefs again, then back to where play stood. */
  private reopenBriefing(): void {
    const config = this.current()?.game.config;
    if (config) this.teaching.reopenBriefing(config);
  }

  private replayGuide(): void {
    this.guideRequested = true;
    this.openSetup();
  }
}
