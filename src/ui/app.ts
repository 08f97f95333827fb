import { createActor } from 'xstate';
import { dueActor, TRACK_NAMES, type Card, type GameState, type Scenario } from '../engine';
import type { GameAudio } from '../audio';
import { createStrings, type Language, type Strings } from '../i18n';
import { gameMachine, replayActor, type GameActor, type PlayerMove } from '../machine';
import { clearAutosave, readAutosave, saveName, writeAutosave } from './autosave';
import type { BoardCue, BoardRenderer, OptionCardView } from './board/board';
import { cuesFor, newEntries } from './cues';
import { DebriefComparisons } from './debrief/comparison-runner';
import { chartTitle } from './debrief/comparison-text';
import { buildDebrief, type Debrief } from './debrief/debrief-data';
import { debriefJson, debriefMarkdown } from './debrief/export';
import { debriefPanel, showComparisonProgress, showComparisons } from './dom/debrief';
import { h } from './dom/h';
import { showPassage } from './dom/passage';
import { setupPanel } from './dom/setup';
import { cardChoicePanel, decidePanel, electionPanel, leadsToDebrief, reportPanel, transitionPanel, type TurnContext } from './dom/turn';
import type { GameData, KeyValueStore, SaveData } from './types';
import { boardView } from './view/board-view';

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
}

type Screen = 'title' | 'setup' | 'game';

const PREFS_KEY = 'csd.prefs';
const TEXT_SCALES = [0.85, 1, 1.2, 1.45, 1.75];

interface Prefs {
  language: Language;
  textScale: number;
}

function readPrefs(store: KeyValueStore | null, fallback: Language): Prefs {
  try {
    const raw = JSON.parse(store?.getItem(PREFS_KEY) ?? 'null') as Partial<Prefs> | null;
    return {
      language: raw?.language === 'es' || raw?.language === 'en' ? raw.language : fallback,
      textScale: typeof raw?.textScale === 'number' && TEXT_SCALES.includes(raw.textScale) ? raw.textScale : 1,
    };
  } catch {
    return { language: fallback, textScale: 1 };
  }
}

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
  private readonly el: {
    stage: HTMLElement;
    panel: HTMLElement;
    message: HTMLElement;
    dialog: HTMLDialogElement;
    toolbar: HTMLElement;
    fileInput: HTMLInputElement;
  };

  constructor(private readonly deps: AppDeps, browserLanguage: Language) {
    this.prefs = readPrefs(deps.storage, browserLanguage);
    this.strings = createStrings(this.prefs.language);
    const fileInput = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
    fileInput.addEventListener('change', () => void this.importFile());
    this.el = {
      stage: h('div', { class: 'stage', id: 'stage' }),
      panel: h('main', { class: 'panel', id: 'panel', 'aria-live': 'polite' }),
      message: h('div', { class: 'message', role: 'alert', hidden: true }),
      dialog: h('dialog', { class: 'passage-dialog' }),
      toolbar: h('nav', { class: 'toolbar' }),
      fileInput,
    };
    this.comparisons = new DebriefComparisons({
      createWorker: deps.createComparisonWorker,
      onProgress: (progress) => showComparisonProgress(this.el.panel, progress, this.t),
      onResult: () => this.showComparisons(),
      onError: (error) => this.showMessage(this.t('debrief.comparisonsFailed', { reason: error instanceof Error ? error.message : String(error) })),
    });
    deps.root.replaceChildren(this.el.toolbar, h('div', { class: 'body' }, this.el.stage, h('div', { class: 'side' }, this.el.message, this.el.panel)), this.el.dialog, fileInput);
    this.applyTextScale();
    deps.root.addEventListener('pointerdown', () => this.ensureAudio(), { once: true, capture: true });
    deps.root.addEventListener('keydown', () => this.ensureAudio(), { once: true, capture: true });
  }

  private get t() {
    return this.strings.t;
  }

  /** Shows the first screen at once; the board and the data follow as they load. */
  start(): void {
    this.render();
    // User Timing marks: the end-to-end run reads them to measure how fast screens open.
    performance.mark('csd:first-screen');
    void this.deps.loadBoard(this.el.stage).then((board) => {
      this.board = board;
      board.setTextScale(this.prefs.textScale);
      this.renderBoard([]);
    });
  }

  private ensureAudio(): GameAudio | null {
    this.audio ??= this.deps.createAudio();
    return this.audio;
  }

  private savePrefs(): void {
    try {
      this.deps.storage?.setItem(PREFS_KEY, JSON.stringify(this.prefs));
    } catch {
      // Preferences are a convenience; the game goes on without them.
    }
  }

  private applyTextScale(): void {
    document.documentElement.style.setProperty('--text-scale', String(this.prefs.textScale));
  }

  private async gameData(): Promise<GameData> {
    this.data ??= await this.deps.loadData();
    return this.data;
  }

  private showMessage(text: string | null, kind: 'error' | 'info' = 'error'): void {
    this.el.message.hidden = !text;
    this.el.message.textContent = text ?? '';
    this.el.message.dataset.kind = kind;
  }

  // ── toolbar ──────────────────────────────────────────────────────────────────────────────
  private renderToolbar(): void {
    const t = this.t;
    const audio = this.audio;
    const inGame = this.screen === 'game' && !!this.actor;
    const language = h('select', { id: 'language-select', 'aria-label': t('toolbar.language') }, h('option', { value: 'en', selected: this.prefs.language === 'en' }, 'English'), h('option', { value: 'es', selected: this.prefs.language === 'es' }, 'Español'));
    language.addEventListener('change', () => this.setLanguage(language.value === 'es' ? 'es' : 'en'));
    const muted = audio?.muted ?? readStoredMute(this.deps.storage);
    const volume = h('input', { type: 'range', min: 0, max: 100, step: 5, value: Math.round((audio?.volume ?? 0.7) * 100), 'aria-label': t('toolbar.volume') });
    volume.addEventListener('change', () => this.ensureAudio()?.setVolume(Number(volume.value) / 100));
    const items: (HTMLElement | null)[] = [
      h('span', { class: 'brand' }, t('game.title')),
      h('label', { for: 'language-select', class: 'visually-hidden' }, t('toolbar.language')),
      language,
      h('button', { type: 'button', 'aria-label': t('toolbar.smallerText'), onclick: () => this.stepText(-1) }, 'A−'),
      h('button', { type: 'button', 'aria-label': t('toolbar.largerText'), onclick: () => this.stepText(1) }, 'A+'),
      h('button', { type: 'button', 'aria-pressed': muted ? 'true' : 'false', onclick: () => this.toggleMute() }, muted ? t('toolbar.unmute') : t('toolbar.mute')),
      volume,
      inGame ? h('button', { type: 'button', onclick: () => void this.exportSave() }, t('toolbar.exportSave')) : null,
      h('button', { type: 'button', onclick: () => this.el.fileInput.click() }, t('toolbar.importSave')),
      inGame ? h('button', { type: 'button', onclick: () => this.confirmNewGame() }, t('title.newGame')) : null,
    ];
    this.el.toolbar.replaceChildren(...items.filter((x): x is HTMLElement => x !== null));
  }

  private stepText(direction: number): void {
    const i = Math.max(0, Math.min(TEXT_SCALES.length - 1, TEXT_SCALES.indexOf(this.prefs.textScale) + direction));
    this.prefs.textScale = TEXT_SCALES[i] ?? 1;
    this.savePrefs();
    this.applyTextScale();
    this.board?.setTextScale(this.prefs.textScale);
    this.renderBoard([]);
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
    this.render();
    this.renderBoard([]);
  }

  // ── screens ──────────────────────────────────────────────────────────────────────────────
  private render(): void {
    document.documentElement.lang = this.prefs.language;
    this.renderToolbar();
    const panel = this.screen === 'title' ? this.titlePanel() : this.screen === 'setup' ? this.setupLoading() : this.gamePanel();
    this.el.panel.replaceChildren(panel);
    const focusTarget = this.el.panel.querySelector<HTMLElement>('.panel-title, h2, h1');
    focusTarget?.focus({ preventScroll: false });
  }

  private titlePanel(): HTMLElement {
    const t = this.t;
    const saved = readAutosave(this.deps.storage);
    return h('section', { class: 'title-screen' },
      h('h1', { tabindex: -1, class: 'panel-title' }, t('game.title')),
      h('p', { class: 'lead' }, t('game.subtitle')),
      h('p', {}, t('title.intro')),
      h('div', { class: 'actions stacked' },
        h('button', { type: 'button', class: 'primary', onclick: () => this.openSetup() }, t('title.newGame')),
        saved ? h('button', { type: 'button', onclick: () => void this.resume(saved, t('title.autosave'), true) }, t('title.resume')) : null,
        h('button', { type: 'button', onclick: () => this.el.fileInput.click() }, t('toolbar.importSave'))),
      h('p', { class: 'hint' }, t('game.source')));
  }

  private setupLoading(): HTMLElement {
    if (!this.data) return h('p', { role: 'status' }, this.t('common.loading'));
    return setupPanel({
      t: this.t,
      language: this.prefs.language,
      scenarios: this.data.scenarios,
      randomSeed: this.deps.newSeed(),
      onStart: (choice) => {
        if (choice.language !== this.prefs.language) this.setLanguage(choice.language);
        this.startGame(choice.scenario, choice.config);
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
    }, (e: unknown) => this.showMessage(String(e)));
  }

  private confirmNewGame(): void {
    this.stopGame();
    this.openSetup();
    this.renderBoard([]);
  }

  // ── the game ─────────────────────────────────────────────────────────────────────────────
  private startGame(scenario: Scenario, config: GameState['config']): void {
    const actor = createActor(gameMachine);
    actor.start();
    actor.send({ type: 'START', scenario, config });
    this.play(actor, false);
  }

  /** Plays on with a started machine: a new game's, or the one a save was replayed into (`resumed`). */
  private play(actor: GameActor, resumed: boolean): void {
    this.stopGame();
    this.showMessage(null);
    actor.on('rejected', (e) => this.showMessage(this.t('errors.refused', { reason: e.reason })));
    this.actor = actor;
    this.screen = 'game';
    this.debrief = null;
    const game = actor.getSnapshot().context.game;
    // A resumed game shows where it stands; only what happens from now on animates and sounds.
    this.seenEntries = resumed && game ? game.log.flat().length : 0;
    this.lastPhase = '';
    actor.subscribe(() => this.onSnapshot());
    this.onSnapshot();
  }

  private stopGame(): void {
    this.actor?.stop();
    this.actor = null;
    this.debrief = null;
    this.comparisons.clear();
    this.board?.hideOptions();
  }

  private send(move: PlayerMove): void {
    this.showMessage(null);
    this.ensureAudio();
    this.actor?.send(move);
  }

  private onSnapshot(): void {
    const snapshot = this.actor?.getSnapshot();
    const game = snapshot?.context.game;
    if (!snapshot || !game || !snapshot.context.scenario) return;
    const entries = newEntries(game.log, this.seenEntries);
    this.seenEntries += entries.length;
    const cues = cuesFor(entries);
    for (const cue of cues) this.audio?.play(cue);
    if (game.phase !== this.lastPhase) {
      this.lastPhase = game.phase;
      // A finished game is not offered for resuming.
      if (game.phase === 'debrief') clearAutosave(this.deps.storage);
      else this.autosave();
      // While the players read the last report, the debrief's comparison worker starts loading.
      if (leadsToDebrief(game)) this.comparisons.prepare();
    }
    this.render();
    const boardCues: BoardCue[] = [];
    const drawn = entries.filter((e) => e.type === 'cardDrawn').length;
    if (drawn) boardCues.push({ kind: 'cardsDrawn', count: drawn });
    if (cues.includes('alert')) boardCues.push({ kind: 'bandCrossed' });
    if (cues.includes('election')) boardCues.push({ kind: 'election' });
    this.renderBoard(boardCues);
  }

  private record(): SaveData | null {
    const snapshot = this.actor?.getSnapshot();
    const { game, scenario, moves } = snapshot?.context ?? {};
    if (!game || !scenario || !moves) return null;
    return { scenario: scenario.id, config: game.config, moves, savedAt: this.deps.now() };
  }

  private autosave(): void {
    const save = this.record();
    if (save && this.data) writeAutosave(this.deps.storage, this.data.serializeSave(save));
  }

  private async resume(text: string, name: string, fromAutosave = false): Promise<void> {
    const data = await this.gameData();
    const refuse = (message: string) => {
      // A broken autosave would fail on every visit: it is dropped once reported.
      if (fromAutosave) {
        clearAutosave(this.deps.storage);
        if (this.screen === 'title') this.render();
      }
      this.showMessage(message);
    };
    const parsed = data.parseSave(text, name);
    if (!parsed.ok) return refuse(this.t(`errors.save.${parsed.problem.code}`, parsed.problem.values));
    const scenario = data.scenarios.find((s) => s.id === parsed.value.scenario);
    if (!scenario) return refuse(this.t('errors.unknownScenario', { id: parsed.value.scenario }));
    // Replay first: a save whose moves the rules refuse is corrupt, and the current game is kept.
    // The machine that replayed the moves is the one the game goes on with: they are played once.
    const { moves } = parsed.value;
    const replayed = replayActor(scenario, { scenario: parsed.value.scenario, config: parsed.value.config, moves });
    if (!replayed.ok) return refuse(this.t('errors.corruptSave', { name, reason: replayed.error }));
    this.play(replayed.value, moves.length > 0);
    if (!fromAutosave) this.showMessage(this.t('title.resumed', { name }), 'info');
  }

  private async importFile(): Promise<void> {
    const file = this.el.fileInput.files?.[0];
    this.el.fileInput.value = '';
    if (!file) return;
    if (file.size > 5_000_000) return this.showMessage(this.t('errors.tooLarge', { name: file.name }));
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
    };
  }

  private gamePanel(): HTMLElement {
    const snapshot = this.actor?.getSnapshot();
    const game = snapshot?.context.game;
    const scenario = snapshot?.context.scenario;
    if (!game || !scenario) return h('p', {}, this.t('common.loading'));
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
        }, comparisons.data ? undefined : comparisons.progress);
      }
      default:
        return h('p', { role: 'status' }, this.t('turn.waiting'));
    }
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
    board.showBoard(boardView(game, scenario, this.t, this.prefs.language), cues);
    if (performance.getEntriesByName('csd:board').length === 0) performance.mark('csd:board');
    if (game.phase === 'transition' && game.config.seats.mexico === 'human') {
      const cards: OptionCardView[] = (['A', 'B', 'C', 'D'] as const).map((o) => ({ option: o, title: this.t(`optionCards.${o}.title`), description: this.t(`optionCards.${o}.description`), outcome: this.t(`optionCards.${o}.outcome`) }));
      board.showOptions(cards);
    } else board.hideOptions();
  }
}

function readStoredMute(store: KeyValueStore | null): boolean {
  try {
    return (JSON.parse(store?.getItem('csd.audio') ?? 'null') as { muted?: unknown } | null)?.muted === true;
  } catch {
    return false;
  }
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
