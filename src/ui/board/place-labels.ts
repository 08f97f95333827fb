import type * as Phaser from 'phaser';
import type { MapPlace } from '../map/border-map';
import { labelRequests, type LabelBox } from '../map/label-placement';
import { borderPlaces } from '../map/places';
import { colorNumber } from '../theme/palette';
import type { LabelRegistry } from './label-registry';
import { placeMapNames } from './map-names';
import { COLORS, FONT } from './theme';

// The map's place names, placed so that none touches another or a dot (map/label-placement.ts; in
// projector mode placed together where that names more, map-names.ts): each name is measured as
// the text it will be drawn as, then put where the placement says.

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
  /**
   * Whether the names may be placed together (slid along their dot's side, or set a little away on
   * a line) where the usual placement would leave one out or shorten it: projector mode, whose
   * names are at the floor and cannot shrink.
   */
  readonly together?: boolean;
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
  const placed = placeMapNames(labelRequests(points, short, measure), { bounds: o.box, dot: o.dot, gap: Math.max(2, o.font * 0.25), obstacles: o.obstacles }, o.together === true);
  probe.destroy();
  const leaders = placed.flatMap((l) => (l.leader ? [l.leader] : []));
  if (leaders.length > 0) {
    // A name set away from its dot is joined to it by a line, outlined like the names so that it
    // shows over land and sea alike.
    const g = scene.add.graphics();
    const width = Math.max(1.5, o.font * 0.07);
    for (const [color, w] of [[COLORS.outline, width + Math.max(2, Math.round(o.font * 0.18))], [COLORS.text, width]] as const) {
      g.lineStyle(w, colorNumber(color), 1);
      for (const s of leaders) g.lineBetween(s.x1, s.y1, s.x2, s.y2);
    }
    layer.add(g);
  }
  for (const label of placed) {
    const t = scene.add.text(label.box.x, label.box.y, label.text, style);
    layer.add(t);
    o.labels?.add(`place.${label.id}`, t, o.box);
  }
  // A place whose name (and short name) found no room keeps its dot; said, not silently lost.
  for (const p of points) if (!placed.some((l) => l.id === p.id)) o.labels?.drop(`place.${p.id}`, p.name, 'no room on the map clear of the other names and dots');
}
