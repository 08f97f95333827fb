// Where each place's name goes on the map so that no two names, and no name and another place's
// dot, ever touch (Mexico City and Veracruz sit a few pixels apart at most board sizes). Plain
// numbers, no Phaser: the board measures each name and draws what this returns.
//
// Deterministic and greedy: the places are taken in the order given (the most important first),
// and each takes the first of its candidate positions around its dot that stays inside the map and
// clear of everything placed so far and of every dot; failing that, its short name is tried the same
// way; failing that, it has no label (the dot stays).

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LabelRequest {
  readonly id: string;
  /** The dot the label names. */
  readonly x: number;
  readonly y: number;
  /** The texts to try, in order (the name, then a shorter one), each with its measured size. */
  readonly texts: readonly { readonly text: string; readonly w: number; readonly h: number }[];
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** The label's box: its top-left corner and size. */
  readonly box: LabelBox;
  /** Which candidate position it took (for tests and debugging). */
  readonly position: LabelPosition;
}

export const LABEL_POSITIONS = ['right', 'left', 'above', 'below', 'upperRight', 'lowerRight', 'upperLeft', 'lowerLeft'] as const;
export type LabelPosition = (typeof LABEL_POSITIONS)[number];

export interface LabelOptions {
  /** The area labels must stay in (the map's box). */
  readonly bounds: LabelBox;
  /** The radius of a place's dot: no label covers any dot. */
  readonly dot: number;
  /** The space between a dot and its label, and kept between two labels. */
  readonly gap: number;
  /** Other things labels must not cover (the map's title). */
  readonly obstacles?: readonly LabelBox[];
}

/** The box of a `w` × `h` label at one position around a dot at (x, y). */
export function candidateBox(position: LabelPosition, x: number, y: number, w: number, h: number, dot: number, gap: number): LabelBox {
  const off = dot + gap;
  const diag = off;
  switch (position) {
    case 'right':
      return { x: x + off, y: y - h / 2, w, h };
    case 'left':
      return { x: x - off - w, y: y - h / 2, w, h };
    case 'above':
      return { x: x - w / 2, y: y - off - h, w, h };
    case 'below':
      return { x: x - w / 2, y: y + off, w, h };
    case 'upperRight':
      return { x: x + diag, y: y - diag - h, w, h };
    case 'lowerRight':
      return { x: x + diag, y: y + diag, w, h };
    case 'upperLeft':
      return { x: x - diag - w, y: y - diag - h, w, h };
    case 'lowerLeft':
      return { x: x - diag - w, y: y + diag, w, h };
  }
}

/** Whether two boxes overlap, with `margin` kept clear between them (touching edges do not overlap). */
export function boxesOverlap(a: LabelBox, b: LabelBox, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

function inside(box: LabelBox, bounds: LabelBox): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.w <= bounds.x + bounds.w && box.y + box.h <= bounds.y + bounds.h;
}

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

/** Places every label it can; a place whose name fits nowhere is left out of the result. */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const dot = Math.max(0, finite(options.dot));
  const gap = Math.max(0, finite(options.gap));
  const dots: LabelBox[] = requests.map((r) => ({ x: r.x - dot, y: r.y - dot, w: dot * 2, h: dot * 2 }));
  const taken: LabelBox[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    let found: PlacedLabel | null = null;
    for (const text of request.texts) {
      if (!(text.w > 0 && text.h > 0)) continue;
      for (const position of LABEL_POSITIONS) {
        const box = candidateBox(position, request.x, request.y, text.w, text.h, dot, gap);
        if (!inside(box, options.bounds)) continue;
        if (dots.some((d) => boxesOverlap(box, d, gap / 2))) continue;
        if (taken.some((t) => boxesOverlap(box, t, gap))) continue;
        found = { id: request.id, text: text.text, box, position };
        break;
      }
      if (found) break;
    }
    if (found) {
      placed.push(found);
      taken.push(found.box);
    }
  }
  return placed;
}

/**
 * The requests for named points: each with its name and, where it has one, its short name,
 * measured by `measure` (the board measures with its text objects; tests estimate).
 */
export function labelRequests(
  points: readonly { readonly id: string; readonly name: string; readonly x: number; readonly y: number }[],
  short: (id: string) => string | undefined,
  measure: (text: string) => { readonly w: number; readonly h: number },
): LabelRequest[] {
  return points.map((p) => {
    const names = [p.name, short(p.id)].filter((t, i, all): t is string => !!t && all.indexOf(t) === i);
    return { id: p.id, x: p.x, y: p.y, texts: names.map((text) => ({ text, ...measure(text) })) };
  });
}
