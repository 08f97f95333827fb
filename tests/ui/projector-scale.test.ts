// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en, es } from '../../src/i18n';
import { boardLayout } from '../../src/ui/board/layout';
import { NEEDS_ROOM, needsRoomHelp, needsRoomNotice, setNeedsRoomNotice } from '../../src/ui/board/needs-room';
import { TEXT_SCALES } from '../../src/ui/prefs';
import { applyProjector, boardTextScale, projectorBoardWidth, projectorMinTextPx, projectorTextScale } from '../../src/ui/projector';
import { floorAt, projectorFit } from './projector-fit';

// Projector mode with a larger text (A+). The folder (the side panel) was 24rem wide, so it grew
// with A+, up to 64% of the screen: at 1920×1080 and 1.45 or 1.75 it left the board 876 or 691 px,
// and the board's text grew with A+ too (1.75 × the projector's 1.875), so the board drew nothing
// but "The board needs more room — enlarge the window" at every screen size, in both languages;
// at 1.2 its header was cut. An instructor who pressed A+ twice lost the board, and a full-screen
// projector has no larger window. Now the folder keeps its width in projector units, the board's
// text stays at the projector's size (it has no room to grow), the folder's text grows by two
// fifths of each A+ step (so that its footer, Confirm and the capital, stays shorter than the
// folder), and where the board truly cannot fit, the notice says what helps.

const css = readFileSync(join(import.meta.dirname, '../../src/ui/styles.css'), 'utf8');

interface Viewport {
  readonly vw: number;
  readonly vh: number;
  /** The root font size, in px, for `rem` (the html element's own font size is computed from 16 px). */
  readonly rem: number;
  readonly textScale: number;
}

/**
 * Evaluates a CSS length expression of the stylesheet (calc, min, max, + − × ÷, px, vw, vh, rem and
 * var(--text-scale)) to CSS px at one viewport: enough to check the stylesheet against projector.ts.
 */
function evaluateCss(expression: string, at: Viewport): number {
  const tokens = expression.match(/var\(--text-scale\)|\d*\.?\d+(?:px|vw|vh|rem)?|[a-z]+\(|[()+\-*/,]/g) ?? [];
  let i = 0;
  const next = () => tokens[i++] ?? '';
  const peek = () => tokens[i] ?? '';
  const expect_ = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`expected "${token}" at token ${i} of ${JSON.stringify(expression)}, got "${got}"`);
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-') value = next() === '+' ? value + product() : value - product();
    return value;
  };
  const product = (): number => {
    let value = factor();
    while (peek() === '*' || peek() === '/') value = next() === '*' ? value * factor() : value / factor();
    return value;
  };
  const factor = (): number => {
    const token = next();
    if (token === 'var(--text-scale)') return at.textScale;
    if (token === '(') {
      const value = sum();
      expect_(')');
      return value;
    }
    if (token === 'calc(') {
      const value = sum();
      expect_(')');
      return value;
    }
    if (token === 'min(' || token === 'max(') {
      const args = [sum()];
      while (peek() === ',') {
        next();
        args.push(sum());
      }
      expect_(')');
      return token === 'min(' ? Math.min(...args) : Math.max(...args);
    }
    const number = /^(\d*\.?\d+)(px|vw|vh|rem)?$/.exec(token);
    if (!number) throw new Error(`cannot read "${token}" at token ${i} of ${JSON.stringify(expression)}`);
    const n = Number(number[1]);
    const unit = number[2];
    return unit === 'vw' ? (n * at.vw) / 100 : unit === 'vh' ? (n * at.vh) / 100 : unit === 'rem' ? n * at.rem : n;
  };
  const value = sum();
  if (i !== tokens.length) throw new Error(`unread tokens after ${i} in ${JSON.stringify(expression)}`);
  return value;
}

/** The value of `property` in the stylesheet's rule for `selector` (the first rule with that exact selector). */
function cssValue(selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|[\\n{}])\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  const value = rule ? new RegExp(`(?:^|;|\\s)${property}:\\s*([^;]+);`).exec(rule[1] ?? '') : null;
  if (!value?.[1]) throw new Error(`styles.css has no ${property} in a rule for ${selector}`);
  return value[1].trim();
}

/** What the stylesheet gives projector mode at a viewport and text size: the root font size and the folder's width. */
function stylesheetAt(vw: number, vh: number, textScale: number): { font: number; folder: number } {
  const font = evaluateCss(cssValue('html.projector', 'font-size'), { vw, vh, rem: 16, textScale });
  const folder = evaluateCss(cssValue('html.projector .side', 'width'), { vw, vh, rem: font, textScale });
  return { font, folder };
}

const SCREENS = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [1366, 768],
  [1024, 768],
  [2560, 1080],
] as const;

describe('the folder in projector mode, at every text size', () => {
  it.each(SCREENS)('at %i×%i keeps its width, leaving the board projectorBoardWidth, as styles.css computes it', (vw, vh) => {
    for (const scale of TEXT_SCALES) {
      const { folder } = stylesheetAt(vw, vh, scale);
      expect(vw - folder, `${vw}×${vh} at ${scale}`).toBeCloseTo(projectorBoardWidth(vw), 6);
      expect(vw - folder, `${vw}×${vh} at ${scale}`).toBeCloseTo(vw - stylesheetAt(vw, vh, 1).folder, 6);
    }
  });

  it.each(SCREENS)('at %i×%i grows its text with A+, by two fifths of each step, as projector.ts says', (vw, vh) => {
    let last = 0;
    for (const scale of TEXT_SCALES) {
      const { font } = stylesheetAt(vw, vh, scale);
      expect(font, `${vw}×${vh} at ${scale}`).toBeCloseTo(projectorMinTextPx(vw, vh) * projectorTextScale(scale), 6);
      expect(font, `${vw}×${vh} at ${scale}: larger than a step down`).toBeGreaterThan(last);
      last = font;
    }
  });

  it('takes A− in full and two fifths of A+ (1.75 becomes 1.3), never below the projector size above 1×', () => {
    expect(TEXT_SCALES.map((s) => Number(projectorTextScale(s).toFixed(4)))).toEqual([0.85, 1, 1.08, 1.18, 1.3]);
    for (const nonsense of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY]) expect(projectorTextScale(nonsense)).toBe(1);
  });
});

/**
 * The board's stage height under the toolbar at each text size (0.85, 1, 1.2, 1.45, 1.75), measured
 * in Chromium in projector mode: the toolbar takes more rows as its text grows.
 */
const STAGE_HEIGHTS = {
  en: { 1280: [662, 656, 591, 580, 565], 1920: [998, 985, 977, 870, 849], 3840: [1999, 1972, 1957, 1743, 1701] },
  es: { 1280: [662, 601, 591, 580, 565], 1920: [998, 902, 888, 870, 849], 3840: [1999, 1807, 1778, 1743, 1701] },
} as const;

describe('the board in projector mode, at every text size', () => {
  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    it.each([
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const)('at %i×%i is drawn, every label at the floor and in full', (vw, vh) => {
      const fit = projectorFit(lang, floorAt(vw, vh));
      const floor = fit.floor;
      for (const [n, scale] of TEXT_SCALES.entries()) {
        const height = STAGE_HEIGHTS[lang][vw][n] as number;
        const L = boardLayout(projectorBoardWidth(vw), height, boardTextScale(scale, true), 8, fit);
        const where = `${lang} ${vw}×${vh} at ${scale} (board ${L.w}×${L.h}, font ${L.font})`;
        expect(L.fits, `${where}: the board needs more room`).toBe(true);
        // Paired: the arrangement in which every label shows in full (board/layout.ts).
        expect(L.arrangement, where).toBe('paired');
        expect(L.type.small, where).toBeGreaterThanOrEqual(floor);
        expect(L.track.x - L.marker * 1.6 - 2 - L.gap - L.pad, `${where}: the band names' room`).toBeGreaterThanOrEqual(fit.bandLabelW - 1e-9);
        expect(L.gauges.w, `${where}: the gauges' column`).toBeGreaterThanOrEqual(fit.gaugeLabelW - 1e-9);
      }
    });
  });

  it("keeps the board's text at the projector's size under A+ (it has no room to grow), and lets A− lower it", () => {
    for (const scale of TEXT_SCALES) expect(boardTextScale(scale, true)).toBeLessThanOrEqual(boardTextScale(1, true));
    expect(boardTextScale(0.85, true)).toBeLessThan(boardTextScale(1, true));
    // Outside projector mode the board follows the text size as before.
    for (const scale of TEXT_SCALES) expect(boardTextScale(scale, false)).toBe(scale);
  });
});

describe('the notice where the board has no room', () => {
  afterEach(() => {
    applyProjector(false);
    document.documentElement.style.removeProperty('--text-scale');
    document.documentElement.lang = '';
    setNeedsRoomNotice(NEEDS_ROOM);
  });

  it.each([
    [1, false, 'window'],
    [0.85, false, 'window'],
    [1.2, false, 'text'],
    [1.75, false, 'text'],
    [1, true, 'projector'],
    [0.85, true, 'projector'],
    [1.45, true, 'projectorText'],
    [Number.NaN, false, 'window'],
  ] as const)('at text size %f with projector %s says what helps: %s', (scale, projector, help) => {
    expect(needsRoomHelp(scale, projector)).toBe(help);
  });

  it.each([
    ['en', 1.75, false, en.board.needsRoomText, /smaller \(A−\)/],
    ['en', 1, true, en.board.needsRoomProjector, /Projector mode off/],
    ['en', 1.45, true, en.board.needsRoomProjectorText, /smaller \(A−\) or turn Projector mode off/],
    ['es', 1.75, false, es.board.needsRoomText, /reduzca el tamaño del texto \(A−\)/],
    ['es', 1, true, es.board.needsRoomProjector, /desactive el modo proyector/],
    ['es', 1.45, true, es.board.needsRoomProjectorText, /reduzca el tamaño del texto \(A−\) o desactive el modo proyector/],
  ] as const)('in %s at text size %f with projector %s, in the page\'s language', (lang, scale, projector, text, words) => {
    document.documentElement.lang = lang;
    document.documentElement.style.setProperty('--text-scale', String(scale));
    applyProjector(projector);
    setNeedsRoomNotice(lang === 'es' ? es.board.needsRoom : en.board.needsRoom);
    expect(needsRoomNotice()).toBe(text);
    expect(needsRoomNotice()).toMatch(words);
  });

  it('asks for a larger window, in the words the board view brought, at the ordinary text size without the projector', () => {
    document.documentElement.lang = 'es';
    document.documentElement.style.setProperty('--text-scale', '1');
    setNeedsRoomNotice(es.board.needsRoom);
    expect(needsRoomNotice()).toBe('El tablero necesita más espacio: agrande la ventana');
  });
});
