import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json';
import { buildBorderMap, createBorderProjection } from '../../src/ui/map/border-map';
import type { BorderMap, MapShape, Topology } from '../../src/ui/map/border-map';
import { ringContains, shapeAt, shapeContains } from '../../src/ui/map/hit-test';
import { loadBorderMap } from '../../src/ui/map/load-map';

const topology = countries50m as unknown as Topology;
const W = 1000;
const H = 700;
const map = buildBorderMap(topology, W, H);

const shape = (m: BorderMap, id: string): MapShape => {
  const found = m.shapes.find((s) => s.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
};
const place = (m: BorderMap, id: string) => {
  const found = m.places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
};
/** Every [x, y] of a list of flat arrays. */
const points = (flats: readonly number[][]): [number, number][] =>
  flats.flatMap((f) => Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i] as number, f[2 * i + 1] as number] as [number, number]));
const shapePoints = (s: MapShape) => points(s.rings.flat());
const allFlats = (m: BorderMap) => [...m.shapes.flatMap((s) => s.rings.flat()), ...m.border];
const nearest = (pts: readonly [number, number][], x: number, y: number) => Math.min(...pts.map(([px, py]) => Math.hypot(px - x, py - y)));

describe('ringContains', () => {
  const square = [0, 0, 10, 0, 10, 10, 0, 10];
  it.each([
    [5, 5, true],
    [0.5, 9.5, true],
    [-1, 5, false],
    [11, 5, false],
    [5, 10.5, false],
  ] as const)('(%d, %d) in a 10 px square: %s', (x, y, inside) => {
    expect(ringContains(square, x, y)).toBe(inside);
  });

  it('treats a second ring of the same polygon as a hole', () => {
    const donut: MapShape = { id: 'X', name: 'X', rings: [[square, [3, 3, 7, 3, 7, 7, 3, 7]]] };
    expect(shapeContains(donut, 1, 1)).toBe(true);
    expect(shapeContains(donut, 5, 5)).toBe(false);
  });
});

describe('border map from Natural Earth 1:50m (1000 x 700)', () => {
  it('has the United States and Mexico with real rings, and the neighbours at the edges', () => {
    for (const id of ['USA', 'MEX', 'GTM', 'BLZ']) {
      const s = shape(map, id);
      expect(s.rings.length).toBeGreaterThan(0);
      for (const ring of s.rings.flat()) {
        expect(ring.length % 2).toBe(0);
        expect(ring.length).toBeGreaterThanOrEqual(6);
      }
    }
    expect(shape(map, 'USA').name).toBe('United States of America');
    expect(shape(map, 'MEX').name).toBe('Mexico');
    expect(shapePoints(shape(map, 'MEX')).length).toBeGreaterThan(500); // real coastline, not a blob
    expect(map.shapes.find((s) => s.id === 'CAN')).toBeUndefined(); // Canada is north of the box
  });

  it('keeps every point inside the viewport, rounded to 0.1 px, at least 0.75 px apart', () => {
    for (const flat of allFlats(map)) {
      for (let i = 0; i < flat.length; i += 2) {
        const x = flat[i] as number;
        const y = flat[i + 1] as number;
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(W);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(H);
        expect(Math.round(x * 10) / 10).toBe(x);
        if (i > 0) expect(Math.hypot(x - (flat[i - 2] as number), y - (flat[i - 1] as number))).toBeGreaterThanOrEqual(0.75);
      }
    }
  });

  it('shows the whole of Mexico, islands included, with none of it cut by the frame', () => {
    const mex = shapePoints(shape(map, 'MEX'));
    for (const [x, y] of mex) {
      expect(x).toBeGreaterThan(2);
      expect(x).toBeLessThan(W - 2);
      expect(y).toBeGreaterThan(2);
      expect(y).toBeLessThan(H - 2);
    }
    expect(shape(map, 'MEX').rings.length).toBe(16); // every Mexican polygon in the data
  });

  it('draws the land border where the US and Mexico meet', () => {
    expect(map.border.length).toBeGreaterThan(0);
    const border = points(map.border);
    expect(border.length).toBeGreaterThan(50);
    const usa = shapePoints(shape(map, 'USA'));
    const mex = shapePoints(shape(map, 'MEX'));
    // Both countries' outlines run along the border line (thinning may move a vertex < 1 px).
    for (const [x, y] of border) {
      expect(nearest(usa, x, y)).toBeLessThan(1.5);
      expect(nearest(mex, x, y)).toBeLessThan(1.5);
    }
    // It runs from the Pacific at Tijuana to the Gulf: about 500 px across this map.
    const xs = border.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(400);
  });

  it.each(['tijuana', 'ciudad-juarez'])('puts the border town %s on the border', (id) => {
    const p = place(map, id);
    expect(nearest(points(map.border), p.x, p.y)).toBeLessThan(20);
  });

  it.each(['mexico-city', 'monterrey', 'merida'])('puts %s well inside Mexico', (id) => {
    const p = place(map, id);
    expect(shapeAt(map, p.x, p.y)?.id).toBe('MEX');
    expect(shapeContains(shape(map, 'USA'), p.x, p.y)).toBe(false);
    expect(nearest(points(map.border), p.x, p.y)).toBeGreaterThan(20);
  });

  it('puts San Antonio and Phoenix in the United States', () => {
    const projection = createBorderProjection(W, H);
    for (const lonLat of [
      [-98.49, 29.42],
      [-112.07, 33.45],
    ] as [number, number][]) {
      const xy = projection(lonLat);
      expect(xy).not.toBeNull();
      const [x, y] = xy as [number, number];
      expect(shapeAt(map, x, y)?.id).toBe('USA');
    }
  });

  it('has the United States along the top and Mexico below it, west on the left', () => {
    const mexicoCity = place(map, 'mexico-city');
    const usa = shapePoints(shape(map, 'USA'));
    const above = usa.filter(([, y]) => y < mexicoCity.y).length;
    expect(above / usa.length).toBeGreaterThan(0.95);
    expect(place(map, 'merida').x).toBeGreaterThan(mexicoCity.x);
    expect(place(map, 'veracruz').x).toBeGreaterThan(mexicoCity.x);
    expect(place(map, 'tijuana').x).toBeLessThan(place(map, 'ciudad-juarez').x);
    expect(place(map, 'ciudad-juarez').x).toBeLessThan(place(map, 'monterrey').x);
    expect(place(map, 'tijuana').y).toBeLessThan(mexicoCity.y);
  });

  it('names the paper\u2019s places with their accents', () => {
    expect(map.places.map((p) => p.name)).toEqual(['Mexico City', 'Tijuana', 'Ciudad Juárez', 'Monterrey', 'Veracruz', 'Mérida']);
    for (const p of map.places) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(W);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(H);
    }
  });

  it('stays small enough to draw every frame', () => {
    const numbers = allFlats(map).reduce((n, f) => n + f.length, 0);
    expect(numbers).toBeLessThan(60_000);
    expect(JSON.stringify(map).length).toBeLessThan(200_000);
  });

  it('is deterministic', () => {
    expect(buildBorderMap(topology, W, H)).toEqual(map);
    expect(JSON.stringify(buildBorderMap(topology, W, H))).toBe(JSON.stringify(map));
  });
});

describe('other viewport shapes', () => {
  it.each([
    [1600, 900],
    [800, 800],
    [640, 360],
  ])('%d x %d still shows all of Mexico inside the frame', (w, h) => {
    const m = buildBorderMap(topology, w, h);
    expect(m.width).toBe(w);
    expect(m.height).toBe(h);
    for (const [x, y] of shapePoints(shape(m, 'MEX'))) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(w);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(h);
    }
    expect(m.border.length).toBeGreaterThan(0);
    expect(shapeAt(m, place(m, 'mexico-city').x, place(m, 'mexico-city').y)?.id).toBe('MEX');
  });
});

describe('loadBorderMap', () => {
  it('loads the atlas on demand and builds the same map', async () => {
    expect(await loadBorderMap(W, H)).toEqual(map);
  });
});
