import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../src/ui/board/layout';
import { createBorderProjection } from '../../src/ui/map/border-map';
import { boxesOverlap, candidateBox, labelRequests, placeLabels, type LabelBox, type LabelRequest } from '../../src/ui/map/label-placement';
import { borderPlaces } from '../../src/ui/map/places';

// Issue 10, "a board worth looking at": the map's place names never collide (Mexico City and
// Veracruz touched at most sizes). The board places them with placeLabels; here the same function
// is given the places where the board's map projects them, at many stage sizes and text scales.

/** A text's size as the board's font would set it, wide enough to stand for any glyphs. */
const measure = (text: string, font: number) => ({ text, w: text.length * font * 0.6, h: font * 1.2 });

function labelsAt(width: number, height: number, scale: number) {
  const L = boardLayout(width, height, scale);
  const projection = createBorderProjection(L.map.w, L.map.h);
  const font = L.font * 0.72;
  const points = borderPlaces.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy ? [{ id: p.id, name: p.name, x: L.map.x + xy[0], y: L.map.y + xy[1] }] : [];
  });
  const requests = labelRequests(points, (id) => borderPlaces.find((p) => p.id === id)?.short, (text) => measure(text, font));
  const title: LabelBox = { x: L.map.x, y: L.map.y, w: font * 6, h: font * 1.6 };
  const dot = 3;
  const gap = Math.max(2, font * 0.25);
  const placed = placeLabels(requests, { bounds: L.map, dot, gap, obstacles: [title] });
  return { L, requests, placed, title, dot, gap };
}

function expectClear({ requests, placed, title, dot, L }: ReturnType<typeof labelsAt>, when: string): void {
  for (const [i, a] of placed.entries()) {
    expect(a.box.x, when).toBeGreaterThanOrEqual(L.map.x);
    expect(a.box.y, when).toBeGreaterThanOrEqual(L.map.y);
    expect(a.box.x + a.box.w, when).toBeLessThanOrEqual(L.map.x + L.map.w + 1e-9);
    expect(a.box.y + a.box.h, when).toBeLessThanOrEqual(L.map.y + L.map.h + 1e-9);
    expect(boxesOverlap(a.box, title), `${when}: ${a.id} on the map's title`).toBe(false);
    for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${when}: ${a.id} on ${b.id}`).toBe(false);
    for (const r of requests) expect(boxesOverlap(a.box, { x: r.x - dot, y: r.y - dot, w: dot * 2, h: dot * 2 }), `${when}: ${a.id} on the dot of ${r.id}`).toBe(false);
  }
}

describe('the map labels', () => {
  it.each([
    [1280, 720, 1],
    [1920, 1080, 1],
    [1920, 1080, 2],
    [1280, 720, 1.45],
    [1600, 900, 1],
    [390, 400, 1],
  ])('never collide at %d×%d, text ×%d', (w, h, scale) => {
    const at = labelsAt(w, h, scale);
    expectClear(at, `${w}×${h} ×${scale}`);
  });

  it('names both Mexico City and Veracruz on the common screens', () => {
    for (const [w, h] of [[1280 * 0.7, 720 - 60], [1920 * 0.7, 1080 - 60], [1600 * 0.7, 900 - 60]] as const) {
      const ids = labelsAt(w, h, 1).placed.map((p) => p.id);
      expect(ids, `${w}×${h}`).toEqual(expect.arrayContaining(['mexico-city', 'veracruz']));
    }
  });

  it('never collide at any stage size and text scale from 1 to 2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3840 }), fc.integer({ min: 150, max: 2160 }), fc.double({ min: 1, max: 2, noNaN: true }), (w, h, scale) => {
        expectClear(labelsAt(w, h, scale), `${w}×${h} ×${scale}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never overlap for any points and sizes (the placement alone)', () => {
    const request = fc.record({
      x: fc.double({ min: -50, max: 650, noNaN: true }),
      y: fc.double({ min: -50, max: 450, noNaN: true }),
      w: fc.double({ min: 1, max: 200, noNaN: true }),
      h: fc.double({ min: 1, max: 40, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 14 }), fc.double({ min: 0, max: 6, noNaN: true }), fc.double({ min: 0, max: 8, noNaN: true }), (items, dot, gap) => {
        const requests: LabelRequest[] = items.map((r, i) => ({ id: String(i), x: r.x, y: r.y, texts: [{ text: 'name', w: r.w, h: r.h }, { text: 'n', w: r.w / 3, h: r.h }] }));
        const bounds = { x: 0, y: 0, w: 600, h: 400 };
        const placed = placeLabels(requests, { bounds, dot, gap });
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
          for (const r of requests) expect(boxesOverlap(a.box, { x: r.x - dot, y: r.y - dot, w: dot * 2, h: dot * 2 })).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('tries the name to the right of its dot first, then its other sides, then the short name', () => {
    const bounds = { x: 0, y: 0, w: 200, h: 200 };
    const lone = placeLabels([{ id: 'a', x: 100, y: 100, texts: [{ text: 'Alpha', w: 40, h: 10 }] }], { bounds, dot: 3, gap: 2 });
    expect(lone).toEqual([{ id: 'a', text: 'Alpha', position: 'right', box: candidateBox('right', 100, 100, 40, 10, 3, 2) }]);
    // Its right would cover the next dot: the name goes to the left, and the neighbour's to its right.
    const a = { id: 'a', x: 100, y: 100, texts: [{ text: 'Alpha', w: 40, h: 10 }] };
    const b = { id: 'b', x: 112, y: 100, texts: [{ text: 'Beta', w: 40, h: 10 }] };
    expect(placeLabels([a, b], { bounds, dot: 3, gap: 2 }).map((p) => p.position)).toEqual(['left', 'right']);
    // A name too wide for the map anywhere falls back to its short form, then to nothing.
    const tiny = { x: 0, y: 0, w: 40, h: 40 };
    expect(placeLabels([{ id: 'c', x: 20, y: 20, texts: [{ text: 'Very long', w: 100, h: 10 }, { text: 'V.', w: 10, h: 10 }] }], { bounds: tiny, dot: 3, gap: 2 }).map((p) => p.text)).toEqual(['V.']);
    expect(placeLabels([{ id: 'd', x: 20, y: 20, texts: [{ text: 'Very long', w: 100, h: 10 }] }], { bounds: tiny, dot: 3, gap: 2 })).toEqual([]);
  });
});
