// How a year's event cards (one to a dozen) share the strip under the gauges, as plain numbers (no
// Phaser, so it is tested in node). In order of preference: a row of cards at their full width;
// a row of narrower cards; a fanned stack, each card overlapping the next but leaving its edge (and
// title's start) to be seen and clicked; and when even that has no room, as many as fit and a
// "+k" chip standing for the rest. Nothing ever leaves the strip.

export interface CardSlot {
  /** The card's index in the year's list. */
  readonly index: number;
  /** The card's top-left corner and size. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** How much of the card, from its left edge, no later card covers (its full width when none does). */
  readonly visible: number;
}

export interface CardStrip {
  readonly mode: 'row' | 'narrow' | 'fan';
  readonly cards: readonly CardSlot[];
  /** The chip for the cards not shown (`count` of them, from index `from` on), if any. */
  readonly more: { readonly count: number; readonly from: number; readonly x: number; readonly y: number; readonly w: number; readonly h: number } | null;
}

export interface CardStripOptions {
  /** The strip: where the cards may go. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** A card's natural width and height, and the gap between two cards in a row. */
  readonly cardW: number;
  readonly cardH: number;
  readonly gap: number;
  /** The board's font size: a card narrower than `narrowest` fonts is not worth drawing in a row. */
  readonly font: number;
}

/** A card in a row is never narrower than this many fonts (its title would be a word a line). */
export const NARROWEST = 6.5;
/** A card in a fan shows at least this many fonts of its edge. */
export const FAN_STEP = 2.4;

const size = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

export function cardStrip(count: number, o: CardStripOptions): CardStrip {
  const n = Math.max(0, Math.floor(Number.isFinite(count) ? count : 0));
  const W = size(o.w);
  const font = size(o.font) || 12;
  const h = Math.min(size(o.cardH), size(o.h));
  const gap = Math.min(size(o.gap), W);
  const natural = Math.min(size(o.cardW), W);
  if (n === 0 || W < 1 || h < 1 || natural < 1) return { mode: 'row', cards: [], more: null };
  const slot = (index: number, x: number, w: number, visible: number): CardSlot => ({ index, x: o.x + x, y: o.y, w, h, visible });

  // A row at full width, or narrower cards in a row.
  const narrowest = Math.min(natural, font * NARROWEST);
  const rowW = (W - gap * (n - 1)) / n;
  if (rowW >= narrowest) {
    const w = Math.min(natural, rowW);
    return { mode: rowW >= natural ? 'row' : 'narrow', cards: Array.from({ length: n }, (_, i) => slot(i, i * (w + gap), w, w)), more: null };
  }

  // A fan: the top card as wide as the strip allows, each card under it showing `step` of its edge.
  const step = Math.min(font * FAN_STEP, narrowest);
  if (W - step * (n - 1) >= narrowest) {
    const w = Math.min(natural, W - step * (n - 1));
    const s = Math.min((W - w) / (n - 1), w + gap);
    return { mode: 'fan', cards: Array.from({ length: n }, (_, i) => slot(i, i * s, w, i === n - 1 ? w : Math.min(w, s))), more: null };
  }

  // As many as fit in a fan, and a chip for the rest.
  const chip = Math.min(W, Math.max(step, font * 2.6));
  const room = W - chip - gap;
  const shown = room >= narrowest ? Math.min(n - 1, 1 + Math.floor((room - narrowest) / step + 1e-9)) : 0;
  const w = shown > 0 ? Math.min(natural, room - step * (shown - 1)) : 0;
  const cards = Array.from({ length: shown }, (_, i) => slot(i, i * step, w, i === shown - 1 ? w : Math.min(w, step)));
  const chipX = shown > 0 ? (shown - 1) * step + w + gap : 0;
  return { mode: 'fan', cards, more: { count: n - shown, from: shown, x: o.x + chipX, y: o.y, w: Math.max(0, Math.min(chip, W - chipX)), h } };
}
