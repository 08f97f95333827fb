import type { GeoStream } from 'd3-geo';

// A d3-geo stream sink that collects projected, clipped geometry as flat [x0,y0,x1,y1,...]
// arrays in screen pixels: small enough to hand straight to a renderer.

/** Coordinates are rounded to this many pixels (1 decimal). */
const ROUND = 10;

/** A point closer than this to the last kept point is dropped: the data stays small. */
export const MIN_STEP_PX = 0.75;

const round = (v: number): number => Math.round(v * ROUND) / ROUND + 0; // + 0 turns -0 into 0

const far = (ring: number[], x: number, y: number): boolean => {
  const n = ring.length;
  if (n === 0) return true;
  const dx = x - (ring[n - 2] as number);
  const dy = y - (ring[n - 1] as number);
  return dx * dx + dy * dy >= MIN_STEP_PX * MIN_STEP_PX;
};

/** Rounds and thins one ring or line. Rings need 3 points; lines 2 and keep their last point. */
function thin(raw: number[], closed: boolean): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const x = round(raw[i] as number);
    const y = round(raw[i + 1] as number);
    if (far(out, x, y)) out.push(x, y);
  }
  if (closed) {
    // The closing point is implied: drop a last point that sits on the first.
    while (out.length >= 4) {
      const n = out.length;
      const dx = (out[n - 2] as number) - (out[0] as number);
      const dy = (out[n - 1] as number) - (out[1] as number);
      if (dx * dx + dy * dy >= MIN_STEP_PX * MIN_STEP_PX) break;
      out.length = n - 2;
    }
    return out.length >= 6 ? out : null;
  }
  // A line keeps its true end so that joined pieces still meet.
  const n = raw.length;
  if (n >= 2) {
    const x = round(raw[n - 2] as number);
    const y = round(raw[n - 1] as number);
    if (out.length >= 4 && !far(out, x, y)) out.length -= 2;
    if (out[out.length - 2] !== x || out[out.length - 1] !== y) out.push(x, y);
  }
  return out.length >= 4 ? out : null;
}

export interface ScreenSink {
  stream: GeoStream;
  /** Polygons (each a list of rings) received so far. */
  polygons: number[][][];
  /** Lines received outside any polygon. */
  lines: number[][];
}

/** A sink for `projection.stream(sink.stream)`; read `polygons` and `lines` after streaming. */
export function screenSink(): ScreenSink {
  const polygons: number[][][] = [];
  const lines: number[][] = [];
  let polygon: number[][] | null = null;
  let current: number[] | null = null;
  const stream: GeoStream = {
    polygonStart() {
      polygon = [];
    },
    polygonEnd() {
      if (polygon && polygon.length > 0) polygons.push(polygon);
      polygon = null;
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current) {
        const kept = thin(current, polygon !== null);
        if (kept) (polygon ?? lines).push(kept);
      }
      current = null;
    },
    point(x, y) {
      current?.push(x, y); // lone points (Point geometries) are not collected
    },
  };
  return { stream, polygons, lines };
}
