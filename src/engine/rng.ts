// Named random streams (DESIGN §2.7, "same seed, same world"). Every draw is a hash of the game
// seed, the stream's name, the year, a key within the stream (a card, an action, a role) and how
// many draws that key has already taken this year. A decision in one year therefore changes what
// follows from it, never what the world draws later: the 2015 event cards, elections and noise of
// a seed are the same whatever the players did in 2013. The per-year counters live in the game
// state, so a saved game resumes the same draws.

/** The kinds of chance; each has its own stream. */
export const STREAMS = [
  /** How many cards the year draws, and each card's place in the draw. */
  'events',
  /** The `chance` effects of cards and levers, keyed by what caused them. */
  'effects',
  /** A guarded Mexico's answer to a US offer, keyed by the offer. */
  'consent',
  /** The yearly spread of the violence count. */
  'noise',
  /** The computer-played roles' choices: the incoming president's strategy, card choices. */
  'ai',
  /** Elections. */
  'election',
  /** Option B: whether the police take the lead this year, once the handover is due. */
  'handover',
  /** Option D: when the US learns of the accommodation, and whether the bargain fragments. */
  'accommodation',
] as const;
export type StreamName = (typeof STREAMS)[number];

/** Counters of the draws taken this year, by `stream/key`; cleared when a new year begins. */
export type StreamDraws = Readonly<Record<string, number>>;

/** What a draw needs from the game: its seed, the year and this year's counters. */
export interface StreamHolder {
  readonly config: { readonly seed: number };
  readonly year: number;
  draws: Record<string, number>;
}

/** murmur3's 32-bit finalizer: a bijective mix with full avalanche. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const stringHashes = new Map<string, number>();
/** FNV-1a of a stream key, remembered (keys are a small, fixed set: streams, cards, actions). */
function hashString(text: string): number {
  let h = stringHashes.get(text);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = fmix32(h);
    if (stringHashes.size < 100_000) stringHashes.set(text, h);
  }
  return h;
}

/** Mixes a seed into a well-spread 32-bit value, so that neighbouring seeds start far apart. */
export function seedRng(seed: number): number {
  return fmix32((seed ^ 0x9e3779b9) >>> 0);
}

/**
 * The draw of `stream/key` number `n` in `year` for `seed`, a float in [0, 1). Pure: the same
 * arguments give the same value in every game, on every machine.
 */
export function streamFloat(seed: number, stream: StreamName, year: number, key: string, n: number): number {
  return keyedFloat(streamYear(seed, stream, year), key, n);
}

/** The part of a draw's hash shared by every key of one stream in one year (see `keyedFloat`). */
export function streamYear(seed: number, stream: StreamName, year: number): number {
  let h = fmix32((seed >>> 0) ^ 0x5bd1e995);
  h = fmix32(h ^ hashString(stream));
  return fmix32(h ^ Math.imul(year | 0, 0x9e3779b1));
}

/** `streamFloat` given its stream-year part: the same value, for drawing many keys of one year. */
export function keyedFloat(yearHash: number, key: string, n: number): number {
  let h = fmix32(yearHash ^ hashString(key));
  h = fmix32(h ^ Math.imul((n | 0) + 1, 0x27d4eb2f));
  return h / 4294967296;
}

/** The next draw of `stream/key` this year; advances that key's counter and no other. */
export function draw(holder: StreamHolder, stream: StreamName, key = ''): number {
  const id = key ? `${stream}/${key}` : stream;
  const n = holder.draws[id] ?? 0;
  holder.draws[id] = n + 1;
  return streamFloat(holder.config.seed, stream, holder.year, key, n);
}

/** The seed of game `index` in a batch started with `seed`. */
export function batchSeed(seed: number, index: number): number {
  return seedRng((seed >>> 0) + Math.imul(index + 1, 0x9e3779b1)) >>> 0;
}

/** Picks a key with probability proportional to its weight, given a uniform draw `u` in [0, 1). */
export function weightedPick<K extends string>(u: number, weights: Readonly<Record<K, number>>, order: readonly K[]): K {
  let total = 0;
  for (const k of order) total += Math.max(0, weights[k]);
  if (!(total > 0) || !Number.isFinite(total)) throw new Error('weightedPick: the weights must have a positive, finite sum');
  let r = u * total;
  for (const k of order) {
    r -= Math.max(0, weights[k]);
    if (r < 0) return k;
  }
  // Floating-point leftovers fall to the last key that could be drawn at all.
  return [...order].reverse().find((k) => weights[k] > 0) as K;
}

/**
 * A weighted draw that stays put when the pool changes (Efraimidis–Spirakis): each candidate gets
 * the key -ln(u)/weight from its own draw and the smallest key wins. Adding or removing other
 * candidates never changes which of two candidates ranks first, so two games of one seed whose
 * pools differ only by cards that rank below the winner draw the same card.
 */
export function raceKey(u: number, weight: number): number {
  return weight > 0 ? -Math.log(1 - u) / weight : Infinity;
}
