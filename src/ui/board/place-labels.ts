import type * as Phaser from 'phaser';
import type { MapPlace } from '../map/border-map';
import { labelRequests, placeLabels, type LabelBox } from '../map/label-placement';
import { borderPlaces } from '../map/places';
import type { LabelRegistry } from './label-registry';
import { COLORS, FONT } from './theme';

// The map's place names, placed so that none touches another or a dot (map/label-placement.ts):
// each name is measured as the text it will be drawn as, then put where the placement says.

export interface PlaceLabelOptions {
  /** Where the map is drawn, and how many of the map's pixels make one of the board's. */
  readonly box: LabelBox;
  readonly scale: number;
  readonly font: number;
  readonly dot: number;
  /** The translated names, by place id ('place.<id>' in the view's labels). */
  readonly names: Readonly<Record<string, string>>;
  /** What the labels must leave clear (the map's title). */
  readonly obstacles: readonly LabelBox[];
  /** Where each name drawn is registered (and each left out, recorded). */
  readonly labels?: LabelRegistry;
}

export function drawPlaceLabels(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, places: readonly MapPlace[], o: PlaceLabelOptions): void {
  const style = { fontFamily: FONT, fontSize: `${Math.max(1, Math.round(o.font))}px`, color: COLORS.text, stroke: COLORS.outline, strokeThickness: Math.max(2, Math.round(o.font * 0.18)) };
  // One text object measures every candidate text, then is reused for the first label.
  const probe = scene.add.text(0, 0, '', style);
  const measure = (text: string) => {
    probe.setText(text);
    return { w: probe.width, h: probe.height };
  };
  const points = places.map((p) => ({ id: p.id, name: o.names[`place.${p.id}`] ?? p.name, x: o.box.x + p.x / o.scale, y: o.box.y + p.y / o.scale }));
  const short = (id: string) => borderPlaces.find((p) => p.id === id)?.short;
  const placed = placeLabels(labelRequests(points, short, measure), { bounds: o.box, dot: o.dot, gap: Math.max(2, o.font * 0.25), obstacles: o.obstacles });
  probe.destroy();
  for (const label of placed) {
    const t = scene.add.text(label.box.x, label.box.y, label.text, style);
    layer.add(t);
    o.labels?.add(`place.${label.id}`, t, o.box);
  }
  // A place whose name (and short name) found no room keeps its dot; said, not silently lost.
  for (const p of points) if (!placed.some((l) => l.id === p.id)) o.labels?.drop(`place.${p.id}`, p.name, 'no room on the map clear of the other names and dots');
}
