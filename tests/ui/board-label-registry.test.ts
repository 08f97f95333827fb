import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLabel, inside, labelProblems, overlap, spreadLabels, type BoardLabel, type BoardLabelReport, type MeasureText } from '../../src/ui/board/labels';

// Issue 10, items 6 and 7: the board's measured labels. The checks the end-to-end tests run on
// what the page reports (no overlap within a scene, nothing outside its container or the canvas,
// nothing under the projector's floor), and the rules the board fits each label by (smaller to
// the floor, a shorter form, wrapped, cut with an ellipsis, or left out), on made-up measures.

const label = (id: string, x: number, y: number, w: number, h: number, extra: Partial<BoardLabel> = {}): BoardLabel => ({
  id,
  text: id,
  box: { x, y, w, h },
  container: { x: 0, y: 0, w: 1000, h: 1000 },
  fontPx: 20,
  ...extra,
});
const report = (labels: BoardLabel[], scenes: BoardLabelReport['scenes'] = [{ scene: 'board', labels, dropped: [] }]): BoardLabelReport => ({
  stage: { w: 800, h: 600 },
  cssScale: 1,
  minPx: 11,
  projector: false,
  scenes,
});

/** Every glyph is 0.6 of the size wide, a line 1.3 of it high; wrapping breaks at spaces. */
const measure: MeasureText = (text, size, wrapWidth) => {
  const lineW = (s: string) => s.length * size * 0.6;
  if (!wrapWidth) return { w: lineW(text), h: size * 1.3 };
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && lineW(`${last} ${word}`) <= wrapWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return { w: Math.max(...lines.map(lineW)), h: lines.length * size * 1.3 };
};

describe('the label checks', () => {
  it('find nothing wrong with labels apart, inside their containers and the canvas', () => {
    expect(labelProblems(report([label('a', 10, 10, 100, 20), label('b', 10, 30, 100, 20), label('c', 110, 10, 50, 20)]))).toEqual([]);
  });

  it('find overlaps, cut-offs, labels off the canvas and text under the floor', () => {
    const problems = labelProblems(
      report([
        label('a', 10, 10, 100, 20),
        label('b', 60, 20, 100, 20),
        label('c', 700, 10, 200, 20),
        label('d', 10, 100, 100, 20, { container: { x: 0, y: 0, w: 50, h: 500 } }),
        label('e', 10, 200, 50, 20, { fontPx: 18 }),
      ]),
      { minPx: 30 },
    );
    expect(problems.filter((p) => p.startsWith('overlap: board/a'))).toHaveLength(1);
    expect(problems.some((p) => p.startsWith('cut off by the canvas: board/c'))).toBe(true);
    expect(problems.some((p) => p.startsWith('cut off by its container: board/d'))).toBe(true);
    expect(problems.some((p) => p.startsWith('too small: board/e') && p.includes('18 px, under 30 px'))).toBe(true);
  });

  it('measures a label in CSS pixels: its font size times the canvas scale', () => {
    const r = { ...report([label('a', 10, 10, 100, 20, { fontPx: 20 })]), cssScale: 1.5 };
    expect(labelProblems(r, { minPx: 30 })).toEqual([]);
    expect(labelProblems(r, { minPx: 31 })).toHaveLength(1);
  });

  it('compares labels within a scene only (a banner lies over the board by design), and ignores touching edges', () => {
    const r = report([], [
      { scene: 'board', labels: [label('a', 10, 10, 100, 20)], dropped: [] },
      { scene: 'moment', labels: [label('b', 10, 10, 100, 20)], dropped: [] },
    ]);
    expect(labelProblems(r)).toEqual([]);
    expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBeNull();
    expect(inside({ x: -0.3, y: 0, w: 10, h: 10 }, { x: 0, y: 0, w: 10, h: 10 })).toBe(true);
  });

  it('reports a label with no size', () => {
    expect(labelProblems(report([label('a', 10, 10, 0, 20)]))[0]).toMatch(/^no size/);
  });
});

describe('fitting a label', () => {
  it('keeps the size asked for when the text fits', () => {
    expect(fitLabel(measure, { texts: ['Cooperative'], size: 20, minSize: 11, maxW: 200, maxH: 30 })).toMatchObject({ text: 'Cooperative', size: 20, shortened: false });
  });

  it('shrinks a pixel at a time, never under the floor', () => {
    // 11 glyphs × 0.6: 132 px at 20, 99 px at 15.
    expect(fitLabel(measure, { texts: ['Cooperative'], size: 20, minSize: 11, maxW: 100, maxH: 30 })).toMatchObject({ size: 15 });
    expect(fitLabel(measure, { texts: ['Cooperative'], size: 20, minSize: 18, maxW: 100, maxH: 30 })).toBeNull();
  });

  it('takes a shorter form, then wraps, then cuts with an ellipsis, and says so', () => {
    expect(fitLabel(measure, { texts: ['Sexenio 1, year 1 of 6 · decisions', 'Sexenio 1, year 1 of 6'], size: 10, minSize: 10, maxW: 140, maxH: 13 })).toMatchObject({ text: 'Sexenio 1, year 1 of 6', shortened: true });
    expect(fitLabel(measure, { texts: ['A combatant-command remark'], size: 10, minSize: 10, maxW: 110, maxH: 40, wrap: true })).toMatchObject({ wrapWidth: 110, shortened: false });
    const cut = fitLabel(measure, { texts: ['Institutionalized'], size: 10, minSize: 10, maxW: 60, maxH: 13, ellipsis: true });
    expect(cut).toMatchObject({ text: 'Instituti…', size: 10, shortened: true });
    expect(fitLabel(measure, { texts: ['Institutionalized'], size: 10, minSize: 10, maxW: 3, maxH: 13, ellipsis: true })).toBeNull();
  });

  it('cuts a word too long for a narrow card within itself rather than after the first word', () => {
    // "comentario" is 60 px at 10 px: wider than the card's 50.
    const fit = fitLabel(measure, { texts: ['Un comentario sobre el comando de combate'], size: 10, minSize: 10, maxW: 50, maxH: 26, wrap: true, ellipsis: true });
    expect(fit?.text).toBe('Un comenta…');
  });

  it('always returns a text that fits its room at the floor or more, or nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 600, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), fc.boolean(), fc.boolean(), (texts, size, floor, maxW, maxH, wrap, ellipsis) => {
        const fit = fitLabel(measure, { texts, size, minSize: floor, maxW, maxH, wrap, ellipsis });
        if (!fit) return;
        expect(fit.size).toBeGreaterThanOrEqual(floor);
        const m = measure(fit.text, fit.size, fit.wrapWidth);
        expect(m.w).toBeLessThanOrEqual(maxW + 1e-9);
        expect(m.h).toBeLessThanOrEqual(maxH + 1e-9);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('labels stacked along the track', () => {
  it('leave each where it wishes when there is room', () => {
    const { placed, dropped } = spreadLabels([{ id: 'a', at: 50, h: 10, priority: 0 }, { id: 'b', at: 100, h: 10, priority: 0 }], 0, 200, 2);
    expect(placed).toEqual([{ id: 'a', y: 45 }, { id: 'b', y: 95 }]);
    expect(dropped).toEqual([]);
  });

  it('never overlap or leave the span, and drop the lowest priority first', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.double({ min: -50, max: 250, noNaN: true }), h: fc.double({ min: 1, max: 60, noNaN: true }), priority: fc.integer({ min: 0, max: 3 }) }), { maxLength: 8 }), fc.double({ min: 0, max: 6, noNaN: true }), (raw, gap) => {
        const items = raw.map((r, i) => ({ ...r, id: String(i) }));
        const { placed, dropped } = spreadLabels(items, 0, 200, gap);
        expect(placed.length + dropped.length).toBe(items.length);
        const boxes = placed.map((p) => ({ y: p.y, h: (items.find((i) => i.id === p.id) as (typeof items)[number]).h })).sort((a, b) => a.y - b.y);
        boxes.forEach((b, i) => {
          expect(b.y).toBeGreaterThanOrEqual(-1e-9);
          expect(b.y + b.h).toBeLessThanOrEqual(200 + 1e-9);
          const next = boxes[i + 1];
          if (next) expect(next.y).toBeGreaterThanOrEqual(b.y + b.h + gap - 1e-6);
        });
        const keptMin = Math.min(...placed.map((p) => (items.find((i) => i.id === p.id) as (typeof items)[number]).priority));
        for (const id of dropped) expect((items.find((i) => i.id === id) as (typeof items)[number]).priority).toBeLessThanOrEqual(keptMin);
      }),
      { numRuns: 800 },
    );
  });
});
