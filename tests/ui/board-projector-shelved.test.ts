import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardLayout, LINE, type BoardLayout, type Box } from '../../src/ui/board/layout';
import { boardTextScale, projectorBoardWidth, projectorMinTextPx } from '../../src/ui/projector';
import { partProblems } from './board-parts';
import { projectorFit, type Lang } from './projector-fit';

// A 16:10 projector (1280×800, the commonest in seminar rooms, and 1440×900) in projector mode: the
// folder keeps 24 of the projector's units, which leaves the board 33.6 of them in width, not the
// 40 of a 16:9 screen. In Spanish (and in English once a value such as "12,840 ▲" widens the
// gauges) the two columns of `paired` did not fit, and the board fell back to `narrow`: no map
// and no year chart, on every decision and report. It now shelves the map beside the cards over
// the gauges (`shelved`): every band name and gauge label in full, the map with its title, two
// cards side by side; the chart, which needs a column of its own, is left out.

/** The board's stage height under the toolbar in projector mode, at the default text size and A+ 1.75, measured in Chromium. */
const SCREENS = [
  [1280, 800, 1, 668],
  [1280, 800, 1.75, 629],
  [1440, 900, 1, 751],
  [1440, 900, 1.75, 707],
] as const;

/** The parts of a shelved board lie on none of the others and on the stage, the map and the cards over the gauges. */
function expectShelved(L: BoardLayout, fit: ReturnType<typeof projectorFit>, where: string): void {
  expect(L.arrangement, where).toBe('shelved');
  expect(L.middle, where).toBe(true);
  // The band names and the gauges' labels in full.
  expect(L.track.x - L.marker * 1.6 - 2 - L.gap - L.pad, `${where}: the band names' room`).toBeGreaterThanOrEqual(fit.bandLabelW - 1e-9);
  expect(L.gauges.w, `${where}: the gauges' column`).toBeGreaterThanOrEqual(fit.gaugeLabelW - 1e-9);
  expect(L.gauge.row, where).toBeGreaterThanOrEqual(L.type.label * LINE + 2 - 1e-9);
  // The map: the region's height (0.7 of its width) under two lines of its title.
  expect(L.map.w, where).toBeGreaterThan(0);
  expect(L.map.h, `${where}: the map's height`).toBeGreaterThanOrEqual(L.map.w * 0.7 + L.type.label * LINE * 2 - 1e-9);
  // The cards beside it, two side by side under their heading, each at least a printed card's shape.
  expect(L.cards.y, where).toBe(L.map.y);
  expect(L.cards.x, where).toBeGreaterThanOrEqual(L.map.x + L.map.w);
  expect(2 * L.card.w + L.card.gap, where).toBeLessThanOrEqual(L.cards.w + 1e-9);
  expect(L.card.w, where).toBeGreaterThan(0);
  expect(L.card.h, where).toBeGreaterThanOrEqual(Math.min(L.card.w * 1.35, L.strip.h) - 1e-9);
  expect(L.card.h, where).toBeLessThanOrEqual(L.strip.h + 1e-9);
  expect(L.strip.y - L.cards.y, where).toBeGreaterThanOrEqual(L.type.label * LINE);
  // Both over the gauges; no chart.
  expect(L.gauges.y, where).toBeGreaterThanOrEqual(Math.max(L.map.y + L.map.h, L.cards.y + L.cards.h));
  expect(L.timeline.h, where).toBe(0);
  const parts: Record<string, Box> = { column: L.column, map: L.map, gauges: L.gauges, cards: L.cards };
  expect(partProblems(L, parts), where).toEqual([]);
}

describe('the board on a 16:10 projector', () => {
  it.each(SCREENS)('at %i×%i and %s in Spanish, a stage %i px high, shows the map beside the cards over whole gauges, or pairs them', (vw, vh, scale, stageH) => {
    // At 1440×900 the legends' row across the track's column (layout.ts) frees the width for `paired`
    // and its chart, two cards of 4.5 floors kept; elsewhere the board shelves its parts.
    const fit = projectorFit('es', Math.ceil(projectorMinTextPx(vw, vh)));
    const L = boardLayout(projectorBoardWidth(vw), stageH, boardTextScale(scale, true), 8, fit);
    expect(['paired', 'shelved'], `es ${vw}×${vh} at ${scale}: ${L.arrangement}`).toContain(L.arrangement);
    if (vw === 1280) expect(L.arrangement).toBe('shelved');
    if (L.arrangement === 'shelved') expectShelved(L, fit, `es ${vw}×${vh} at ${scale} (board ${L.w}×${L.h})`);
    if (L.arrangement === 'paired') expect(L.card.w, `es ${vw}×${vh} at ${scale}: a card`).toBeGreaterThanOrEqual(fit.floor * 4.5 - 1e-9);
  });

  it.each(SCREENS)('at %i×%i and %s in English, with a gauge value as wide as "12,840 ▲", keeps its map too', (vw, vh, scale, stageH) => {
    // The widest value the report showed, 12,840 ▲, is about 26 px wider than 100 ▲ at 30 px.
    const fit = projectorFit('en', Math.ceil(projectorMinTextPx(vw, vh)), 26);
    const L = boardLayout(projectorBoardWidth(vw), stageH, boardTextScale(scale, true), 8, fit);
    expect(['paired', 'shelved'], `en ${vw}×${vh} at ${scale}: ${L.arrangement}`).toContain(L.arrangement);
    if (L.arrangement === 'shelved') expectShelved(L, fit, `en ${vw}×${vh} at ${scale} (board ${L.w}×${L.h})`);
  });

  it('shelves only where every label must show in full and the two columns of `paired` do not fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 3000 }), fc.integer({ min: 200, max: 2000 }), fc.constantFrom(0.85, 1, 1.875), fc.integer({ min: 11, max: 60 }), fc.constantFrom<Lang>('en', 'es'), fc.boolean(), (w, h, scale, floor, lang, inFull) => {
        const fit = { ...projectorFit(lang, floor), labelsInFull: inFull };
        const L = boardLayout(w, h, scale, 8, fit);
        if (!inFull) expect(L.arrangement).not.toBe('shelved');
        if (L.arrangement === 'shelved' && L.fits) expectShelved(L, fit, `${lang} ${w}×${h} at ${scale}, floor ${floor}`);
      }),
      { numRuns: 3000 },
    );
  });
});
