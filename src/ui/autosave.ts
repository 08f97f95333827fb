import type { KeyValueStore, SaveData } from './types';

// The game saves itself after every phase; a reload offers to resume. Storage may be missing or
// full: saving then fails quietly and the game goes on.

export const AUTOSAVE_KEY = 'csd.autosave';

export function writeAutosave(store: KeyValueStore | null, text: string): boolean {
  if (!store) return false;
  try {
    store.setItem(AUTOSAVE_KEY, text);
    return true;
  } catch {
    return false;
  }
}

export function readAutosave(store: KeyValueStore | null): string | null {
  try {
    return store?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function clearAutosave(store: KeyValueStore | null): void {
  try {
    store?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Nothing to clear.
  }
}

export function saveName(save: SaveData): string {
  return `csd-${save.scenario}-seed${save.config.seed}-${save.savedAt.slice(0, 10)}.json`;
}
