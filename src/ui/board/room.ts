import type * as Phaser from 'phaser';
import { boardFont, clampSize } from './layout';
import { stageSize } from './pixels';
import { COLORS, FONT } from './theme';

// What a scene shows instead of a drawing it cannot make: the stage too small to be read, or a
// drawing that failed. A short notice in the player's language (the last one a board view
// brought), and the scene draws itself again at the next resize.

/** Said until a board view brings the translated notice. */
export const NEEDS_ROOM = 'The board needs more room — enlarge the window';

let notice = NEEDS_ROOM;

export function setNeedsRoomNotice(text: string | undefined): void {
  if (text) notice = text;
}

export function needsRoomNotice(): string {
  return notice;
}

const reported = new Set<string>();

/** Logs a failed drawing once per kind of failure (a failure at every frame would flood the console). */
export function reportDrawFailure(error: unknown): void {
  const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (reported.has(key)) return;
  reported.add(key);
  console.error('The board could not be drawn; it shows a notice instead.', error);
}

/** Writes the notice in the middle of the stage, into `layer`; never throws. */
export function drawNeedsRoom(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, textScale = 1): void {
  try {
    const stage = stageSize(scene);
    const w = clampSize(stage.width);
    const h = clampSize(stage.height);
    const font = Math.min(boardFont(w, h, textScale) * 1.1, 28);
    const text = scene.add.text(w / 2, h / 2, notice, {
      fontFamily: FONT,
      fontSize: `${Math.round(font)}px`,
      color: COLORS.text,
      align: 'center',
      wordWrap: { width: Math.max(font * 6, w - 16) },
    });
    text.setOrigin(0.5);
    layer.add(text);
  } catch (error) {
    reportDrawFailure(error);
  }
}

/** Marks the board's canvas with what it shows: for tests and for anyone inspecting the page. */
export function markBoardState(scene: Phaser.Scene, state: 'drawn' | 'needs-room'): void {
  const canvas = scene.game.canvas as HTMLCanvasElement | undefined;
  if (canvas?.dataset) canvas.dataset.boardState = state;
}
