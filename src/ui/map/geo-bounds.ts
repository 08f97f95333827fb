import type { GeoProjection } from 'd3-geo';

// A cheap longitude/latitude box test so that buildBorderMap projects only the dozen countries
// near the viewport instead of all ~240 (projecting the world costs a few hundred ms cold).

export interface GeoBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The longitude/latitude box that the viewport shows, found by inverting points along its edges
 * (the projection is continuous, so the edges bound what lies inside), widened by `marginDeg`.
 */
export function viewportGeoBox(projection: GeoProjection, width: number, height: number, marginDeg = 1): GeoBox {
  const box: GeoBox = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  const steps = 32;
  const add = (x: number, y: number): void => {
    const lonLat = projection.invert?.([x, y]);
    if (!lonLat) return;
    box.west = Math.min(box.west, lonLat[0]);
    box.east = Math.max(box.east, lonLat[0]);
    box.south = Math.min(box.south, lonLat[1]);
    box.north = Math.max(box.north, lonLat[1]);
  };
  for (let i = 0; i <= steps; i++) {
    const fx = (width * i) / steps;
    const fy = (height * i) / steps;
    add(fx, 0);
    add(fx, height);
    add(0, fy);
    add(width, fy);
  }
  return { west: box.west - marginDeg, east: box.east + marginDeg, south: box.south - marginDeg, north: box.north + marginDeg };
}

/** The plain min/max box of a geometry's coordinates (conservative for shapes across 180°). */
export function geometryGeoBox(geometry: GeoJSON.Geometry | null): GeoBox | null {
  if (!geometry) return null;
  const box: GeoBox = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  const visit = (coords: unknown): void => {
    if (!Array.isArray(coords)) return;
    if (typeof coords[0] === 'number') {
      const lon = coords[0];
      const lat = coords[1] as number;
      if (lon < box.west) box.west = lon;
      if (lon > box.east) box.east = lon;
      if (lat < box.south) box.south = lat;
      if (lat > box.north) box.north = lat;
      return;
    }
    for (const c of coords) visit(c);
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) visit('coordinates' in g ? g.coordinates : null);
  } else {
    visit(geometry.coordinates);
  }
  return box.west <= box.east ? box : null;
}

export const geoBoxesOverlap = (a: GeoBox, b: GeoBox): boolean =>
  a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
