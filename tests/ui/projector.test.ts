// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyProjector,
  BASE_TEXT_PX,
  boardTextScale,
  isProjector,
  PROJECTOR_A_PLUS_SHARE,
  PROJECTOR_BOARD_SCALE,
  PROJECTOR_HEIGHT_PARTS,
  PROJECTOR_WIDTH_PARTS,
  projectorMinTextPx,
  projectorScale,
} from '../../src/ui/projector';

// The projector setting: the smallest text at 1/36 of the screen's height (30 px at 1080 lines),
// never below the ordinary 16 px, held back on narrow screens; the stylesheet computes the same.

const css = readFileSync(join(import.meta.dirname, '../../src/ui/styles.css'), 'utf8');

describe('projectorScale', () => {
  it.each([
    [1920, 1080, 30, 1.875],
    [3840, 2160, 60, 3.75],
    [1280, 720, 20, 1.25],
    [1366, 768, 768 / 36, 768 / 36 / 16],
    [1024, 768, 1024 / 48, 1024 / 48 / 16], // 4:3: held back by the width
    [390, 844, 16, 1], // a phone: the ordinary size
    [800, 450, 16, 1],
  ])('at %i×%i the smallest text is %f px, %f times the ordinary', (w, h, px, scale) => {
    expect(projectorMinTextPx(w, h)).toBeCloseTo(px, 6);
    expect(projectorScale(w, h)).toBeCloseTo(scale, 6);
  });

  it('never shrinks the page, and survives nonsense sizes', () => {
    for (const [w, h] of [[0, 0], [1, 1], [Number.NaN, 1080], [1920, Number.POSITIVE_INFINITY], [-5, -5]] as const) {
      expect(projectorScale(w, h)).toBe(1);
    }
  });

  it('grows with the screen, so the text keeps its share of the picture', () => {
    expect(projectorScale(3840, 2160) / projectorScale(1920, 1080)).toBeCloseTo(2, 6);
  });

  it('is the formula styles.css uses for html.projector', () => {
    // The player's text size enters damped (projectorTextScale; evaluated in tests/ui/projector-scale.test.ts).
    const rule = /html\.projector\s*\{[^}]*font-size:\s*calc\(max\((\d+)px,\s*min\(100vh \/ (\d+),\s*100vw \/ (\d+)\)\)\s*\*\s*min\(var\(--text-scale\), 1 \+ \(var\(--text-scale\) - 1\) \* ([\d.]+)\)\)/.exec(css);
    expect(rule).not.toBeNull();
    expect(Number(rule?.[1])).toBe(BASE_TEXT_PX);
    expect(Number(rule?.[2])).toBe(PROJECTOR_HEIGHT_PARTS);
    expect(Number(rule?.[3])).toBe(PROJECTOR_WIDTH_PARTS);
    expect(Number(rule?.[4])).toBe(PROJECTOR_A_PLUS_SHARE);
    expect(css).toMatch(/:root\s*\{[^}]*font-size:\s*calc\(16px \* var\(--text-scale\)\)/);
  });

  it('makes every smaller text style 1rem on a projector', () => {
    expect(css).toMatch(/html\.projector\s*\{[^}]*--size-small:\s*1rem/);
    // No text style of ours is sized below --size-small in rem or em.
    const small = [...css.matchAll(/font-size:\s*(0\.\d+)r?em/g)].map((m) => Number(m[1]));
    expect(small).toEqual([]);
  });
});

describe('the board in projector mode', () => {
  it("takes the projector's factor at 1080 lines, lowered by A− but not raised by A+", () => {
    expect(PROJECTOR_BOARD_SCALE).toBeCloseTo(1.875, 6);
    expect(boardTextScale(1, false)).toBe(1);
    expect(boardTextScale(1.2, false)).toBe(1.2);
    expect(boardTextScale(1.75, false)).toBe(1.75);
    expect(boardTextScale(1, true)).toBeCloseTo(1.875, 6);
    expect(boardTextScale(0.85, true)).toBeCloseTo(0.85 * 1.875, 6);
    // The board's text is at the floor already, with no room to grow (tests/ui/projector-scale.test.ts).
    expect(boardTextScale(1.75, true)).toBeCloseTo(1.875, 6);
  });
});

describe('applyProjector', () => {
  it('puts the class on <html> and takes it off again', () => {
    const root = document.documentElement;
    applyProjector(true);
    expect(root.classList.contains('projector')).toBe(true);
    expect(isProjector()).toBe(true);
    applyProjector(true);
    expect(root.className.split(/\s+/).filter((c) => c === 'projector')).toHaveLength(1);
    applyProjector(false);
    expect(isProjector()).toBe(false);
  });

  it('leaves the other classes of the element alone', () => {
    const el = document.createElement('div');
    el.className = 'a b';
    applyProjector(true, el);
    expect(el.className).toBe('a b projector');
    applyProjector(false, el);
    expect(el.className).toBe('a b');
  });
});
