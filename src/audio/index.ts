// The game's sound: a small interface over howler, so the UI says `audio.play('stamp')` and never
// touches Howler. Sound is a nicety: where audio is missing or blocked (no AudioContext, a file
// that fails to load, autoplay refused) every call is a silent no-op. Nothing here throws, and
// nothing writes to the console, because our browser tests count console errors as failures.

import { Howl, Howler } from 'howler';
import {
  browserStorage,
  clampVolume,
  loadAudioSettings,
  saveAudioSettings,
  type AudioSettings,
  type SettingsStorage,
} from './settings';

export { momentSound } from './moment-sounds';
export { AUDIO_SETTINGS_KEY, DEFAULT_AUDIO_SETTINGS, type AudioSettings, type SettingsStorage } from './settings';

export const SOUND_NAMES = ['cardDraw', 'stamp', 'alert', 'election', 'bandUp', 'bandDown', 'refusal', 'termEnd'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

export interface GameAudio {
  play(name: SoundName): void;
  readonly muted: boolean;
  readonly volume: number;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  /** resolves once sounds are loaded or known to be unavailable */
  ready: Promise<void>;
}

export interface AudioOptions {
  /** Where each sound is served from (src/audio/urls.ts in the browser). */
  urls: Record<SoundName, string>;
  /** Where mute and volume are remembered: localStorage when omitted, nowhere when null. */
  storage?: SettingsStorage | null;
}

/** Each sound's level in the mix, under the player's volume: frequent sounds sit lower. */
const MIX: Record<SoundName, number> = { cardDraw: 0.6, stamp: 0.9, alert: 0.7, election: 0.8, bandUp: 0.75, bandDown: 0.75, refusal: 0.7, termEnd: 0.85 };

/**
 * loading: howler queues a play until the file arrives. blocked: the browser refused playback;
 * sounds resume once howler reports the audio unlocked. unavailable: never plays.
 */
type SoundState = 'loading' | 'loaded' | 'blocked' | 'unavailable';

interface Sound {
  howl: Howl | null;
  state: SoundState;
}

/** Runs a call into howler or the browser, treating any exception as "audio is unavailable". */
function quietly<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

function audioUnavailable(): boolean {
  return quietly(() => typeof Howler === 'undefined' || Howler.noAudio) ?? true;
}

function applyToHowler(settings: AudioSettings): void {
  quietly(() => Howler.volume(settings.volume));
  quietly(() => Howler.mute(settings.muted));
}

function loadSound(name: SoundName, url: string | undefined): { sound: Sound; loaded: Promise<void> } {
  const sound: Sound = { howl: null, state: 'unavailable' };
  // howler logs console.error for an empty source, so an empty URL never reaches it.
  if (!url || audioUnavailable()) return { sound, loaded: Promise.resolve() };
  sound.state = 'loading';
  const loaded = new Promise<void>((resolve) => {
    sound.howl =
      quietly(
        () =>
          new Howl({
            src: [url],
            // Named so howler need not guess from the URL (it warns when it cannot).
            format: ['wav'],
            volume: MIX[name],
            onload: () => {
              if (sound.state === 'loading') sound.state = 'loaded';
              resolve();
            },
            onloaderror: () => {
              sound.state = 'unavailable';
              resolve();
            },
            onplayerror: () => {
              if (sound.state === 'unavailable') return;
              sound.state = 'blocked';
              // Howler's advice for autoplay blocks: try again once the page has unlocked audio.
              quietly(() =>
                sound.howl?.once('unlock', () => {
                  if (sound.state === 'blocked') sound.state = 'loaded';
                }),
              );
            },
          }),
      ) ?? null;
    if (!sound.howl) {
      sound.state = 'unavailable';
      resolve();
    }
  });
  return { sound, loaded };
}

export function createAudio(options: AudioOptions): GameAudio {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  let settings = loadAudioSettings(storage);
  applyToHowler(settings);

  const sounds = {} as Record<SoundName, Sound>;
  const loading: Promise<void>[] = [];
  for (const name of SOUND_NAMES) {
    const { sound, loaded } = loadSound(name, options.urls[name]);
    sounds[name] = sound;
    loading.push(loaded);
  }

  const change = (next: AudioSettings) => {
    settings = next;
    applyToHowler(settings);
    saveAudioSettings(storage, settings);
  };

  return {
    play(name) {
      const sound = sounds[name];
      if (settings.muted || !sound?.howl) return;
      if (sound.state !== 'loaded' && sound.state !== 'loading') return;
      const howl = sound.howl;
      quietly(() => howl.play());
    },
    get muted() {
      return settings.muted;
    },
    get volume() {
      return settings.volume;
    },
    setMuted(muted) {
      change({ ...settings, muted: muted === true });
    },
    setVolume(volume) {
      change({ ...settings, volume: clampVolume(volume, settings.volume) });
    },
    ready: Promise.all(loading).then(() => undefined),
  };
}
