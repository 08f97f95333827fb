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
  /** A state's counters by `stream/key`, or the same counters as a working copy keeps them. */
  readonly draws: Record<string, number> | DrawCounts;
}

/**
 * This year's draw counters as a working copy keeps them (work.ts): the counters' names in the
 * order first drawn, each with its count. A year draws a handful of keys, so a scan of these finds
 * one far faster than a record keyed by name, whose shape changes with every new name;
 * `toRecord` gives back the very record the state keeps.
 */
export class DrawCounts {
  private readonly ids: string[] = [];
  private readonly counts: number[] = [];
  /**
   * How many of `ids` and `counts` are this year's: a new year forgets the counters by setting this
   * to zero and keeps the lists themselves (setting an array's length is a call into the runtime).
   */
  private size = 0;

  static of(record: StreamDraws): DrawCounts {
    const counts = new DrawCounts();
    for (const id in record) counts.add(id, record[id] as number);
    return counts;
  }

  private add(id: string, count: number): void {
    this.ids[this.size] = id;
    this.counts[this.size] = count;
    this.size++;
  }

  /** How many draws counter `id` had taken before this one, which it now counts. */
  take(id: string): number {
    const { ids, counts, size } = this;
    for (let i = 0; i < size; i++) if (ids[i] === id) return (counts[i] as number)++;
    this.add(id, 1);
    return 0;
  }

  /** Whether `record` holds the same counters, in whatever order. */
  sameAs(record: StreamDraws): boolean {
    let size = 0;
    for (const _ in record) size++;
    if (size !== this.size) return false;
    for (let i = 0; i < this.size; i++) if (record[this.ids[i] as string] !== this.counts[i]) return false;
    return true;
  }

  /** Forgets every counter (a new year). */
  clear(): void {
    this.size = 0;
  }

  toRecord(): Record<string, number> {
    const record: Record<string, number> = {};
    for (let i = 0; i < this.size; i++) record[this.ids[i] as string] = this.counts[i] as number;
    return record;
  }
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
  return hashedStreamYear(seed, hashString(stream), year);
}

function hashedStreamYear(seed: number, streamHash: number, year: number): number {
  const h = fmix32(fmix32((seed >>> 0) ^ 0x5bd1e995) ^ streamHash);
  return fmix32(h ^ Math.imul(year | 0, 0x9e3779b1));
}

/** `streamFloat` given its stream-year part: the same value, for drawing many keys of one year. */
export function keyedFloat(yearHash: number, key: string, n: number): number {
  return hashedFloat(yearHash, hashString(key), n);
}

/** The hash of a stream key, for callers that draw one key often and keep its hash (see `hashedFloat`). */
export function keyHash(key: string): number {
  return hashString(key);
}

/** `keyedFloat` given the key's hash (`keyHash`): the same value without hashing the key again. */
export function hashedFloat(yearHash: number, hashOfKey: number, n: number): number {
  let h = fmix32(yearHash ^ hashOfKey);
  h = fmix32(h ^ Math.imul((n | 0) + 1, 0x27d4eb2f));
  return h / 4294967296;
}

/**
 * A key of a stream with what drawing it needs worked out once: its counter's name and the hashes.
 * A game draws the same few keys again and again (a card's tie-break, a cause's gamble).
 */
export interface StreamKey {
  readonly stream: StreamName;
  readonly key: string;
  /** The name of its counter in `draws`: `stream/key`, or the stream alone for the empty key. */
  readonly id: string;
  readonly streamHash: number;
  readonly keyHash: number;
}

const streamKeys = new Map<StreamName, Map<string, StreamKey>>(STREAMS.map((s) => [s, new Map()]));
/** The stream key of `stream/key`, remembered (like `hashString`, for a small, fixed set of keys). */
export function streamKey(stream: StreamName, key = ''): StreamKey {
  const keys = streamKeys.get(stream) as Map<string, StreamKey>;
  let found = keys.get(key);
  if (!found) {
    found = { stream, key, id: key ? `${stream}/${key}` : stream, streamHash: hashString(stream), keyHash: hashString(key) };
    if (keys.size < 100_000) keys.set(key, found);
  }
  return found;
}

/** The next draw of `stream/key` this year; advances that key's counter and no other. */
export function draw(holder: StreamHolder, stream: StreamName, key = ''): number {
  return drawKey(holder, streamKey(stream, key));
}

/** `draw` of a stream key made beforehand (`streamKey`). */
export function drawKey(holder: StreamHolder, sk: StreamKey): number {
  const draws = holder.draws;
  let n: number;
  if (draws instanceof DrawCounts) n = draws.take(sk.id);
  else {
    n = draws[sk.id] ?? 0;
    draws[sk.id] = n + 1;
  }
  return hashedFloat(hashedStreamYear(holder.config.seed, sk.streamHash, holder.year), sk.keyHash, n);
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
  // Number.POSITIVE_INFINITY rather than the global Infinity, which makes V8 box every key it
  // returns on the heap (a year's draw ranks dozens of cards).
  return weight > 0 ? -Math.log(1 - u) / weight : Number.POSITIVE_INFINITY;
}

