import type { BorderMap } from '../map/border-map';
import { borderMapIfLoaded } from '../map/load-map';
import { bakeLayer } from './bake';
import { bakeMap } from './map-texture';
import { pixelRatio, stageSize } from './pixels';
import { ScreenScene } from './screen-scene';
import { COLORS, FONT } from './theme';

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
      const bands = [0x8e2b2b, 0xa8612a, 0xb59a2c, 0x4f8f45, 0x2f7f7a, 0x3461a8];
      bands.forEach((color, i) => {
        g.fillStyle(color, 0.35);
        g.fillRect(0, h * 0.62 + i * h * 0.05, w, h * 0.05);
      });
    }
    if (texture) this.layer.add(this.add.image(0, 0, texture).setOrigin(0, 0).setScale(1 / r));
    const size = Math.max(28, Math.min(w / 18, h / 10)) * this.textScale;
    const wrap = Math.max(size * 4, w * 0.6);
    const t = this.add.text(w * 0.06, h * 0.08, this.title, { fontFamily: FONT, fontSize: `${Math.round(size)}px`, color: COLORS.text, fontStyle: 'bold', wordWrap: { width: wrap } });
    const s = this.add.text(w * 0.06, h * 0.08 + t.height + size * 0.3, this.subtitle, { fontFamily: FONT, fontSize: `${Math.round(size * 0.45)}px`, color: COLORS.textDim, wordWrap: { width: wrap } });
    this.layer.add([t, s]);
    bakeLayer(this, this.layer, 'title-static');
  }
}
