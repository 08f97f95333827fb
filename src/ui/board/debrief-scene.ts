import type { Debrief } from '../debrief/debrief-data';
import type { DebriefLabels } from './board';
import { bakeLayer } from './bake';
import { drawChart } from './chart';
import { ScreenScene } from './screen-scene';
import { COLORS } from './theme';

// The debrief's charts: every track over time, and the counterfactual — the same seed under each
// other option. The decisions and cards are listed in the HTML panel beside it.

const SERIES_COLORS = [0xffffff, 0xf2a65a, 0x5fc7e8, 0xb9a6f0, 0x5fbf7a, 0xe06b5d, 0xd9d26a];

export class DebriefScene extends ScreenScene<{ debrief: Debrief; labels: DebriefLabels }> {
  private debrief: Debrief | null = null;
  private labels: DebriefLabels | null = null;

  constructor() {
    super('debrief');
  }

  protected receive(data: { debrief?: Debrief; labels?: DebriefLabels }): void {
    this.debrief = data.debrief ?? this.debrief;
    this.labels = data.labels ?? this.labels;
  }

  protected redraw(): void {
    this.layer.removeAll(true);
    const d = this.debrief;
    const labels = this.labels;
    if (!d || !labels) return;
    const { width: w, height: h } = this.scale;
    const pad = Math.max(10, w * 0.015);
    const font = Math.max(12, Math.min(w / 70, h / 40)) * this.textScale;
    const chartH = (h - pad * 4) / 3;
    const track = (name: string, color: number, width = 2) => ({ label: labels.trackLabels[name] ?? name, values: d.tracks[name as keyof Debrief['tracks']], color, width });
    drawChart(this, this.layer, {
      x: pad, y: pad, width: w - pad * 2, height: chartH, years: d.years, min: 0, max: 100, bands: true, fontSize: font, title: labels.tracksOverTime,
      series: [track('relationship', 0xffffff, 3), track('relationship.sedena', COLORS.sedena), track('relationship.semar', COLORS.semar), track('institutionalization', COLORS.institutions), track('personalTies', 0x5fbf7a), track('sovereigntyTension', 0xe06b5d)],
    });
    drawChart(this, this.layer, {
      x: pad, y: pad * 2 + chartH, width: (w - pad * 3) / 2, height: chartH, years: d.years, min: 0, max: 100, fontSize: font, title: labels.securityChart,
      series: [track('tcoPower', 0xe06b5d), track('publicSupport', 0x5fc7e8), track('policeCapacity', 0xb9a6f0), track('ruleOfLaw', 0x5fbf7a), track('usCommitment', 0xf2a65a)],
    });
    const violence = d.tracks.violence;
    drawChart(this, this.layer, {
      x: pad * 2 + (w - pad * 3) / 2, y: pad * 2 + chartH, width: (w - pad * 3) / 2, height: chartH, years: d.years, min: 0, max: Math.max(15000, Math.ceil(Math.max(...violence) / 5000) * 5000), fontSize: font,
      title: labels.trackLabels.violence ?? '', series: [track('violence', 0xe06b5d, 3)],
    });
    drawChart(this, this.layer, {
      x: pad, y: pad * 3 + chartH * 2, width: w - pad * 2, height: chartH, years: d.years, min: 0, max: 100, bands: true, fontSize: font, title: labels.counterfactual,
      series: d.counterfactual.map((s, i) => ({ label: s.label, values: s.values, color: SERIES_COLORS[i % SERIES_COLORS.length] ?? 0xffffff, width: i === 0 ? 4 : 2 })),
    });
    bakeLayer(this, this.layer, 'debrief-static');
  }
}
