import type * as Phaser from 'phaser';
import { BAND_COLORS, COLORS, FONT } from './theme';

// Line charts drawn into a Phaser scene: the board's timeline and the debrief's charts.

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: number;
  readonly width: number;
}

export interface ChartOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly years: readonly number[];
  /** The last year the axis should reach (for a game still being played). */
  readonly lastYear?: number;
  readonly min: number;
  readonly max: number;
  readonly series: readonly ChartSeries[];
  readonly title: string;
  readonly fontSize: number;
  /** Shade the relationship bands behind the lines. */
  readonly bands?: boolean;
}

const BAND_STEPS: readonly [number, number, keyof typeof BAND_COLORS][] = [
  [0, 15, 'Adversarial'],
  [15, 35, 'Distant'],
  [35, 55, 'Cooperative'],
  [55, 75, 'Collaborative'],
  [75, 90, 'Institutionalized'],
  [90, 100, 'Integrated'],
];

export function drawChart(scene: Phaser.Scene, parent: Phaser.GameObjects.Container, o: ChartOptions): void {
  const g = scene.add.graphics();
  parent.add(g);
  const top = o.y + o.fontSize * 2.8;
  const bottom = o.y + o.height - o.fontSize * 1.6;
  const left = o.x + o.fontSize * 2.6;
  const right = o.x + o.width - o.fontSize * 0.5;
  const first = o.years[0] ?? 0;
  const last = Math.max(o.lastYear ?? first, o.years[o.years.length - 1] ?? first, first + 1);
  const px = (year: number) => left + ((year - first) / (last - first)) * (right - left);
  const py = (v: number) => bottom - ((v - o.min) / (o.max - o.min)) * (bottom - top);
  parent.add(scene.add.text(o.x, o.y, o.title, { fontFamily: FONT, fontSize: `${o.fontSize}px`, color: COLORS.text }));
  if (o.bands) {
    for (const [lo, hi, band] of BAND_STEPS) {
      g.fillStyle(BAND_COLORS[band], 0.14);
      g.fillRect(left, py(hi), right - left, py(lo) - py(hi));
    }
  }
  g.lineStyle(1, COLORS.panelEdge, 1);
  g.strokeRect(left, top, right - left, bottom - top);
  const step = Math.max(1, Math.ceil((last - first) / 8));
  for (let year = first; year <= last; year += step) {
    g.lineBetween(px(year), bottom, px(year), bottom + 4);
    parent.add(scene.add.text(px(year), bottom + 5, String(year), { fontFamily: FONT, fontSize: `${o.fontSize * 0.75}px`, color: COLORS.textDim }).setOrigin(0.5, 0));
  }
  for (const v of [o.min, (o.min + o.max) / 2, o.max]) {
    parent.add(scene.add.text(left - 4, py(v), formatTick(v), { fontFamily: FONT, fontSize: `${o.fontSize * 0.75}px`, color: COLORS.textDim }).setOrigin(1, 0.5));
  }
  // The legend sits on its own line under the title.
  let legendX = left;
  const legendY = o.y + o.fontSize * 1.25;
  for (const s of o.series) {
    g.lineStyle(s.width, s.color, 1);
    g.beginPath();
    s.values.forEach((v, i) => {
      const x = px(o.years[i] ?? first);
      const y = py(Math.max(o.min, Math.min(o.max, v)));
      if (i === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    });
    g.strokePath();
    if (s.values.length === 1) {
      g.fillStyle(s.color, 1);
      g.fillCircle(px(o.years[0] ?? first), py(s.values[0] ?? 0), s.width + 1);
    }
    g.fillStyle(s.color, 1);
    g.fillRect(legendX, legendY + o.fontSize * 0.4, o.fontSize * 0.9, Math.max(3, s.width));
    const label = scene.add.text(legendX + o.fontSize * 1.1, legendY, s.label, { fontFamily: FONT, fontSize: `${o.fontSize * 0.8}px`, color: COLORS.textDim });
    parent.add(label);
    legendX += label.width + o.fontSize * 1.6;
  }
}

function formatTick(v: number): string {
  return v >= 1000 ? `${Math.round(v / 1000)}k` : String(Math.round(v));
}
