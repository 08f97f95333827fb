import { describe, expect, it } from 'vitest';
import { boardLayout, LINE, type BoardLayout, type Box } from '../../src/ui/board/layout';
import { PROJECTOR_BOARD_SCALE, projectorBoardWidth } from '../../src/ui/projector';
import { partProblems } from './board-parts';
import { floorAt, projectorFit, type Lang } from './projector-fit';

// Projector mode is read from the back of a seminar room: every text of the board is at the floor
// (1/36 of the screen's height), so none can shrink to fit. With the folder at 46% of the width the
// board cut its labels short ("Institucion…", "Compromiso EE.…", "Estado de der…", a card's
// "Se redib…") and had no room for the year-by-year chart at any size. Now the folder keeps its
// reading width (24rem) and the board the rest, the band names' column is as wide as the widest
// name, and the parts right of the track pair up (`paired`): the map over the gauges, whose column
// is as wide as the widest label and value, and the chart over the cards.

/** The board's stage height under the toolbar, measured in Chromium (the Spanish toolbar takes two rows). */
const STAGES = [
  ['1280×720', 1280, 720, { en: 656, es: 601 }],
  ['1920×1080', 1920, 1080, { en: 985, es: 902 }],
  ['3840×2160', 3840, 2160, { en: 1972, es: 1807 }],
] as const;

function projectorLayout(lang: Lang, vw: number, vh: number, stageH: number): { L: BoardLayout; fit: ReturnType<typeof projectorFit> } {
  const fit = projectorFit(lang, floorAt(vw, vh));
  return { L: boardLayout(projectorBoardWidth(vw), stageH, PROJECTOR_BOARD_SCALE, 8, fit), fit };
}

describe('the board in projector mode', () => {
  it.each([
    [1280, 720, 800],
    [1920, 1080, 1200],
    [3840, 2160, 2400],
  ] as const)('at %i×%i the folder keeps 24rem and the board has %i px', (vw, vh, board) => {
    expect(projectorBoardWidth(vw)).toBeCloseTo(board, 6);
  });

  it.each(['en', 'es'] as const)('on a 4:3 projector (1024×768) in %s, names every band of the relationship in full', (lang) => {
    // With the folder at half the width (24 projector units), the board had 512 px and cut the
    // bands' and the gauges' names ("Institucionaliza…", "Compromiso E…").
    const { L, fit } = projectorLayout(lang, 1024, 768, 641);
    expect(L.fits).toBe(true);
    expect(L.track.x - L.marker * 1.6 - 2 - L.gap - L.pad, "the band names' room").toBeGreaterThanOrEqual(fit.bandLabelW - 1e-9);
  });

  it('keeps the folder at 37.5% of the width whatever the screen\'s shape', () => {
    // 4:3 (1024×768): 24 projector units (21.3 px) would be half the width, and the board's labels,
    // which need about 39 floors of width, were cut; the folder keeps 18 units there. 2:1 (1600×800): 37.5%.
    expect(projectorBoardWidth(1024)).toBeCloseTo(640, 6);
    expect(projectorBoardWidth(1600)).toBeCloseTo(1600 * 0.625, 6);
  });

  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    it.each(STAGES)('at %s: every band name and gauge label has its width, and the chart a readable box', (_what, vw, vh, heights) => {
      const { L, fit } = projectorLayout(lang, vw, vh, heights[lang]);
      const where = `${lang} ${vw}×${vh} (board ${L.w}×${L.h})`;
      expect(L.fits, where).toBe(true);
      expect(L.arrangement, where).toBe('paired');
      // The band names: right-aligned left of the SEDENA marker (board-parts.ts drawTrack), from the pad.
      const nameRoom = L.track.x - L.marker * 1.6 - 2 - L.gap - L.pad;
      expect(nameRoom, `${where}: the band names' room`).toBeGreaterThanOrEqual(fit.bandLabelW - 1e-9);
      // The gauges: the widest label beside the widest value.
      expect(L.gauges.w, `${where}: the gauges' column`).toBeGreaterThanOrEqual(fit.gaugeLabelW - 1e-9);
      // Each gauge's row holds its label, on the bar if not above it.
      expect(L.gauge.row, where).toBeGreaterThanOrEqual(L.type.label * LINE + 2 - 1e-9);
      // The chart: its title, legend, plot and years in ten lines, its years and values in eight fonts.
      expect(L.timeline.h, `${where}: the chart's height`).toBeGreaterThanOrEqual(L.type.label * LINE * 10 - 1e-9);
      expect(L.timeline.w, `${where}: the chart's width`).toBeGreaterThanOrEqual(L.font * 8 - 1e-9);
      // Two cards side by side under the chart, each taller than wide, with a heading above them.
      expect(2 * L.card.w + L.card.gap, where).toBeLessThanOrEqual(L.cards.w + 1e-9);
      expect(L.card.h, where).toBeGreaterThan(L.card.w * 1.35);
      expect(L.card.h, where).toBeLessThanOrEqual(L.strip.h + 1e-9);
      // The map keeps a frame at least a quarter of the board wide, with the region's height (0.7 of its width).
      expect(L.map.w, where).toBeGreaterThanOrEqual(L.w * 0.25);
      expect(L.map.h, where).toBeGreaterThanOrEqual(L.map.w * 0.7);
      // Nothing lies on anything else or runs off the stage.
      const parts: Record<string, Box> = { column: L.column, map: L.map, timeline: L.timeline, gauges: L.gauges, cards: L.cards };
      expect(partProblems(L, parts), where).toEqual([]);
    });
  });

  it('changes nothing outside projector mode: the measured gauge width alone does not move a part', () => {
    for (const [w, h, scale] of [
      [844, 662, 1],
      [1267, 991, 1.75],
      [1267, 914, 1.75],
      [390, 388, 1],
      [1200, 902, 1.875],
    ] as const) {
      const fit = { floor: 11, bandLabelW: 120, semarLegendW: 60 };
      expect(boardLayout(w, h, scale, 8, { ...fit, gaugeLabelW: 400 }), `${w}×${h}`).toEqual(boardLayout(w, h, scale, 8, fit));
      expect(boardLayout(w, h, scale, 8, { ...fit, labelsInFull: false, gaugeLabelW: 400 }), `${w}×${h}`).toEqual(boardLayout(w, h, scale, 8, fit));
    }
  });

  it('falls back to the other arrangements when the gauges cannot have their width', () => {
    const { fit } = projectorLayout('es', 1920, 1080, 902);
    const L = boardLayout(1036, 902, PROJECTOR_BOARD_SCALE, 8, fit);
    expect(L.arrangement).not.toBe('paired');
  });
});
