import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../src/ui/board/layout';
import { cardStrip, FAN_STEP, NARROWEST, type CardStripOptions } from '../../src/ui/board/card-strip';

// Issue 10: a crowded year's cards never overflow the strip under the gauges (the third card was
// cut off). Every card, and the "+k" chip, lies inside the strip; every card shows enough of
// itself to be seen and clicked; and together they account for every card of the year.

function expectFits(n: number, o: CardStripOptions, when: string): void {
  const strip = cardStrip(n, o);
  const eps = 1e-6;
  // No room for a card at all: nothing is drawn (the board then has bigger problems: see layout.ts).
  if (!(o.w >= 1 && Math.min(o.h, o.cardH) >= 1 && Math.min(o.cardW, o.w) >= 1)) {
    expect(strip.cards.length + (strip.more ? 1 : 0), when).toBe(0);
    return;
  }
  const boxes = [...strip.cards, ...(strip.more ? [strip.more] : [])];
  for (const b of boxes) {
    expect(b.x, when).toBeGreaterThanOrEqual(o.x - eps);
    expect(b.x + b.w, when).toBeLessThanOrEqual(o.x + o.w + eps);
    expect(b.y, when).toBeGreaterThanOrEqual(o.y - eps);
    expect(b.y + b.h, when).toBeLessThanOrEqual(o.y + o.h + eps);
    expect(b.w, when).toBeGreaterThanOrEqual(0);
    expect(b.h, when).toBeGreaterThanOrEqual(0);
  }
  // Every card is shown or counted in the chip, in order.
  expect(strip.cards.map((c) => c.index), when).toEqual(strip.cards.map((_, i) => i));
  expect(strip.cards.length + (strip.more?.count ?? 0), when).toBe(n);
  if (strip.more) expect(strip.more.from, when).toBe(strip.cards.length);
  // Each card shows what no later card covers: a row none, a fan at least a step of its edge.
  strip.cards.forEach((c, i) => {
    const next = strip.cards[i + 1];
    if (next) expect(next.x - c.x, when).toBeGreaterThanOrEqual(Math.min(c.visible, c.w) - eps);
    if (strip.mode !== 'fan') expect(c.visible, when).toBe(c.w);
    else if (next) expect(c.visible, when).toBeGreaterThanOrEqual(Math.min(o.font * FAN_STEP, o.cardW, o.font * NARROWEST) - eps);
  });
  if (strip.mode !== 'fan') for (const [i, c] of strip.cards.entries()) for (const d of strip.cards.slice(i + 1)) expect(d.x, when).toBeGreaterThanOrEqual(c.x + c.w - eps);
}

function stripOf(width: number, height: number, scale: number): CardStripOptions {
  const L = boardLayout(width, height, scale);
  return { x: L.cards.x, y: L.cards.y + L.font * 1.6, w: L.cards.w, h: Math.max(0, L.cards.h - L.font * 1.6), cardW: L.card.w, cardH: L.card.h, gap: L.card.gap, font: L.font };
}

describe('the card strip', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
    [390, 400],
    [1600, 900],
  ])('fits 1 to 12 cards at %d×%d, text ×1 to ×2', (w, h) => {
    for (const scale of [1, 1.2, 1.45, 1.75, 2]) for (let n = 1; n <= 12; n++) expectFits(n, stripOf(w, h, scale), `${n} cards at ${w}×${h} ×${scale}`);
  });

  it('keeps the full-width row for two cards, and fans or narrows a crowded year', () => {
    const o = stripOf(1280, 720, 1);
    expect(cardStrip(2, o).mode).toBe('row');
    expect(cardStrip(3, o).mode).not.toBe('row');
    expect(cardStrip(3, o).more).toBeNull();
    expect(cardStrip(12, o).cards.length + (cardStrip(12, o).more?.count ?? 0)).toBe(12);
  });

  it('fits any number of cards in any strip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.record({
          x: fc.double({ min: 0, max: 2000, noNaN: true }),
          y: fc.double({ min: 0, max: 2000, noNaN: true }),
          w: fc.double({ min: 0, max: 1500, noNaN: true }),
          h: fc.double({ min: 0, max: 600, noNaN: true }),
          cardW: fc.double({ min: 0, max: 400, noNaN: true }),
          cardH: fc.double({ min: 0, max: 500, noNaN: true }),
          gap: fc.double({ min: 0, max: 30, noNaN: true }),
          font: fc.double({ min: 12, max: 60, noNaN: true }),
        }),
        (n, o) => expectFits(n, o, JSON.stringify({ n, o })),
      ),
      { numRuns: 500 },
    );
  });

  it('gives nothing to draw for no cards or no room', () => {
    const o = stripOf(1280, 720, 1);
    expect(cardStrip(0, o)).toEqual({ mode: 'row', cards: [], more: null });
    expect(cardStrip(3, { ...o, w: 0 }).cards).toEqual([]);
    expect(cardStrip(Number.NaN, o).cards).toEqual([]);
  });
});
