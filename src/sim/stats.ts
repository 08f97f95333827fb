// Summary statistics for batch runs.

export interface Summary {
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
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

export interface SeriesSummary {
  readonly mean: number[];
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
}

export function summarizeSeries(columns: readonly Float64Array[]): SeriesSummary {
  const out: SeriesSummary = { mean: [], p10: [], p50: [], p90: [] };
  for (const column of columns) {
    const s = summarize(column);
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
