import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardLayout, LINE, type BoardLayout, type Box } from '../../src/ui/board/layout';
import { partProblems } from './board-parts';

// At 1920×1080 with the largest text (A+ to 1.75) the board drew the year-by-year chart in English
// but not in Spanish: the Spanish toolbar wraps onto two rows, the board's stage is 77 px shorter
// (1267×914 against 1267×991, measured in Chromium), and the map's row under the header was then
// too short for the chart's ten lines beside a map high enough for Mexico under its title, so the
// map took the whole row. Now the gauges under the map lend the row the height it lacks (their
// rows shrink, down to a label written on the bar), and the chart stands beside the map in both
// languages; where it stood already, nothing moves.

/** What the board measures before laying itself out (board-scene.ts), estimated for IBM Plex Sans (as board-map-share.test.ts). */
function layoutAt(w: number, h: number, scale: number, rows = 8): BoardLayout {
  const small = boardLayout(w, h, scale).type.small;
  return boardLayout(w, h, scale, rows, { floor: 11, bandLabelW: Math.min(17 * 0.62 * small * 1.15, Math.max(w * 0.16, small * 6)), semarLegendW: Math.min(7 * 0.62 * small, w * 0.12) });
}

/** What is wrong with a layout that draws the chart: parts on each other or off the stage, a part too small for its texts. */
function chartProblems(L: BoardLayout): string[] {
  const problems: string[] = [];
  const line = L.type.label * LINE;
  const parts: Record<string, Box> = { column: L.column, map: L.map, timeline: L.timeline, gauges: L.gauges, cards: L.cards };
  problems.push(...partProblems(L, parts));
  // The chart: its title, legend, plot and years in ten lines, its years and values in eight fonts.
  if (L.timeline.h < line * 10 - 1e-9) problems.push(`the chart is ${L.timeline.h} px high, under ten lines (${line * 10} px)`);
  if (L.timeline.w < L.font * 8 - 1e-9) problems.push(`the chart is ${L.timeline.w} px wide, under eight fonts (${L.font * 8} px)`);
  // Each gauge keeps a row that holds its label, on the bar if not above it; the cards keep a face.
  if (L.gauge.row < line + 2 - 1e-9) problems.push(`a gauge's row is ${L.gauge.row} px, under a line of its label`);
  if (L.card.h <= 0 || L.strip.y - L.cards.y < line - 1e-9) problems.push('the cards have no room for their heading and a face');
  return problems;
}

describe('the year-by-year chart at 1920×1080 with the largest text', () => {
  it.each([
    ['English (one-row toolbar)', 1267, 991],
    ['Spanish (two-row toolbar)', 1267, 914],
  ] as const)('%s: the chart has a box beside the map, and nothing lies on anything else', (_what, w, h) => {
    const L = layoutAt(w, h, 1.75);
    expect(L.fits).toBe(true);
    expect(L.arrangement).toBe('stacked');
    expect(L.timeline.w, `the chart's width at ${w}×${h}`).toBeGreaterThan(0);
    expect(chartProblems(L)).toEqual([]);
    // Beside the map, on the same row; the map keeps two fifths of the board and the height for
    // the region (about 0.7 as high as wide) under its title, which wraps onto two lines in Spanish.
    expect(L.timeline.y).toBe(L.map.y);
    expect(L.timeline.h).toBe(L.map.h);
    expect(L.map.x + L.map.w).toBeLessThanOrEqual(L.timeline.x);
    expect(L.map.w).toBeGreaterThanOrEqual(w * 0.4 - 1e-9);
    expect(L.map.h).toBeGreaterThanOrEqual(L.map.w * 0.7 + L.type.label * LINE);
    // The gauges and the cards share what is left under the row.
    expect(L.gauges.y).toBeGreaterThanOrEqual(L.map.y + L.map.h);
    expect(L.cards.y).toBe(L.gauges.y);
  });

  it('in Spanish the map has the height for the region under two lines of its title, the gauges writing their labels on the bars', () => {
    const L = layoutAt(1267, 914, 1.75);
    expect(L.map.h).toBeGreaterThanOrEqual(L.map.w * 0.7 + L.type.label * LINE * 2 - 1e-9);
    expect(L.gauge.compact).toBe(true);
    expect(L.gauges.y + L.gauges.h).toBeLessThanOrEqual(L.h - L.pad * 2 + 1e-9);
  });

  it('draws the chart at every board height between the Spanish and the English one, and above (it does not come and go)', () => {
    const missing: number[] = [];
    for (let h = 900; h <= 1080; h++) {
      const L = layoutAt(1267, h, 1.75);
      if (L.timeline.w === 0 || L.timeline.h === 0) missing.push(h);
      else expect(chartProblems(L), `1267×${h}`).toEqual([]);
    }
    expect(missing, 'board heights without the chart').toEqual([]);
  });

  it('keeps the layout of a board that had the chart already (golden values: the English board, and 1280×720 at the largest text)', () => {
    const en = layoutAt(1267, 991, 1.75);
    expect(en.map).toEqual({ x: 428.5, y: expect.closeTo(108.4, 6), w: expect.closeTo(506.8, 6), h: expect.closeTo(413.2, 6) });
    expect(en.timeline.w).toBeCloseTo(301.7, 6);
    expect(en.gauges.h).toBeCloseTo(424.4, 6);
    expect(en.gauge.row).toBeCloseTo(53.05, 6);
    expect(en.gauge.compact).toBe(false);
    const small = layoutAt(664, 554, 1.75);
    expect(small.map.h).toBeCloseTo(240.9, 6);
    expect(small.timeline.w).toBeCloseTo(155.32, 6);
    expect(small.gauges.h).toBeCloseTo(231.2, 6);
    expect(small.gauge.compact).toBe(false);
  });

  it('wherever a stacked board draws the chart, it has room and lies on nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 3000 }), fc.integer({ min: 200, max: 2200 }), fc.constantFrom(0.85, 1, 1.15, 1.5, 1.75, 1.875, 3.28), fc.integer({ min: 6, max: 10 }), (w, h, scale, rows) => {
        const L = layoutAt(w, h, scale, rows);
        if (!L.fits || L.arrangement !== 'stacked' || L.timeline.w === 0) return;
        expect(chartProblems(L), `${w}×${h} at ${scale}, ${rows} gauges`).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
