import { describe, expect, it } from 'vitest';
import { cardStrip } from '../../src/ui/board/card-strip';
import { fitLabel, wordCuts, type MeasureText } from '../../src/ui/board/labels';
import { boardLayout, type BoardLayout } from '../../src/ui/board/layout';
import { PROJECTOR_BOARD_SCALE, projectorBoardWidth, projectorMinTextPx } from '../../src/ui/projector';
import { SHIPPED_SCENARIO_IDS, shippedScenario } from '../../src/scenario';

// A crowded year's cards fan out, each under the next showing its title up its visible edge; a title
// too long for the edge was cut within a word ("A combatant-comm…", "Un comentario sobr…"). Now a
// cut falls after the last whole word that fits (or a hyphen within one), never after a little
// linking word ("Ayuda ante un huracán…", not "… en la…"), and the card's full title shows while
// the pointer is on it (card-layer.ts, checked in the browser).

/** A text's size at `size` px, about as wide as the cards' faces set it (one line, or wrapped at a width). */
const measure: MeasureText = (text, size, wrapWidth) => {
  const charW = size * 0.55;
  const w = text.length * charW;
  if (!wrapWidth || w <= wrapWidth) return { w, h: size * 1.3 };
  const perLine = Math.max(1, Math.floor(wrapWidth / charW));
  let lines = 1;
  let line = 0;
  for (const word of text.split(' ')) {
    if (line > 0 && line + 1 + word.length > perLine) {
      lines++;
      line = word.length;
    } else line += (line > 0 ? 1 : 0) + word.length;
  }
  return { w: Math.min(w, wrapWidth), h: size * 1.3 * lines };
};

/** Whether `cut` is the start of `title` up to a word's end (or a hyphen), followed by an ellipsis. */
function cutAtWord(title: string, cut: string): boolean {
  if (!cut.endsWith('…')) return false;
  const kept = cut.slice(0, -1);
  if (!title.startsWith(kept)) return false;
  const next = title.slice(kept.length);
  return kept.endsWith('-') || /^[\s,;:.\u2013\u2014]/u.test(next);
}

describe('a cut title ends after a whole word', () => {
  it.each([
    ['Redrawing the command map', ['Redrawing the command…', 'Redrawing…']],
    ['A combatant-command remark', ['A combatant-command…', 'A combatant-…']],
    ['Ayuda ante un huracán en la frontera', ['Ayuda ante un huracán…', 'Ayuda…']],
    ['Un estado fronterizo actúa por su cuenta', ['Un estado fronterizo actúa…', 'Un estado fronterizo…', 'Un estado…']],
    ['Hurricane relief, across the border', ['Hurricane relief, across…', 'Hurricane relief…', 'Hurricane…']],
    ['Institutionalized', []],
  ] as const)('%j may be cut to %j', (title, cuts) => {
    expect(wordCuts(title)).toEqual(cuts);
  });

  it('cuts a line at a word, where it used to cut within one', () => {
    // Room for 17 characters and an ellipsis: "Redrawing the com…" before.
    const room = { size: 20, minSize: 20, maxW: 18 * 11, maxH: 40, ellipsis: true } as const;
    expect(fitLabel(measure, { texts: ['Redrawing the command map'], ...room })?.text).toBe('Redrawing the com…');
    expect(fitLabel(measure, { texts: ['Redrawing the command map'], ...room, words: true })?.text).toBe('Redrawing…');
    expect(fitLabel(measure, { texts: ['Ayuda ante un huracán en la frontera'], ...room, maxW: 30 * 11, words: true })?.text).toBe('Ayuda ante un huracán…');
    // A single word too long for the room is still cut within itself, as before.
    expect(fitLabel(measure, { texts: ['Institutionalized'], ...room, maxW: 12 * 11, words: true })?.text).toBe('Institution…');
    // Wrapped across a card, too.
    expect(fitLabel(measure, { texts: ['Un estado fronterizo actúa por su cuenta'], size: 20, minSize: 20, maxW: 12 * 11, maxH: 26 * 2, wrap: true, ellipsis: true, words: true })?.text).toBe('Un estado fronterizo…');
  });
});

/** The board in projector mode at a screen (tests/ui/projector-board.test.ts): its floor and layout. */
function projectorLayout(vw: number, vh: number, stageH: number): BoardLayout {
  const floor = Math.ceil(projectorMinTextPx(vw, vh));
  const k = floor / 30;
  return boardLayout(projectorBoardWidth(vw), stageH, PROJECTOR_BOARD_SCALE, 8, { floor, bandLabelW: 252 * k, semarLegendW: 128 * k, labelsInFull: true, gaugeLabelW: Math.ceil(355 * k), legendsW: (143 + 128) * k });
}

describe('the titles up a fanned card\u2019s edge', () => {
  const titles = SHIPPED_SCENARIO_IDS.flatMap((id) => {
    const sc = shippedScenario(id);
    if (!sc.ok) throw new Error(sc.error);
    return sc.value.deck.flatMap((card) => [card.title.en, card.title.es]);
  });

  it.each([
    ['1280×720 projector', projectorLayout(1280, 720, 601)],
    ['1920×1080 projector', projectorLayout(1920, 1080, 902)],
    ['1280×720', boardLayout(844, 662, 1, 8, { floor: 11, bandLabelW: 120, semarLegendW: 60 })],
  ])('at %s: each is whole or cut after a whole word, at the floor or larger', (_what, L) => {
    expect(titles.length).toBeGreaterThan(10);
    const inset = Math.max(3, L.font * 0.3);
    // A crowded year: three to twelve cards.
    const covered = [3, 4, 5, 7, 12].flatMap((n) => cardStrip(n, { x: L.strip.x, y: L.strip.y, w: L.strip.w, h: L.strip.h, cardW: L.card.w, cardH: L.card.h, gap: L.card.gap, font: L.font }).cards.filter((c) => c.visible < c.w - 0.5));
    expect(covered.length).toBeGreaterThan(0);
    for (const slot of covered) {
      for (const title of titles) {
        // As card-layer.ts fits a title up the edge of a card under others.
        const fitted = fitLabel(measure, { texts: [title], size: L.type.small, minSize: L.type.floor, maxW: slot.h - inset * 2, maxH: slot.visible - 2, ellipsis: true, words: true });
        expect(fitted, title).not.toBeNull();
        if (!fitted) continue;
        expect(fitted.size, title).toBeGreaterThanOrEqual(L.type.floor);
        if (fitted.text !== title && wordCuts(title).length > 0 && measure(wordCuts(title).at(-1) ?? '', L.type.floor).w <= slot.h - inset * 2) {
          expect(cutAtWord(title, fitted.text), `${JSON.stringify(title)} → ${JSON.stringify(fitted.text)}`).toBe(true);
        }
      }
    }
  });
});
