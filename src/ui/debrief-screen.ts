import { TRACK_NAMES, type GameState, type Scenario } from '../engine';
import type { Language, Translate } from '../i18n';
import type { BoardRenderer } from './board/board';
import { DebriefComparisons } from './debrief/comparison-runner';
import { chartTitle } from './debrief/comparison-text';
import { buildDebrief, type Debrief } from './debrief/debrief-data';
import { debriefJson, debriefMarkdown } from './debrief/export';
import { debriefPanel, showComparisonProgress, showComparisons } from './dom/debrief';
import { linkedText } from './dom/glossary';
import { download } from './page';

// The browser game's debrief: the finished game's panel (its exports, its comparisons' progress
// until they are in) and its charts on the board. The comparisons' games are played once per game,
// off the page's thread; a new language only rewords them.

export interface DebriefScreenDeps {
  /** The side panel the debrief is shown in. */
  readonly panel: HTMLElement;
  readonly t: Translate;
  language(): Language;
  /** Starts a worker for the comparisons (src/workers/comparison-worker.ts); none plays them on the page. */
  readonly createWorker?: (() => Worker) | undefined;
  /** The finished game, when its debrief is on screen; null otherwise. */
  onScreen(): { readonly game: GameState; readonly scenario: Scenario } | null;
  openGlossary(entryId?: string): void;
  newGame(): void;
  showError(text: string, details: string): void;
  renderBoard(): void;
}

export class DebriefScreen {
  private debrief: Debrief | null = null;
  private readonly comparisons: DebriefComparisons;

  constructor(private readonly deps: DebriefScreenDeps) {
    this.comparisons = new DebriefComparisons({
      createWorker: deps.createWorker,
      onProgress: (progress) => showComparisonProgress(deps.panel, progress, deps.t),
      onResult: () => this.showComparisons(),
      onError: (error) => deps.showError(deps.t('debrief.comparisonsFailed'), error instanceof Error ? error.message : String(error)),
    });
  }

  /** The debrief panel; until the comparisons are in, it shows everything else and their progress. */
  panel(game: GameState, scenario: Scenario): HTMLElement {
    const t = this.deps.t;
    const language = this.deps.language();
    const comparisons = this.comparisons.of(game, scenario);
    this.debrief ??= buildDebrief(game, scenario, t, language, comparisons.data);
    const name = `csd-debrief-${scenario.id}-seed${game.config.seed}`;
    // The exports read the debrief when clicked: the comparisons may have arrived since.
    const exported = (write: (d: Debrief) => void) => () => {
      if (this.debrief) write(this.debrief);
    };
    return debriefPanel(this.debrief, t, {
      exportMarkdown: exported((d) => download(`${name}.md`, debriefMarkdown(d, t), 'text/markdown')),
      exportJson: exported((d) => download(`${name}.json`, debriefJson(d), 'application/json')),
      newGame: () => this.deps.newGame(),
      linkText: (text) => linkedText(text, language, (id) => this.deps.openGlossary(id), t),
    }, comparisons.data ? undefined : comparisons.progress);
  }

  /** The players read the last report: the comparisons' worker starts loading meanwhile. */
  prepare(): void {
    this.comparisons.prepare();
  }

  /** The language changed: the debrief is worded again at its next render. */
  reword(): void {
    this.debrief = null;
  }

  /** The game is left: its debrief and comparisons with it. */
  clear(): void {
    this.debrief = null;
    this.comparisons.clear();
  }

  /** Draws the debrief's charts on the board; false when there is no debrief to draw (yet). */
  drawOn(board: BoardRenderer, game: GameState, scenario: Scenario): boolean {
    const debrief = this.debrief;
    const t = this.deps.t;
    if (game.phase !== 'debrief' || !debrief) return false;
    const pending = !this.comparisons.of(game, scenario).data;
    board.showDebrief(debrief, {
      title: t('debrief.title'),
      tracksOverTime: t('debrief.tracksOverTime'),
      comparisons: debrief.comparisons.map((c) => chartTitle(c, t)),
      computerOnYourSeed: t('debrief.computerOnYourSeed'),
      securityChart: t('debrief.securityChart'),
      ...(pending ? { comparing: t('debrief.comparing') } : {}),
      trackLabels: Object.fromEntries(TRACK_NAMES.map((k) => [k, t(`trackShort.${k}`)])),
    });
    return true;
  }

  /** The comparisons have arrived: into the debrief on screen, in place, and onto the board. */
  private showComparisons(): void {
    const shown = this.deps.onScreen();
    if (!shown) return;
    const { game, scenario } = shown;
    this.debrief = buildDebrief(game, scenario, this.deps.t, this.deps.language(), this.comparisons.of(game, scenario).data);
    showComparisons(this.deps.panel, this.debrief, this.deps.t);
    this.deps.renderBoard();
  }
}
