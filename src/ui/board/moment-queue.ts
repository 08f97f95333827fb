import type { StagedMoment } from './board';
import { boardFont } from './layout';

// The stage's timing and place as plain numbers (no Phaser, tested in node): how long a moment
// stays up, where its banner goes on a stage of any size, and the queue of moments waiting.

/** A moment stays this long at the least; a long one a little longer, to be read. */
export const MOMENT_MS = 2500;
export const MOMENT_MAX_MS = 5000;

export function momentDuration(m: Pick<StagedMoment, 'headline' | 'body'>): number {
  const chars = m.headline.length + m.body.length;
  return Math.min(MOMENT_MAX_MS, MOMENT_MS + Math.max(0, chars - 100) * 15);
}

export interface BannerBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  /** The most height the banner may take (it is drawn as tall as its content, up to this). */
  readonly maxH: number;
  readonly pad: number;
  readonly font: number;
}

/** The banner across the board: centred, at most ~44 fonts wide, within the stage with a margin. */
export function bannerBox(width: number, height: number, textScale = 1): BannerBox {
  const W = Number.isFinite(width) && width > 0 ? width : 0;
  const H = Number.isFinite(height) && height > 0 ? height : 0;
  const font = Math.min(boardFont(W, H, textScale), 28 * (Number.isFinite(textScale) && textScale > 0 ? textScale : 1));
  const margin = Math.max(6, Math.min(W, H) * 0.03);
  const w = Math.max(0, Math.min(W - margin * 2, font * 44));
  const pad = Math.max(6, Math.min(font, w * 0.05));
  return { x: (W - w) / 2, y: margin, w, maxH: Math.max(0, H - margin * 2), pad, font };
}

/** The moments waiting to be staged, in order; the one on stage is `current`. */
export class MomentQueue {
  private readonly waiting: StagedMoment[] = [];
  current: StagedMoment | null = null;
  /** How many have come on stage since the board was made. */
  shown = 0;

  push(moments: readonly StagedMoment[]): void {
    this.waiting.push(...moments);
  }

  /** Puts the next moment on stage (null: the stage is empty). */
  advance(): StagedMoment | null {
    this.current = this.waiting.shift() ?? null;
    if (this.current) this.shown += 1;
    return this.current;
  }

  clear(): void {
    this.waiting.length = 0;
    this.current = null;
  }

  get length(): number {
    return this.waiting.length;
  }
}
