import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import { boardLayout, LINE, type Box, type BoardLayout } from '../../src/ui/board/layout';
import { buildBorderMap, type Topology } from '../../src/ui/map/border-map';
import { labelRequests, placeLabels } from '../../src/ui/map/label-placement';
import { borderPlaces } from '../../src/ui/map/places';

// At 1920×1080 with the largest text (A+ to 1.75), the board's map was squeezed into a column of
// 28% of the board: Mexico a sliver, the cities' heat piled up, Mérida's name left out and the
// year-by-year chart gone. The board's stage there (measured in Chromium: the side panel takes the
// rest, and the Spanish toolbar wraps onto two lines) must keep a map of a useful share of the
// board, with all of Mexico and every city's name inside its frame; the sizes that had room
// before (1280×720 and 1920×1080 at the ordinary text size) keep the layout they had.

const topology = countries50m as unknown as Topology;

/** What the board measures before laying itself out (board-scene.ts), estimated for IBM Plex Sans. */
function layoutAt(w: number, h: number, scale: number): BoardLayout {
  const small = boardLayout(w, h, scale).type.small;
  return boardLayout(w, h, scale, 8, { floor: 11, bandLabelW: Math.min(17 * 0.62 * small * 1.15, Math.max(w * 0.16, small * 6)), semarLegendW: Math.min(7 * 0.62 * small, w * 0.12) });
}

const overlaps = (a: Box, b: Box) => a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A generous estimate of a text's size in IBM Plex Sans (wider than it draws). */
const estimate = (size: number) => (text: string) => ({ w: text.length * size * 0.6, h: size * LINE });

// [what, stage width, stage height, text scale]
const LARGEST: readonly [string, number, number, number][] = [
  ['1920×1080, largest text, English', 1267, 991, 1.75],
  ['1920×1080, largest text, Spanish (two-line toolbar)', 1267, 914, 1.75],
  ['1280×720, largest text', 664, 554, 1.75],
  ['1920×1080 projector', 1036, 902, 1.875],
];

describe('the board at a large text size keeps a useful map', () => {
  it.each(LARGEST)('%s: the map takes at least two fifths of the board, clear of the other parts', (_what, w, h, scale) => {
    const L = layoutAt(w, h, scale);
    expect(L.fits).toBe(true);
    expect(L.middle).toBe(true);
    expect(L.map.w).toBeGreaterThanOrEqual(w * 0.4);
    // Wide enough to be worth it, not a strip: at least 7 fonts high.
    expect(L.map.h).toBeGreaterThanOrEqual(L.font * 7);
    const parts = { column: L.column, timeline: L.timeline, gauges: L.gauges, cards: L.cards };
    for (const [name, box] of Object.entries(parts)) expect(overlaps(L.map, box), `map × ${name}`).toBe(false);
    for (const box of [L.map, L.timeline, L.gauges, L.cards]) {
      expect(box.x + box.w).toBeLessThanOrEqual(w + 1e-9);
      expect(box.y + box.h).toBeLessThanOrEqual(h + 1e-9);
    }
  });

  it.each(LARGEST)('%s: all of Mexico and every city\u2019s name lie inside the map\u2019s frame', (_what, w, h, scale) => {
    const L = layoutAt(w, h, scale);
    const map = buildBorderMap(topology, L.map.w, L.map.h);
    const mexico = map.shapes.find((s) => s.id === 'MEX');
    const xs: number[] = [];
    for (const ring of mexico?.rings.flat() ?? []) {
      for (let i = 0; i + 1 < ring.length; i += 2) {
        // Nothing of Mexico on the frame's edge, where the projection clips what lies beyond.
        expect(ring[i]).toBeGreaterThan(1);
        expect(ring[i]).toBeLessThan(L.map.w - 1);
        expect(ring[i + 1]).toBeGreaterThan(1);
        expect(ring[i + 1]).toBeLessThan(L.map.h - 1);
        xs.push(ring[i] as number);
      }
    }
    // And Mexico drawn at a size worth the room: across at least 30% of the board (24% before).
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(w * 0.3);
    // The names, placed as the board places them (board-scene.ts, place-labels.ts), clear of the
    // map's title (wrapped onto two lines at most) in its top-left corner, in either language.
    const T = L.type;
    const inset = L.pad * 0.5;
    const points = map.places.map((p) => ({ id: p.id, name: p.name, x: L.map.x + p.x, y: L.map.y + p.y }));
    const short = (id: string) => borderPlaces.find((p) => p.id === id)?.short;
    const dot = Math.max(3, T.small * 0.15);
    for (const titleText of ['The US/Mexico border region', 'La región fronteriza entre EE. UU. y México']) {
      const room = L.map.w - inset * 2;
      const textW = estimate(T.label)(titleText).w;
      const title = { x: L.map.x, y: L.map.y, w: Math.min(room, textW) + inset * 2, h: T.label * LINE * Math.min(2, Math.ceil(textW / room)) + inset * 2 };
      const placed = placeLabels(labelRequests(points, short, estimate(T.small)), { bounds: L.map, dot, gap: Math.max(2, T.small * 0.25), obstacles: [title] });
      expect(placed.map((p) => p.id).sort(), titleText).toEqual(borderPlaces.map((p) => p.id).sort());
    }
  });

  it('keeps the relationship chart beside the map at 1920×1080 with the largest text where the map can spare the width', () => {
    const L = layoutAt(1267, 991, 1.75);
    expect(L.timeline.w).toBeGreaterThanOrEqual(L.font * 8);
    // Its title, legend, plot and years: ten lines.
    expect(L.timeline.h).toBeGreaterThanOrEqual(L.type.label * LINE * 10 - 1e-9);
    expect(L.map.x + L.map.w).toBeLessThanOrEqual(L.timeline.x);
    // 77 px shorter (the Spanish toolbar on two lines), the gauges lend the row the height the chart
    // needs: tests/ui/chart-fit.test.ts.
  });
});

describe('the sizes that had room keep their layout', () => {
  // Golden values, the same before and after the large-text fix.
  it.each([
    [844, 662, { x: 253.4, w: 351.16, h: 345.245 }, 238.1, 219.44],
    [1267, 1022, { x: 305.04, w: 602.54, h: 536.152 }, 369.76, 329.42],
  ] as const)('%d×%d: the map in a column between the track and the gauges, the chart under it', (w, h, map, timelineH, gaugesW) => {
    const L = boardLayout(w, h, 1, 8, { floor: 11, bandLabelW: Math.min(w * 0.16, 160), semarLegendW: 60 });
    expect(L.map.x).toBeCloseTo(map.x, 2);
    expect(L.map.w).toBeCloseTo(map.w, 2);
    expect(L.map.h).toBeCloseTo(map.h, 2);
    expect(L.timeline.h).toBeCloseTo(timelineH, 2);
    expect(L.gauges.w).toBeCloseTo(gaugesW, 2);
    expect(L.map.x + L.map.w).toBeLessThanOrEqual(L.gauges.x);
  });

  it('a phone (390×844, the stage 390×388) keeps the track, gauges and cards without a map', () => {
    for (const scale of [1, 1.75]) expect(boardLayout(390, 388, scale).middle).toBe(false);
  });
});
