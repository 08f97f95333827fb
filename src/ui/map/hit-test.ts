import type { BorderMap, MapShape } from './border-map';

// Which country is under a screen point: for hovering the board, and for tests of the geometry.

/** Even-odd test over one flat ring [x0,y0,x1,y1,...] (closing edge implied). */
export function ringContains(ring: readonly number[], x: number, y: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i] as number;
    const yi = ring[i + 1] as number;
    const xj = ring[j] as number;
    const yj = ring[j + 1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when (x, y) lies in the shape: inside an odd number of one polygon's rings (holes count). */
export function shapeContains(shape: MapShape, x: number, y: number): boolean {
  return shape.rings.some((polygon) => polygon.filter((ring) => ringContains(ring, x, y)).length % 2 === 1);
}

/** The shape under (x, y), if any. */
export function shapeAt(map: BorderMap, x: number, y: number): MapShape | undefined {
  return map.shapes.find((shape) => shapeContains(shape, x, y));
}
