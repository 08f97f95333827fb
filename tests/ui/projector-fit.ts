import { projectorMinTextPx } from '../../src/ui/projector';

// What the board measures before it lays itself out in projector mode (board-scene.ts), for the
// layout tests that run without a browser: one copy of the widths measured in Chromium and of how
// the board turns them into its fit, shared by the projector layout tests.

/**
 * Widths measured in Chromium at 30 px (the floor at 1080 lines), scaled with the floor: the widest
 * band name in the current band's weight (IBM Plex Sans 600), the SEDENA and SEMAR legends, and the
 * widest gauge label (IBM Plex Sans) with the widest value a 0–100 track shows ("100 ▲", Barlow
 * Condensed 600).
 */
export const MEASURED = {
  en: { band: 231, sedena: 143, semar: 128, gaugeLabel: 217, value: 71 },
  es: { band: 252, sedena: 143, semar: 128, gaugeLabel: 277, value: 71 },
} as const;
export type Lang = keyof typeof MEASURED;

/**
 * The board's fit in projector mode at a floor (px): every label in full, the band names' and the
 * legends' widths, and the gauges' column (label and value side by side, each outlined with a
 * stroke of 0.18 of the size, the gap between them and 3 px each side). `widerValue` widens the
 * value, in px at 30 (a report's "12,840 ▲" against "100 ▲").
 */
export function projectorFit(lang: Lang, floor: number, widerValue = 0) {
  const k = floor / 30;
  const m = MEASURED[lang];
  const gap = Math.max(3, Math.round(floor * 0.3));
  const outline = Math.max(2, Math.round(floor * 0.18));
  const gaugeLabelW = Math.ceil((m.gaugeLabel + m.value + widerValue) * k + outline * 2 + gap + 3 * 2 + 2);
  return { floor, bandLabelW: m.band * k, semarLegendW: m.semar * k, labelsInFull: true, gaugeLabelW, legendsW: (m.sedena + m.semar) * k };
}

/** The floor at a viewport, in whole px, as the board rounds it. */
export function floorAt(vw: number, vh: number): number {
  return Math.ceil(projectorMinTextPx(vw, vh));
}
