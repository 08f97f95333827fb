import type * as Phaser from 'phaser';
import type { BorderMap } from '../map/border-map';
import { COLORS } from './theme';

// The map's thousands of points would be re-triangulated by WebGL every frame if drawn as a live
// Graphics object: it is drawn once into a texture (through the Canvas API) and shown as an image.

function trace(g: Phaser.GameObjects.Graphics, flat: readonly number[]): void {
  g.beginPath();
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (i === 0) g.moveTo(flat[i] as number, flat[i + 1] as number);
    else g.lineTo(flat[i] as number, flat[i + 1] as number);
  }
}

/**
 * The texture key of the map drawn at its size (made once per key), or null for a map less than a
 * pixel wide or high: a canvas of no size cannot be drawn, and would throw at every frame.
 */
/** `lineScale`: the device pixels per CSS pixel the map is drawn at (its lines keep their CSS width). */
export function bakeMap(scene: Phaser.Scene, map: BorderMap, key: string, alpha = 1, lineScale = 1): string | null {
  if (scene.textures.exists(key)) return key;
  if (!(map.width >= 1 && map.height >= 1)) return null;
  const g = scene.make.graphics({}, false);
  g.fillStyle(COLORS.sea, alpha);
  g.fillRect(0, 0, map.width, map.height);
  for (const shape of map.shapes) {
    const fill = shape.id === 'USA' ? COLORS.usLand : shape.id === 'MEX' ? COLORS.mexicoLand : COLORS.otherLand;
    g.fillStyle(fill, alpha);
    g.lineStyle(lineScale, COLORS.panelEdge, alpha);
    for (const polygon of shape.rings) {
      for (const ring of polygon) {
        trace(g, ring);
        g.closePath();
        g.fillPath();
        g.strokePath();
      }
    }
  }
  g.lineStyle(3 * lineScale, COLORS.border, alpha);
  for (const line of map.border) {
    trace(g, line);
    g.strokePath();
  }
  g.generateTexture(key, map.width, map.height);
  g.destroy();
  return key;
}
