import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardLayout, LINE, type BoardLayout, type Box } from '../../src/ui/board/layout';
import { boardTextScale, PROJECTOR_BOARD_SCALE, projectorBoardWidth } from '../../src/ui/projector';
import { partProblems } from './board-parts';
import { floorAt, projectorFit, type Lang } from './projector-fit';

// A 4:3 projector (1024×768) in projector mode: the folder keeps 37.5% of the width, the board 640
// px, 29 floors of 22 px, where its parts side by side need about 39. Shelved (the map beside the
// cards over the gauges), each card was 2.9 floors wide and cut its title ("Tras la caíd…", "Un
// com…", "After…"), the strip's heading ("Eventos del…") and the map's title ("The US/Mexico b…")
// were cut in a column 6 floors wide, the SEMAR legend showed "◀" alone, and the map, 140 px wide,
// left two cities unnamed. Now the cards are tucked under a shorter track (`tucked`), two side by
// side at the column's width, the legends stand across the column in one row, and the map has the
// room right of it over the gauges.

/** Widths measured in Chromium at 30 px, scaled with the floor (projector-fit.ts measures the rest). */
const TEXT_W30 = {
  en: { heading: 241, titleLines: [390], cardWord: 125 },
  es: { heading: 213, titleLines: [388, 172], cardWord: 122 },
} as const;

/** The longest Spanish title of a year ("Un comentario sobre el comando de combate") in four lines of the cards' condensed face at 22 px, measured in Chromium. */
const TITLE_4_LINES_H22 = 100;

/** The board's stage under the toolbar at 1024×768 in projector mode, measured in Chromium (both languages). */
const STAGE_H = 641;

/** The parts of a tucked board: the track over the cards, the map over the gauges right of them; none on another or off the stage. */
function expectTucked(L: BoardLayout, fit: ReturnType<typeof projectorFit>, where: string): void {
  expect(L.arrangement, where).toBe('tucked');
  expect(L.middle, where).toBe(true);
  // The band names have their width, and the track the height of their six lines.
  expect(L.track.x - L.marker * 1.6 - 2 - L.gap - L.pad, `${where}: the band names' room`).toBeGreaterThanOrEqual(fit.bandLabelW - 1e-9);
  expect(L.track.h + L.marker, `${where}: the band names' height`).toBeGreaterThanOrEqual(5 * L.type.small * LINE + L.type.label * LINE + 5 * Math.max(1, L.gap * 0.5) - 1e-9);
  // The SEDENA and SEMAR legends side by side across the column (board-parts.ts drawTrack).
  expect(L.column.w - L.gap * 0.5 - L.pad, `${where}: the legends' row`).toBeGreaterThanOrEqual(fit.legendsW + L.gap * 2 - 1e-9);
  // The gauges' labels and values in full.
  expect(L.gauges.w, `${where}: the gauges' column`).toBeGreaterThanOrEqual(fit.gaugeLabelW - 1e-9);
  expect(L.gauge.row, where).toBeGreaterThanOrEqual(L.type.label * LINE + 2 - 1e-9);
  // The cards under the track, in its column: two side by side under their heading, four lines of title high.
  expect(L.cards.y, where).toBeGreaterThanOrEqual(L.column.y + L.column.h - 1e-9);
  expect(L.cards.x + L.cards.w, where).toBeLessThanOrEqual(L.column.x + L.column.w + 1e-9);
  expect(2 * L.card.w + L.card.gap, where).toBeLessThanOrEqual(L.cards.w + 1e-9);
  expect(L.strip.h, where).toBeGreaterThanOrEqual(L.type.label * LINE * 3 - 1e-9);
  expect(L.card.h, where).toBeLessThanOrEqual(L.strip.h + 1e-9);
  expect(L.timeline.h, where).toBe(0);
  // The map right of them, over the gauges.
  expect(L.map.x, where).toBeGreaterThanOrEqual(L.column.x + L.column.w);
  expect(L.gauges.y, where).toBeGreaterThanOrEqual(L.map.y + L.map.h);
  const parts: Record<string, Box> = { column: L.column, map: L.map, gauges: L.gauges, cards: L.cards };
  expect(partProblems(L, parts), where).toEqual([]);
}

describe('the board on a 4:3 projector (1024×768)', () => {
  describe.each(['en', 'es'] as const)('in %s', (lang: Lang) => {
    // A report widens a value ("12,840 ▲" is 26 px wider than "100 ▲" at 30 px).
    it.each([0, 26])('tucks the cards under the track and names every label in full (a value %i px wider)', (wider) => {
      const floor = floorAt(1024, 768);
      const k = floor / 30;
      const fit = projectorFit(lang, floor, wider);
      const L = boardLayout(projectorBoardWidth(1024), STAGE_H, PROJECTOR_BOARD_SCALE, 8, fit);
      const where = `${lang} 1024×768 (board ${L.w}×${L.h}, floor ${floor})`;
      expect(L.fits, where).toBe(true);
      expectTucked(L, fit, where);
      const text = TEXT_W30[lang];
      // The strip's heading on one line ("Eventos del…" in a column of 138 px).
      expect(L.cards.w, `${where}: the cards' heading`).toBeGreaterThanOrEqual(text.heading * k);
      // Each card holds its title's longest words ("comentario", "combatant-") between its insets, and
      // four lines of it ("Un comentario / sobre el / comando de / combate").
      expect(L.strip.h, `${where}: a card's lines`).toBeGreaterThanOrEqual(L.type.label * LINE * 4);
      expect(L.card.w - 2 * Math.max(3, L.font * 0.3), `${where}: a card's words`).toBeGreaterThanOrEqual(text.cardWord * k);
      // The map's title over it in its lines (one in English, two in Spanish), the region under it.
      for (const line of text.titleLines) expect(L.map.w, `${where}: the map's title`).toBeGreaterThanOrEqual(line * k);
      expect(L.map.h - text.titleLines.length * L.type.label * LINE - L.gap, `${where}: the map's height`).toBeGreaterThanOrEqual(L.map.w * 0.6);
    });
  });

  // A+ and A− change the toolbar's rows, so the stage's height (measured in Chromium), not the board's
  // text (boardTextScale: A+ does not raise it in projector mode, A− lowers the font, not the floor).
  // With A+ twice (618 px) the cards were 107 px high and the longest Spanish title, four lines of
  // the condensed face (100 px at 22 px, measured in Chromium), was cut: "Un comentario sobre el
  // comando…". The cards' heading now follows the column's last line without the pad between parts.
  describe.each(['en', 'es'] as const)('in %s with A+ and A−', (lang: Lang) => {
    it.each([
      [1.2, 631],
      [1.45, 618],
      [0.85, 658],
    ])('at text %s (a stage %i px high) keeps the cards tucked and each title whole', (scale, stageH) => {
      const floor = floorAt(1024, 768);
      const fit = projectorFit(lang, floor);
      const L = boardLayout(projectorBoardWidth(1024), stageH, boardTextScale(scale, true), 8, fit);
      const where = `${lang} 1024×768 at ${scale} (board ${L.w}×${L.h}, floor ${floor})`;
      expect(L.fits, where).toBe(true);
      expectTucked(L, fit, where);
      const inset = Math.max(3, L.font * 0.3);
      expect(L.card.h - 2 * inset, `${where}: a card's four lines`).toBeGreaterThanOrEqual((TITLE_4_LINES_H22 * floor) / 22);
      expect(L.card.w - 2 * inset, `${where}: a card's words`).toBeGreaterThanOrEqual((TEXT_W30[lang].cardWord * floor) / 30);
    });
  });

  it('changes nothing at the screens whose parts already paired', () => {
    // 1280×720 and 1920×1080 pair the map over the gauges and the chart over the cards, as before.
    for (const [vw, vh, h] of [
      [1280, 720, 601],
      [1920, 1080, 902],
    ] as const) {
      for (const lang of ['en', 'es'] as const) expect(boardLayout(projectorBoardWidth(vw), h, PROJECTOR_BOARD_SCALE, 8, projectorFit(lang, floorAt(vw, vh))).arrangement, `${lang} ${vw}×${vh}`).toBe('paired');
    }
  });

  it('tucks only where every label must show in full, and then keeps every part apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 3000 }), fc.integer({ min: 200, max: 2000 }), fc.constantFrom(0.85, 1, 1.875), fc.integer({ min: 11, max: 60 }), fc.constantFrom<Lang>('en', 'es'), fc.boolean(), (w, h, scale, floor, lang, inFull) => {
        const fit = { ...projectorFit(lang, floor), labelsInFull: inFull };
        const L = boardLayout(w, h, scale, 8, fit);
        if (!inFull) expect(L.arrangement).not.toBe('tucked');
        if (L.arrangement === 'tucked' && L.fits) expectTucked(L, fit, `${lang} ${w}×${h} at ${scale}, floor ${floor}`);
      }),
      { numRuns: 3000 },
    );
  });
});
