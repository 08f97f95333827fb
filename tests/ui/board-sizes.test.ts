import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardFont, boardLayout, clampSize, cornerRadius, LINE, MAP_SHARE, type BoardLayout } from '../../src/ui/board/layout';

// Issue 9, item 1: a 320×256 window made the board draw a card with a negative height, whose
// corner radius Canvas refused (IndexSizeError), which stopped Phaser's loop for good. The board's
// layout now gives drawable numbers for any stage, and says when the board does not fit.

/** Every number of a layout, with its path: sizes, radii and fonts must be finite and not negative. */
function numbers(value: unknown, path = 'layout'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

/** What is drawn with a size: widths, heights, radii, fonts, pads (positions may lie off the stage). */
function sizes(L: BoardLayout): [string, number][] {
  const boxes = { track: L.track, inst: L.inst, map: L.map, timeline: L.timeline, gauges: L.gauges, cards: L.cards };
  return [
    ['w', L.w],
    ['h', L.h],
    ['pad', L.pad],
    ['font', L.font],
    ['top', L.top],
    ['marker', L.marker],
    ...Object.entries(boxes).flatMap(([name, b]): [string, number][] => [[`${name}.w`, b.w], [`${name}.h`, b.h]]),
    ['gauge.row', L.gauge.row],
    ['gauge.bar', L.gauge.bar],
    ['gauge.barOffset', L.gauge.barOffset],
    ['card.w', L.card.w],
    ['card.h', L.card.h],
    ['card.radius', L.card.radius],
    ['card.gap', L.card.gap],
  ];
}

const anySize = fc.oneof(
  fc.double({ min: 0, max: 5000, noNaN: true }),
  fc.integer({ min: 0, max: 400 }),
  fc.constantFrom(0, 0.5, 1, 1.25, 114.8, 115, 256, Number.NaN, Number.POSITIVE_INFINITY, -1, -0.72),
);
const anyScale = fc.oneof(fc.constantFrom(0.85, 1, 1.15, 1.3, 1.5), fc.double({ min: -2, max: 4 }), fc.constant(Number.NaN));

describe('the board layout at any stage size', () => {
  it('gives no negative, NaN or infinite number, and corner radii that fit their card', () => {
    fc.assert(
      fc.property(anySize, anySize, anyScale, fc.integer({ min: 0, max: 12 }), (w, h, scale, rows) => {
        const L = boardLayout(w, h, scale, rows);
        expect(numbers(L).filter(([, n]) => !Number.isFinite(n)), `at ${w}×${h}`).toEqual([]);
        expect(sizes(L).filter(([, n]) => !(n >= 0)), `at ${w}×${h}`).toEqual([]);
        expect(L.font).toBeGreaterThanOrEqual(12);
        expect(L.card.radius).toBeLessThanOrEqual(Math.min(L.card.w, L.card.h) / 2);
        expect(L.gauge.bar).toBeLessThanOrEqual(L.gauge.row);
      }),
      { numRuns: 3000 },
    );
  });

  it('fits the board only where every part of it has room', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom(0.85, 1, 1.15, 1.3, 1.5), (w, h, scale) => {
        const L = boardLayout(w, h, scale);
        expect(L.fits).toBe(w >= L.min.width && h >= L.min.height);
        if (!L.fits) return;
        // The track shows its six bands, each gauge has a row, the cards have a face.
        expect(L.track.h).toBeGreaterThanOrEqual(L.font * 4 - 1e-9);
        expect(L.gauge.row).toBeGreaterThanOrEqual(L.font * 0.95 - 1e-9);
        expect(L.gauges.w).toBeGreaterThan(0);
        expect(L.card.w).toBeGreaterThan(0);
        expect(L.card.h).toBeGreaterThan(0);
        // The parts stay on the stage.
        expect(L.gauges.x + L.gauges.w).toBeLessThanOrEqual(L.w + 1e-9);
        // The map stands left of the gauges (columns), or above them and the cards (stacked, at a
        // large text size that would squeeze its column), never on them.
        if (L.arrangement === 'columns') expect(L.map.x + L.map.w).toBeLessThanOrEqual(L.gauges.x);
        if (L.arrangement === 'stacked') expect(L.map.y + L.map.h).toBeLessThanOrEqual(Math.min(L.gauges.y, L.cards.y));
        if (L.arrangement === 'stacked') expect(L.map.w).toBeGreaterThanOrEqual(L.w * MAP_SHARE - 1e-9);
        expect(L.middle).toBe(L.arrangement !== 'narrow');
        // A timeline too short for its legend and plot gives its place to the map.
        if (L.timeline.h > 0) expect(L.timeline.h).toBeGreaterThanOrEqual(L.font * 8 - 1e-9);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not fit the sizes of issue 9 (the stage under the panel at 400% zoom), and fits a laptop', () => {
    // The stage is 45% of the window's height below 900 px of width: 320×115, 320×108, 400×112, 640×108.
    for (const [w, h] of [[320, 115], [320, 108], [400, 112], [640, 108], [1, 0], [0, 0]] as const) expect(boardLayout(w, h).fits, `${w}×${h}`).toBe(false);
    for (const [w, h] of [[844, 668], [1600, 848], [640, 280], [400, 360]] as const) expect(boardLayout(w, h).fits, `${w}×${h}`).toBe(true);
    // Eight gauge rows of text no smaller than MIN_TEXT_PX (11 px) need more than 230 px of height:
    // the board asks for room rather than write 9 px text on the bars.
    expect(boardLayout(640, 230).fits).toBe(false);
    // Without room for the map, the track, gauges and cards still draw.
    const narrow = boardLayout(400, 360);
    expect(narrow.middle).toBe(false);
    expect(narrow.map.w).toBe(0);
    expect(boardLayout(844, 668).middle).toBe(true);
  });

  it('lays out a large stage from its text sizes (golden values)', () => {
    const L = boardLayout(1600, 848);
    expect(L.font).toBe(20);
    expect(L.pad).toBe(13);
    expect(L.type).toEqual({ title: 23, year: 44, heading: 21, label: 17, value: 18, small: 14, floor: 11 });
    // The header holds its two lines each side and the year.
    expect(L.top).toBeCloseTo(71.1, 6);
    expect(L.top).toBeGreaterThanOrEqual(L.type.year * LINE);
    // The band names' column is as wide as the layout is told the widest name is.
    expect(L.track.x).toBeCloseTo(13 + 14 * 7 + L.gap + L.marker * 1.6 + 2, 6);
    expect(boardLayout(1600, 848, 1, 8, { bandLabelW: 150 }).track.x).toBeCloseTo(13 + 150 + L.gap + L.marker * 1.6 + 2, 6);
    expect(L.card.w).toBe(Math.min((1600 * 0.26) / 2 - 13, 220));
    expect(L.card.radius).toBe(8);
  });

  it('never sizes text under the floor, and leaves a line of room for each text it places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 150, max: 2200 }), fc.constantFrom(0.85, 1, 1.75, 1.875, 3.28), fc.integer({ min: 11, max: 60 }), (w, h, scale, floor) => {
        const L = boardLayout(w, h, scale, 8, { floor });
        for (const size of Object.values(L.type)) expect(size).toBeGreaterThanOrEqual(floor);
        if (!L.fits) return;
        // The strip's heading, the header's two lines, the gauges' rows.
        expect(L.strip.y - L.cards.y).toBeGreaterThanOrEqual(L.type.label * LINE);
        expect(L.top).toBeGreaterThanOrEqual((L.type.title + L.type.label) * LINE);
        expect(L.gauge.row).toBeGreaterThanOrEqual(L.type.label * LINE - 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the size helpers', () => {
  it('clamp any number to a drawable size', () => {
    fc.assert(
      fc.property(fc.double(), fc.double({ min: 0, max: 100, noNaN: true }), (v, min) => {
        const c = clampSize(v, min);
        expect(Number.isFinite(c)).toBe(true);
        expect(c).toBeGreaterThanOrEqual(min);
      }),
    );
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (r, w, h) => {
        const c = cornerRadius(r, w, h);
        expect(Number.isFinite(c)).toBe(true);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(Math.max(0, Number.isFinite(w) ? w : 0) / 2);
      }),
    );
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (w, h, s) => {
        const f = boardFont(w, h, s);
        expect(Number.isFinite(f)).toBe(true);
        expect(f).toBeGreaterThanOrEqual(12);
      }),
    );
  });
});
