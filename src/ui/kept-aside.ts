import type { KeyValueStore } from './types';

// Saved data that would not read is set aside under numbered keys, never overwritten: `base`, then
// `base.1`, `base.2`… (a list of the saves in autosave.ts, an exercise in console/persistence.ts).
// Each copy is offered to download or discard (dom/slots.ts `setAsideOffer`).

/** How many copies are kept under one base key at most. */
const KEPT_ASIDE_MAX = 100;

/** A copy kept aside: its key and its text exactly as it was stored. */
export interface KeptAside {
  readonly key: string;
  readonly text: string;
}

function keyOf(base: string, n: number): string {
  return n === 0 ? base : `${base}.${n}`;
}

function read(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps `text` under the first free key of `base`, beside any kept before (a text already kept is
 * not kept twice); false when the store refuses or every key is taken.
 */
export function keepAside(store: KeyValueStore | null, base: string, text: string): boolean {
  if (!store) return false;
  for (let n = 0; n < KEPT_ASIDE_MAX; n++) {
    const key = keyOf(base, n);
    const held = read(store, key);
    if (held === text) return true;
    if (held !== null) continue;
    try {
      store.setItem(key, text);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** The copies kept under `base`, in the order of their keys (a discarded one leaves a gap the next fills). */
export function keptAside(store: KeyValueStore | null, base: string): KeptAside[] {
  const kept: KeptAside[] = [];
  for (let n = 0; n < KEPT_ASIDE_MAX; n++) {
    const key = keyOf(base, n);
    const text = read(store, key);
    if (text !== null) kept.push({ key, text });
  }
  return kept;
}

/** Whether `key` is one of `base`'s keys (so that discarding a copy can never delete anything else). */
export function isKeptAsideKey(base: string, key: string): boolean {
  for (let n = 0; n < KEPT_ASIDE_MAX; n++) if (keyOf(base, n) === key) return true;
  return false;
}
