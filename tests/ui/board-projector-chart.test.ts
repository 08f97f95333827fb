import { describe, expect, it } from 'vitest';
import { boardLayout, LINE } from '../../src/ui/board/layout';
import { boardTextScale, projectorBoardWidth } from '../../src/ui/projector';
import { floorAt, projectorFit, type Lang } from './projector-fit';

// Projector mode with A+ (1.45, 1.75): the toolbar takes more rows and the board is shorter. In
// English the board left out its year-by-year chart at 1280×720 and 1920×1080 while the Spanish
// one, at the same size, kept it: the English gauges' column is narrower, the cards' column wider,
// and its cards (as tall as their width makes them, plus a line for a title at the floor) took the
// few pixels the chart needed. The cards now give up that line, down to a printed card's shape,
// when that keeps the chart; where the chart already had its room nothing moves.

/** The board's stage height in projector mode at 1.45 and 1.75, measured in Chromium (tests/ui/projector-scale.test.ts). */
const SCREENS = [
  [1280, 720, 1.45, 580],
  [1280, 720, 1.75, 565],
  [1920, 1080, 1.45, 870],
  [1920, 1080, 1.75, 849],
] as const;

function projectorLayout(lang: Lang, vw: number, vh: number, scale: number, stageH: number) {
  return boardLayout(projectorBoardWidth(vw), stageH, boardTextScale(scale, true), 8, projectorFit(lang, floorAt(vw, vh)));
}

describe('the year chart in projector mode with a larger text', () => {
  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    it.each(SCREENS)('at %i×%i and %s, a stage %i px high, keeps the chart over two whole cards', (vw, vh, scale, stageH) => {
      const L = projectorLayout(lang, vw, vh, scale, stageH);
      const where = `${lang} ${vw}×${vh} at ${scale} (board ${L.w}×${L.h})`;
      expect(L.arrangement, where).toBe('paired');
      // The chart: its title, legend, plot and years in ten lines.
      expect(L.timeline.h, `${where}: the chart's height`).toBeGreaterThanOrEqual(L.type.label * LINE * 10 - 1e-6);
      // Under it the cards' heading and two cards side by side, each at least a printed card's shape.
      expect(L.cards.y, where).toBeGreaterThanOrEqual(L.timeline.y + L.timeline.h);
      expect(L.strip.y - L.cards.y, where).toBeGreaterThanOrEqual(L.type.label * LINE);
      expect(2 * L.card.w + L.card.gap, where).toBeLessThanOrEqual(L.cards.w + 1e-9);
      expect(L.card.h, where).toBeGreaterThanOrEqual(L.card.w * 1.35 - 1e-6);
      expect(L.cards.y + L.cards.h, where).toBeLessThanOrEqual(L.h + 1e-9);
    });
  });

  it('leaves the cards as they were where the chart already had its room (the default text size)', () => {
    // 1920×1080 in projector mode at the default size: the English stage is 985 px high.
    const L = projectorLayout('en', 1920, 1080, 1, 985);
    expect(L.card.h).toBeCloseTo(Math.min(L.strip.h, L.card.w * 1.55), 6);
    expect(L.card.h).toBeGreaterThan(L.card.w * 1.5);
  });
});
