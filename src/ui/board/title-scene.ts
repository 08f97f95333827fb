import * as Phaser from 'phaser';
import type { BorderMap } from '../map/border-map';
import { borderMapIfLoaded } from '../map/load-map';
import { COLORS, FONT } from './theme';

// The first screen's backdrop: the border region in silhouette under the game's title.

export class TitleScene extends Phaser.Scene {
  private title = '';
  private subtitle = '';
  private layer!: Phaser.GameObjects.Container;
  private map: BorderMap | null = null;
  private textScale = 1;

  constructor() {
    super('title');
  }

  init(data: { title?: string; subtitle?: string; textScale?: number }): void {
    this.title = data.title ?? this.title;
    this.subtitle = data.subtitle ?? this.subtitle;
    this.textScale = data.textScale ?? this.textScale;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.background);
    this.layer = this.add.container(0, 0);
    this.scale.on('resize', () => this.redraw(), this);
    this.events.once('shutdown', () => this.scale.off('resize', undefined, this));
    this.redraw();
  }

  private redraw(): void {
    this.layer.removeAll(true);
    const { width: w, height: h } = this.scale;
    // The first screen does not wait for the map's data; once a game has loaded it, it shows.
    this.map = borderMapIfLoaded(Math.round(w), Math.round(h));
    const g = this.add.graphics();
    this.layer.add(g);
    if (!this.map) {
      const bands = [0x8e2b2b, 0xa8612a, 0xb59a2c, 0x4f8f45, 0x2f7f7a, 0x3461a8];
      bands.forEach((color, i) => {
        g.fillStyle(color, 0.35);
        g.fillRect(0, h * 0.62 + i * h * 0.05, w, h * 0.05);
      });
    }
    if (this.map) {
      for (const shape of this.map.shapes) {
        g.fillStyle(shape.id === 'MEX' ? COLORS.mexicoLand : shape.id === 'USA' ? COLORS.usLand : COLORS.otherLand, 0.55);
        for (const polygon of shape.rings) {
          for (const ring of polygon) {
            g.beginPath();
            for (let i = 0; i + 1 < ring.length; i += 2) (i === 0 ? g.moveTo : g.lineTo).call(g, ring[i] as number, ring[i + 1] as number);
            g.closePath();
            g.fillPath();
          }
        }
      }
      g.lineStyle(3, COLORS.border, 0.8);
      for (const line of this.map.border) {
        g.beginPath();
        for (let i = 0; i + 1 < line.length; i += 2) (i === 0 ? g.moveTo : g.lineTo).call(g, line[i] as number, line[i + 1] as number);
        g.strokePath();
      }
    }
    const size = Math.max(28, Math.min(w / 18, h / 10)) * this.textScale;
    const t = this.add.text(w * 0.06, h * 0.08, this.title, { fontFamily: FONT, fontSize: `${Math.round(size)}px`, color: COLORS.text, fontStyle: 'bold', wordWrap: { width: w * 0.6 } });
    const s = this.add.text(w * 0.06, h * 0.08 + t.height + size * 0.3, this.subtitle, { fontFamily: FONT, fontSize: `${Math.round(size * 0.45)}px`, color: COLORS.textDim, wordWrap: { width: w * 0.6 } });
    this.layer.add([t, s]);
  }
}
