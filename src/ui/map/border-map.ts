import { geoConicConformal, geoStream } from 'd3-geo';
import type { GeoConicProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoBoxesOverlap, geometryGeoBox, viewportGeoBox } from './geo-bounds';
import { borderPlaces } from './places';
import { screenSink } from './screen-rings';

// The board's map of the US/Mexico border region, drawn from Natural Earth (world-atlas
// countries-50m): pure geometry in screen pixels, no Phaser, so it can be tested in node.

export type { Topology } from 'topojson-specification';

export interface MapShape {
  /** ISO 3166-1 alpha-3 where known ('USA', 'MEX', ...), else the data's numeric id. */
  id: string;
  name: string;
  /** Polygons -> rings -> flat [x0,y0,x1,y1,...] in screen pixels; the closing point is implied. */
  rings: number[][][];
}

export interface MapPlace {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface BorderMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** The US/Mexico land border as polylines (flat xy arrays). */
  border: number[][];
  places: MapPlace[];
}

/** The region the map always shows: all of Mexico, the US border states, the Gulf, Guatemala/Belize. */
export const borderRegion = { west: -120, east: -85, south: 14, north: 37 } as const;

/** world-atlas feature ids are ISO 3166-1 numeric strings (zero-padded: Belize is '084'). */
export const countryIds: Readonly<Record<string, string>> = {
  '840': 'USA',
  '484': 'MEX',
  '320': 'GTM',
  '084': 'BLZ',
  '192': 'CUB',
  '124': 'CAN',
  '340': 'HND',
  '222': 'SLV',
  '044': 'BHS',
  '388': 'JAM',
  '136': 'CYM',
  '558': 'NIC',
};

const US = '840';
const MEXICO = '484';

/** The region's outline, densified so the fit follows its curved parallels and meridians. */
function regionOutline(): GeoJSON.MultiPoint {
  const { west, east, south, north } = borderRegion;
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 1) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) coordinates.push([west, lat], [east, lat]);
  return { type: 'MultiPoint', coordinates };
}

/**
 * A conformal conic centred on the region (standard parallels 17°N and 33°N, central meridian
 * 102.5°W, so north is up through the middle of Mexico), fitted to the region and clipped to the
 * viewport. Exported so the board can place other things (arrows, markers) on the same map.
 */
export function createBorderProjection(width: number, height: number): GeoConicProjection {
  const { west, east } = borderRegion;
  return geoConicConformal()
    .parallels([17, 33])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      regionOutline(),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

const round1 = (v: number): number => Math.round(v * 10) / 10 + 0;

/** Builds the map for a viewport of `width` x `height` pixels. Pure: same input, same output. */
export function buildBorderMap(topology: Topology, width: number, height: number): BorderMap {
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!countries) throw new Error('buildBorderMap: the topology has no "countries" object');
  const projection = createBorderProjection(width, height);

  const visible = viewportGeoBox(projection, width, height);

  const shapes: MapShape[] = [];
  for (const country of feature(topology, countries).features) {
    const box = geometryGeoBox(country.geometry);
    if (!box || !geoBoxesOverlap(box, visible)) continue; // far from the viewport: skip projecting it
    const sink = screenSink();
    geoStream(country, projection.stream(sink.stream));
    if (sink.polygons.length === 0) continue; // wholly outside the viewport
    const numeric = country.id === undefined ? '' : String(country.id);
    shapes.push({ id: countryIds[numeric] ?? numeric, name: country.properties.name, rings: sink.polygons });
  }

  const borderLine = mesh(topology, countries, (a, b) => (a.id === US && b.id === MEXICO) || (a.id === MEXICO && b.id === US));
  const borderSink = screenSink();
  geoStream(borderLine, projection.stream(borderSink.stream));

  const places: MapPlace[] = [];
  for (const place of borderPlaces) {
    const xy = projection([place.lon, place.lat]);
    if (xy) places.push({ id: place.id, name: place.name, x: round1(xy[0]), y: round1(xy[1]) });
  }

  return { width, height, shapes, border: borderSink.lines, places };
}
