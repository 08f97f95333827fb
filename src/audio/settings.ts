// The player's sound settings (mute and volume), remembered between visits. Storage is untrusted:
// a missing, corrupt or half-valid record falls back to the defaults field by field, and a
// storage that throws (private mode, quota, blocked cookies) is treated as no storage.

export const AUDIO_SETTINGS_KEY = 'csd.audio';

export interface AudioSettings {
  readonly muted: boolean;
  readonly volume: number;
}

export const DEFAULT_AUDIO_SETTINGS: AudioSettings = { muted: false, volume: 0.7 };

export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A volume in 0..1, or `fallback` when `value` is not a number at all. */
export function clampVolume(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(1, Math.max(0, value));
}

export function loadAudioSettings(storage: SettingsStorage | null): AudioSettings {
  let stored: unknown;
  try {
    const text = storage?.getItem(AUDIO_SETTINGS_KEY);
    stored = text ? JSON.parse(text) : null;
  } catch {
    return DEFAULT_AUDIO_SETTINGS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_AUDIO_SETTINGS;
  const record = stored as Record<string, unknown>;
  return {
    muted: typeof record.muted === 'boolean' ? record.muted : DEFAULT_AUDIO_SETTINGS.muted,
    volume: clampVolume(record.volume, DEFAULT_AUDIO_SETTINGS.volume),
  };
}

export function saveAudioSettings(storage: SettingsStorage | null, settings: AudioSettings): void {
  try {
    storage?.setItem(AUDIO_SETTINGS_KEY, JSON.stringify({ muted: settings.muted, volume: settings.volume }));
  } catch {
    // Not remembered this time; the setting still applies for this visit.
  }
}

/** The page's localStorage where there is one; reading it can itself throw when it is blocked. */
export function browserStorage(): SettingsStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
