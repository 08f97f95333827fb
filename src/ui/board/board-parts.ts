import type * as Phaser from 'phaser';
import { BAND_FLOORS, RELATIONSHIP_BANDS, type RelationshipBand } from '../../engine';
import type { BoardView } from '../view/board-view';
import { trackY } from './card-motion';
import type { LabelRegistry } from './label-registry';
import { spreadLabels } from './labels';
import { LINE, type BoardLayout } from './layout';
import { BAND_COLORS, BOLD, COLORS, DISPLAY_FONT, DISPLAY_WEIGHT, hex } from './theme';

// The board's fixed parts, each fitted to its room through the scene's label registry: the header,
// the relationship track with its band names, the gauges, the cards' heading. Every text is
// measured and fitted (smaller down to the floor, a shorter form, cut with an ellipsis), or left
// out by rule and recorded as dropped; none is drawn where it would be cut off or overlap another.

export interface PartContext {
  readonly scene: Phaser.Scene;
  readonly layer: Phaser.GameObjects.Container;
  readonly labels: LabelRegistry;
  readonly L: BoardLayout;
}

/** The widest band name as the track writes it (the current band's size and weight), for the layout. */
export function widestBandLabel(labels: LabelRegistry, v: BoardView, size: number): number {
  const measure = labels.measurer({ weight: BOLD });
  return Math.max(0, ...RELATIONSHIP_BANDS.map((b) => measure(v.labels[`band.${b}`] ?? b, size).w));
}

/** The SEMAR legend's width as the track writes it, for the layout. */
export function semarLegendWidth(labels: LabelRegistry, v: BoardView, size: number): number {
  return labels.measurer({})(`◀ ${v.labels.semar}`, size).w;
}

/** The SEDENA and SEMAR legends' widths added, for the layout (which adds the gaps the track writes between and around them). */
export function legendsWidth(labels: LabelRegistry, v: BoardView, size: number): number {
  const measure = labels.measurer({});
  return measure(`▶ ${v.labels.sedena}`, size).w + measure(`◀ ${v.labels.semar}`, size).w;
}

/** A title's forms for a narrow card: as it is, then broken after its hyphens ("combatant-command"). */
export function breakableForms(title: string): string[] {
  const broken = title.replace(/(\p{L})-(?=\p{L})/gu, '$1- ');
  return broken === title ? [title] : [title, broken];
}

/** The strategy's label without its gloss: "A: stay the course (military lead)" → "A: stay the course" → "A". */
function strategyForms(label: string): string[] {
  const plain = label.replace(/\s*\([^)]*\)\s*$/, '');
  const letter = /^([A-D])\b/.exec(label)?.[1];
  return [...new Set([label, plain, ...(letter ? [letter] : [])])];
}

export function drawHeader(c: PartContext, v: BoardView): void {
  const { scene, layer, labels, L } = c;
  const g = scene.add.graphics();
  layer.add(g);
  g.fillStyle(COLORS.panel, 1);
  g.fillRect(0, 0, L.w, L.top - L.pad * 0.5);
  const T = L.type;
  const header = { x: 0, y: 0, w: L.w, h: L.top - L.pad * 0.5 };
  // The year in the middle, then each side in what is left of its half.
  const year = labels.fit(layer, { id: 'header.year', texts: [String(v.year)], x: L.w / 2, y: L.pad * 0.3, origin: [0.5, 0], size: T.year, minSize: T.floor, maxW: L.w / 3, maxH: header.h - L.pad * 0.3, family: DISPLAY_FONT, weight: DISPLAY_WEIGHT, container: header });
  const yearHalf = (year?.width ?? 0) / 2 + L.gap * 2;
  const side = Math.max(0, L.w / 2 - yearHalf - L.pad);
  const line1 = L.pad * 0.6;
  const line2 = line1 + T.title * LINE + L.gap;
  const h1 = T.title * LINE;
  const h2 = Math.max(0, header.h - line2);
  labels.fit(layer, { id: 'header.scenario', texts: [v.scenarioTitle], x: L.pad, y: line1, size: T.title, minSize: T.floor, maxW: side, maxH: h1, weight: BOLD, ellipsis: true, container: header });
  labels.fit(layer, { id: 'header.term', texts: [`${v.termLabel} · ${v.phaseLabel}`, v.termLabel], x: L.pad, y: line2, size: T.label, minSize: T.floor, maxW: side, maxH: h2, color: COLORS.textDim, ellipsis: true, container: header });
  labels.fit(layer, { id: 'header.president', texts: [`${v.labels.president}: ${v.party}`, v.party], x: L.w - L.pad, y: line1, origin: [1, 0], size: T.title, minSize: T.floor, maxW: side, maxH: h1, weight: BOLD, ellipsis: true, container: header });
  labels.fit(layer, { id: 'header.strategy', texts: strategyForms(v.strategyLabel), x: L.w - L.pad, y: line2, origin: [1, 0], size: T.label, minSize: T.floor, maxW: side, maxH: h2, color: COLORS.textDim, ellipsis: true, container: header });
}

/** The relationship track: bands, names, institutions beside it, and the lines under it. Returns the intelligence line's middle. */
export function drawTrack(c: PartContext, v: BoardView): number {
  const { scene, layer, labels, L } = c;
  const T = L.type;
  const g = scene.add.graphics();
  layer.add(g);
  const { x, w } = L.track;
  const col = L.column;
  const colRight = col.x + col.w;
  labels.fit(layer, { id: 'track.heading', texts: [v.labels.relationship ?? ''], x: L.pad, y: L.top, size: T.heading, minSize: T.floor, maxW: col.w - L.pad, maxH: T.heading * LINE, weight: BOLD, ellipsis: true, container: col });

  // The legend names the markers: SEDENA's points in from the left, SEMAR's from the right. Where
  // SEMAR's has no room right of the track but the row has room for both (a 4:3 projector, whose
  // column is only as wide as its band names: "◀" alone named nothing), the row stands across the
  // column instead, SEMAR's ending at its edge and SEDENA's before it: a key, whole.
  const legendH = T.small * LINE;
  const measure = labels.measurer({});
  const sedenaText = `▶ ${v.labels.sedena}`;
  const semarText = `◀ ${v.labels.semar}`;
  const semarW = measure(semarText, T.small).w;
  const semarRoom = colRight - (x + w + L.gap * 0.5);
  const across = semarW > semarRoom && measure(sedenaText, T.small).w + L.gap * 2 + semarW <= colRight - L.gap * 0.5 - L.pad;
  const semarX = across ? colRight - L.gap * 0.5 - semarW : x + w + L.gap * 0.5;
  const sedenaRight = across ? semarX - L.gap * 2 : x - L.gap * 0.5;
  labels.fit(layer, { id: 'track.legend.sedena', texts: [sedenaText, '▶'], x: sedenaRight, y: L.legendY, origin: [1, 0], size: T.small, minSize: T.floor, maxW: sedenaRight - L.pad, maxH: legendH, color: hex(COLORS.sedena), container: col });
  labels.fit(layer, { id: 'track.legend.semar', texts: [semarText, '◀'], x: semarX, y: L.legendY, size: T.small, minSize: T.floor, maxW: across ? semarW + 0.5 : semarRoom, maxH: legendH, color: hex(COLORS.semar), container: col });

  // The bands, and their names beside them, stacked so that none touches another.
  const bandTop = (band: RelationshipBand, i: number) => (i + 1 < RELATIONSHIP_BANDS.length ? BAND_FLOORS[RELATIONSHIP_BANDS[i + 1] as RelationshipBand] : 100);
  const names = RELATIONSHIP_BANDS.map((band, i) => {
    const y0 = trackY(bandTop(band, i), L);
    const y1 = trackY(BAND_FLOORS[band], L);
    const current = band === v.relationship.band;
    g.fillStyle(BAND_COLORS[band], current ? 1 : 0.55);
    g.fillRect(x, y0, w, y1 - y0);
    return { band, at: (y0 + y1) / 2, current, size: current ? T.label : T.small };
  });
  const nameRight = x - L.marker * 1.6 - 2 - L.gap;
  const span = { lo: L.legendY + legendH + L.gap, hi: L.track.y + L.track.h };
  const nameBox = { x: L.pad, y: span.lo, w: Math.max(0, nameRight - L.pad), h: Math.max(0, span.hi - span.lo) };
  const spread = spreadLabels(
    names.map((n) => ({ id: n.band, at: n.at, h: n.size * LINE, priority: n.current ? 10 : 0 })),
    span.lo,
    span.hi,
    Math.max(1, L.gap * 0.5),
  );
  for (const band of spread.dropped) labels.drop(`band.${band}`, v.labels[`band.${band}`] ?? band, 'no room beside the track');
  for (const { id, y } of spread.placed) {
    const n = names.find((m) => m.band === id);
    if (!n) continue;
    labels.fit(layer, { id: `band.${n.band}`, texts: [v.labels[`band.${n.band}`] ?? n.band], x: nameRight, y, origin: [1, 0], size: n.size, minSize: T.floor, maxW: nameBox.w, maxH: n.size * LINE, color: n.current ? COLORS.text : COLORS.textDim, weight: n.current ? BOLD : 'normal', ellipsis: true, container: nameBox });
  }
  g.lineStyle(2, COLORS.panelEdge, 1);
  g.strokeRect(x, L.track.y, w, L.track.h);

  // Institutions beside the track: the damper.
  const ix = L.inst.x;
  g.fillStyle(COLORS.panel, 1);
  g.fillRect(ix, L.inst.y, L.inst.w, L.inst.h);
  g.fillStyle(COLORS.institutions, 1);
  const instTop = trackY(v.institutionalization, L);
  g.fillRect(ix, instTop, L.inst.w, L.inst.y + L.inst.h - instTop);
  g.strokeRect(ix, L.inst.y, L.inst.w, L.inst.h);

  // Under the track, a line each: the institutions' value, the band and its value, intelligence.
  const rowW = col.w - L.pad;
  let y = L.track.y + L.track.h + L.gap;
  const inst = labels.fit(layer, { id: 'track.institutions', texts: [`${v.labels.institutionalization} ${Math.round(v.institutionalization)}`, `${Math.round(v.institutionalization)}`], x: ix + L.inst.w / 2, y, origin: [0.5, 0], size: T.small, minSize: T.floor, maxW: rowW, maxH: T.small * LINE, color: hex(COLORS.institutions), ellipsis: true, container: col });
  if (inst) inst.x = Math.max(L.pad + inst.width / 2, Math.min(colRight - inst.width / 2, inst.x));
  y += T.small * LINE;
  labels.fit(layer, { id: 'track.band', texts: [`${v.relationship.bandLabel} · ${v.relationship.headline.toFixed(0)}`], x: L.pad + rowW / 2, y, origin: [0.5, 0], size: T.heading, minSize: T.floor, maxW: rowW, maxH: T.heading * LINE, weight: BOLD, ellipsis: true, container: col });
  y += T.heading * LINE;
  labels.fit(layer, { id: 'track.intelligence', texts: [`${v.labels.intelligence}: ${v.intelligenceLabel}`, v.intelligenceLabel], x: L.pad + rowW / 2, y, origin: [0.5, 0], size: T.small, minSize: T.floor, maxW: rowW, maxH: T.small * LINE, color: COLORS.textDim, ellipsis: true, container: col });
  return y + (T.small * LINE) / 2;
}

/** Whether a gauge's fill shows a state better for the relationship (its colour). */
export function gaugeBetter(good: boolean, fill: number): boolean {
  return good ? fill >= 0.5 : fill < 0.5;
}

export function drawGauges(c: PartContext, v: BoardView): void {
  const { scene, layer, labels, L } = c;
  const T = L.type;
  const g = scene.add.graphics();
  layer.add(g);
  const { x, y, w } = L.gauges;
  const { row, bar: bh, barOffset, compact } = L.gauge;
  const texts: Phaser.GameObjects.Text[] = [];
  v.gauges.forEach((gauge, i) => {
    const gy = y + i * row;
    const rowBox = { x, y: gy, w, h: row };
    const by = gy + barOffset;
    g.fillStyle(COLORS.panel, 1);
    g.fillRect(x, by, w, bh);
    g.fillStyle(gaugeBetter(gauge.good, gauge.fill) ? COLORS.good : COLORS.bad, 1);
    g.fillRect(x, by, w * gauge.fill, bh);
    g.lineStyle(1, COLORS.panelEdge, 1);
    g.strokeRect(x, by, w, bh);
    // A short row writes its label and value on the bar, in the middle of its height.
    const inset = compact ? 3 : 0;
    const lineH = compact ? row : T.label * LINE;
    const ty = compact ? gy + row / 2 : gy;
    const origin = compact ? 0.5 : 0;
    const trend = gauge.trend > 0 ? ' ▲' : gauge.trend < 0 ? ' ▼' : '';
    const value = labels.fit(layer, { id: `gauge.${gauge.track}.value`, texts: [`${gauge.display}${trend}`, gauge.display], x: x + w - inset, y: ty, origin: [1, origin], size: T.value, minSize: T.floor, maxW: w / 2, maxH: lineH, weight: DISPLAY_WEIGHT, family: DISPLAY_FONT, color: compact ? COLORS.onFill : COLORS.text, outline: compact, container: rowBox });
    const room = w - inset * 2 - (value?.width ?? 0) - L.gap;
    const label = labels.fit(layer, { id: `gauge.${gauge.track}.label`, texts: [gauge.label], x: x + inset, y: ty, origin: [0, origin], size: T.label, minSize: T.floor, maxW: room, maxH: lineH, color: compact ? COLORS.onFill : COLORS.textDim, outline: compact, ellipsis: true, container: rowBox });
    for (const t of [label, value]) if (t) texts.push(t);
  });
  // Written on the bars, the labels go above them.
  if (compact) for (const t of texts) layer.bringToTop(t);
}

export function drawCardsHeading(c: PartContext, v: BoardView): void {
  const { layer, labels, L } = c;
  labels.fit(layer, { id: 'cards.heading', texts: [v.labels.cards ?? ''], x: L.cards.x, y: L.cards.y, size: L.type.label, minSize: L.type.floor, maxW: L.cards.w, maxH: L.strip.y - L.cards.y, color: COLORS.textDim, ellipsis: true, container: L.cards });
}
