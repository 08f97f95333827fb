// Where the board's parts go on a stage of any size, as plain numbers (no Phaser, so it is tested
// in node). Every width, height, radius and font size is finite and non-negative for any stage,
// 0×0 and NaN included; below the size the board can be read at, `fits` is false and the board
// says it needs more room instead of drawing.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface BoardLayout {
  readonly w: number;
  readonly h: number;
  readonly pad: number;
  readonly font: number;
  /** The height of the header band. */
  readonly top: number;
  /** False when the stage is too small to draw the board legibly. */
  readonly fits: boolean;
  /** The smallest stage the board is drawn on, at this text size. */
  readonly min: { readonly width: number; readonly height: number };
  /** Whether the map (and the timeline, when `timeline.h` > 0) have room; a narrow stage keeps the track, gauges and cards. */
  readonly middle: boolean;
  readonly track: Box;
  readonly inst: Box;
  readonly map: Box;
  readonly timeline: Box;
  readonly gauges: Box;
  /** One gauge's row; `compact` rows write the label on the bar instead of above it. */
  readonly gauge: { readonly row: number; readonly bar: number; readonly barOffset: number; readonly compact: boolean };
  readonly cards: Box;
  /** One event card: its size, corner radius, and the gap between two. */
  readonly card: { readonly w: number; readonly h: number; readonly radius: number; readonly gap: number };
  /** The half-height of a marker on the relationship track. */
  readonly marker: number;
}

/** A finite number at least `min`: NaN, infinities and anything smaller become `min`. */
export function clampSize(value: number, min = 0): number {
  return Number.isFinite(value) && value > min ? value : min;
}

/** A corner radius that can be drawn on a `w` × `h` box (never negative, never more than half a side). */
export function cornerRadius(radius: number, w: number, h: number): number {
  return Math.min(clampSize(radius), clampSize(w) / 2, clampSize(h) / 2);
}

/** No stage, however large, makes the board's text larger than this. */
const MAX_FONT = 240;

/** The text size of a stage: 12 px at the least, larger on a large stage, times the player's text scale. */
export function boardFont(width: number, height: number, textScale = 1): number {
  const scale = clampSize(textScale) || 1;
  return Math.min(MAX_FONT, Math.max(12, Math.round(Math.min(clampSize(width) / 70, clampSize(height) / 42) * scale)));
}

/** Gauge rows may shrink to this many fonts (label written on the bar) before the board gives up. */
const MIN_GAUGE_ROW = 0.95;
/** Below this many fonts of height a gauge's label goes on its bar. */
const FULL_GAUGE_ROW = 2.2;
/** The relationship track needs this many fonts of length to show its six bands. */
const MIN_TRACK = 4;
/** The map and timeline column is dropped when narrower than this many fonts. */
const MIN_MIDDLE = 6;
/** The timeline needs this many fonts of height for its title, legend, plot and years; else the map takes its place. */
const MIN_TIMELINE = 8;

export function boardLayout(width: number, height: number, textScale = 1, gaugeRows = 8): BoardLayout {
  const w = clampSize(width);
  const h = clampSize(height);
  const rows = Math.max(1, Math.round(clampSize(gaugeRows)));
  const pad = Math.max(8, Math.round(Math.min(w, h) * 0.015));
  const font = boardFont(w, h, textScale);
  const top = font * 3.6;
  const colTrack = Math.max(font * 11, w * 0.19);
  const colGauges = Math.max(font * 14, w * 0.26);
  const bodyH = Math.max(0, h - top - pad * 2);
  const midW = w - colTrack - colGauges - pad * 4;
  const middle = midW >= font * MIN_MIDDLE;
  const timeline = middle && bodyH * 0.4 >= font * MIN_TIMELINE;

  const min = {
    width: font * 11 + font * 14 + pad * 3,
    height: top + pad * 2 + font * Math.max(MIN_TRACK + 7.2, (rows * MIN_GAUGE_ROW) / 0.62),
  };
  const fits = w >= min.width && h >= min.height;

  const trackH = Math.max(0, bodyH - font * 7.2);
  const midX = pad + colTrack + pad;
  const gaugesX = middle ? w - colGauges - pad : midX;
  const gaugesW = Math.max(0, middle ? colGauges : w - colTrack - pad * 3);
  const gauges: Box = { x: gaugesX, y: top, w: gaugesW, h: bodyH * 0.62 };
  const cards: Box = { x: gaugesX, y: top + bodyH * 0.64, w: gaugesW, h: bodyH * 0.36 };

  const row = gauges.h / rows;
  const compact = row < font * FULL_GAUGE_ROW;
  const barOffset = compact ? 0 : font * 1.25;
  const bar = Math.max(compact ? 1 : 6, compact ? row - 2 : row - font * 1.7);

  const cardGap = pad;
  const cardW = Math.max(0, Math.min(cards.w / 2 - pad, font * 11));
  const cardH = Math.max(0, Math.min(cards.h - font * 1.8, cardW * 1.35));

  return {
    w,
    h,
    pad,
    font,
    top,
    fits,
    min,
    middle,
    track: { x: pad + font * 6.5, y: top + font * 3.2, w: font * 1.6, h: trackH },
    inst: { x: pad + font * 6.5 + font * 3.6, y: top + font * 3.2, w: font * 0.9, h: trackH },
    map: { x: midX, y: top, w: middle ? midW : 0, h: middle ? bodyH * (timeline ? 0.58 : 1) : 0 },
    timeline: { x: midX, y: top + bodyH * 0.6, w: timeline ? midW : 0, h: timeline ? bodyH * 0.4 : 0 },
    gauges,
    gauge: { row, bar: Math.max(0, Math.min(bar, row)), barOffset, compact },
    cards,
    card: { w: cardW, h: cardH, radius: cornerRadius(8, cardW, cardH), gap: cardGap },
    marker: font * 0.55,
  };
}
