import { describe, expect, it } from 'vitest';
import { boardLayout, type BoardLayout } from '../../src/ui/board/layout';
import { boardTextScale, projectorBoardWidth } from '../../src/ui/projector';
import { floorAt, projectorFit, type Lang } from './projector-fit';

// On a 16:10 projector in projector mode the second event card's title was cut within its first
// long word: "A combata…" at 1280×800 and 1440×900 in English, "Un comenta…" at 1280×800 in
// Spanish. The cards were 4.5 floors wide (104, 107 and 113 px), and a title's longest word does not
// fit in that with the card's insets and the space Phaser's word wrap keeps after a word on its line
// (the line is measured with it). Cards side by side are now 5 floors wide wherever every label must
// show whole: paired where the gauges' column leaves that much, else shelved (layout.ts).

/**
 * The longest word of a title with the space after it, in the cards' condensed face (Barlow
 * Condensed 600), measured in Chromium at 30 px: "combatant- " and "comentario ".
 */
const WORD_W30: Record<Lang, number> = { en: 130.6, es: 127.8 };

/** Screens in projector mode: the viewport, the player's text size, and the board's stage height under the toolbar, measured in Chromium. */
const SCREENS = [
  [1280, 800, 1, 668],
  [1280, 800, 1.75, 629],
  [1440, 900, 1, 751],
  [1440, 900, 1.75, 707],
  [1280, 720, 1, 601],
  [1280, 720, 1, 656],
  [1920, 1080, 1, 902],
  [1920, 1080, 1.75, 849],
  [1024, 768, 1, 641],
  [1024, 768, 0.85, 658],
  [1024, 768, 1.45, 618],
] as const;

function layoutAt(lang: Lang, vw: number, vh: number, scale: number, stageH: number, widerValue = 0): BoardLayout {
  return boardLayout(projectorBoardWidth(vw), stageH, boardTextScale(scale, true), 8, projectorFit(lang, floorAt(vw, vh), widerValue));
}

describe('an event card in projector mode', () => {
  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    it.each(SCREENS)('at %i×%i and text %s (a stage %i px high) is wide enough for its title\u2019s longest word', (vw, vh, scale, stageH) => {
      for (const wider of [0, 26]) {
        const L = layoutAt(lang, vw, vh, scale, stageH, wider);
        const where = `${lang} ${vw}×${vh} at ${scale}, stage ${stageH}, value +${wider}: ${L.arrangement}, card ${L.card.w.toFixed(1)} px`;
        expect(L.fits, where).toBe(true);
        expect(['paired', 'shelved', 'tucked'], where).toContain(L.arrangement);
        // As card-layer.ts wraps a title across its card: the card's width less an inset each side.
        const inset = Math.max(3, L.font * 0.3);
        expect(L.card.w - 2 * inset, where).toBeGreaterThanOrEqual((WORD_W30[lang] * L.type.floor) / 30);
      }
    });
  });

  it('keeps the chart at 1280×720 and 1920×1080, and the 4:3 projector tucked', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [vw, vh, scale, stageH] of [
        [1280, 720, 1, 601],
        [1920, 1080, 1, 902],
        [1920, 1080, 1.75, 849],
      ] as const) {
        const L = layoutAt(lang, vw, vh, scale, stageH);
        expect(L.arrangement, `${lang} ${vw}×${vh} at ${scale}`).toBe('paired');
        expect(L.timeline.h, `${lang} ${vw}×${vh} at ${scale}`).toBeGreaterThan(0);
      }
      // With A−, the shelf's cards at 5 floors would leave its map 108 px for six cities' names.
      for (const scale of [0.85, 1, 1.2, 1.45, 1.75]) expect(layoutAt(lang, 1024, 768, scale, 641).arrangement, `${lang} 1024×768 at ${scale}`).toBe('tucked');
      expect(layoutAt(lang, 1024, 768, 0.85, 658).arrangement, `${lang} 1024×768 at A−`).toBe('tucked');
    }
  });
});
