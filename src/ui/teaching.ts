import { createGame, ROLES, type GameConfig, type GameState, type Moment, type Role, type Scenario } from '../engine';
import type { Language, Translate } from '../i18n';
import { briefing } from '../i18n/briefings';
import type { BoardRenderer } from './board/board';
import { briefingPanel } from './dom/briefing';
import { Guide } from './dom/guide';
import { momentAnnouncement, momentPanel, stagedMoment } from './dom/stage';

// Teaching (issue 10) in the browser game: the briefs read before play, the big moments waiting to
// be read (shown before the next panel, and staged on the board as the panel shows them), and the
// guided first year. The app asks it for a panel before each turn's; play goes on when it has none.

/** The human teams' briefs, read one after another. */
export interface Briefs {
  readonly roles: readonly Role[];
  index: number;
  /** Opened again from the toolbar, during play. */
  readonly reopened: boolean;
}

export interface TeachingDeps {
  /** Where the guide's call-outs are put. */
  readonly root: HTMLElement;
  /** The screen readers' live region, which announces the moment on screen. */
  readonly live: HTMLElement;
  readonly t: Translate;
  language(): Language;
  /** The board, once it has loaded. */
  board(): BoardRenderer | null;
  /** The year and phase on screen, and whether a play screen (not the title or setup) is on. */
  game(): GameState | null;
  playing(): boolean;
  openGlossary(entryId?: string): void;
  /** A panel was passed: the message about the one before goes. */
  clearMessage(): void;
  render(): void;
  renderBoard(): void;
}

export class Teaching {
  private briefs: Briefs | null = null;
  private moments: Moment[] = [];
  /** The moments already put on the board's stage. */
  private readonly staged = new WeakSet<Moment>();
  /**
   * The game as it stood before the computer's opening run (the 2012 election, the new strategy),
   * drawn on the board while the opening briefs are read: the briefs set the scene before those
   * events, and the board must not tell their outcome first. Null once the briefs are read.
   */
  private opening: GameState | null = null;
  /** Moments for the board's stage while it is still loading. */
  private unstaged: Moment[] = [];
  private guide: Guide | null = null;
  private guideYear: number | null = null;

  constructor(private readonly deps: TeachingDeps) {}

  /** A game starts (or is resumed, with no briefs and no opening): what comes before its first panel. */
  begin(briefs: Briefs | null, opening: readonly Moment[] | null, scenario: Scenario | null, game: GameState | null): void {
    this.briefs = briefs;
    this.moments = [];
    if (opening) this.queue(opening);
    this.opening = opening && briefs && game && scenario ? createGame(scenario, game.config) : null;
  }

  /** The game is left: nothing waits to be read, nothing stays staged, the guide goes. */
  clear(): void {
    this.briefs = null;
    this.opening = null;
    this.moments = [];
    this.unstaged = [];
    this.deps.board()?.clearStage?.();
    this.guide?.destroy();
    this.guide = null;
  }

  /** The board has loaded: the moments staged meanwhile go on it. */
  boardLoaded(): void {
    this.stageOnBoard(this.unstaged);
    this.unstaged = [];
  }

  /** The game the board should draw instead of the current one while the opening briefs are read. */
  get openingBoard(): GameState | null {
    return this.opening;
  }

  /** Whether a brief or a moment is on the panel, rather than play. */
  get reading(): boolean {
    return this.briefs !== null || this.moments.length > 0;
  }

  /** Moments to be read before the next panel (each staged on the board when the panel shows it). */
  queue(moments: readonly Moment[]): void {
    this.moments.push(...moments);
  }

  /** The language changed: the moment on stage is staged again, in the new language. */
  restage(): void {
    const moment = this.moments[0];
    if (moment) this.staged.delete(moment);
  }

  /** The brief of a human team, or the first moment waiting to be read; null when play goes on. */
  panel(scenario: Scenario): HTMLElement | null {
    const deps = this.deps;
    const t = deps.t;
    const briefs = this.briefs;
    const role = briefs?.roles[briefs.index];
    if (briefs && role) {
      const next = briefs.roles[briefs.index + 1];
      return briefingPanel(briefing(scenario, role, deps.language()), {
        t,
        index: briefs.index,
        count: briefs.roles.length,
        nextRole: next ? t(`roles.${next}`) : undefined,
        reopened: briefs.reopened,
        openGlossary: (id) => deps.openGlossary(id),
        onNext: () => {
          deps.clearMessage();
          briefs.index++;
          if (briefs.index >= briefs.roles.length) {
            this.briefs = null;
            // The briefs are read: the board catches up with the opening's events as they are staged.
            if (this.opening) {
              this.opening = null;
              deps.renderBoard();
            }
          }
          deps.render();
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
    deps.live.textContent = momentAnnouncement(moment, deps.language(), t);
    return momentPanel(moment, {
      t,
      language: deps.language(),
      more: this.moments.length - 1,
      openGlossary: (id) => deps.openGlossary(id),
      onContinue: () => {
        if (this.moments[0] !== moment) return;
        deps.clearMessage();
        this.moments.shift();
        if (this.moments.length === 0) {
          deps.live.textContent = '';
          deps.board()?.clearStage?.();
        }
        deps.render();
      },
    });
  }

  /** Puts moments on the board's stage after those waiting there, or `instead` of them. */
  private stageOnBoard(moments: readonly Moment[], instead = false): void {
    if (moments.length === 0) return;
    const board = this.deps.board();
    if (!board) {
      if (instead) this.unstaged = [];
      return void this.unstaged.push(...moments);
    }
    if (instead) board.clearStage?.();
    board.stage?.(moments.map((m) => stagedMoment(m, this.deps.language(), this.deps.t)));
  }

  /** The toolbar's "Briefing": the human teams' briefs again, then back to where play stood. */
  reopenBriefing(config: GameConfig): void {
    const roles = ROLES.filter((r) => config.seats[r] === 'human');
    if (roles.length === 0) return;
    this.briefs = { roles, index: 0, reopened: true };
    this.deps.render();
  }

  /** A play screen is on (not a brief or a moment): where the guide may point. */
  onPlayScreen(): boolean {
    const phase = this.deps.game()?.phase;
    return this.deps.playing() && !this.reading && (phase === 'decisions' || phase === 'cardChoice' || phase === 'report');
  }

  startGuide(): void {
    this.guide?.destroy();
    this.guideYear = this.deps.game()?.year ?? null;
    const guide = new Guide(this.deps.root, () => this.deps.t, () => {
      if (this.guide === guide) this.guide = null;
    });
    this.guide = guide;
    guide.update(this.onPlayScreen());
  }

  /** After each render: a call-out that comes up takes the focus (its Next button). */
  updateGuide(): void {
    this.guide?.update(this.onPlayScreen());
  }

  /** A new snapshot: the guide is for the first year. */
  yearReached(year: number): void {
    if (this.guide && this.guideYear !== null && year > this.guideYear) this.guide.end();
  }
}
