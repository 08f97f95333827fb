import { createActor } from 'xstate';
import { createGame, dueActor, momentsBetween, prologue, ROLES, signMove, TRACK_NAMES, type Card, type GameState, type Moment, type Role, type Scenario, type UnsignedMove } from '../engine';
import { briefing } from '../i18n/briefings';
import type { GameAudio } from '../audio';
import { refusalMessage } from '../i18n/refusals';
import { createStrings, type Language, type Strings } from '../i18n';
import { gameMachine, replayActor, type GameActor, type PlayerMove } from '../machine';
import { AUTOSAVE_KEY, deleteSlot, discardSetAsideIndex, listSlots, readAutosave, readSlot, saveName, setAsideIndexes, SLOTS_KEY, UNREADABLE_KEY, unwrapAutosave, writeSlot, type Autosave, type ListedSlot, type SaveSlot } from './autosave';
import { SaveKeeper } from './save-keeper';
import { readPrefs, stepTextScale, writePrefs, type Prefs } from './prefs';
import { renderToolbar } from './toolbar';
import { clip, download, keptInputs, randomId, restoreInputs } from './page';
import { loadAudioSettings } from '../audio/settings';
import type { BoardCue, BoardRenderer, OptionCardView } from './board/board';
import { cardEffectCues } from './board/card-motion';
import { cuesFor, newEntries } from './cues';
import { DebriefComparisons } from './debrief/comparison-runner';
import { chartTitle } from './debrief/comparison-text';
import { buildDebrief, type Debrief } from './debrief/debrief-data';
import { debriefJson, debriefMarkdown } from './debrief/export';
import { briefingPanel } from './dom/briefing';
import { debriefPanel, showComparisonProgress, showComparisons } from './dom/debrief';
import { linkedText, showGlossary } from './dom/glossary';
import { Guide } from './dom/guide';
import { discardQuestion, setAsideOffer, showConfirmNewGame, showSaveAs, slotList } from './dom/slots';
import { askInDialog, type Question } from './dom/confirm-dialog';
import { momentAnnouncement, momentPanel, stagedMoment } from './dom/stage';
import { h } from './dom/h';
import { showPassage } from './dom/passage';
import { setupPanel } from './dom/setup';
import { cardChoicePanel, decidePanel, electionPanel, leadsToDebrief, reportPanel, transitionPanel, type TurnContext } from './dom/turn';
import type { GameData, KeyValueStore, SaveData } from './types';
import { boardView } from './view/board-view';
import './teaching.css';
import { momentSound } from '../audio/moment-sounds';
import { GLOSSARY_EVENT } from './dom/keys';
import { undoableMoves } from './dom/undo';
import { applyProjector, boardTextScale } from './projector';

// The browser game: HTML controls over the Phaser board, both drawn from the machine's snapshots.
// The app holds no rules: it shows the snapshot, offers the moves the engine lists, and sends the
// player's choice to the machine.

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
  /** The page's window, where the browser tells of other tabs' writes to storage (`storage` events). */
  readonly events?: Pick<EventTarget, 'addEventListener'>;
  /** This tab's id in its autosaves (a fresh random id when omitted). */
  readonly tabId?: string;
  /** Opens the facilitator's console (issue 11): the title screen offers it when given. */
  openConsole?(): void;
}

type Screen = 'title' | 'setup' | 'game';

export class App {
  private readonly strings: Strings;
  private prefs: Prefs;
  private screen: Screen = 'title';
  private data: GameData | null = null;
  private board: BoardRenderer | null = null;
  private audio: GameAudio | null = null;
  private actor: GameActor | null = null;
  private seenEntries = 0;
  private lastPhase = '';
  private debrief: Debrief | null = null;
  private readonly comparisons: DebriefComparisons;
  /** This tab's autosave, and another tab's in its way (save-keeper.ts). */
  private readonly saves: SaveKeeper;
  private savedMoves = -1;
  // Teaching (issue 10): the briefs read before play, the big moments waiting to be read (shown
  // before the next panel), the game state they were last computed from, and the guided first year.
  private briefs: { readonly roles: readonly Role[]; index: number; readonly reopened: boolean } | null = null;
  private moments: Moment[] = [];
  /** The moments already put on the board's stage. */
  private readonly staged = new WeakSet<Moment>();
  private previousGame: GameState | null = null;
  /**
   * The game as it stood before the computer's opening run (the 2012 election, the new strategy),
   * drawn on the board while the opening briefs are read: the briefs set the scene before those
   * events, and the board must not tell their outcome first. Null once the briefs are read.
   */
  private openingBoard: GameState | null = null;
  /** Moments for the board's stage while it is still loading. */
  private unstaged: Moment[] = [];
  private guide: Guide | null = null;
  private guideYear: number | null = null;
  /** "Replay the guide": the next setup form has the guide ticked. */
  private guideRequested = false;
  private readonly el: {
    stage: HTMLElement;
    panel: HTMLElement;
    message: HTMLElement;
    notice: HTMLElement;
    dialog: HTMLDialogElement;
    glossary: HTMLDialogElement;
    live: HTMLElement;
    toolbar: HTMLElement;
    fileInput: HTMLInputElement;
  };

  constructor(private readonly deps: AppDeps, browserLanguage: Language) {
    this.prefs = readPrefs(deps.storage, browserLanguage);
    this.saves = new SaveKeeper(deps.storage, deps.tabId ?? randomId());
    this.strings = createStrings(this.prefs.language);
    const fileInput = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
    fileInput.addEventListener('change', () => void this.importFile());
    this.el = {
      stage: h('div', { class: 'stage', id: 'stage' }),
      panel: h('main', { class: 'panel', id: 'panel', 'aria-live': 'polite' }),
      message: h('div', { class: 'message', role: 'alert', hidden: true }),
      notice: h('div', { class: 'message notice', role: 'alert', 'data-kind': 'warning', hidden: true }),
      dialog: h('dialog', { class: 'passage-dialog' }),
      glossary: h('dialog', { class: 'passage-dialog glossary' }),
      live: h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
      toolbar: h('nav', { class: 'toolbar' }),
      fileInput,
    };
    this.comparisons = new DebriefComparisons({
      createWorker: deps.createComparisonWorker,
      onProgress: (progress) => showComparisonProgress(this.el.panel, progress, this.t),
      onResult: () => this.showComparisons(),
      onError: (error) => this.showMessage(this.t('debrief.comparisonsFailed'), 'error', error instanceof Error ? error.message : String(error)),
    });
    deps.root.replaceChildren(this.el.toolbar, h('div', { class: 'body' }, this.el.stage, h('div', { class: 'side' }, this.el.message, this.el.notice, this.el.panel)), this.el.dialog, this.el.glossary, this.el.live, fileInput);
    this.applyTextScale();
    applyProjector(this.prefs.projector);
    deps.root.addEventListener('pointerdown', () => this.ensureAudio(), { once: true, capture: true });
    deps.root.addEventListener('keydown', () => this.ensureAudio(), { once: true, capture: true });
  }

  private get t() {
    return this.strings.t;
  }

  /** Shows the first screen at once; the board and the data follow as they load. */
  start(): void {
    (this.deps.events ?? window).addEventListener('storage', (event) => this.onStorage(event as StorageEvent));
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
      board.setTextScale(boardTextScale(this.prefs.textScale, this.prefs.projector));
      board.setHandlers?.({
        onCardSelected: (id) => this.openCard(id),
        onOptionSelected: (option) => this.chooseOptionOnBoard(option),
        onMomentShown: (m) => {
          const sound = momentSound(m.kind, m.tone);
          if (sound) this.audio?.play(sound);
        },
      });
      this.renderBoard([]);
      this.stageOnBoard(this.unstaged);
      this.unstaged = [];
    });
  }

  private ensureAudio(): GameAudio | null {
    this.audio ??= this.deps.createAudio();
    return this.audio;
  }

  private savePrefs(): void {
    writePrefs(this.deps.storage, this.prefs);
  }

  private applyTextScale(): void {
    document.documentElement.style.setProperty('--text-scale', String(this.prefs.textScale));
  }

  private async gameData(): Promise<GameData> {
    this.data ??= await this.deps.loadData();
    return this.data;
  }

  /**
   * A message in the player's language; `details`, when given, is the rules' or the browser's own
   * wording (English), shown apart from it.
   */
  private showMessage(text: string | null, kind: 'error' | 'info' = 'error', details?: string): void {
    this.el.message.hidden = !text;
    this.el.message.dataset.kind = kind;
    this.el.message.replaceChildren(
      ...(text ? [h('p', { class: 'main' }, text)] : []),
      ...(text && details ? [h('p', { class: 'details' }, this.t('errors.details'), h('span', { lang: 'en' }, clip(details, 200)))] : []),
    );
  }

  /** The standing notice about saving: another tab's save in the way, or a save that failed. */
  private renderNotice(): void {
    const t = this.t;
    const notice = this.el.notice;
    const other = this.saves.conflict;
    if (other && this.actor) {
      const mine = this.actor.getSnapshot().context.moves.length;
      const theirs = other.moves?.length ?? 0;
      const ahead = other.game === this.saves.game && theirs > mine;
      notice.hidden = false;
      notice.replaceChildren(
        h('p', {}, ahead ? t('notice.otherTabAhead', { theirs, mine }) : t('notice.otherTabGame')),
        h('div', { class: 'actions' },
          h('button', { type: 'button', onclick: () => this.keepThisGame() }, t('notice.keepThis')),
          h('button', { type: 'button', onclick: () => void this.resume(other.text, t('notice.otherTabName'), other) }, t('notice.loadOther'))),
      );
    } else if (this.saves.failed && this.actor) {
      notice.hidden = false;
      notice.replaceChildren(h('p', {}, t('notice.saveFailed')), h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => void this.exportSave() }, t('notice.download'))));
    } else {
      notice.hidden = true;
      notice.replaceChildren();
    }
  }

  // ── toolbar ──────────────────────────────────────────────────────────────────────────────
  private renderToolbar(): void {
    const sound = this.audio ?? loadAudioSettings(this.deps.storage);
    renderToolbar(this.el.toolbar, {
      t: this.t,
      language: this.prefs.language,
      projector: this.prefs.projector,
      muted: sound.muted,
      volume: sound.volume,
      inGame: this.screen === 'game' && !!this.actor,
    }, {
      setLanguage: (language) => this.setLanguage(language),
      stepText: (direction) => this.stepText(direction),
      toggleProjector: () => this.toggleProjector(),
      toggleMute: () => this.toggleMute(),
      setVolume: (volume) => this.ensureAudio()?.setVolume(volume),
      openGlossary: () => this.openGlossary(),
      reopenBriefing: () => this.reopenBriefing(),
      saveAs: () => this.saveAs(),
      exportSave: () => void this.exportSave(),
      importSave: () => this.el.fileInput.click(),
      newGame: () => this.confirmNewGame(),
    });
  }

  private stepText(direction: -1 | 1): void {
    this.prefs.textScale = stepTextScale(this.prefs.textScale, direction);
    this.savePrefs();
    this.applyTextScale();
    this.board?.setTextScale(boardTextScale(this.prefs.textScale, this.prefs.projector));
    this.renderBoard([]);
  }

  private toggleProjector(): void {
    this.prefs.projector = !this.prefs.projector;
    this.savePrefs();
    applyProjector(this.prefs.projector);
    this.board?.setTextScale(boardTextScale(this.prefs.textScale, this.prefs.projector));
    this.renderToolbar();
    this.renderBoard([]);
    this.el.live.textContent = this.t(this.prefs.projector ? 'look.projectorOn' : 'look.projectorOff');
  }

  private toggleMute(): void {
    const audio = this.ensureAudio();
    audio?.setMuted(!audio.muted);
    this.renderToolbar();
  }

  private setLanguage(language: Language): void {
    this.prefs.language = language;
    this.strings.setLanguage(language);
    document.documentElement.lang = language;
    this.savePrefs();
    if (this.debrief && this.actor) this.debrief = null;
    // The moment on stage is staged again, in the new language.
    const moment = this.moments[0];
    if (moment) this.staged.delete(moment);
    // The same moment, in other words: what the players ticked and chose stays as it was.
    const kept = keptInputs(this.el.panel);
    this.render();
    restoreInputs(this.el.panel, kept);
    this.renderNotice();
    this.renderBoard([]);
  }

  // ── screens ──────────────────────────────────────────────────────────────────────────────
  private render(focus = true): void {
    document.documentElement.lang = this.prefs.language;
    this.renderToolbar();
    const panel = this.screen === 'title' ? this.titlePanel() : this.screen === 'setup' ? this.setupLoading() : this.gamePanel();
    this.el.panel.replaceChildren(panel);
    if (focus) this.el.panel.querySelector<HTMLElement>('.panel-title, h2, h1')?.focus({ preventScroll: false });
    // After the focus: a call-out that comes up takes it (its Next button).
    this.guide?.update(this.onPlayScreen());
  }

  private titlePanel(): HTMLElement {
    const t = this.t;
    const saved = this.saves.offered();
    const unreadable = this.saves.unreadable();
    // A copy kept aside is discarded only once the player says so: it is gone for good.
    const ask = (question: Question, onYes: () => void) => askInDialog(this.el.dialog, question, onYes, () => this.el.panel.querySelector('h1'));
    return h('section', { class: 'title-screen' },
      h('h1', { tabindex: -1, class: 'panel-title' }, t('game.title')),
      h('p', { class: 'lead' }, t('game.subtitle')),
      h('p', {}, t('title.intro')),
      h('div', { class: 'actions stacked' },
        h('button', { type: 'button', class: 'primary', onclick: () => this.openSetup() }, t('title.newGame')),
        saved?.readable ? h('button', { type: 'button', onclick: () => void this.resume(saved.text, t('title.autosave'), saved) }, saved.finished ? t('teach.debriefResume') : t('title.resume')) : null,
        h('button', { type: 'button', onclick: () => this.el.fileInput.click() }, t('toolbar.importSave')),
        h('button', { type: 'button', onclick: () => this.replayGuide() }, t('teach.guide.replay')),
        this.deps.openConsole ? h('button', { type: 'button', onclick: () => this.deps.openConsole?.() }, t('exercise.console.run')) : null),
      slotList(listSlots(this.deps.storage), {
        t,
        language: this.prefs.language,
        scenarioTitle: (id) => this.data?.scenarios.find((s) => s.id === id)?.title[this.prefs.language] ?? id,
        onLoad: (slot) => void this.loadSlot(slot),
        onDelete: (slot) => this.deleteSlot(slot),
        setAside: setAsideIndexes(this.deps.storage),
        download,
        ask,
        onDiscardSetAside: (key) => {
          discardSetAsideIndex(this.deps.storage, key);
          this.render();
        },
      }),
      unreadable !== null
        ? setAsideOffer({ text: t('title.unreadable'), downloadLabel: t('title.downloadUnreadable'), discardLabel: t('title.discardUnreadable'), fileName: 'csd-unreadable-save.json', content: unreadable, download, discard: () => this.discardUnreadable(), confirm: { question: discardQuestion(t), ask } })
        : null,
      h('p', { class: 'hint' }, t('game.source')));
  }

  private discardUnreadable(): void {
    this.saves.discardUnreadable();
    this.render();
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
        this.renderBoard([]);
      },
      onError: (message) => this.showMessage(message),
    });
  }

  private openSetup(): void {
    this.showMessage(null);
    this.deps.prefetch?.();
    this.screen = 'setup';
    this.render();
    void this.gameData().then(() => {
      if (this.screen === 'setup') this.render();
    }, (e: unknown) => this.showMessage(this.t('errors.loadFailed'), 'error', e instanceof Error ? e.message : String(e)));
  }

  /** "New game" during a game asks first; a finished game (its debrief) is left at once. */
  private confirmNewGame(): void {
    const phase = this.actor?.getSnapshot().context.game?.phase;
    const leave = () => {
      this.stopGame();
      this.openSetup();
      this.renderBoard([]);
    };
    if (this.screen === 'game' && phase && phase !== 'debrief') showConfirmNewGame(this.el.dialog, this.t, leave);
    else leave();
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
    this.savePrefs();
    this.play(actor, false, roles.length ? { roles, index: 0, reopened: false } : null);
    if (guided) this.startGuide();
  }

  /** Plays on with a started machine: a new game's, or the one a save was replayed into (`resumed`). */
  private play(actor: GameActor, resumed: boolean, briefs: App['briefs'] = null): void {
    this.stopGame();
    this.briefs = briefs;
    this.showMessage(null);
    // The reason is the machine's code, told in the player's language; no English detail needed.
    actor.on('rejected', (e) => this.showMessage(this.t('errors.refusedBecause', { reason: refusalMessage(e.refusal, this.strings.language, this.t) })));
    this.actor = actor;
    this.screen = 'game';
    this.debrief = null;
    const game = actor.getSnapshot().context.game;
    // A resumed game shows where it stands; only what happens from now on animates and sounds.
    this.seenEntries = resumed && game ? game.log.flat().length : 0;
    this.lastPhase = '';
    this.savedMoves = -1;
    this.saves.conflict = null;
    // A game never opens cold: before the first human turn, what happened before it (the 2012
    // election and the new president's strategy, in a solo US game of transition-2012).
    const scenario = actor.getSnapshot().context.scenario;
    this.previousGame = game ?? null;
    this.moments = [];
    const opening = game && scenario && !resumed ? prologue(game, scenario) : null;
    if (opening) this.queueMoments(opening);
    this.openingBoard = opening && briefs && game && scenario ? createGame(scenario, game.config) : null;
    // An engine error stops the machine (machine/failure.ts): say so, rather than leave a dead panel.
    actor.subscribe({
      next: () => this.onSnapshot(),
      error: (error) => this.showMessage(this.t('errors.gameStopped'), 'error', error instanceof Error ? error.message : String(error)),
    });
    this.onSnapshot();
  }

  private stopGame(): void {
    this.actor?.stop();
    this.actor = null;
    this.briefs = null;
    this.openingBoard = null;
    this.moments = [];
    this.previousGame = null;
    this.unstaged = [];
    this.board?.clearStage?.();
    this.guide?.destroy();
    this.guide = null;
    this.saves.stop();
    this.renderNotice();
    this.debrief = null;
    this.comparisons.clear();
    this.board?.hideOptions();
  }

  /**
   * Sends a panel's move, signed by the seat it must come from: at one screen, the table plays
   * every human seat (a facilitated exercise signs for each team apart: src/exercise).
   */
  private send(move: UnsignedMove): void {
    this.showMessage(null);
    this.ensureAudio();
    const game = this.actor?.getSnapshot().context.game;
    if (game) this.actor?.send(signMove(game, move));
  }

  private onSnapshot(): void {
    const snapshot = this.actor?.getSnapshot();
    const game = snapshot?.context.game;
    if (!snapshot || !game || !snapshot.context.scenario) return;
    const entries = newEntries(game.log, this.seenEntries);
    this.seenEntries += entries.length;
    if (this.previousGame && this.previousGame !== game) this.queueMoments(momentsBetween(this.previousGame, game, snapshot.context.scenario));
    this.previousGame = game;
    // The guide is for the first year.
    if (this.guide && this.guideYear !== null && game.year > this.guideYear) this.guide.end();
    const cues = cuesFor(entries);
    for (const cue of cues) this.audio?.play(cue);
    // Saved after every move (a seminar's teams confirm theirs one after another in one phase)
    // and at every new phase (the computer's moves are not the players', but move the game on).
    const moves = snapshot.context.moves.length;
    if (game.phase !== this.lastPhase || moves !== this.savedMoves) {
      const phaseChanged = game.phase !== this.lastPhase;
      this.lastPhase = game.phase;
      this.savedMoves = moves;
      // A finished game's save is kept until a new game starts: a reload returns to its debrief.
      this.autosave(game.phase === 'debrief');
      // While the players read the last report, the debrief's comparison worker starts loading.
      if (phaseChanged && leadsToDebrief(game)) this.comparisons.prepare();
    }
    this.render();
    const boardCues: BoardCue[] = [];
    const drawn = entries.filter((e) => e.type === 'cardDrawn').length;
    if (drawn) boardCues.push({ kind: 'cardsDrawn', count: drawn });
    if (cues.includes('alert')) boardCues.push({ kind: 'bandCrossed' });
    if (cues.includes('election')) boardCues.push({ kind: 'election' });
    boardCues.push(...cardEffectCues(entries));
    this.renderBoard(boardCues);
  }

  private record(): SaveData | null {
    const snapshot = this.actor?.getSnapshot();
    const { game, scenario, moves } = snapshot?.context ?? {};
    if (!game || !scenario || !moves) return null;
    return { scenario: scenario.id, config: game.config, moves, savedAt: this.deps.now() };
  }

  private moves(): readonly unknown[] | null {
    return this.actor?.getSnapshot().context.moves ?? null;
  }

  private autosave(finished = false): void {
    const save = this.record();
    const data = this.data;
    if (!save || !data) return;
    this.saves.write(save.moves, () => data.serializeSave(save), finished);
    this.renderNotice();
  }

  /** Another tab wrote to the store. */
  private onStorage(event: StorageEvent): void {
    if (event.key !== null && event.key !== AUTOSAVE_KEY && event.key !== UNREADABLE_KEY && event.key !== SLOTS_KEY) return;
    // The title offers what the store holds now.
    if (this.screen === 'title') return this.render(false);
    const game = this.actor?.getSnapshot().context.game;
    if (!game || game.phase === 'debrief') return;
    this.saves.check(this.moves());
    this.renderNotice();
  }

  /** The player keeps this tab's game: the other tab's save is replaced, knowingly. */
  private keepThisGame(): void {
    this.saves.keepMine();
    this.autosave();
  }

  /**
   * Loads a save's text over whatever is on screen, or says (in the player's language) why it
   * cannot, the current game untouched. `autosave`: the stored save it came from (this tab's
   * autosave, or another tab's), set aside if it cannot be played.
   */
  private async resume(text: string, name: string, autosave?: Autosave): Promise<void> {
    const t = this.t;
    const inGame = !!this.actor;
    const shortName = clip(name, 60);
    const refuse = (problem: string, details?: string) => {
      // A broken autosave would fail on every visit: it is set aside once reported, not lost.
      if (autosave) {
        this.saves.setAside(autosave.raw, this.moves());
        if (this.screen === 'title') this.render();
        this.renderNotice();
      }
      this.showMessage(t(inGame ? 'errors.loadRefusedInGame' : 'errors.loadRefused', { problem }), 'error', details);
    };
    let data: GameData;
    try {
      data = await this.gameData();
    } catch (e) {
      return this.showMessage(t('errors.loadFailed'), 'error', e instanceof Error ? e.message : String(e));
    }
    let replayed: { actor: GameActor; moves: number };
    try {
      const parsed = data.parseSave(text, shortName);
      if (!parsed.ok) {
        const values = Object.fromEntries(Object.entries(parsed.problem.values).map(([k, v]) => [k, clip(String(v), 60)]));
        return refuse(t(`errors.save.${parsed.problem.code}`, { ...values, name: shortName }));
      }
      const scenario = data.scenarios.find((s) => s.id === parsed.value.scenario);
      if (!scenario) return refuse(t('errors.save.scenario', { name: shortName, id: clip(parsed.value.scenario, 60) }));
      // Replay first: a save whose moves the rules refuse is corrupt, and the current game is kept.
      // The machine that replayed the moves is the one the game goes on with: they are played once.
      const { moves } = parsed.value;
      const result = replayActor(scenario, { scenario: parsed.value.scenario, config: parsed.value.config, moves });
      if (!result.ok) return refuse(t('errors.corruptSave', { name: shortName }), result.error);
      replayed = { actor: result.value, moves: moves.length };
    } catch (e) {
      return refuse(t('errors.unexpected', { name: shortName }), e instanceof Error ? e.message : String(e));
    }
    if (autosave) this.saves.adopt(autosave.game ?? randomId(), autosave.raw);
    else this.saves.adopt(randomId());
    this.play(replayed.actor, replayed.moves > 0);
    if (!autosave) this.showMessage(t('title.resumed', { name: shortName }), 'info');
  }

  private async importFile(): Promise<void> {
    const file = this.el.fileInput.files?.[0];
    this.el.fileInput.value = '';
    if (!file) return;
    if (file.size > 5_000_000) return this.showMessage(this.t(this.actor ? 'errors.loadRefusedInGame' : 'errors.loadRefused', { problem: this.t('errors.tooLarge', { name: clip(file.name, 60) }) }));
    const text = await file.text();
    await this.resume(text, file.name);
  }

  private async exportSave(): Promise<void> {
    const save = this.record();
    const data = await this.gameData();
    if (!save) return;
    download(saveName(save), data.serializeSave(save), 'application/json');
  }

  private turnContext(game: GameState, scenario: Scenario): TurnContext {
    return {
      game,
      scenario,
      t: this.t,
      language: this.prefs.language,
      send: (move) => this.send(move),
      showPassage: (card: Card) => showPassage(this.el.dialog, card, this.data?.passage(card.citation.quote) ?? null, this.t, this.prefs.language),
      openGlossary: (id) => this.openGlossary(id),
      canUndo: this.undoable() !== null,
      undo: () => this.undoLastDecision(),
    };
  }

  /** The moves of this game without the last decision of the year, when there is one to take back. */
  private undoable(): PlayerMove[] | null {
    const snapshot = this.actor?.getSnapshot();
    return snapshot ? undoableMoves(snapshot.context) : null;
  }

  /** Takes back the last decision of this year: the same game, replayed without it. */
  private undoLastDecision(): void {
    const snapshot = this.actor?.getSnapshot();
    const { game, scenario } = snapshot?.context ?? {};
    const moves = this.undoable();
    if (!game || !scenario || !moves) return;
    const replayed = replayActor(scenario, { scenario: scenario.id, config: game.config, moves });
    if (!replayed.ok) {
      this.showMessage(this.t('errors.gameStopped'), 'error', replayed.error);
      return;
    }
    // Resumed: nothing re-animates; the shorter move list is autosaved.
    this.play(replayed.value, true);
  }

  private gamePanel(): HTMLElement {
    const snapshot = this.actor?.getSnapshot();
    const game = snapshot?.context.game;
    const scenario = snapshot?.context.scenario;
    if (!game || !scenario) return h('p', {}, this.t('common.loading'));
    const teaching = this.teachingPanel(scenario);
    if (teaching) return teaching;
    const ctx = this.turnContext(game, scenario);
    const actor = dueActor(game);
    switch (game.phase) {
      case 'election':
        return electionPanel(ctx);
      case 'transition':
        return transitionPanel(ctx);
      case 'cardChoice':
        return cardChoicePanel(ctx);
      case 'decisions':
        return actor && actor !== 'system' ? decidePanel(ctx, actor, (m) => this.showMessage(m)) : h('p', {}, this.t('turn.waiting'));
      case 'report':
        return reportPanel(ctx);
      case 'debrief': {
        // The comparisons' games are played once per game, off the page's thread; until they are
        // in, the debrief shows everything else and their progress.
        const comparisons = this.comparisons.of(game, scenario);
        this.debrief ??= buildDebrief(game, scenario, this.t, this.prefs.language, comparisons.data);
        const name = `csd-debrief-${scenario.id}-seed${game.config.seed}`;
        // The exports read the debrief when clicked: the comparisons may have arrived since.
        const exported = (write: (d: Debrief) => void) => () => {
          if (this.debrief) write(this.debrief);
        };
        return debriefPanel(this.debrief, this.t, {
          exportMarkdown: exported((d) => download(`${name}.md`, debriefMarkdown(d, this.t), 'text/markdown')),
          exportJson: exported((d) => download(`${name}.json`, debriefJson(d), 'application/json')),
          newGame: () => this.confirmNewGame(),
          linkText: (text) => linkedText(text, this.prefs.language, (id) => this.openGlossary(id), this.t),
        }, comparisons.data ? undefined : comparisons.progress);
      }
      default:
        return h('p', { role: 'status' }, this.t('turn.waiting'));
    }
  }

  // ── teaching (issue 10) ──────────────────────────────────────────────────────────────────
  /** The brief of a human team, or the first moment waiting to be read; null when play goes on. */
  private teachingPanel(scenario: Scenario): HTMLElement | null {
    const t = this.t;
    const briefs = this.briefs;
    const role = briefs?.roles[briefs.index];
    if (briefs && role) {
      const next = briefs.roles[briefs.index + 1];
      return briefingPanel(briefing(scenario, role, this.prefs.language), {
        t,
        index: briefs.index,
        count: briefs.roles.length,
        nextRole: next ? t(`roles.${next}`) : undefined,
        reopened: briefs.reopened,
        openGlossary: (id) => this.openGlossary(id),
        onNext: () => {
          this.showMessage(null);
          briefs.index++;
          if (briefs.index >= briefs.roles.length) {
            this.briefs = null;
            // The briefs are read: the board catches up with the opening's events as they are staged.
            if (this.openingBoard) {
              this.openingBoard = null;
              this.renderBoard([]);
            }
          }
          this.render();
        },
      });
    }
    const moment = this.moments[0];
    if (!moment) return null;
    // The board stages the moment the panel shows, so the two tell the same thing at once: one
    // read and passed in the panel leaves the board too.
    if (!this.staged.has(moment)) {
      this.staged.add(moment);
      this.stageOnBoard([moment], true);
    }
    this.el.live.textContent = momentAnnouncement(moment, this.prefs.language, t);
    return momentPanel(moment, {
      t,
      language: this.prefs.language,
      more: this.moments.length - 1,
      openGlossary: (id) => this.openGlossary(id),
      onContinue: () => {
        if (this.moments[0] !== moment) return;
        this.showMessage(null);
        this.moments.shift();
        if (this.moments.length === 0) {
          this.el.live.textContent = '';
          this.board?.clearStage?.();
        }
        this.render();
      },
    });
  }

  /** Moments to be read before the next panel (each staged on the board when the panel shows it). */
  private queueMoments(moments: readonly Moment[]): void {
    this.moments.push(...moments);
  }

  /** Puts moments on the board's stage after those waiting there, or `instead` of them. */
  private stageOnBoard(moments: readonly Moment[], instead = false): void {
    if (moments.length === 0) return;
    if (!this.board) {
      if (instead) this.unstaged = [];
      return void this.unstaged.push(...moments);
    }
    if (instead) this.board.clearStage?.();
    this.board.stage?.(moments.map((m) => stagedMoment(m, this.prefs.language, this.t)));
  }

  /** A card clicked on the board: its text and the paper's passage, as "Read the passage" does. */
  private openCard(cardId: string): void {
    const card = this.actor?.getSnapshot().context.scenario?.deck.find((c) => c.id === cardId);
    if (card) showPassage(this.el.dialog, card, this.data?.passage(card.citation.quote) ?? null, this.t, this.prefs.language);
  }

  /** An option card clicked on the board at the transition: the same as its button in the panel. */
  private chooseOptionOnBoard(option: string): void {
    const game = this.actor?.getSnapshot().context.game;
    if (game?.phase !== 'transition' || game.config.seats.mexico !== 'human' || this.briefs || this.moments.length) return;
    if (option !== 'A' && option !== 'B' && option !== 'C' && option !== 'D') return;
    const withLe = this.el.panel.querySelector<HTMLInputElement>('input[name="law-enforcement"][value="with"]');
    this.send(option === 'C' ? { type: 'CHOOSE_OPTION', option, lawEnforcement: withLe?.checked !== false } : { type: 'CHOOSE_OPTION', option });
  }

  private openGlossary(entryId?: string): void {
    showGlossary(this.el.glossary, this.t, this.prefs.language, entryId);
  }

  /** The toolbar's "Briefing": the human teams' briefs again, then back to where play stood. */
  private reopenBriefing(): void {
    const config = this.actor?.getSnapshot().context.game?.config;
    if (!config) return;
    const roles = ROLES.filter((r) => config.seats[r] === 'human');
    if (roles.length === 0) return;
    this.briefs = { roles, index: 0, reopened: true };
    this.render();
  }

  /** A play screen is on (not a brief or a moment): where the guide may point. */
  private onPlayScreen(): boolean {
    const phase = this.actor?.getSnapshot().context.game?.phase;
    return this.screen === 'game' && !this.briefs && this.moments.length === 0 && (phase === 'decisions' || phase === 'cardChoice' || phase === 'report');
  }

  private startGuide(): void {
    this.guide?.destroy();
    this.guideYear = this.actor?.getSnapshot().context.game?.year ?? null;
    const guide = new Guide(this.deps.root, () => this.t, () => {
      if (this.guide === guide) this.guide = null;
    });
    this.guide = guide;
    guide.update(this.onPlayScreen());
  }

  private replayGuide(): void {
    this.guideRequested = true;
    this.openSetup();
  }

  // ── named saves ──────────────────────────────────────────────────────────────────────────
  private saveAs(): void {
    const snapshot = this.actor?.getSnapshot();
    const { game, scenario } = snapshot?.context ?? {};
    if (!game || !scenario) return;
    const suggested = this.t('teach.slots.defaultName', { scenario: scenario.title[this.prefs.language], year: game.year });
    showSaveAs(this.el.dialog, this.t, suggested, (name) => void this.writeSlot(name));
  }

  private async writeSlot(name: string): Promise<void> {
    const save = this.record();
    const game = this.actor?.getSnapshot().context.game;
    if (!save || !game) return;
    const data = await this.gameData();
    const slot: SaveSlot = { id: randomId(), name: clip(name, 80), scenario: save.scenario, year: game.year, savedAt: save.savedAt, moves: save.moves.length };
    // A full store refuses the write: the player is told, and offered the file instead.
    if (writeSlot(this.deps.storage, slot, data.serializeSave(save))) this.showMessage(this.t('teach.slots.saved', { name: slot.name }), 'info');
    else this.showMessage(this.t('teach.slots.failed', { name: slot.name }));
  }

  private async loadSlot(slot: ListedSlot): Promise<void> {
    const text = readSlot(this.deps.storage, slot.id);
    if (text === null) return this.showMessage(this.t('errors.loadRefused', { problem: this.t('errors.save.notJson', { name: clip(slot.name, 60) }) }));
    await this.resume(text, slot.name);
  }

  private deleteSlot(slot: ListedSlot): void {
    deleteSlot(this.deps.storage, slot.id);
    this.render();
  }

  /** The comparisons have arrived: into the debrief on screen, in place, and onto the board. */
  private showComparisons(): void {
    const snapshot = this.actor?.getSnapshot();
    const { game, scenario } = snapshot?.context ?? {};
    if (this.screen !== 'game' || !game || !scenario || game.phase !== 'debrief') return;
    this.debrief = buildDebrief(game, scenario, this.t, this.prefs.language, this.comparisons.of(game, scenario).data);
    showComparisons(this.el.panel, this.debrief, this.t);
    this.renderBoard([]);
  }

  private boardFrame = 0;
  private boardCues: BoardCue[] = [];

  /**
   * Draws the board at the next animation frame: the computer's steps can produce several
   * snapshots at once, and the board needs only the last (with every cue they raised).
   */
  private renderBoard(cues: readonly BoardCue[]): void {
    this.boardCues.push(...cues);
    if (this.boardFrame) return;
    this.boardFrame = requestAnimationFrame(() => {
      this.boardFrame = 0;
      const pending = this.boardCues;
      this.boardCues = [];
      this.drawBoard(pending);
    });
  }

  private drawBoard(cues: readonly BoardCue[]): void {
    const board = this.board;
    if (!board) return;
    const snapshot = this.actor?.getSnapshot();
    const game = snapshot?.context.game;
    const scenario = snapshot?.context.scenario;
    if (this.screen !== 'game' || !game || !scenario) {
      board.hideOptions();
      board.showTitle(this.t('game.title'), this.t('game.subtitle'));
      return;
    }
    if (game.phase === 'debrief' && this.debrief) {
      const pending = !this.comparisons.of(game, scenario).data;
      board.showDebrief(this.debrief, {
        title: this.t('debrief.title'),
        tracksOverTime: this.t('debrief.tracksOverTime'),
        comparisons: this.debrief.comparisons.map((c) => chartTitle(c, this.t)),
        computerOnYourSeed: this.t('debrief.computerOnYourSeed'),
        securityChart: this.t('debrief.securityChart'),
        ...(pending ? { comparing: this.t('debrief.comparing') } : {}),
        trackLabels: Object.fromEntries(TRACK_NAMES.map((k) => [k, this.t(`trackShort.${k}`)])),
      });
      return;
    }
    board.showBoard(boardView(this.openingBoard ?? game, scenario, this.t, this.prefs.language), cues);
    if (performance.getEntriesByName('csd:board').length === 0) performance.mark('csd:board');
    if (game.phase === 'transition' && game.config.seats.mexico === 'human') {
      const cards: OptionCardView[] = (['A', 'B', 'C', 'D'] as const).map((o) => ({ option: o, title: this.t(`optionCards.${o}.title`), description: this.t(`optionCards.${o}.description`), outcome: this.t(`optionCards.${o}.outcome`) }));
      board.showOptions(cards);
    } else board.hideOptions();
  }
}
