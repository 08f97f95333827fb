// Line charts as inline SVG strings for the printed report: no library, no script, nothing loaded,
// so the browser's print-to-PDF draws them as vectors. Each chart names itself (<title>, aria-label)
// and carries a legend, so a chart printed in grey still reads.

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly color: string;
  /** A dashed line, to tell series apart without colour. */
  readonly dashed?: boolean;
  /** Steps between years rather than a slope (a level, not a quantity). */
  readonly steps?: boolean;
  /** A shaded band around the line, year by year (a comparison's p10–p90 spread). */
  readonly spread?: { readonly low: readonly number[]; readonly high: readonly number[] };
}

export interface ChartBand {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly color: string;
}

export interface LineChart {
  readonly title: string;
  readonly years: readonly number[];
  readonly series: readonly ChartSeries[];
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly label: string }[];
  /** Shaded horizontal bands behind the lines (the relationship's bands). */
  readonly bands?: readonly ChartBand[];
}

const WIDTH = 680;
const HEIGHT = 250;
const PAD = { right: 16, top: 14, bottom: 30 };
const LEGEND_ROW = 18;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** About 6.5 px a character at 11 px: what the legend and the tick labels make room for. */
const CHAR_W = 6.5;

/** Where each series' legend entry goes: along a row, the next row when the entry would not fit. */
function legendPlaces(series: readonly ChartSeries[], left: number): { readonly x: number; readonly row: number }[] {
  const places: { x: number; row: number }[] = [];
  let x = left;
  let row = 0;
  for (const s of series) {
    // A short label gets a third of the width, as a row of three; a long one what it needs.
    const width = Math.max(200, Math.ceil(28 + s.label.length * CHAR_W + 16));
    if (x > left && x + width > WIDTH - PAD.right) {
      x = left;
      row += 1;
    }
    places.push({ x, row });
    x += width;
  }
  return places;
}

export function lineChartSvg(chart: LineChart): string {
  // Room on the left for the longest tick label.
  const left = Math.max(40, Math.ceil(Math.max(0, ...chart.ticks.map((t) => t.label.length)) * CHAR_W) + 14);
  const legend = legendPlaces(chart.series, left);
  const legendRows = chart.series.length === 0 ? 0 : Math.max(...legend.map((p) => p.row)) + 1;
  const height = HEIGHT + legendRows * LEGEND_ROW;
  const plotW = WIDTH - left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const span = chart.max - chart.min || 1;
  const n = chart.years.length;
  const x = (i: number) => r1(left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1)));
  const y = (v: number) => r1(PAD.top + plotH - ((Math.min(chart.max, Math.max(chart.min, v)) - chart.min) / span) * plotH);
  const parts: string[] = [];
  for (const b of chart.bands ?? []) {
    const top = y(b.to);
    const bottom = y(b.from);
    parts.push(`<rect x="${left}" y="${top}" width="${plotW}" height="${r1(bottom - top)}" fill="${b.color}" fill-opacity="0.12"/>`);
    parts.push(`<text x="${WIDTH - PAD.right - 4}" y="${r1(top + 11)}" text-anchor="end" class="band">${escapeXml(b.label)}</text>`);
  }
  for (const tick of chart.ticks) {
    parts.push(`<line x1="${left}" x2="${WIDTH - PAD.right}" y1="${y(tick.value)}" y2="${y(tick.value)}" class="grid"/>`);
    parts.push(`<text x="${left - 6}" y="${r1(y(tick.value) + 4)}" text-anchor="end" class="tick">${escapeXml(tick.label)}</text>`);
  }
  chart.years.forEach((year, i) => parts.push(`<text x="${x(i)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle" class="tick">${year}</text>`));
  parts.push(`<line x1="${left}" x2="${WIDTH - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" class="axis"/>`);
  // The spreads first, under every line: along the high edge, back along the low one.
  for (const s of chart.series) {
    if (!s.spread) continue;
    const count = Math.min(s.spread.low.length, s.spread.high.length);
    if (count === 0) continue;
    const high = s.spread.high.slice(0, count).map((v, i) => `${x(i)},${y(v)}`);
    const low = s.spread.low.slice(0, count).map((v, i) => `${x(i)},${y(v)}`).reverse();
    parts.push(`<polygon points="${[...high, ...low].join(' ')}" fill="${s.color}" fill-opacity="0.14" class="spread"/>`);
  }
  for (const s of chart.series) {
    const points = s.values.map((v, i) => [x(i), y(v)] as const);
    const path = points.map(([px, py], i) => (i === 0 ? `M${px},${py}` : s.steps ? `H${px}V${py}` : `L${px},${py}`)).join('');
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2.2"${dash}/>`);
    for (const [px, py] of points) parts.push(`<circle cx="${px}" cy="${py}" r="2.6" fill="${s.color}"/>`);
  }
  chart.series.forEach((s, i) => {
    const place = legend[i] ?? { x: left, row: 0 };
    const lx = place.x;
    const ly = HEIGHT + place.row * LEGEND_ROW + 4;
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2.2"${dash}/>`);
    parts.push(`<text x="${lx + 28}" y="${ly + 4}" class="legend">${escapeXml(s.label)}</text>`);
  });
  const title = escapeXml(chart.title);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${title}" class="chart"><title>${title}</title>${parts.join('')}</svg>`;
}
