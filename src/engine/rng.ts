// mulberry32: a small, fast 32-bit generator whose whole state is one integer, so it lives in the
// game state and a saved game resumes the same sequence.

export function seedRng(seed: number): number {
  // Mix the seed so that neighbouring seeds start far apart.
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Returns a float in [0, 1) and the next state. */
export function nextFloat(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** The seed of game `index` in a batch started with `seed`. */
export function batchSeed(seed: number, index: number): number {
  return seedRng((seed >>> 0) + Math.imul(index + 1, 0x9e3779b1)) >>> 0;
}

/** A draw source over a mutable holder of the RNG state (an immer draft of the game state). */
export interface RngHolder {
  rng: number;
}

export function random(holder: RngHolder): number {
  const [value, next] = nextFloat(holder.rng);
  holder.rng = next;
  return value;
}

/** Picks a key with probability proportional to its weight; all weights must be >= 0. */
export function weightedPick<K extends string>(holder: RngHolder, weights: Readonly<Record<K, number>>, order: readonly K[]): K {
  const total = order.reduce((sum, k) => sum + Math.max(0, weights[k]), 0);
  if (total <= 0) throw new Error('weightedPick: all weights are zero');
  let r = random(holder) * total;
  for (const k of order) {
    r -= Math.max(0, weights[k]);
    if (r < 0) return k;
  }
  // Floating-point leftovers fall to the last key that could be drawn at all.
  return [...order].reverse().find((k) => weights[k] > 0) as K;
}
