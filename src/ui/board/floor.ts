import { isProjector, projectorMinTextPx } from '../projector';
import { MIN_TEXT_PX } from './layout';

// The smallest text the board may draw right now: in projector mode the projector's floor for the
// window (projector.ts, 1/36 of its height: 30 CSS px at 1920×1080), else MIN_TEXT_PX. Read at
// every drawing: the app redraws the board when projector mode is turned on or off, and the
// window's resize redraws it too.

export function projectorOn(): boolean {
  return typeof document !== 'undefined' && isProjector();
}

export function textFloor(): number {
  if (!projectorOn() || typeof window === 'undefined') return MIN_TEXT_PX;
  return Math.max(MIN_TEXT_PX, Math.ceil(projectorMinTextPx(window.innerWidth, window.innerHeight)));
}
