import type * as Phaser from 'phaser';
import { textFloor } from './floor';
import type { LabelRegistry } from './label-registry';
import { boardFont, clampSize } from './layout';
import { needsRoomNotice } from './needs-room';
import { stageSize } from './pixels';
import { COLORS } from './theme';

// What a scene shows instead of a drawing it cannot make: the stage too small to be read, or a
// drawing that failed. A short notice in the player's language that says what helps
// (needs-room.ts), and the scene draws itself again at the next resize.

export { NEEDS_ROOM, needsRoomNotice, setNeedsRoomNotice } from './needs-room';

const reported = new Set<string>();

/** Logs a failed drawing once per kind of failure (a failure at every frame would flood the console). */
export function reportDrawFailure(error: unknown): void {
  const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (reported.has(key)) return;
  reported.add(key);
  console.error('The board could not be drawn; it shows a notice instead.', error);
}

/** Writes the notice in the middle of the stage, into `layer`; never throws. */
export function drawNeedsRoom(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, textScale: number, labels: LabelRegistry): void {
  try {
    const stage = stageSize(scene);
    const w = clampSize(stage.width);
    const h = clampSize(stage.height);
    const floor = textFloor();
    const font = Math.max(floor, Math.min(boardFont(w, h, textScale) * 1.1, 28));
    const margin = 8;
    const box = { x: margin, y: margin, w: Math.max(0, w - margin * 2), h: Math.max(0, h - margin * 2) };
    labels.fit(layer, { id: 'needsRoom', texts: [needsRoomNotice()], x: w / 2, y: h / 2, origin: [0.5, 0.5], size: font, minSize: floor, maxW: box.w, maxH: box.h, wrap: true, ellipsis: true, align: 'center', color: COLORS.text, container: { x: 0, y: 0, w, h } });
  } catch (error) {
    reportDrawFailure(error);
  }
}

/** Marks the board's canvas with what it shows: for tests and for anyone inspecting the page. */
export function markBoardState(scene: Phaser.Scene, state: 'drawn' | 'needs-room'): void {
  const canvas = scene.game.canvas as HTMLCanvasElement | undefined;
  if (canvas?.dataset) canvas.dataset.boardState = state;
}
