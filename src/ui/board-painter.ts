import type { GameState, LogEntry, Scenario } from '../engine';
import type { Language, Translate } from '../i18n';
import type { BoardCue, BoardRenderer, OptionCardView } from './board/board';
import { cardEffectCues } from './board/card-motion';
import type { Cue } from './cues';
import { boardView } from './view/board-view';

// What the browser game's board shows, drawn once a frame: the title, the game (with the option
// cards at a human transition), or the debrief's charts (the debrief screen draws those).

export interface BoardPainterDeps {
  readonly t: Translate;
  language(): Language;
  /** The board, once it has loaded. */
  board(): BoardRenderer | null;
  /** The game on screen; null on the title and the setup. */
  shown(): { readonly game: GameState; readonly scenario: Scenario } | null;
  /** The game to draw instead while the opening briefs are read (teaching.ts). */
  openingBoard(): GameState | null;
  /** Draws the debrief's charts when the debrief is on; false when it is not. */
  drawDebrief(board: BoardRenderer, game: GameState, scenario: Scenario): boolean;
}

/** The board's animations for what the engine logged (`entries`), with the sounds it raised. */
export function boardCues(entries: readonly LogEntry[], sounds: readonly Cue[]): BoardCue[] {
  const cues: BoardCue[] = [];
  const drawn = entries.filter((e) => e.type === 'cardDrawn').length;
  if (drawn) cues.push({ kind: 'cardsDrawn', count: drawn });
  if (sounds.includes('alert')) cues.push({ kind: 'bandCrossed' });
  if (sounds.includes('election')) cues.push({ kind: 'election' });
  cues.push(...cardEffectCues(entries));
  return cues;
}

export class BoardPainter {
  private frame = 0;
  private cues: BoardCue[] = [];

  constructor(private readonly deps: BoardPainterDeps) {}

  /**
   * Draws the board at the next animation frame: the computer's steps can produce several
   * snapshots at once, and the board needs only the last (with every cue they raised).
   */
  request(cues: readonly BoardCue[]): void {
    this.cues.push(...cues);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const pending = this.cues;
      this.cues = [];
      this.draw(pending);
    });
  }

  private draw(cues: readonly BoardCue[]): void {
    const { deps } = this;
    const { t } = deps;
    const board = deps.board();
    if (!board) return;
    const shown = deps.shown();
    if (!shown) {
      board.hideOptions();
      board.showTitle(t('game.title'), t('game.subtitle'));
      return;
    }
    const { game, scenario } = shown;
    if (deps.drawDebrief(board, game, scenario)) return;
    board.showBoard(boardView(deps.openingBoard() ?? game, scenario, t, deps.language()), cues);
    if (performance.getEntriesByName('csd:board').length === 0) performance.mark('csd:board');
    if (game.phase === 'transition' && game.config.seats.mexico === 'human') {
      const cards: OptionCardView[] = (['A', 'B', 'C', 'D'] as const).map((o) => ({ option: o, title: t(`optionCards.${o}.title`), description: t(`optionCards.${o}.description`), outcome: t(`optionCards.${o}.outcome`) }));
      board.showOptions(cards);
    } else board.hideOptions();
  }
}
