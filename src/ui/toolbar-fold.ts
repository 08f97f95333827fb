// How much of the toolbar folds into its "More" menu. The bar is measured on the page rather than
// guessed from the window's width, because the same window holds a longer bar in Spanish, at a larger
// text size or in projector mode. Below FOLD_BELOW_PX (a phone) and on a phone on its side
// (SHORT_LANDSCAPE_QUERY) the bar always folds; elsewhere it folds only when its controls would take
// more than two rows. Folded, it keeps to one row: first with the brand, then without it, and last
// (a phone at the largest text) with the mute button in the menu too.

/**
 * 0: every control on the bar; 1: the view (language, text size, projector), the volume and help in
 * the menu; 2: the same without the brand; 3: the mute button in the menu as well.
 */
export const FOLD_LEVELS = [0, 1, 2, 3] as const;
export type FoldLevel = (typeof FOLD_LEVELS)[number];

/** Narrower than this, the bar folds whatever it holds. */
export const FOLD_BELOW_PX = 600;

/**
 * A phone on its side (667×375 to 932×430), the same shape styles.css stacks the board over the
 * folder for: there the bar's two unfolded rows took 112 px of the 375 to 430 the board and the
 * folder share, so it folds to one row as on a phone held upright.
 */
export const SHORT_LANDSCAPE_QUERY = '(max-width: 1000px) and (max-height: 500px) and (orientation: landscape)';

/** The measures a fold is chosen by; the page's own in the browser, a stand-in in tests. */
export interface ToolbarLayout {
  /** The bar's width in CSS pixels; 0 where nothing is laid out (a test's DOM). */
  width(nav: HTMLElement): number;
  /** How many rows the bar's controls take as drawn now. */
  rows(nav: HTMLElement): number;
  /** The screen is a phone on its side (SHORT_LANDSCAPE_QUERY): the bar folds whatever it holds. */
  shortScreen?(nav: HTMLElement): boolean;
}

/** The most rows a level may take before the next one is tried. */
export function rowsAllowed(level: FoldLevel): number {
  return level === 0 ? 2 : 1;
}

/**
 * The first level, in order, whose bar fits: `rowsAt` draws the bar at a level and says how many
 * rows it takes. The last level is taken when none fits (it is drawn all the same). `mustFold` (a
 * phone, upright or on its side) skips the unfolded bar.
 */
export function chooseFold(width: number, rowsAt: (level: FoldLevel) => number, mustFold = width < FOLD_BELOW_PX): FoldLevel {
  if (width <= 0) return 0;
  const last = FOLD_LEVELS[FOLD_LEVELS.length - 1] ?? 0;
  for (const level of FOLD_LEVELS) {
    if (level === 0 && mustFold) continue;
    if (rowsAt(level) <= rowsAllowed(level) || level === last) return level;
  }
  return last;
}

/**
 * The rows the bar's controls take: its items (a group's controls counted one by one, so a group
 * that wraps inside counts all its rows) in order, a new row wherever an item starts below the
 * bottom of the row before. What is not displayed, or lies over the bar (a menu's list), is skipped.
 */
export function countRows(nav: HTMLElement): number {
  const view = nav.ownerDocument.defaultView;
  if (!view) return 1;
  const items: Element[] = [];
  const collect = (parent: Element) => {
    for (const child of parent.children) {
      const style = view.getComputedStyle(child);
      if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') continue;
      if (child.classList.contains('toolbar-group') || style.display === 'contents') collect(child);
      else items.push(child);
    }
  };
  collect(nav);
  let rows = 0;
  let bottom = -Infinity;
  for (const item of items) {
    const box = item.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.top >= bottom - 1) {
      rows += 1;
      bottom = box.bottom;
    } else {
      bottom = Math.max(bottom, box.bottom);
    }
  }
  return rows;
}

/** The page's measures. */
export const pageLayout: ToolbarLayout = {
  width: (nav) => nav.clientWidth,
  rows: countRows,
  shortScreen: (nav) => nav.ownerDocument.defaultView?.matchMedia?.(SHORT_LANDSCAPE_QUERY).matches === true,
};

/** Whether the bar folds whatever it holds: narrower than FOLD_BELOW_PX, or a phone on its side. */
export function mustFold(nav: HTMLElement, layout: ToolbarLayout): boolean {
  return layout.width(nav) < FOLD_BELOW_PX || layout.shortScreen?.(nav) === true;
}
