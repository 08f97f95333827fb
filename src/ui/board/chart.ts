import type * as Phaser from 'phaser';
import type { LabelRegistry } from './label-registry';
import { clampSize, LINE, MIN_TEXT_PX } from './layout';
import { BAND_COLORS, COLORS, DISPLAY_FONT } from './theme';

// Line charts drawn into a Phaser scene: the board's timeline and the debrief's charts. A series
// may carry a translucent ribbon (the p10–p90 spread of many games around its median line), be
// dashed, or end in a marked point (the player's own game read against the ribbons).

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: number;
  readonly width: number;
  /** A translucent ribbon drawn under every line, from `lower` to `upper` (one value per year each). */
  readonly ribbon?: { readonly lower: readonly number[]; readonly upper: readonly number[] };
  readonly dashed?: boolean;
  /** Marks the last value with a dot and writes it beside the dot. */
  readonly endPoint?: boolean;
}

/** A hollow ring at one value: e.g. the computer's game on the player's own seed. */
export interface ChartMarker {
  readonly label: string;
  readonly year: number;
  readonly value: number;
  readonly color: number;
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
  readonly markers?: readonly ChartMarker[];
  readonly title: string;
  readonly fontSize: number;
  /** Shade the relationship bands behind the lines ('faint' under ribbons, which would muddy them). */
  readonly bands?: boolean | 'faint';
  /** The smallest text allowed (the projector's floor in projector mode). */
  readonly minFont?: number;
  /** Where the chart's texts are registered, under ids starting with `id`. */
  readonly labels: LabelRegistry;
  readonly id: string;
}

const BAND_STEPS: readonly [number, number, keyof typeof BAND_COLORS][] = [
  [0, 15, 'Adversarial'],
  [15, 35, 'Distant'],
  [35, 55, 'Cooperative'],
  [55, 75, 'Collaborative'],
  [75, 90, 'Institutionalized'],
  [90, 100, 'Integrated'],
];

const RIBBON_ALPHA = 0.16;

type LegendItem = { readonly label: string; readonly swatch: (x: number, y: number, w: number) => void };

export function drawChart(scene: Phaser.Scene, parent: Phaser.GameObjects.Container, options: ChartOptions): void {
  // A chart given no room (or no font) is drawn in what there is: no size below zero, no font below a pixel.
  const o = { ...options, width: clampSize(options.width), height: clampSize(options.height) };
  const g = scene.add.graphics();
  parent.add(g);
  const f = clampSize(o.fontSize, 1);
  const floor = Math.ceil(clampSize(o.minFont ?? MIN_TEXT_PX, 1));
  const box = { x: o.x, y: o.y, w: o.width, h: o.height };
  const R = o.labels;
  // Legends and ticks are smaller than titles, but never below the floor.
  const small = Math.max(floor, Math.round(f * 0.8));
  const tick = Math.max(floor, Math.round(f * 0.75));
  const title = R.fit(parent, { id: `${o.id}.title`, texts: [o.title], x: o.x, y: o.y, size: f, minSize: floor, maxW: o.width, maxH: Math.min(o.height / 3, f * LINE * 2), wrap: true, ellipsis: true, container: box });

  // The legend wraps onto as many lines as it needs under the title; the plot takes what is left.
  const items: LegendItem[] = [];
  for (const s of o.series) items.push({ label: s.label, swatch: (x, y, w) => legendSwatch(g, s, x, y, w, small) });
  for (const m of o.markers ?? []) items.push({ label: m.label, swatch: (x, y, w) => ring(g, x + w / 2, y, m.color, small * 0.3) });
  const swatchW = small * 1.3;
  const rowH = small * LINE;
  let legendX = o.x;
  let legendY = o.y + (title ? title.height : 0) + f * 0.15;
  const right0 = o.x + o.width;
  const measure = R.measurer({ color: COLORS.textDim });
  items.forEach((item, i) => {
    const labelW = Math.min(measure(item.label, small).w, o.width - swatchW - small * 0.25);
    const itemW = swatchW + small * 0.25 + labelW;
    if (i > 0 && legendX + itemW > right0) {
      legendX = o.x;
      legendY += rowH;
    }
    const label = R.fit(parent, { id: `${o.id}.legend.${i}`, texts: [item.label], x: legendX + swatchW + small * 0.25, y: legendY, size: small, minSize: floor, maxW: Math.max(0, right0 - (legendX + swatchW + small * 0.25)), maxH: rowH, color: COLORS.textDim, ellipsis: true, container: box });
    if (label) item.swatch(legendX, legendY + rowH / 2, swatchW);
    legendX += itemW + small * 1.1;
  });
  const top = (items.length ? legendY + rowH : legendY) + f * 0.4;

  // Room under the plot for the years, and left of it for the values.
  const tickMeasure = R.measurer({ family: DISPLAY_FONT, color: COLORS.textDim });
  const tickH = tickMeasure('2000', tick).h;
  const valueW = tickMeasure(formatTick(o.max), tick).w;
  const bottom = Math.max(top, o.y + o.height - tickH - 5);
  const left = o.x + valueW + 6;
  const yearHalf = tickMeasure('2000', tick).w / 2 + 2;
  const endRoom = o.series.some((s) => s.endPoint) ? tickMeasure('100', small).w + small * 0.6 + 6 : 0;
  const right = Math.max(left, o.x + o.width - Math.max(yearHalf, endRoom));
  const first = o.years[0] ?? 0;
  const last = Math.max(o.lastYear ?? first, o.years[o.years.length - 1] ?? first, first + 1);
  const px = (year: number) => left + ((year - first) / (last - first)) * (right - left);
  const span = o.max > o.min ? o.max - o.min : 1;
  const py = (v: number) => bottom - ((Math.max(o.min, Math.min(o.max, v)) - o.min) / span) * (bottom - top);
  const points = (values: readonly number[]) => values.map((v, i) => ({ x: px(o.years[i] ?? first), y: py(v) }));

  if (o.bands) {
    for (const [lo, hi, band] of BAND_STEPS) {
      g.fillStyle(BAND_COLORS[band], o.bands === 'faint' ? 0.07 : 0.14);
      g.fillRect(left, py(hi), right - left, py(lo) - py(hi));
    }
  }
  g.lineStyle(1, COLORS.panelEdge, 1);
  g.strokeRect(left, top, right - left, bottom - top);
  // As many years as fit side by side with a gap between them (the years never run together).
  const yearW = tickMeasure('2000', tick).w + tick * 0.8;
  const step = Math.max(1, Math.ceil((last - first) / Math.max(1, Math.floor((right - left) / yearW))));
  for (let year = first; year <= last; year += step) {
    g.lineBetween(px(year), bottom, px(year), bottom + 4);
    R.fit(parent, { id: `${o.id}.year.${year}`, texts: [String(year)], x: px(year), y: bottom + 4, origin: [0.5, 0], size: tick, minSize: floor, maxW: yearW, maxH: o.y + o.height - bottom - 4, family: DISPLAY_FONT, color: COLORS.textDim, container: box });
  }
  // The values on the left: the bottom, middle and top where the plot is tall enough for three.
  const values = bottom - top >= tickH * 3 ? [o.min, (o.min + o.max) / 2, o.max] : bottom - top >= tickH * 2 ? [o.min, o.max] : [];
  for (const v of values) {
    // The lowest sits on the plot's foot and the highest hangs from its head, clear of the years and the legend.
    const vy = v === o.min ? 1 : v === o.max ? 0 : 0.5;
    R.fit(parent, { id: `${o.id}.value.${v}`, texts: [formatTick(v)], x: left - 4, y: py(v), origin: [1, vy], size: tick, minSize: floor, maxW: valueW + 2, maxH: tickH, family: DISPLAY_FONT, color: COLORS.textDim, container: { x: o.x, y: top, w: left - o.x, h: bottom - top } });
  }

  // Ribbons first, under every line, each edged so that overlapping ones stay readable.
  for (const s of o.series) {
    if (!s.ribbon) continue;
    const upper = points(s.ribbon.upper);
    const lower = points(s.ribbon.lower);
    g.fillStyle(s.color, RIBBON_ALPHA);
    g.beginPath();
    [...upper, ...[...lower].reverse()].forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
    g.closePath();
    g.fillPath();
    g.lineStyle(1, s.color, 0.45);
    polyline(g, upper);
    polyline(g, lower);
  }
  // Thicker lines last, so the player's game lies on top of the medians; then the markers, then
  // the end points with their values on top of everything.
  const order = [...o.series].sort((a, b) => a.width - b.width);
  for (const s of order) {
    g.lineStyle(s.width, s.color, 1);
    if (s.dashed) dashed(g, points(s.values), f * 0.6, f * 0.35);
    else polyline(g, points(s.values));
  }
  // A marker's ring is wider than an end point's dot, so that it still shows around one at the same value.
  const markerRadius = o.markers?.length ? Math.max(10, f * 0.5) : 0;
  for (const m of o.markers ?? []) ring(g, px(m.year), py(m.value), m.color, markerRadius);
  for (const s of order) {
    const end = points(s.values).at(-1);
    if (!end || (s.values.length > 1 && !s.endPoint)) continue;
    g.fillStyle(COLORS.background, 1);
    g.fillCircle(end.x, end.y, s.width + (s.endPoint ? 4 : 2));
    g.fillStyle(s.color, 1);
    g.fillCircle(end.x, end.y, s.width + (s.endPoint ? 2.5 : 1));
    if (s.endPoint) {
      const value = s.values[s.values.length - 1] ?? 0;
      // Beside its point, kept above the years' row.
      const ex = end.x + Math.max(s.width + small * 0.35, markerRadius + 3);
      const ey = Math.max(top - f * 0.4 + (small * LINE) / 2, Math.min(end.y, bottom + 3 - (small * LINE) / 2));
      R.fit(parent, { id: `${o.id}.end.${s.label}`, texts: [formatTick(value)], x: ex, y: ey, origin: [0, 0.5], size: small, minSize: floor, maxW: o.x + o.width - ex, maxH: small * LINE, family: DISPLAY_FONT, weight: '600', color: COLORS.text, container: box });
    }
  }
}

function legendSwatch(g: Phaser.GameObjects.Graphics, s: ChartSeries, x: number, y: number, w: number, f: number): void {
  if (s.ribbon) {
    g.fillStyle(s.color, RIBBON_ALPHA * 2);
    g.fillRect(x, y - f * 0.35, w, f * 0.7);
  }
  g.lineStyle(Math.max(2, s.width), s.color, 1);
  if (s.dashed) dashed(g, [{ x, y }, { x: x + w, y }], w * 0.3, w * 0.15);
  else g.lineBetween(x, y, x + w, y);
  if (s.endPoint) {
    g.fillStyle(s.color, 1);
    g.fillCircle(x + w * 0.75, y, Math.min(s.width + 1, w * 0.2));
  }
}

function ring(g: Phaser.GameObjects.Graphics, x: number, y: number, color: number, r: number): void {
  g.fillStyle(COLORS.background, 1);
  g.fillCircle(x, y, r + 1);
  g.lineStyle(2, color, 1);
  g.strokeCircle(x, y, r);
}

function polyline(g: Phaser.GameObjects.Graphics, points: readonly { x: number; y: number }[]): void {
  g.beginPath();
  points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
  g.strokePath();
}

/** A polyline drawn as dashes of `dash` pixels with `gap` between them, continuing across its corners. */
function dashed(g: Phaser.GameObjects.Graphics, points: readonly { x: number; y: number }[], dash: number, gap: number): void {
  let drawing = true;
  let left = dash;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let at = 0;
    while (at < length) {
      const run = Math.min(left, length - at);
      if (drawing) {
        const t0 = at / length;
        const t1 = (at + run) / length;
        g.lineBetween(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0, a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1);
      }
      at += run;
      left -= run;
      if (left <= 0) {
        drawing = !drawing;
        left = drawing ? dash : gap;
      }
    }
  }
}

function formatTick(v: number): string {
  return v >= 1000 ? `${Math.round(v / 1000)}k` : String(Math.round(v));
}
