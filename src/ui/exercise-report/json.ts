import type { Exercise } from '../../exercise/types';

// The whole exercise as JSON: its scenario, settings, roster, events list, the game's moves (the
// control cell's included), the append-only log and the notes. With the scenario, that is enough to
// replay the exercise's game move by move and to rebuild its hot wash.

export function exerciseJson(exercise: Exercise): string {
  return `${JSON.stringify(exercise, null, 2)}\n`;
}
