import type { Debrief } from '../debrief/debrief-data';
import type { BoardView } from '../view/board-view';

// The board as the rest of the UI sees it. The Phaser implementation (phaser-board.ts) is loaded
// when the first screen opens; everything it draws comes from these arguments.

export type BoardCue =
  | { readonly kind: 'cardsDrawn'; readonly count: number }
  | { readonly kind: 'bandCrossed' }
  | { readonly kind: 'election' };

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

export interface BoardRenderer {
  showTitle(title: string, subtitle: string): void;
  showBoard(view: BoardView, cues: readonly BoardCue[]): void;
  showOptions(cards: readonly OptionCardView[]): void;
  hideOptions(): void;
  showDebrief(debrief: Debrief, labels: DebriefLabels): void;
  setTextScale(scale: number): void;
  destroy(): void;
}
