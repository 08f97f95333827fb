import { boxesOverlap, placeLabels, type LabelBox, type LabelOptions, type LabelRequest } from '../map/label-placement';

// The city names on a small map, where every name must be read from the back of the room
// (projector mode: the names are at the projector's floor and cannot shrink). The greedy placement
// (map/label-placement.ts: each name, in order, at the first of eight spots around its dot) is kept
// wherever it names every city in full. Where it does not (at 1280×720 it left Ciudad Juárez and
// Mérida unnamed and wrote "Ver."; at 1920×1080 in Spanish it lost Veracruz and Mérida: each name,
// taken in turn, took the spot the next one needed), the names are placed together: each may slide
// along the side of its dot (as a map names a city on a coast), or stand a little away from it with
// a line to its dot, and the placement chosen names the most cities, then the most in full (a short
// form only where no placement has room for the name), then keeps each name nearest its dot, its
// line short (a long line costs more than two short ones). Plain
// numbers, no Phaser: tested in node (tests/ui/board-city-names.test.ts).

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface MapName {
  readonly id: string;
  readonly text: string;
  /** The name's box: its top-left corner and size. */
  readonly box: LabelBox;
  /** A name set away from its dot is joined to it by this line. */
  readonly leader?: Segment;
}

/** The sides of a dot a name may stand on, in the greedy placement's order of preference. */
const SIDES = ['right', 'left', 'above', 'below'] as const;
type Side = (typeof SIDES)[number];

/** Where along its side a name may slide (0 and 1: the corners the greedy placement tries), nearest the middle first. */
const SLIDES = [0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875, 0, 1] as const;
/**
 * How far from its dot a name may stand, in its own heights beyond the usual gap (0: beside the
 * dot, no line). In quarter heights: in halves, in English at 1280×720 Veracruz found no spot
 * under its dot and stood far up the map on a line 2.2 times its name's height; a quarter of a
 * height under its dot it fits.
 */
const REACH = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3] as const;

// Costs: a short form costs more than any placement of full names, a name left out more than any short form.
const SLIDE_COST = 3;
/** Per name height a name stands away from its dot. */
const REACH_COST = 16;
/**
 * A name's line to its dot also costs the square of its length, in the name's heights, times this:
 * one long line costs more than two short ones (on a map as wide as the widest gauge values make it
 * in Spanish, Veracruz stood up the map on a line 2.2 times its name's height, where it can stand
 * over the Gulf on one of 1.2, Mérida's name moving under its dot on another).
 */
const LEADER_COST = 4;
const SHORT_COST = 1_000;
const DROP_COST = 100_000;
/** Each search looks at no more spots than this (a few milliseconds); it keeps the best found by then. */
const BUDGET = 60_000;

interface Candidate {
  readonly text: string;
  readonly box: LabelBox;
  readonly leader?: Segment;
  readonly cost: number;
}

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

function inside(box: LabelBox, bounds: LabelBox): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.w <= bounds.x + bounds.w && box.y + box.h <= bounds.y + bounds.h;
}

/** Whether a segment passes through a box grown by `margin` (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: LabelBox, margin = 0): boolean {
  const [x0, y0, dx, dy] = [s.x1, s.y1, s.x2 - s.x1, s.y2 - s.y1];
  let lo = 0;
  let hi = 1;
  const edges: [number, number][] = [
    [-dx, x0 - (b.x - margin)],
    [dx, b.x + b.w + margin - x0],
    [-dy, y0 - (b.y - margin)],
    [dy, b.y + b.h + margin - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) lo = Math.max(lo, t);
      else hi = Math.min(hi, t);
      if (lo > hi) return false;
    }
  }
  return true;
}

function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

/** The box of a `w` × `h` name on one side of a dot at (x, y), `off` from it, slid `f` along that side. */
function sideBox(side: Side, x: number, y: number, w: number, h: number, off: number, near: number, f: number): LabelBox {
  // Along a side the name slides from one corner (its far edge level with the dot, `near` off) to the other.
  switch (side) {
    case 'right':
      return { x: x + off, y: y - near - h + f * (h + 2 * near), w, h };
    case 'left':
      return { x: x - off - w, y: y - near - h + f * (h + 2 * near), w, h };
    case 'above':
      return { x: x - near - w + f * (w + 2 * near), y: y - off - h, w, h };
    case 'below':
      return { x: x - near - w + f * (w + 2 * near), y: y + off, w, h };
  }
}

/** The line from the edge of a dot at (x, y) to the nearest point of a box. */
function leaderTo(x: number, y: number, dot: number, box: LabelBox): Segment {
  const nx = Math.min(Math.max(x, box.x), box.x + box.w);
  const ny = Math.min(Math.max(y, box.y), box.y + box.h);
  const d = Math.hypot(nx - x, ny - y) || 1;
  return { x1: x + ((nx - x) / d) * dot, y1: y + ((ny - y) / d) * dot, x2: nx, y2: ny };
}

/** How far a point is from a box (0 inside it). */
function distance(x: number, y: number, box: LabelBox): number {
  return Math.hypot(x - Math.min(Math.max(x, box.x), box.x + box.w), y - Math.min(Math.max(y, box.y), box.y + box.h));
}

/**
 * Whether a name reads as its own dot's: no other dot nearer to it than its own (by a gap), and for
 * a name on a line, none within half its height (the line says whose it is).
 */
function own(box: LabelBox, index: number, requests: readonly LabelRequest[], gap: number, leader: boolean, h: number): boolean {
  const self = requests[index] as LabelRequest;
  const mine = distance(self.x, self.y, box);
  return requests.every((r, j) => j === index || distance(r.x, r.y, box) >= (leader ? h / 2 : mine + gap));
}

/** Every spot a request's names may take, clear of the bounds' edges, every dot and the obstacles, cheapest first. */
function candidates(requests: readonly LabelRequest[], index: number, dots: readonly LabelBox[], o: Required<LabelOptions>): Candidate[] {
  const request = requests[index] as LabelRequest;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const { dot, gap } = o;
  for (const [t, text] of request.texts.entries()) {
    if (!(text.w > 0 && text.h > 0)) continue;
    for (const reach of REACH) {
      const off = dot + gap + reach * text.h;
      for (const [s, side] of SIDES.entries()) {
        for (const f of SLIDES) {
          const box = sideBox(side, request.x, request.y, text.w, text.h, off, dot + gap, f);
          const key = `${t} ${Math.round(box.x * 4)} ${Math.round(box.y * 4)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (!inside(box, o.bounds)) continue;
          if (dots.some((d) => boxesOverlap(box, d, gap / 2))) continue;
          if (o.obstacles.some((b) => boxesOverlap(box, b, gap))) continue;
          if (!own(box, index, requests, gap, reach > 0, text.h)) continue;
          const leader = reach > 0 ? leaderTo(request.x, request.y, dot, box) : undefined;
          if (leader && (dots.some((d, j) => j !== index && segmentHitsBox(leader, d, gap / 2)) || o.obstacles.some((b) => segmentHitsBox(leader, b)))) continue;
          const length = leader ? Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) / text.h : 0;
          const cost = (t > 0 ? SHORT_COST : 0) + s + Math.abs(f - 0.5) * 2 * SLIDE_COST + reach * REACH_COST + LEADER_COST * length * length;
          out.push({ text: text.text, box, ...(leader ? { leader } : {}), cost });
        }
      }
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

function clash(c: Candidate, placed: readonly (Candidate | null)[], gap: number): boolean {
  for (const p of placed) {
    if (!p) continue;
    if (boxesOverlap(c.box, p.box, gap)) return true;
    if (c.leader && segmentHitsBox(c.leader, p.box, gap / 2)) return true;
    if (p.leader && segmentHitsBox(p.leader, c.box, gap / 2)) return true;
    if (c.leader && p.leader && segmentsCross(c.leader, p.leader)) return true;
  }
  return false;
}

type Pick = (Candidate | null)[];

/**
 * The cheapest way to place every name from its spots (branch and bound), or null if there is none
 * within the budget. The names with the fewest spots are placed first, and a branch is given up as
 * soon as a name still to place has no spot left clear of those placed (forward checking).
 * `dropping`: a name may also be left out, at DROP_COST.
 */
function cheapest(spots: readonly (readonly Candidate[])[], gap: number, dropping: boolean): { cost: number; pick: Pick } | null {
  const order = spots.map((_, i) => i).sort((a, b) => (spots[a] as Candidate[]).length - (spots[b] as Candidate[]).length || a - b);
  const least = order.map((i) => Math.min(dropping ? DROP_COST : Infinity, (spots[i] as Candidate[])[0]?.cost ?? Infinity));
  const rest: number[] = new Array<number>(order.length + 1).fill(0);
  for (let k = order.length - 1; k >= 0; k--) rest[k] = (rest[k + 1] as number) + (least[k] as number);
  if (!Number.isFinite(rest[0] as number)) return null;
  let best: { cost: number; pick: Pick } | null = null;
  const chosen: Pick = [];
  let work = 0;
  // Every spot looked at counts against the budget, the forward checks' too.
  const clear = (c: Candidate) => work++ <= BUDGET && !clash(c, chosen, gap);
  const open = (k: number) => order.slice(k).every((i) => (spots[i] as Candidate[]).some(clear));
  const visit = (k: number, cost: number): void => {
    if (cost + (rest[k] as number) >= (best?.cost ?? Infinity)) return;
    if (k === order.length) {
      const pick: Pick = new Array<Candidate | null>(spots.length).fill(null);
      order.forEach((i, n) => (pick[i] = chosen[n] ?? null));
      best = { cost, pick };
      return;
    }
    for (const c of spots[order[k] as number] as Candidate[]) {
      if (work++ > BUDGET || cost + c.cost + (rest[k + 1] as number) >= (best?.cost ?? Infinity)) break;
      if (clash(c, chosen, gap)) continue;
      chosen.push(c);
      if (dropping || open(k + 1)) visit(k + 1, cost + c.cost);
      chosen.pop();
    }
    if (dropping && work <= BUDGET) {
      chosen.push(null);
      visit(k + 1, cost + DROP_COST);
      chosen.pop();
    }
  };
  visit(0, 0);
  return best;
}

/**
 * Every name placed together: every name in full if it can be; else every name, the fewest in short
 * form; else the fewest left out, then the fewest short. Among those, the least slid and nearest
 * their dots. Deterministic, and bounded in work.
 */
export function searchMapNames(requests: readonly LabelRequest[], options: LabelOptions): MapName[] {
  const o: Required<LabelOptions> = { bounds: options.bounds, dot: Math.max(0, finite(options.dot)), gap: Math.max(0, finite(options.gap)), obstacles: options.obstacles ?? [] };
  const dots: LabelBox[] = requests.map((r) => ({ x: r.x - o.dot, y: r.y - o.dot, w: o.dot * 2, h: o.dot * 2 }));
  const spots = requests.map((_, i) => candidates(requests, i, dots, o));
  const full = spots.map((list) => list.filter((c) => c.cost < SHORT_COST));
  const found = cheapest(full, o.gap, false) ?? cheapest(spots, o.gap, false) ?? cheapest(spots, o.gap, true);
  return (found?.pick ?? []).flatMap((c, i) => (c ? [{ id: (requests[i] as LabelRequest).id, text: c.text, box: c.box, ...(c.leader ? { leader: c.leader } : {}) }] : []));
}

/** How many names a placement writes in full, and how many at all. */
function score(placed: readonly MapName[], requests: readonly LabelRequest[]): [number, number] {
  const full = placed.filter((p) => requests.find((r) => r.id === p.id)?.texts[0]?.text === p.text).length;
  return [full, placed.length];
}

/**
 * The names of a map: the greedy placement where it names every place in full (so a map that had
 * room looks as it did); else, when `together`, the names placed together if that names more
 * places, or as many and more of them in full.
 */
export function placeMapNames(requests: readonly LabelRequest[], options: LabelOptions, together: boolean): MapName[] {
  const greedy: MapName[] = placeLabels(requests, options).map(({ id, text, box }) => ({ id, text, box }));
  const named = requests.filter((r) => r.texts.some((t) => t.w > 0 && t.h > 0)).length;
  const [full, all] = score(greedy, requests);
  if (!together || full === named) return greedy;
  const joint = searchMapNames(requests, options);
  const [jointFull, jointAll] = score(joint, requests);
  return jointAll > all || (jointAll === all && jointFull > full) ? joint : greedy;
}
