import type { BorderMap } from '../map/border-map';
import { borderMapIfLoaded } from '../map/load-map';
import { bakeLayer } from './bake';
import { bakeMap } from './map-texture';
import { pixelRatio, stageSize } from './pixels';
import { ScreenScene } from './screen-scene';
import { textFloor } from './floor';
import { BAND_COLORS, COLORS, DISPLAY_FONT, DISPLAY_WEIGHT } from './theme';

// The first screen's backdrop: the border region in silhouette under the game's title.

export class TitleScene extends ScreenScene<{ title: string; subtitle: string }> {
  private title = '';
  private subtitle = '';
  private map: BorderMap | null = null;

  constructor() {
    super('title');
  }

  protected receive(data: { title?: string; subtitle?: string }): void {
    this.title = data.title ?? this.title;
    this.subtitle = data.subtitle ?? this.subtitle;
  }

  protected redraw(): void {
    this.layer.removeAll(true);
    const { width: w, height: h } = stageSize(this);
    // The first screen does not wait for the map's data; once a game has loaded it, it shows (on a
    // stage large enough to draw one).
    // Drawn in device pixels, shown scaled to CSS pixels (pixels.ts).
    const r = pixelRatio(this);
    const [mw, mh] = [Math.round(w * r), Math.round(h * r)];
    this.map = w >= 16 && h >= 16 ? borderMapIfLoaded(mw, mh) : null;
    const texture = this.map ? bakeMap(this, this.map, `title-map-${mw}x${mh}`, 0.55, r) : null;
    const g = this.add.graphics();
    this.layer.add(g);
    if (!texture) {
      Object.values(BAND_COLORS).forEach((color, i) => {
        g.fillStyle(color, 0.35);
        g.fillRect(0, h * 0.62 + i * h * 0.05, w, h * 0.05);
      });
    }
    if (texture) this.layer.add(this.add.image(0, 0, texture).setOrigin(0, 0).setScale(1 / r));
    const floor = textFloor();
    const size = Math.max(floor, Math.max(28, Math.min(w / 18, h / 10)) * this.textScale);
    const x = w * 0.06;
    const room = { x: 0, y: 0, w, h };
    const wrap = Math.max(0, w - x * 2);
    const t = this.labels.fit(this.layer, { id: 'title', texts: [this.title], x, y: h * 0.08, size, minSize: floor, maxW: wrap, maxH: h * 0.45, wrap: true, ellipsis: true, family: DISPLAY_FONT, weight: DISPLAY_WEIGHT, container: room });
    const top = h * 0.08 + (t?.height ?? 0) + size * 0.3;
    this.labels.fit(this.layer, { id: 'subtitle', texts: [this.subtitle], x, y: top, size: Math.max(floor, size * 0.45), minSize: floor, maxW: wrap, maxH: Math.max(0, h - top - h * 0.05), wrap: true, ellipsis: true, color: COLORS.textDim, container: room });
    this.labels.publish();
    bakeLayer(this, this.layer, 'title-static');
  }
}
