import type { GameState } from '../../engine';
import type { PlayerMove } from '../../machine';

// Undo before the year resolves: a game is a seed plus its moves, so taking a decision back is
// replaying the moves without it (the computer's later moves come back from the same seeded streams).
// Only a decision or a card's choice made this year, while the year is still open, can be undone:
// once the year has resolved, its report is history.

/** The phases of a year in which its decisions are still open. */
const OPEN_PHASES: ReadonlySet<GameState['phase']> = new Set(['cardChoice', 'decisions']);

/** What the app needs of a machine snapshot's context. */
export interface UndoSource {
  readonly game: GameState | null;
  readonly moves: readonly PlayerMove[];
}

/**
 * The moves without the last decision of this year (a DECIDE, a RESOLVE_CARD, or a turn handed to
 * the computer), or null when there is nothing to undo this year.
 */
export function undoableMoves(context: UndoSource): PlayerMove[] | null {
  const { game, moves } = context;
  const last = moves[moves.length - 1];
  if (!game || !last || !OPEN_PHASES.has(game.phase)) return null;
  const thisYear = game.log.flat().filter((e) => e.year === game.year);
  switch (last.type) {
    case 'DECIDE':
      if (!thisYear.some((e) => e.type === 'decision' && e.role === last.role && e.by === 'human')) return null;
      break;
    case 'RESOLVE_CARD':
      if (!thisYear.some((e) => e.type === 'cardChoice' && e.card === last.card && e.by === 'human')) return null;
      break;
    case 'DELEGATE':
      // A team's turn the computer played this year: a decision or choice by the computer for a human seat
      // (a delegated transition is the strategy, older than this year's turns).
      if (!thisYear.some((e) => (e.type === 'decision' || e.type === 'cardChoice') && e.by === 'computer' && game.config.seats[e.role] === 'human')) return null;
      break;
    default:
      return null;
  }
  return moves.slice(0, -1);
}

/** Whether the snapshot has a decision to undo. */
export function canUndo(context: UndoSource): boolean {
  return undoableMoves(context) !== null;
}
