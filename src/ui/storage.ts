import type { KeyValueStore } from './types';

// The page's storage for the entry point (src/main.ts). A store that refuses writes (full, or a
// browser's quota) may still hold the player's save: it is handed over all the same, so the save
// can be read and resumed, and each failed write is reported by the app. Only a store that cannot
// even be read (blocked by the browser's settings) is left out.

export interface PageStorage {
  /** The store, or null when it cannot be used at all. */
  readonly store: KeyValueStore | null;
  /** False when a test write failed: the app will say so at the first autosave. */
  readonly writable: boolean;
}

export function pageStorage(get: () => Storage | null | undefined = () => globalThis.localStorage): PageStorage {
  let store: Storage | null | undefined;
  try {
    store = get();
    if (!store) return { store: null, writable: false };
    store.getItem('csd.probe');
  } catch {
    return { store: null, writable: false };
  }
  try {
    store.setItem('csd.probe', '1');
    store.removeItem('csd.probe');
    return { store, writable: true };
  } catch {
    return { store, writable: false };
  }
}
