// The board's text sizes and the size helpers its layout (layout.ts) and parts share, as plain
// numbers (no Phaser): every size finite and non-negative for any input, NaN included.

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

/** The least text size the board draws at outside projector mode, in CSS pixels. */
export const MIN_TEXT_PX = 11;
/** A line of text is this many font sizes high (Phaser measures IBM Plex Sans at about 1.3). */
export const LINE = 1.35;

/**
 * The board's text sizes, each a share of its font and none below the floor (the projector's
 * smallest text in projector mode, projector.ts): whole pixels, as text is drawn.
 */
export interface BoardType {
  /** The scenario's title, the president. */
  readonly title: number;
  /** The year, large at the head of the board. */
  readonly year: number;
  /** The headings of the columns and the relationship's band. */
  readonly heading: number;
  /** Gauge labels, the map's title, card titles. */
  readonly label: number;
  /** Gauge values. */
  readonly value: number;
  /** Band names, the legends, the map's places. */
  readonly small: number;
  /** The floor itself. */
  readonly floor: number;
}

export function boardType(font: number, floor = MIN_TEXT_PX): BoardType {
  const f = clampSize(font, 1);
  const min = Math.ceil(clampSize(floor, 1));
  const size = (k: number) => Math.max(min, Math.round(f * k));
  return { title: size(1.15), year: size(2.2), heading: size(1.05), label: size(0.85), value: size(0.9), small: size(0.72), floor: min };
}
