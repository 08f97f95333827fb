import type { MomentKind, RelationshipBand } from '../../engine';
import type { Debrief } from '../debrief/debrief-data';
import type { BoardView } from '../view/board-view';
import type { CardEffect } from './card-motion';
import type { BoardLabelReport } from './labels';

// The board as the rest of the UI sees it. The Phaser implementation (phaser-board.ts) is loaded
// when the first screen opens; everything it draws comes from these arguments.

export type BoardCue =
  | { readonly kind: 'cardsDrawn'; readonly count: number }
  | { readonly kind: 'bandCrossed' }
  | { readonly kind: 'election' }
  /** The year's cards moved these tracks (card-motion.ts `cardEffects`): each effect flies from its card to its track. */
  | { readonly kind: 'cardEffects'; readonly effects: readonly CardEffect[] };

export interface OptionCardView {
  readonly option: string;
  readonly title: string;
  readonly description: string;
  readonly outcome: string;
}

export interface DebriefLabels {
  readonly title: string;
  readonly tracksOverTime: string;
  /** The chart title of each of the debrief's comparisons, in order. */
  readonly comparisons: readonly string[];
  /** The legend of the ring marking the computer's game on the player's own seed. */
  readonly computerOnYourSeed: string;
  readonly securityChart: string;
  /** Set while the comparisons' games are still being played: said where their chart will be. */
  readonly comparing?: string;
  readonly trackLabels: Readonly<Record<string, string>>;
}

/**
 * A big moment put on stage across the board (issue 10): a banner for a few seconds, one after
 * another, or until clicked or a key is pressed. The caller writes the words (the board knows no
 * language); the board adds the pictures: an election's chances as bars, a band crossing's marker
 * moving on a small relationship track.
 */
export interface StagedMoment {
  readonly kind: MomentKind;
  readonly headline: string;
  readonly body: string;
  readonly tone: 'good' | 'bad' | 'neutral';
  /** An election's chances, each party's 0-1, in the order to draw them. */
  readonly shares?: readonly { readonly label: string; readonly share: number; readonly winner: boolean }[];
  /** A band crossing: from which band to which (the board colours and animates them). */
  readonly band?: { readonly from: RelationshipBand; readonly to: RelationshipBand; readonly fromLabel: string; readonly toLabel: string };
}

/** What the player does on the board, for the app to act on (each optional). */
export interface BoardHandlers {
  /** A card of the year's strip clicked or tapped: open its text. */
  onCardSelected?(cardId: string): void;
  /** An option card clicked at the transition: the same as choosing it in the panel. */
  onOptionSelected?(option: string): void;
  /** A moment has just come on stage (play its sound now). */
  onMomentShown?(moment: StagedMoment): void;
}

export interface BoardRenderer {
  showTitle(title: string, subtitle: string): void;
  showBoard(view: BoardView, cues: readonly BoardCue[]): void;
  showOptions(cards: readonly OptionCardView[]): void;
  hideOptions(): void;
  showDebrief(debrief: Debrief, labels: DebriefLabels): void;
  setTextScale(scale: number): void;
  /**
   * Queues moments to be staged after any already waiting. Optional until every renderer (the
   * tests' recording board) has it.
   */
  stage?(moments: readonly StagedMoment[]): void;
  /** Drops every moment waiting or on stage (a new game, the title screen). */
  clearStage?(): void;
  /** Replaces the handlers of what the player does on the board. */
  setHandlers?(handlers: BoardHandlers): void;
  /**
   * Every text the running scenes draw, with its box, its container and its size (labels.ts), for
   * tests and anyone inspecting the page; a page loaded with `window.__csdTestHooks = true` also
   * gets it as `window.__csdBoardLabels()`.
   */
  labels?(): BoardLabelReport;
  destroy(): void;
}
