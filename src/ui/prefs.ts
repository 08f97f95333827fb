import type { Language } from '../i18n';
import type { KeyValueStore } from './types';

// The player's preferences in this browser: language, text size, projector mode and whether a game
// has been played here. A convenience: unreadable or missing preferences fall back to defaults,
// and a store that refuses the write loses only them.

export const PREFS_KEY = 'csd.prefs';
/** The A−/A+ steps, smallest first. */
export const TEXT_SCALES = [0.85, 1, 1.2, 1.45, 1.75] as const;

export interface Prefs {
  language: Language;
  textScale: number;
  /** A game has been started in this browser: "Guided first year" is no longer ticked by default. */
  played: boolean;
  /** Projector mode: the whole page scaled for the back of a room (projector.ts). */
  projector: boolean;
}

export function readPrefs(store: KeyValueStore | null, fallback: Language): Prefs {
  try {
    const raw = JSON.parse(store?.getItem(PREFS_KEY) ?? 'null') as Partial<Prefs> | null;
    return {
      language: raw?.language === 'es' || raw?.language === 'en' ? raw.language : fallback,
      textScale: typeof raw?.textScale === 'number' && (TEXT_SCALES as readonly number[]).includes(raw.textScale) ? raw.textScale : 1,
      played: raw?.played === true,
      projector: raw?.projector === true,
    };
  } catch {
    return { language: fallback, textScale: 1, played: false, projector: false };
  }
}

export function writePrefs(store: KeyValueStore | null, prefs: Prefs): void {
  try {
    store?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Preferences are a convenience; the game goes on without them.
  }
}

/** The text scale one A− (-1) or A+ (+1) step from `current`, stopping at the ends. */
export function stepTextScale(current: number, direction: number): number {
  const at = (TEXT_SCALES as readonly number[]).indexOf(current);
  const i = Math.max(0, Math.min(TEXT_SCALES.length - 1, (at < 0 ? 1 : at) + direction));
  return TEXT_SCALES[i] ?? 1;
}
