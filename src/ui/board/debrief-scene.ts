import type { Debrief, DebriefComparison } from '../debrief/debrief-data';
import type { DebriefLabels } from './board';
import { bakeLayer } from './bake';
import { drawChart, type ChartMarker, type ChartSeries } from './chart';
import { stageSize } from './pixels';
import { drawNeedsRoom } from './room';
import { ScreenScene } from './screen-scene';
import { textFloor } from './floor';
import { alternativeColor, COLORS, TRACK_COLORS, YOUR_GAME_COLOR } from './theme';

// The debrief's charts: every track over time, and the controlled comparisons — each alternative
// played by the computer on the same seeds, as a median line in a p10–p90 ribbon, with the
// player's game as a thick line ending in a point. The decisions, cards and the comparisons' numbers
// are in the HTML panel beside it.

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export class DebriefScene extends ScreenScene<{ debrief: Debrief; labels: DebriefLabels }> {
  private debrief: Debrief | null = null;
  private words: DebriefLabels | null = null;

  constructor() {
    super('debrief');
  }

  protected receive(data: { debrief?: Debrief; labels?: DebriefLabels }): void {
    this.debrief = data.debrief ?? this.debrief;
    this.words = data.labels ?? this.words;
  }

  /** Draws a new debrief in the running scene: the comparisons arriving, another language, another text size. */
  show(data: { debrief: Debrief; labels: DebriefLabels; textScale: number }): void {
    this.textScale = data.textScale;
    this.receive(data);
    this.draw(false);
  }

  protected redraw(): void {
    this.layer.removeAll(true);
    const d = this.debrief;
    const labels = this.words;
    if (!d || !labels) return;
    const { width: w, height: h } = stageSize(this);
    const pad = Math.max(10, w * 0.015);
    const font = Math.max(textFloor(), Math.max(12, Math.min(w / 70, h / 40)) * this.textScale);
    // Too small for a chart to be read: the notice instead.
    if (w < font * 16 || h < font * 10) {
      drawNeedsRoom(this, this.layer, this.textScale, this.labels);
      return;
    }
    const inner = { x: pad, y: pad, w: w - pad * 2, h: h - pad * 2 };
    // What fits: the comparison always (it is what the debrief adds to the board); every track
    // above it when there is height; the security and violence charts when there is more.
    const lines = h / font;
    // While the comparisons' games are played, their place is kept and says so.
    const pending = d.comparisons.length === 0 && labels.comparing !== undefined;
    const rows = d.comparisons.length === 0 && !pending ? 3 : h >= 600 && lines >= 45 ? 3 : h >= 480 ? 2 : 1;
    const shares = d.comparisons.length === 0 && !pending ? [0.36, 0.32, 0.32] : rows === 3 ? [0.28, 0.25, 0.47] : rows === 2 ? [0.4, 0, 0.6] : [0, 0, 1];
    const usable = inner.h - pad * (rows - 1);
    const [tracksH, middleH, comparisonH] = shares.map((s) => s * usable) as [number, number, number];
    let y = inner.y;
    if (tracksH > 0) {
      this.drawTracks(d, labels, { x: inner.x, y, w: inner.w, h: tracksH }, font);
      y += tracksH + pad;
    }
    if (middleH > 0) {
      this.drawSecurity(d, labels, { x: inner.x, y, w: inner.w, h: middleH }, font, pad);
      y += middleH + pad;
    }
    if (comparisonH > 0 && d.comparisons.length > 0) {
      // Side by side when both fit at a readable width; otherwise the first (the panel lists every one).
      const shown = d.comparisons.length > 1 && inner.w / font >= 60 ? d.comparisons : d.comparisons.slice(0, 1);
      const each = (inner.w - pad * (shown.length - 1)) / shown.length;
      shown.forEach((c, i) => {
        this.drawComparison(d, c, labels.comparisons[d.comparisons.indexOf(c)] ?? '', labels, { x: inner.x + i * (each + pad), y, w: each, h: comparisonH }, font);
      });
    }
    if (comparisonH > 0 && pending) this.drawPending(labels.comparing ?? '', { x: inner.x, y, w: inner.w, h: comparisonH }, font);
    this.labels.publish();
    bakeLayer(this, this.layer, 'debrief-static');
  }

  private drawPending(text: string, box: Box, font: number): void {
    const frame = this.add.graphics();
    frame.lineStyle(1, COLORS.panelEdge, 1);
    frame.strokeRect(box.x, box.y, box.w, box.h);
    this.layer.add(frame);
    this.labels.fit(this.layer, { id: 'pending', texts: [text], x: box.x + box.w / 2, y: box.y + box.h / 2, origin: [0.5, 0.5], size: Math.round(font * 1.1), minSize: textFloor(), maxW: box.w * 0.9, maxH: box.h * 0.9, wrap: true, ellipsis: true, align: 'center', color: COLORS.textDim, container: box });
  }

  private drawTracks(d: Debrief, labels: DebriefLabels, box: Box, font: number): void {
    drawChart(this, this.layer, {
      x: box.x, y: box.y, width: box.w, height: box.h, years: d.years, min: 0, max: 100, bands: true, fontSize: font, title: labels.tracksOverTime, labels: this.labels, id: 'tracks', minFont: textFloor(),
      series: [
        this.track(d, labels, 'relationship', 3), this.track(d, labels, 'relationship.sedena'), this.track(d, labels, 'relationship.semar'),
        this.track(d, labels, 'institutionalization'), this.track(d, labels, 'personalTies'), this.track(d, labels, 'sovereigntyTension'),
      ],
    });
  }

  private drawSecurity(d: Debrief, labels: DebriefLabels, box: Box, font: number, pad: number): void {
    const half = (box.w - pad) / 2;
    drawChart(this, this.layer, {
      x: box.x, y: box.y, width: half, height: box.h, years: d.years, min: 0, max: 100, fontSize: font, title: labels.securityChart, labels: this.labels, id: 'security', minFont: textFloor(),
      series: [this.track(d, labels, 'tcoPower'), this.track(d, labels, 'publicSupport'), this.track(d, labels, 'policeCapacity'), this.track(d, labels, 'ruleOfLaw'), this.track(d, labels, 'usCommitment')],
    });
    const violence = d.tracks.violence;
    drawChart(this, this.layer, {
      x: box.x + half + pad, y: box.y, width: half, height: box.h, years: d.years, min: 0, max: Math.max(15000, Math.ceil(Math.max(...violence) / 5000) * 5000), fontSize: font,
      title: labels.trackLabels.violence ?? '', labels: this.labels, id: 'violence', minFont: textFloor(), series: [this.track(d, labels, 'violence', 3)],
    });
  }

  /** Every alternative as a ribbon and median line; the historical path dashed; the player's game on top, ending in a point. */
  private drawComparison(d: Debrief, c: DebriefComparison, title: string, labels: DebriefLabels, box: Box, font: number): void {
    const series: ChartSeries[] = [
      { label: d.yourGame.label, values: d.yourGame.values, color: YOUR_GAME_COLOR, width: 4, endPoint: true },
      ...c.bands.map((b, i) => ({
        label: b.label,
        values: b.median,
        color: alternativeColor(b.kind, i),
        width: b.kind === 'same' ? 3 : 2,
        ribbon: { lower: b.p10, upper: b.p90 },
        dashed: b.kind === 'historical',
      })),
    ];
    const reference = c.bands[0];
    const lastYear = d.years[Math.min(d.years.length, reference?.median.length ?? 0) - 1];
    const markers: ChartMarker[] = reference && lastYear !== undefined ? [{ label: labels.computerOnYourSeed, year: lastYear, value: reference.onYourSeed, color: alternativeColor(reference.kind, 0) }] : [];
    drawChart(this, this.layer, { x: box.x, y: box.y, width: box.w, height: box.h, years: d.years, min: 0, max: 100, bands: 'faint', fontSize: font, title, series, markers, labels: this.labels, id: `comparison.${d.comparisons.indexOf(c)}`, minFont: textFloor() });
  }

  private track(d: Debrief, labels: DebriefLabels, name: keyof Debrief['tracks'], width = 2): ChartSeries {
    return { label: labels.trackLabels[name] ?? name, values: d.tracks[name], color: TRACK_COLORS[name] ?? COLORS.headline, width };
  }
}
