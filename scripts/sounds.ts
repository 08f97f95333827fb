// The game's sound effects, synthesized in code: sine partials and seeded noise under envelopes,
// written as 16-bit mono PCM WAV at 22050 Hz. Pure (no file system, no Math.random) so the output
// is the same bytes on every run; scripts/make-sounds.ts writes it into assets/audio/.

export const SAMPLE_RATE = 22050;
export const BITS_PER_SAMPLE = 16;
export const CHANNELS = 1;

export const SOUND_FILES = ['card-draw.wav', 'stamp.wav', 'alert.wav', 'election.wav', 'band-up.wav', 'band-down.wav', 'refusal.wav', 'term-end.wav'] as const;
export type SoundFile = (typeof SOUND_FILES)[number];

/** Seconds of audio in each file (the WAV's data chunk is exactly this long). */
export const SOUND_SECONDS: Record<SoundFile, number> = {
  'card-draw.wav': 0.25,
  'stamp.wav': 0.2,
  'alert.wav': 0.5,
  'election.wav': 0.9,
  'band-up.wav': 0.6,
  'band-down.wav': 0.7,
  'refusal.wav': 0.45,
  'term-end.wav': 0.9,
};

const TWO_PI = 2 * Math.PI;
/** Every sound is normalized to this peak (about -2 dBFS) so they sit at a similar loudness. */
const PEAK = 0.8;
/** A short fade at the very end so no file stops on a click. */
const TAIL_FADE_SECONDS = 0.006;

/** mulberry32: a small seeded PRNG, so the noise is the same on every run. */
function seededNoise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 * 2 - 1; // uniform in [-1, 1)
  };
}

function samplesFor(seconds: number): Float64Array {
  return new Float64Array(Math.round(seconds * SAMPLE_RATE));
}

/** Attack-then-exponential-decay envelope, 0 before `start`. */
function strike(t: number, start: number, attack: number, decay: number): number {
  const u = t - start;
  if (u < 0) return 0;
  if (u < attack) return u / attack;
  return Math.exp(-(u - attack) / decay);
}

/** A note held from `start` for `length` seconds with linear attack and release (no clicks). */
function gate(t: number, start: number, length: number, ramp: number): number {
  const u = t - start;
  if (u < 0 || u > length) return 0;
  return Math.min(1, u / ramp, (length - u) / ramp);
}

/** Card draw: a soft paper swish. Noise through a band-pass sweeping 0.9 to 3 kHz, under a hump,
 * and a brief flick as the card lands. */
function cardDraw(): Float64Array {
  const out = samplesFor(SOUND_SECONDS['card-draw.wav']);
  const noise = seededNoise(0xc4d0);
  // Chamberlin state-variable filter; q is the damping (lower = narrower band).
  let low = 0;
  let band = 0;
  const q = 0.9;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const progress = t / SOUND_SECONDS['card-draw.wav'];
    const centre = 900 + 2100 * progress;
    const f = 2 * Math.sin((Math.PI * centre) / SAMPLE_RATE);
    const high = noise() - low - q * band;
    band += f * high;
    low += f * band;
    // Swish: rises to a peak a little before halfway, then a softer tail; then the card lands.
    const swish = Math.sin(Math.PI * Math.min(1, progress / 0.85)) ** 2 * (1 - 0.5 * progress);
    const flip = 0.8 * strike(t, 0.19, 0.002, 0.015);
    out[i] = band * (swish + flip);
  }
  return out;
}

/** Decision stamp: a low thump. A sine falling from 150 Hz to 50 Hz plus a short muffled knock. */
function stamp(): Float64Array {
  const out = samplesFor(SOUND_SECONDS['stamp.wav']);
  const noise = seededNoise(0x57a9);
  let phase = 0;
  let muffled = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const pitch = 50 + 100 * Math.exp(-t / 0.03);
    phase += (TWO_PI * pitch) / SAMPLE_RATE;
    const body = Math.sin(phase) * strike(t, 0, 0.003, 0.055);
    muffled += 0.18 * (noise() - muffled); // one-pole low-pass: the rubber on paper, not a hiss
    const knock = muffled * strike(t, 0, 0.001, 0.012) * 2.5;
    out[i] = body + knock;
  }
  return out;
}

/** Band crossed: two tones, high then low, each with a touch of second harmonic to cut through. */
function alert(): Float64Array {
  const out = samplesFor(SOUND_SECONDS['alert.wav']);
  const tones = [
    { hz: 880, start: 0.0, length: 0.2 },
    { hz: 660, start: 0.24, length: 0.24 },
  ];
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    let sample = 0;
    for (const tone of tones) {
      const level = gate(t, tone.start, tone.length, 0.01);
      if (level === 0) continue;
      const u = t - tone.start;
      sample += level * (Math.sin(TWO_PI * tone.hz * u) + 0.3 * Math.sin(TWO_PI * 2 * tone.hz * u));
    }
    out[i] = sample;
  }
  return out;
}

/** Election result: a rising C-major arpeggio of bell tones that rings out as a chord. */
function election(): Float64Array {
  const out = samplesFor(SOUND_SECONDS['election.wav']);
  const notes = [
    { hz: 523.25, start: 0.0 }, // C5
    { hz: 659.25, start: 0.11 }, // E5
    { hz: 783.99, start: 0.22 }, // G5
    { hz: 1046.5, start: 0.33 }, // C6
  ];
  // Bell-like partials: the fundamental, the octave, and a slightly inharmonic shimmer.
  const partials = [
    { ratio: 1, gain: 1, decay: 0.35 },
    { ratio: 2, gain: 0.35, decay: 0.2 },
    { ratio: 3.01, gain: 0.12, decay: 0.1 },
  ];
  const total = SOUND_SECONDS['election.wav'];
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    let sample = 0;
    for (const note of notes) {
      const u = t - note.start;
      if (u < 0) continue;
      for (const p of partials) {
        sample += p.gain * strike(t, note.start, 0.004, p.decay) * Math.sin(TWO_PI * note.hz * p.ratio * u);
      }
    }
    // Ease the whole chord out over the last 0.2 s so the file ends at silence, not mid-ring.
    const ending = Math.min(1, (total - t) / 0.2);
    out[i] = sample * ending;
  }
  return out;
}

/** Bell-like tones (fundamental, octave, a slightly inharmonic shimmer) struck at their times. */
function bells(file: SoundFile, notes: readonly { hz: number; start: number; gain?: number }[], decay: number, fadeOut: number): Float64Array {
  const out = samplesFor(SOUND_SECONDS[file]);
  const partials = [
    { ratio: 1, gain: 1, decay },
    { ratio: 2, gain: 0.3, decay: decay * 0.55 },
    { ratio: 3.01, gain: 0.1, decay: decay * 0.3 },
  ];
  const total = SOUND_SECONDS[file];
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    let sample = 0;
    for (const note of notes) {
      const u = t - note.start;
      if (u < 0) continue;
      for (const p of partials) sample += (note.gain ?? 1) * p.gain * strike(t, note.start, 0.004, p.decay) * Math.sin(TWO_PI * note.hz * p.ratio * u);
    }
    out[i] = sample * Math.min(1, (total - t) / fadeOut);
  }
  return out;
}

/** The relationship up a band: a bright rising fifth then octave (G5, D6, G6). */
function bandUp(): Float64Array {
  return bells('band-up.wav', [{ hz: 783.99, start: 0 }, { hz: 1174.66, start: 0.1 }, { hz: 1567.98, start: 0.2, gain: 0.8 }], 0.22, 0.15);
}

/** The relationship down a band: a soft falling minor line (E5, C5, A4), lower and slower. */
function bandDown(): Float64Array {
  return bells('band-down.wav', [{ hz: 659.25, start: 0 }, { hz: 523.25, start: 0.16 }, { hz: 440, start: 0.32 }], 0.3, 0.2);
}

/** An offer refused: two short low buzzes, a "no" (a 196 Hz tone rich in odd harmonics). */
function refusal(): Float64Array {
  const out = samplesFor(SOUND_SECONDS['refusal.wav']);
  const buzzes = [
    { start: 0, length: 0.14 },
    { start: 0.2, length: 0.2 },
  ];
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    let sample = 0;
    for (const b of buzzes) {
      const level = gate(t, b.start, b.length, 0.012);
      if (level === 0) continue;
      const u = t - b.start;
      for (const k of [1, 3, 5, 7]) sample += (level / k) * Math.sin(TWO_PI * 196 * k * u);
    }
    out[i] = sample;
  }
  return out;
}

/** A sexenio ends: a low gong-like chord (C3, G3, C4, E4) ringing out. */
function termEnd(): Float64Array {
  return bells('term-end.wav', [{ hz: 130.81, start: 0 }, { hz: 196, start: 0.01, gain: 0.8 }, { hz: 261.63, start: 0.02, gain: 0.6 }, { hz: 329.63, start: 0.18, gain: 0.5 }], 0.45, 0.3);
}

const SYNTHS: Record<SoundFile, () => Float64Array> = {
  'band-up.wav': bandUp,
  'band-down.wav': bandDown,
  'refusal.wav': refusal,
  'term-end.wav': termEnd,
  'card-draw.wav': cardDraw,
  'stamp.wav': stamp,
  'alert.wav': alert,
  'election.wav': election,
};

/** Scale to the common peak, fade the tail, and quantize to 16-bit integers. */
function toPcm16(signal: Float64Array): Int16Array {
  let peak = 0;
  for (const s of signal) peak = Math.max(peak, Math.abs(s));
  const gain = peak > 0 ? PEAK / peak : 0;
  const fade = Math.round(TAIL_FADE_SECONDS * SAMPLE_RATE);
  const pcm = new Int16Array(signal.length);
  for (let i = 0; i < signal.length; i++) {
    const tail = Math.min(1, (signal.length - 1 - i) / fade);
    const s = Math.max(-1, Math.min(1, (signal[i] ?? 0) * gain * tail));
    pcm[i] = Math.round(s * 32767);
  }
  return pcm;
}

/** A canonical 44-byte-header PCM WAV file. */
export function encodeWav(pcm: Int16Array): Uint8Array {
  const blockAlign = CHANNELS * (BITS_PER_SAMPLE / 8);
  const dataBytes = pcm.length * blockAlign;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, CHANNELS, true);
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * blockAlign, true); // byte rate
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, BITS_PER_SAMPLE, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < pcm.length; i++) view.setInt16(44 + i * blockAlign, pcm[i] ?? 0, true);
  return bytes;
}

/** One sound file's bytes. */
export function synthesizeSound(file: SoundFile): Uint8Array {
  return encodeWav(toPcm16(SYNTHS[file]()));
}

/** Every sound file's bytes, keyed by file name. */
export function synthesizeSounds(): Record<SoundFile, Uint8Array> {
  return Object.fromEntries(SOUND_FILES.map((file) => [file, synthesizeSound(file)])) as Record<SoundFile, Uint8Array>;
}
