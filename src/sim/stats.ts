// Summary statistics for batch runs.

export interface Summary {
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** Index of the nearest-rank p-th percentile among n sorted values. */
function rankIndex(n: number, p: number): number {
  const rank = Math.ceil((p / 100) * n);
  return Math.min(n - 1, Math.max(0, rank - 1));
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[rankIndex(sorted.length, p)] as number;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function summarize(values: Float64Array): Summary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    mean: round(sum / Math.max(1, sorted.length)),
    p10: round(percentile(sorted, 10)),
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
  };
}

/**
 * How many times each value occurred, for a track whose values lie on a fixed grid: integers
 * (violence, intelligence rank) or one decimal place (every other track, see `clampTrack`). A count
 * per grid point holds a million games in the same few kilobytes as ten, merges by adding counts in
 * any order, and still gives exact nearest-rank percentiles, because the sorted values are just
 * each grid point repeated its count times. A value off the grid (a `--set` start value of 70.55
 * that no year moved) is counted exactly in `offGrid`.
 */
export interface ValueCounts {
  /** Grid points per unit: 1 for integers, 10 for one decimal. */
  readonly scale: number;
  /** The lowest grid point times `scale`. */
  readonly low: number;
  readonly counts: Uint32Array;
  readonly offGrid: Map<number, number>;
  n: number;
}

export function valueCounts(lo: number, hi: number, scale: number): ValueCounts {
  const low = Math.round(lo * scale);
  return { scale, low, counts: new Uint32Array(Math.round(hi * scale) - low + 1), offGrid: new Map(), n: 0 };
}

export function countValue(c: ValueCounts, v: number, times = 1): void {
  const k = Math.round(v * c.scale);
  const i = k - c.low;
  // On the grid only if the grid point is the very same double (12.3 is stored as 123 / 10).
  if (i >= 0 && i < c.counts.length && k / c.scale === v) c.counts[i] = (c.counts[i] as number) + times;
  else c.offGrid.set(v, (c.offGrid.get(v) ?? 0) + times);
  c.n += times;
}

/** Adds `from`'s counts to `into` (same grid). */
export function addCounts(into: ValueCounts, from: ValueCounts): void {
  if (into.scale !== from.scale || into.low !== from.low || into.counts.length !== from.counts.length) throw new Error('addCounts: the counts are on different grids');
  for (let i = 0; i < from.counts.length; i++) into.counts[i] = (into.counts[i] as number) + (from.counts[i] as number);
  for (const [v, times] of from.offGrid) into.offGrid.set(v, (into.offGrid.get(v) ?? 0) + times);
  into.n += from.n;
}

/** The distinct values with their counts, in the ascending order of `Float64Array.prototype.sort`. */
function ascending(c: ValueCounts): { values: number[]; times: number[] } {
  const grid: [number, number][] = [];
  for (let i = 0; i < c.counts.length; i++) if (c.counts[i]) grid.push([(i + c.low) / c.scale, c.counts[i] as number]);
  const off = [...c.offGrid].sort((a, b) => (Number.isNaN(a[0]) ? 1 : Number.isNaN(b[0]) ? -1 : a[0] - b[0]));
  const values: number[] = [];
  const times: number[] = [];
  let g = 0;
  let o = 0;
  while (g < grid.length || o < off.length) {
    const next = o >= off.length || (g < grid.length && !((off[o] as [number, number])[0] < (grid[g] as [number, number])[0])) ? grid[g++] : off[o++];
    values.push((next as [number, number])[0]);
    times.push((next as [number, number])[1]);
  }
  return { values, times };
}

/**
 * The same summary as `summarize` over the counted values, bit for bit: nearest-rank percentiles
 * read off the cumulative counts, and the mean summed value by value in ascending order exactly as
 * `summarize` adds up its sorted array (so a total that falls on a rounding boundary rounds the same way).
 */
export function summarizeCounts(c: ValueCounts): Summary {
  const { values, times } = ascending(c);
  const targets = [10, 50, 90].map((p) => rankIndex(c.n, p));
  const found = [Number.NaN, Number.NaN, Number.NaN];
  let sum = 0;
  let seen = 0;
  for (let d = 0; d < values.length; d++) {
    const v = values[d] as number;
    const k = times[d] as number;
    for (let j = 0; j < k; j++) sum += v;
    targets.forEach((t, i) => {
      if (t >= seen && t < seen + k) found[i] = v;
    });
    seen += k;
  }
  const [p10, p50, p90] = found as [number, number, number];
  return { mean: round(sum / Math.max(1, c.n)), p10: round(p10), p50: round(p50), p90: round(p90) };
}

export interface SeriesSummary {
  readonly mean: number[];
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
}

export function summarizeSeries(columns: readonly (Float64Array | ValueCounts)[]): SeriesSummary {
  const out: SeriesSummary = { mean: [], p10: [], p50: [], p90: [] };
  for (const column of columns) {
    const s = column instanceof Float64Array ? summarize(column) : summarizeCounts(column);
    out.mean.push(s.mean);
    out.p10.push(s.p10);
    out.p50.push(s.p50);
    out.p90.push(s.p90);
  }
  return out;
}

/** Share of each category among the values, over the given categories (absent ones get 0), to four decimals. */
export function shares<K extends string>(values: readonly K[], categories: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(categories.map((c) => [c, 0])) as Record<K, number>;
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  for (const c of Object.keys(counts) as K[]) counts[c] = Math.round((counts[c] / Math.max(1, values.length)) * 10000) / 10000;
  return counts;
}

/** `shares` from counts already made: `counts[i]` is how often `categories[i]` occurred. */
export function sharesOfCounts<K extends string>(counts: ArrayLike<number>, categories: readonly K[]): Record<K, number> {
  let total = 0;
  for (let i = 0; i < categories.length; i++) total += counts[i] ?? 0;
  return Object.fromEntries(categories.map((c, i) => [c, Math.round(((counts[i] ?? 0) / Math.max(1, total)) * 10000) / 10000])) as Record<K, number>;
}
