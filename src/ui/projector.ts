// The projector setting (DESIGN §4, "Rooms"): the whole page scaled so that its smallest text can
// be read from the back of a seminar room.
//
// The target: no text smaller than 1/36 of the screen's height (30 CSS px at 1920×1080, 60 at
// 3840×2160, 20 at 1280×720). Why 1/36: a reader can make out characters whose height is about
// 1/200 of the distance to them (≈17 arcminutes, the legibility rule of thumb of AV design; the
// InfoComm "×150" rule is stricter), and for detailed content the farthest seat should be no more
// than about 4 image heights away (Musgrave, "Legibility of projected information", 1999: 4×
// for critical content). At 4 image heights, 1/200 of the distance is 1/50 of the image height,
// and a capital of IBM Plex Sans is 0.7 of its font size: 1/50 ÷ 0.7 ≈ 1/36. So a 2.5 m-high
// image serves a back row 10 m away. tests/e2e/layout.e2e.ts walks every visible text node in
// projector mode and checks its computed font size against `projectorMinTextPx`.
//
// The page does it in CSS (styles.css, `html.projector`): the root font size becomes
// max(16px, min(100vh / 36, 100vw / 48)) times the player's text size (A−/A+, as
// `projectorTextScale` damps it) and every smaller text style becomes 1rem, so the numbers here are
// the stylesheet's, for the board and the tests (tests/ui/projector-scale.test.ts evaluates the
// stylesheet's rules against them).

/** The class on <html> that turns the setting on. */
export const PROJECTOR_CLASS = 'projector';

/** The page's base text size without the projector (styles.css `:root`). */
export const BASE_TEXT_PX = 16;
/** The smallest text is at least 1/HEIGHT_PARTS of the viewport's height… */
export const PROJECTOR_HEIGHT_PARTS = 36;
/** …unless the viewport is so narrow that 1/WIDTH_PARTS of its width is smaller (a lot fits on no line). */
export const PROJECTOR_WIDTH_PARTS = 48;

function finite(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** The smallest text size, in CSS px, that projector mode gives a viewport (before the A−/A+ scale). */
export function projectorMinTextPx(viewportWidth: number, viewportHeight: number): number {
  return Math.max(BASE_TEXT_PX, Math.min(finite(viewportHeight) / PROJECTOR_HEIGHT_PARTS, finite(viewportWidth) / PROJECTOR_WIDTH_PARTS));
}

/**
 * How much projector mode enlarges the page's text at a viewport: 1 where the ordinary size is
 * already enough (a 1280×720 window gets 1.25, 1920×1080 gets 1.875, 3840×2160 3.75).
 */
export function projectorScale(viewportWidth: number, viewportHeight: number): number {
  return projectorMinTextPx(viewportWidth, viewportHeight) / BASE_TEXT_PX;
}

/** In projector mode an A+ step adds this share of its usual growth (A− takes its full step). */
export const PROJECTOR_A_PLUS_SHARE = 0.4;

/**
 * The page's text size in projector mode for the player's A−/A+ scale, in projector units
 * (styles.css, `html.projector`): 1.75 becomes 1.3, 1.45 1.18, 1.2 1.08; 0.85 stays 0.85. The
 * folder keeps its width there (projectorBoardWidth, so that the board can be drawn at all), and
 * at the full 1.75 (52 px at 1080 lines, 22 characters a line) its footer (capital, Confirm) stood
 * taller than the folder, over the decisions it confirms; at 1.3 it takes two thirds of it.
 */
export function projectorTextScale(textScale: number): number {
  const scale = Number.isFinite(textScale) && textScale > 0 ? textScale : 1;
  return Math.min(scale, 1 + (scale - 1) * PROJECTOR_A_PLUS_SHARE);
}

/**
 * The text scale the board should be given in projector mode. The board's own type already grows
 * with its stage (board/layout.ts `boardFont`), so it takes the projector's factor at a 1080-line
 * screen, not the live one: at 3840×2160 the stage doubles and so does its type.
 */
export const PROJECTOR_BOARD_SCALE = projectorScale(1920, 1080);

/**
 * The board's text scale: the player's A−/A+ scale; in projector mode the projector's, which A−
 * may lower but A+ does not raise. The board also keeps every canvas text at projectorMinTextPx or
 * more in projector mode (board/floor.ts), which tests/e2e/board-layout.e2e.ts checks through the
 * board's label registry.
 *
 * Why A+ stops at the projector's size there: the board's text is already at the floor, sized for
 * the back of the room, and the board has no room to grow it on a 16:9 screen: it needs about 39
 * floors of width for every label in full (in Spanish; `paired`, board/layout.ts) and has 40. At
 * 1.2 its header was cut, from 1.45 on it drew nothing but "needs more room". A+ enlarges the
 * folder's text (and the toolbar's), which wraps.
 */
export function boardTextScale(textScale: number, projector: boolean): number {
  const scale = Number.isFinite(textScale) && textScale > 0 ? textScale : 1;
  return projector ? PROJECTOR_BOARD_SCALE * Math.min(1, scale) : scale;
}

/**
 * In projector mode the folder (the side panel) is this share of the viewport's width
 * (styles.css, `html.projector .side`): 24 of the projector's text units on a 16:9 screen (about 45
 * characters a line at 1×), 18 on a 4:3 one, whose board would otherwise cut its labels short.
 */
export const PROJECTOR_FOLDER_SHARE = 0.375;

/**
 * The board's width in projector mode on a viewport wider than a phone's (styles.css): what the
 * folder leaves. The folder keeps a reading width; the board's text is all at the floor there and
 * cannot shrink, so the board gets the rest (1200 of 1920 px, 800 of 1280, 2400 of 3840), whatever
 * the text size. The folder used to grow with A+ (24rem, up to 64% of the width): at 1.45 and 1.75
 * it left the board 876 and 691 of 1920 px, too narrow for its labels at the floor, and the board
 * drew only "needs more room" (on a full-screen projector, where a larger window is no help). The
 * folder's text still grows with A+, and wraps.
 */
export function projectorBoardWidth(viewportWidth: number): number {
  const vw = finite(viewportWidth);
  return vw - vw * PROJECTOR_FOLDER_SHARE;
}

/**
 * Turns projector mode on or off for the page. The stylesheet does the rest; the board's stage
 * changes size with the side panel, which its resize observer follows.
 */
export function applyProjector(on: boolean, root: HTMLElement = document.documentElement): void {
  root.classList.toggle(PROJECTOR_CLASS, on);
}

/** Whether the page is in projector mode. */
export function isProjector(root: HTMLElement = document.documentElement): boolean {
  return root.classList.contains(PROJECTOR_CLASS);
}
