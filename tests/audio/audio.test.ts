import type { HowlOptions } from 'howler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUDIO_SETTINGS_KEY, createAudio, SOUND_NAMES, type SoundName } from '../../src/audio';

// howler never loads a sound in node, so it is replaced by a fake that records what the wrapper
// asks of it and lets a test fire howler's load, load-error, play-error and unlock events.
const fake = vi.hoisted(() => {
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static failConstruction = false;
    static failPlay = false;
    readonly options: HowlOptions;
    plays = 0;
    private unlockListeners: (() => void)[] = [];

    constructor(options: HowlOptions) {
      if (FakeHowl.failConstruction) throw new Error('AudioContext unavailable');
      this.options = options;
      FakeHowl.instances.push(this);
    }

    play(): number {
      if (FakeHowl.failPlay) throw new Error('play failed');
      this.plays += 1;
      return this.plays;
    }

    once(event: string, listener: () => void): this {
      if (event === 'unlock') this.unlockListeners.push(listener);
      return this;
    }

    // What howler would do, driven by the test.
    finishLoading(): void {
      this.options.onload?.(0);
    }
    failLoading(): void {
      this.options.onloaderror?.(0, 'Failed loading audio file with status: 404.');
    }
    refusePlayback(): void {
      this.options.onplayerror?.(1, 'Playback was unable to start.');
    }
    unlock(): void {
      const listeners = this.unlockListeners;
      this.unlockListeners = [];
      for (const listener of listeners) listener();
    }
  }
  const Howler = {
    noAudio: false,
    failSettings: false,
    volume: (_volume?: number): unknown => {
      if (Howler.failSettings) throw new Error('no AudioContext');
      return Howler;
    },
    mute: (_muted: boolean): unknown => {
      if (Howler.failSettings) throw new Error('no AudioContext');
      return Howler;
    },
  };
  return { FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const URLS: Record<SoundName, string> = {
  cardDraw: '/assets/card-draw-1a2b.wav',
  stamp: '/assets/stamp-3c4d.wav',
  alert: '/assets/alert-5e6f.wav',
  election: '/assets/election-7a8b.wav',
  bandUp: '/assets/band-up-9c0d.wav',
  bandDown: '/assets/band-down-1e2f.wav',
  refusal: '/assets/refusal-3a4b.wav',
  termEnd: '/assets/term-end-5c6d.wav',
};

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function howlFor(name: SoundName) {
  const howl = fake.FakeHowl.instances.find((h) => (h.options.src as string[])[0] === URLS[name]);
  if (!howl) throw new Error(`no Howl was created for ${name}`);
  return howl;
}

function playsBySound(): Record<SoundName, number> {
  return Object.fromEntries(SOUND_NAMES.map((name) => [name, howlFor(name).plays])) as Record<SoundName, number>;
}

/** No sound played: every sound at 0. */
function silent(): Record<SoundName, number> {
  return Object.fromEntries(SOUND_NAMES.map((name) => [name, 0])) as Record<SoundName, number>;
}

function loadAll(): void {
  for (const howl of fake.FakeHowl.instances) howl.finishLoading();
}

function stored(storage: MemoryStorage): unknown {
  const text = storage.getItem(AUDIO_SETTINGS_KEY);
  return text === null ? null : JSON.parse(text);
}

/** Settles pending promise callbacks so a test can see whether `ready` has resolved. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let volumeCalls: ReturnType<typeof vi.spyOn>;
let muteCalls: ReturnType<typeof vi.spyOn>;
const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];

beforeEach(() => {
  fake.FakeHowl.instances = [];
  fake.FakeHowl.failConstruction = false;
  fake.FakeHowl.failPlay = false;
  fake.Howler.noAudio = false;
  fake.Howler.failSettings = false;
  volumeCalls = vi.spyOn(fake.Howler, 'volume');
  muteCalls = vi.spyOn(fake.Howler, 'mute');
  consoleSpies.length = 0;
  for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    consoleSpies.push(vi.spyOn(console, method).mockImplementation(() => undefined));
  }
});

afterEach(() => {
  // Our browser tests count any console error as a failure; the wrapper stays off the console.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('playing sounds', () => {
  it('creates one Howl per sound from the given URLs, naming the format', () => {
    createAudio({ urls: URLS, storage: null });
    expect(fake.FakeHowl.instances).toHaveLength(SOUND_NAMES.length);
    for (const name of SOUND_NAMES) expect(howlFor(name).options.format).toEqual(['wav']);
  });

  it.each(SOUND_NAMES)('play(%j) plays that sound and no other', (name) => {
    const audio = createAudio({ urls: URLS, storage: null });
    loadAll();
    audio.play(name);
    expect(playsBySound()).toEqual({ ...silent(), [name]: 1 });
  });

  it('ready resolves only once every sound has loaded or failed', async () => {
    const audio = createAudio({ urls: URLS, storage: null });
    let done = false;
    void audio.ready.then(() => (done = true));
    howlFor('cardDraw').finishLoading();
    howlFor('stamp').failLoading();
    howlFor('alert').finishLoading();
    for (const name of SOUND_NAMES.filter((n) => !['cardDraw', 'stamp', 'alert', 'election'].includes(n))) howlFor(name).finishLoading();
    await settle();
    expect(done).toBe(false);
    howlFor('election').failLoading();
    await settle();
    expect(done).toBe(true);
  });

  it('plays nothing while muted, and plays again once unmuted', () => {
    const audio = createAudio({ urls: URLS, storage: null });
    loadAll();
    audio.setMuted(true);
    audio.play('stamp');
    expect(howlFor('stamp').plays).toBe(0);
    audio.setMuted(false);
    audio.play('stamp');
    expect(howlFor('stamp').plays).toBe(1);
  });
});

describe('mute and volume', () => {
  it('start at the defaults (unmuted, 0.7) with nothing stored and apply them to Howler', () => {
    const audio = createAudio({ urls: URLS, storage: new MemoryStorage() });
    expect([audio.muted, audio.volume]).toEqual([false, 0.7]);
    expect(volumeCalls).toHaveBeenLastCalledWith(0.7);
    expect(muteCalls).toHaveBeenLastCalledWith(false);
  });

  it('apply to Howler and persist to storage', () => {
    const storage = new MemoryStorage();
    const audio = createAudio({ urls: URLS, storage });
    audio.setVolume(0.25);
    expect(volumeCalls).toHaveBeenLastCalledWith(0.25);
    expect(stored(storage)).toEqual({ muted: false, volume: 0.25 });
    audio.setMuted(true);
    expect(muteCalls).toHaveBeenLastCalledWith(true);
    expect(stored(storage)).toEqual({ muted: true, volume: 0.25 });
    expect([audio.muted, audio.volume]).toEqual([true, 0.25]);
  });

  it('are restored from storage on the next visit', () => {
    const storage = new MemoryStorage();
    const first = createAudio({ urls: URLS, storage });
    first.setVolume(0.4);
    first.setMuted(true);
    volumeCalls.mockClear();
    muteCalls.mockClear();

    const second = createAudio({ urls: URLS, storage });
    expect([second.muted, second.volume]).toEqual([true, 0.4]);
    expect(volumeCalls).toHaveBeenLastCalledWith(0.4);
    expect(muteCalls).toHaveBeenLastCalledWith(true);
  });

  it('use localStorage when no storage is given', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    createAudio({ urls: URLS }).setVolume(0.5);
    expect(stored(storage)).toEqual({ muted: false, volume: 0.5 });
    expect(createAudio({ urls: URLS }).volume).toBe(0.5);
  });

  it.each([
    ['not JSON', '{"muted": tru', { muted: false, volume: 0.7 }],
    ['JSON null', 'null', { muted: false, volume: 0.7 }],
    ['a number', '42', { muted: false, volume: 0.7 }],
    ['a string', '"loud"', { muted: false, volume: 0.7 }],
    ['an array', '[true, 0.2]', { muted: false, volume: 0.7 }],
    ['an empty string', '', { muted: false, volume: 0.7 }],
    ['wrong field types', '{"muted":"yes","volume":"0.3"}', { muted: false, volume: 0.7 }],
    ['a null volume', '{"muted":true,"volume":null}', { muted: true, volume: 0.7 }],
    ['a volume above 1', '{"muted":false,"volume":7}', { muted: false, volume: 1 }],
    ['a negative volume', '{"muted":true,"volume":-3}', { muted: true, volume: 0 }],
  ])('fall back field by field when the stored record is %s', (_what, text, expected) => {
    const storage = new MemoryStorage();
    storage.setItem(AUDIO_SETTINGS_KEY, text);
    let audio: ReturnType<typeof createAudio> | undefined;
    expect(() => (audio = createAudio({ urls: URLS, storage }))).not.toThrow();
    expect({ muted: audio?.muted, volume: audio?.volume }).toEqual(expected);
    expect(volumeCalls).toHaveBeenLastCalledWith(expected.volume);
  });

  it('survive a storage that throws on every call', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const audio = createAudio({ urls: URLS, storage });
    expect([audio.muted, audio.volume]).toEqual([false, 0.7]);
    expect(() => audio.setVolume(0.2)).not.toThrow();
    expect(audio.volume).toBe(0.2);
  });

  it.each([
    [1.5, 1],
    [-0.2, 0],
    [Infinity, 1],
    [0, 0],
    [0.35, 0.35],
    [1, 1],
  ])('clamp setVolume(%d) to %d', (requested, expected) => {
    const storage = new MemoryStorage();
    const audio = createAudio({ urls: URLS, storage });
    audio.setVolume(requested);
    expect(audio.volume).toBe(expected);
    expect(volumeCalls).toHaveBeenLastCalledWith(expected);
    expect(stored(storage)).toEqual({ muted: false, volume: expected });
  });

  it('ignore setVolume(NaN)', () => {
    const audio = createAudio({ urls: URLS, storage: null });
    audio.setVolume(0.3);
    audio.setVolume(NaN);
    expect(audio.volume).toBe(0.3);
    for (const [volume] of volumeCalls.mock.calls) expect(volume).toBeGreaterThanOrEqual(0);
  });
});

describe('where audio is missing or blocked', () => {
  it('a sound that failed to load is a silent no-op; the others still play', async () => {
    const audio = createAudio({ urls: URLS, storage: null });
    howlFor('cardDraw').failLoading();
    howlFor('stamp').finishLoading();
    howlFor('alert').finishLoading();
    howlFor('election').finishLoading();
    for (const name of SOUND_NAMES.filter((n) => !['cardDraw', 'stamp', 'alert', 'election'].includes(n))) howlFor(name).finishLoading();
    await audio.ready;
    expect(() => audio.play('cardDraw')).not.toThrow();
    audio.play('stamp');
    expect(playsBySound()).toEqual({ ...silent(), stamp: 1 });
  });

  it('a sound whose playback was refused is a silent no-op until howler reports audio unlocked', () => {
    const audio = createAudio({ urls: URLS, storage: null });
    loadAll();
    audio.play('alert');
    howlFor('alert').refusePlayback();
    expect(() => audio.play('alert')).not.toThrow();
    expect(howlFor('alert').plays).toBe(1);
    audio.play('election');
    expect(howlFor('election').plays).toBe(1);

    howlFor('alert').unlock();
    audio.play('alert');
    expect(howlFor('alert').plays).toBe(2);
  });

  it('a load error after a refused playback keeps the sound off for good', () => {
    const audio = createAudio({ urls: URLS, storage: null });
    howlFor('stamp').refusePlayback();
    howlFor('stamp').failLoading();
    howlFor('stamp').unlock();
    audio.play('stamp');
    expect(howlFor('stamp').plays).toBe(0);
  });

  it('creates no Howl and resolves ready at once when Howler reports no audio', async () => {
    fake.Howler.noAudio = true;
    const audio = createAudio({ urls: URLS, storage: null });
    expect(fake.FakeHowl.instances).toHaveLength(0);
    await expect(audio.ready).resolves.toBeUndefined();
    for (const name of SOUND_NAMES) expect(() => audio.play(name)).not.toThrow();
  });

  it('survives Howl and Howler throwing (no AudioContext)', async () => {
    fake.FakeHowl.failConstruction = true;
    fake.Howler.failSettings = true;
    let audio: ReturnType<typeof createAudio> | undefined;
    expect(() => (audio = createAudio({ urls: URLS, storage: null }))).not.toThrow();
    await expect(audio?.ready).resolves.toBeUndefined();
    expect(() => audio?.play('election')).not.toThrow();
    expect(() => audio?.setVolume(0.1)).not.toThrow();
    expect(() => audio?.setMuted(true)).not.toThrow();
    expect([audio?.muted, audio?.volume]).toEqual([true, 0.1]);
  });

  it('survives play() itself throwing', () => {
    const audio = createAudio({ urls: URLS, storage: null });
    loadAll();
    fake.FakeHowl.failPlay = true;
    expect(() => audio.play('cardDraw')).not.toThrow();
  });

  it('never hands howler an empty URL (howler would log console.error)', async () => {
    const audio = createAudio({ urls: { ...URLS, stamp: '' }, storage: null });
    expect(fake.FakeHowl.instances.map((h) => h.options.src)).not.toContainEqual(['']);
    expect(fake.FakeHowl.instances).toHaveLength(SOUND_NAMES.length - 1);
    for (const name of SOUND_NAMES.filter((n) => n !== 'stamp')) howlFor(name).finishLoading();
    await audio.ready;
    expect(() => audio.play('stamp')).not.toThrow();
  });
});
