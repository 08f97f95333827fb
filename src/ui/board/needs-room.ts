import { en, es } from '../../i18n';
import { projectorOn } from './floor';

// The notice a scene shows where it has no room to draw (room.ts), saying what helps. A larger
// window is not all that helps, nor always possible (a full-screen projector): with the text above
// 1× (A+) or Projector mode on, the notice says to make the text smaller or to turn Projector mode
// off, in the page's language (<html lang>); else to enlarge the window, in the words the last
// board view brought. No Phaser here: tested in node (tests/ui/projector-scale.test.ts).

/** Said until a board view brings the translated notice. */
export const NEEDS_ROOM = 'The board needs more room — enlarge the window';

let notice = NEEDS_ROOM;

export function setNeedsRoomNotice(text: string | undefined): void {
  if (text) notice = text;
}

/** What gives the board room besides a larger window: a smaller text (A−), Projector mode off, or both. */
export type NeedsRoomHelp = 'window' | 'text' | 'projector' | 'projectorText';

export function needsRoomHelp(textScale: number, projector: boolean): NeedsRoomHelp {
  const larger = Number.isFinite(textScale) && textScale > 1;
  if (projector) return larger ? 'projectorText' : 'projector';
  return larger ? 'text' : 'window';
}

const HELP_KEYS = { text: 'needsRoomText', projector: 'needsRoomProjector', projectorText: 'needsRoomProjectorText' } as const;

/** The page's text size (the A−/A+ buttons set --text-scale on <html>); 1 without a page. */
function pageTextScale(): number {
  if (typeof document === 'undefined') return 1;
  const root = document.documentElement;
  const value = root.style.getPropertyValue('--text-scale') || (typeof getComputedStyle === 'function' ? getComputedStyle(root).getPropertyValue('--text-scale') : '');
  const scale = Number.parseFloat(value);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** The notice as things stand on the page: what helps, in the page's language. */
export function needsRoomNotice(): string {
  const help = needsRoomHelp(pageTextScale(), projectorOn());
  if (help === 'window') return notice;
  const strings = typeof document !== 'undefined' && document.documentElement.lang.startsWith('es') ? es : en;
  return strings.board[HELP_KEYS[help]];
}
