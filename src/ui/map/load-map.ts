import { buildBorderMap } from './border-map';
import type { BorderMap, Topology } from './border-map';

// Natural Earth's 1:50m countries (world-atlas, ~750 KB of JSON) in its own chunk, fetched when
// the board first needs it and kept for every later map.

let topology: Promise<Topology> | null = null;
let loaded: Topology | null = null;

function loadTopology(): Promise<Topology> {
  topology ??= import('world-atlas/countries-50m.json').then(({ default: countries }) => {
    // JSON types widen `type: "Topology"` to string; the file is TopoJSON (world-atlas README).
    loaded = countries as unknown as Topology;
    return loaded;
  });
  return topology;
}

export async function loadBorderMap(width: number, height: number): Promise<BorderMap> {
  return buildBorderMap(await loadTopology(), width, height);
}

/** The map at once if the data has already been fetched, or null (the title screen never waits). */
export function borderMapIfLoaded(width: number, height: number): BorderMap | null {
  return loaded ? buildBorderMap(loaded, width, height) : null;
}

/** Starts fetching the data in the background, e.g. while the player fills in the new-game form. */
export function prefetchBorderMap(): void {
  void loadTopology();
}
