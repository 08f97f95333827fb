import * as Phaser from 'phaser';

// Sharp on high-density screens. Phaser 4 has no `resolution` setting for the game (it went in
// 3.60): the canvas is sized in device pixels by phaser-board.ts (the scale manager's NONE mode,
// its game size the stage's CSS size times the device pixel ratio, zoomed by 1/ratio so that it
// fills the stage), and every scene draws in CSS pixels through a camera zoomed by the ratio, its
// text rendered at the ratio. Layouts, hit areas and tests all keep working in CSS pixels.

/** More than this many device pixels per CSS pixel costs fill rate for nothing a reader would see. */
export const MAX_PIXEL_RATIO = 3;

/** The page's device pixel ratio, within 1..MAX_PIXEL_RATIO. */
export function screenPixelRatio(): number {
  const r = typeof window === 'undefined' ? 1 : window.devicePixelRatio;
  return Number.isFinite(r) && r > 0 ? Math.min(MAX_PIXEL_RATIO, Math.max(1, r)) : 1;
}

const KEY = 'pixelRatio';

export function setPixelRatio(game: Phaser.Game, ratio: number): void {
  game.registry.set(KEY, ratio);
}

/** The device pixels per CSS pixel that the game's canvas is drawn at. */
export function pixelRatio(scene: Phaser.Scene): number {
  const r = scene.game.registry.get(KEY) as unknown;
  return typeof r === 'number' && r > 0 ? r : 1;
}

/** The stage's size in CSS pixels: what every scene lays itself out in. */
export function stageSize(scene: Phaser.Scene): { width: number; height: number } {
  const r = pixelRatio(scene);
  return { width: scene.scale.width / r, height: scene.scale.height / r };
}

/**
 * Has a scene draw in CSS pixels on the device-pixel canvas: its camera zoomed by the ratio from
 * its top-left corner (again after each resize: the ratio changes when the window moves to
 * another screen), and each text it adds rendered at the ratio.
 */
export function drawInCssPixels(scene: Phaser.Scene): void {
  const zoom = () => scene.cameras.main.setOrigin(0, 0).setZoom(pixelRatio(scene));
  zoom();
  const sharpen = (object: Phaser.GameObjects.GameObject) => {
    if (object instanceof Phaser.GameObjects.Text && object.style.resolution !== pixelRatio(scene)) object.setResolution(pixelRatio(scene));
  };
  scene.scale.on('resize', zoom, scene);
  scene.events.on('addedtoscene', sharpen);
  scene.events.once('shutdown', () => {
    scene.scale.off('resize', zoom, scene);
    scene.events.off('addedtoscene', sharpen);
  });
}
