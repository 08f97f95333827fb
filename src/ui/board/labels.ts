// The board's measured labels (issue 10, items 6 and 7): every text a scene draws is registered
// with the box it was drawn in and the box it must stay inside, so that tests (and anyone
// inspecting the page) can check, without reading pixels, that no two labels of a scene overlap,
// none is cut off by its container or the canvas's edge, and in projector mode none is smaller
// than the projector's floor. Plain numbers, no Phaser: the checks run in node and in the
// end-to-end tests on what the page reports.
//
// How a label's size is measured: its font size in the board's units times the canvas's CSS scale
// (the canvas's CSS width over the stage's width in board units). The board draws in CSS pixels
// (pixels.ts), so the scale is 1 and a 30 px label is 30 CSS px on the page, whatever the
// screen's device pixel ratio.

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface BoardLabel {
  /** What the label is, unique within its scene (`header.year`, `band.Cooperative`, `card.2`). */
  readonly id: string;
  /** The text as drawn (shortened or wrapped by a rule, if it had to be). */
  readonly text: string;
  /** The text it stands for, when the drawn one was shortened. */
  readonly full?: string;
  /** Where the text is drawn, in the stage's CSS pixels. */
  readonly box: LabelBox;
  /** The box it must stay inside: its card, the map, its column, or the stage. */
  readonly container: LabelBox;
  /** Its font size in CSS pixels. */
  readonly fontPx: number;
}

/** A label left out by a rule (lower priority, no room): said, never silently clipped. */
export interface DroppedLabel {
  readonly id: string;
  readonly text: string;
  readonly reason: string;
}

export interface SceneLabels {
  /** The scene's key: labels are compared within a scene (an overlay's banner lies over the board by design). */
  readonly scene: string;
  readonly labels: readonly BoardLabel[];
  readonly dropped: readonly DroppedLabel[];
}

export interface BoardLabelReport {
  /** The stage in CSS pixels. */
  readonly stage: { readonly w: number; readonly h: number };
  /** CSS pixels per board unit (1: the board draws in CSS pixels). */
  readonly cssScale: number;
  /** The smallest text size the board allowed itself (the projector's floor in projector mode). */
  readonly minPx: number;
  readonly projector: boolean;
  /** The running scenes' labels, bottom to top. */
  readonly scenes: readonly SceneLabels[];
}

/** Rounding of text metrics: boxes closer than this are not counted as overlapping or cut off. */
export const LABEL_TOLERANCE = 0.5;

/** The area two boxes share, or null when they only touch (within `tolerance`). */
export function overlap(a: LabelBox, b: LabelBox, tolerance = LABEL_TOLERANCE): LabelBox | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.w, b.x + b.w) - x;
  const h = Math.min(a.y + a.h, b.y + b.h) - y;
  return w > tolerance && h > tolerance ? { x, y, w, h } : null;
}

/** Whether `box` lies inside `outer` (within `tolerance`). */
export function inside(box: LabelBox, outer: LabelBox, tolerance = LABEL_TOLERANCE): boolean {
  return box.x >= outer.x - tolerance && box.y >= outer.y - tolerance && box.x + box.w <= outer.x + outer.w + tolerance && box.y + box.h <= outer.y + outer.h + tolerance;
}

const round = (v: number) => Math.round(v * 10) / 10;
const show = (b: LabelBox) => `${round(b.x)},${round(b.y)} ${round(b.w)}×${round(b.h)}`;

export interface LabelCheck {
  /** The smallest font size allowed, in CSS pixels (the projector's floor); 0 for none. */
  readonly minPx?: number;
  readonly tolerance?: number;
}

/**
 * What is wrong with a report: two labels of a scene that overlap, a label outside its container
 * or the stage, a label smaller than `minPx` CSS pixels, a label with no size. Empty when all is well.
 */
export function labelProblems(report: BoardLabelReport, check: LabelCheck = {}): string[] {
  const tolerance = check.tolerance ?? LABEL_TOLERANCE;
  const stage: LabelBox = { x: 0, y: 0, w: report.stage.w, h: report.stage.h };
  const problems: string[] = [];
  for (const scene of report.scenes) {
    const labels = scene.labels;
    labels.forEach((a, i) => {
      const name = `${scene.scene}/${a.id} ${JSON.stringify(a.text.slice(0, 40))}`;
      if (!(a.box.w > 0 && a.box.h > 0) || ![a.box.x, a.box.y, a.box.w, a.box.h, a.fontPx].every(Number.isFinite)) {
        problems.push(`no size: ${name} (${show(a.box)})`);
        return;
      }
      if (!inside(a.box, a.container, tolerance)) problems.push(`cut off by its container: ${name} (${show(a.box)} in ${show(a.container)})`);
      if (!inside(a.box, stage, tolerance)) problems.push(`cut off by the canvas: ${name} (${show(a.box)} on ${round(stage.w)}×${round(stage.h)})`);
      const px = a.fontPx * report.cssScale;
      if (check.minPx && px < check.minPx - 0.01) problems.push(`too small: ${name} is ${round(px)} px, under ${round(check.minPx)} px`);
      for (const b of labels.slice(i + 1)) {
        const hit = overlap(a.box, b.box, tolerance);
        if (hit) problems.push(`overlap: ${name} × ${scene.scene}/${b.id} ${JSON.stringify(b.text.slice(0, 40))} (${round(hit.w)}×${round(hit.h)} px)`);
      }
    });
  }
  return problems;
}

// ── Fitting a label to its box ─────────────────────────────────────────────────────────────────

/** A text's size as drawn: one line, or wrapped at `wrapWidth`. */
export type MeasureText = (text: string, size: number, wrapWidth?: number) => { readonly w: number; readonly h: number };

export interface FitRequest {
  /** The texts to try, in order: the full text, then shorter forms (an abbreviation). */
  readonly texts: readonly string[];
  /** The size the design asks for, and the least it may shrink to (the floor). */
  readonly size: number;
  readonly minSize: number;
  /** The room it has. */
  readonly maxW: number;
  readonly maxH: number;
  /** Whether it may wrap onto several lines (within maxW). */
  readonly wrap?: boolean;
  /** Whether, as a last resort, the last text may be cut short with an ellipsis. */
  readonly ellipsis?: boolean;
  /**
   * Whether a cut falls between words (wordCuts): the most whole words that fit, then the ellipsis
   * ("Redrawing the command…", not "Redrawing the comm…"); a text that cannot be cut so is cut
   * within its first word, as without this.
   */
  readonly words?: boolean;
}

export interface FittedText {
  readonly text: string;
  readonly size: number;
  /** The wrap width to draw it with, if it wraps. */
  readonly wrapWidth?: number;
  readonly w: number;
  readonly h: number;
  /** True when the text drawn is not the first (a shorter form, or cut with an ellipsis). */
  readonly shortened: boolean;
}

/** Sizes from `size` down to `minSize`, a pixel at a time (whole pixels: text is drawn at whole sizes). */
function sizesDown(size: number, minSize: number): number[] {
  const top = Math.max(1, Math.round(Number.isFinite(size) ? size : 1));
  const floor = Math.max(1, Math.ceil(Number.isFinite(minSize) ? minSize : 1));
  if (top <= floor) return [floor];
  const out: number[] = [];
  for (let s = top; s >= floor; s--) out.push(s);
  return out;
}

/**
 * Little words a cut title should not end on ("Ayuda ante un huracán en la…" reads as a slip; "Ayuda
 * ante un huracán…" does not), in the game's two languages.
 */
const LINKING_WORDS = new Set(
  'a an the of to in on at by for and or with from as into el la lo los las un una unos unas de del al en por para con y e o u su sus que ante sobre entre sin tras'.split(' '),
);

/**
 * The ways to cut a text between words, longest first, each ending with an ellipsis: after a whole
 * word (or a hyphen within one: "A combatant-…"), its trailing punctuation dropped, never after a
 * little linking word. Empty for a single word.
 */
export function wordCuts(text: string): string[] {
  const cuts: string[] = [];
  const source = text.trim();
  for (let i = source.length - 1; i > 0; i--) {
    const ch = source[i] as string;
    const prev = source[i - 1] as string;
    const atSpace = /\s/u.test(ch) && !/\s/u.test(prev);
    const afterHyphen = prev === '-' && /\p{L}/u.test(ch) && i > 1 && /\p{L}/u.test(source[i - 2] as string);
    if (!atSpace && !afterHyphen) continue;
    const kept = atSpace ? source.slice(0, i).replace(/[\s,;:.\u2013\u2014]+$/u, '') : source.slice(0, i);
    const words = kept.split(/\s+/u);
    const lastWord = (words[words.length - 1] ?? '').toLowerCase();
    if (kept === '' || LINKING_WORDS.has(lastWord)) continue;
    cuts.push(`${kept}…`);
  }
  return [...new Set(cuts)];
}

/**
 * The largest way a label fits its room, by rule: each text in turn (full first), at its size and
 * then a pixel smaller at a time down to the floor, on one line or wrapped; failing all, the last
 * text cut with an ellipsis at the floor (if allowed); failing that, null: the label is dropped,
 * and the caller records why. Never smaller than `minSize`, never larger than the room.
 */
export function fitLabel(measure: MeasureText, r: FitRequest): FittedText | null {
  const maxW = Math.max(0, r.maxW);
  const maxH = Math.max(0, r.maxH);
  const sizes = sizesDown(r.size, r.minSize);
  const floor = sizes[sizes.length - 1] as number;
  const texts = r.texts.filter((t) => t.trim() !== '');
  for (const [i, text] of texts.entries()) {
    for (const size of sizes) {
      const line = measure(text, size);
      if (line.w <= maxW && line.h <= maxH) return { text, size, w: line.w, h: line.h, shortened: i > 0 };
      if (r.wrap && line.w > maxW) {
        const wrapped = measure(text, size, maxW);
        if (wrapped.w <= maxW && wrapped.h <= maxH) return { text, size, wrapWidth: maxW, w: wrapped.w, h: wrapped.h, shortened: i > 0 };
      }
    }
  }
  const last = texts[texts.length - 1];
  if (!r.ellipsis || !last) return null;
  if (r.wrap && r.words) {
    for (const text of wordCuts(last)) {
      const m = measure(text, floor, maxW);
      if (m.w <= maxW && m.h <= maxH) return { text, size: floor, wrapWidth: maxW, w: m.w, h: m.h, shortened: true };
    }
  }
  if (r.wrap) {
    // Wrapped text loses its last words, and ends with an ellipsis, until it fits.
    const words = last.split(/\s+/);
    let lo = 1;
    let hi = words.length - 1;
    let best: FittedText | null = null;
    while (lo <= hi) {
      const n = Math.floor((lo + hi) / 2);
      const text = `${words.slice(0, n).join(' ')}…`;
      const m = measure(text, floor, maxW);
      if (m.w <= maxW && m.h <= maxH) {
        best = { text, size: floor, wrapWidth: maxW, w: m.w, h: m.h, shortened: true };
        lo = n + 1;
      } else hi = n - 1;
    }
    // A word too long for the line (a narrow card) is cut within itself: the longest start of the
    // text, wrapped, that fits with an ellipsis; the longer of the two cuts is kept.
    let clo = 1;
    let chi = last.length - 1;
    while (clo <= chi) {
      const n = Math.floor((clo + chi) / 2);
      const text = `${last.slice(0, n).trimEnd()}…`;
      const m = measure(text, floor, maxW);
      if (m.w <= maxW && m.h <= maxH) {
        if (!best || text.length > best.text.length) best = { text, size: floor, wrapWidth: maxW, w: m.w, h: m.h, shortened: true };
        clo = n + 1;
      } else chi = n - 1;
    }
    if (best) return best;
  }
  if (r.words) {
    for (const text of wordCuts(last)) {
      const m = measure(text, floor);
      if (m.w <= maxW && m.h <= maxH) return { text, size: floor, w: m.w, h: m.h, shortened: true };
    }
  }
  // The longest start of the last text that fits with an ellipsis (binary search on its length).
  let lo = 0;
  let hi = last.length - 1;
  let best: FittedText | null = null;
  while (lo <= hi) {
    const n = Math.floor((lo + hi) / 2);
    const text = `${last.slice(0, n).trimEnd()}…`;
    const m = measure(text, floor);
    if (m.w <= maxW && m.h <= maxH) {
      if (n > 0) best = { text, size: floor, w: m.w, h: m.h, shortened: true };
      lo = n + 1;
    } else hi = n - 1;
  }
  return best;
}

// ── Labels along a line ────────────────────────────────────────────────────────────────────────

export interface SpreadItem {
  readonly id: string;
  /** Where its middle would like to be, and its height. */
  readonly at: number;
  readonly h: number;
  /** Higher keeps its place when there is not room for all (ties: the order given). */
  readonly priority: number;
}

/**
 * Stacks labels along one axis (the band names beside the track) between `lo` and `hi`, each as
 * near its wish as the others allow and `gap` apart, never outside the span: first pushed down
 * past the one above, then up from the end. When they cannot all fit, the lowest priorities are
 * left out (returned in `dropped`) until the rest do.
 */
export function spreadLabels(items: readonly SpreadItem[], lo: number, hi: number, gap: number): { placed: { id: string; y: number }[]; dropped: string[] } {
  const order = [...items].sort((a, b) => a.at - b.at);
  const dropped: string[] = [];
  const total = (list: readonly SpreadItem[]) => list.reduce((sum, it) => sum + it.h, 0) + gap * Math.max(0, list.length - 1);
  let kept = order;
  while (kept.length > 0 && total(kept) > hi - lo + 1e-9) {
    const least = kept.reduce((worst, it, i) => (it.priority < (kept[worst] as SpreadItem).priority ? i : worst), kept.length - 1);
    dropped.push((kept[least] as SpreadItem).id);
    kept = kept.filter((_, i) => i !== least);
  }
  // Top edges: as wished, then no overlap going down, then inside the span going up.
  const tops = kept.map((it) => it.at - it.h / 2);
  tops.forEach((_, i) => {
    const prev = kept[i - 1];
    tops[i] = Math.max(tops[i] as number, lo, i > 0 && prev ? (tops[i - 1] as number) + prev.h + gap : lo);
  });
  for (let i = kept.length - 1; i >= 0; i--) {
    const it = kept[i] as SpreadItem;
    const limit = i === kept.length - 1 ? hi : (tops[i + 1] as number) - gap;
    tops[i] = Math.min(tops[i] as number, limit - it.h);
  }
  return { placed: kept.map((it, i) => ({ id: it.id, y: tops[i] as number })), dropped };
}
