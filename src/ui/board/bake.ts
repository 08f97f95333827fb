import type * as Phaser from 'phaser';
import { pixelRatio } from './pixels';

// Software WebGL (and slow machines) pay for every object every frame. What does not move between
// two snapshots is drawn once into a texture and shown as a single image; only markers, cards and
// other animated objects stay live.

export function bakeLayer(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, key: string): Phaser.GameObjects.Image | null {
  // The texture has the canvas's device pixels; the layer is drawn into it scaled to them, and the
  // picture shown scaled back to CSS pixels (the camera's zoom then makes it one to one again).
  const ratio = pixelRatio(scene);
  const width = Math.max(2, Math.ceil(scene.scale.width));
  const height = Math.max(2, Math.ceil(scene.scale.height));
  const texture = scene.textures.exists(key) ? (scene.textures.get(key) as Phaser.Textures.DynamicTexture) : scene.textures.addDynamicTexture(key, width, height, false);
  if (!texture) return null;
  if (texture.width !== width || texture.height !== height) texture.setSize(width, height, false);
  texture.clear();
  layer.setScale(ratio);
  texture.draw(layer, 0, 0);
  texture.render();
  layer.setScale(1);
  layer.removeAll(true);
  const image = scene.add.image(0, 0, key).setOrigin(0, 0).setScale(1 / ratio);
  layer.add(image);
  return image;
}
