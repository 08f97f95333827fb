import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SOUND_FILES, SOUND_SECONDS, synthesizeSound, synthesizeSounds, type SoundFile } from '../../scripts/sounds';

// The sound files are ours, synthesized by scripts/make-sounds.ts. These checks keep them small,
// in the one format the game loads, and identical to what the generator makes today.

const MAX_BYTES = 40_000;
const audioDir = new URL('../../assets/audio/', import.meta.url);

function read(file: SoundFile): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, audioDir)));
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

interface WavHeader {
  riff: string;
  riffSize: number;
  wave: string;
  fmt: string;
  fmtSize: number;
  format: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  data: string;
  dataSize: number;
}

function header(bytes: Uint8Array): WavHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    riff: ascii(bytes, 0, 4),
    riffSize: view.getUint32(4, true),
    wave: ascii(bytes, 8, 4),
    fmt: ascii(bytes, 12, 4),
    fmtSize: view.getUint32(16, true),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bitsPerSample: view.getUint16(34, true),
    data: ascii(bytes, 36, 4),
    dataSize: view.getUint32(40, true),
  };
}

function samples(bytes: Uint8Array): Int16Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int16Array((bytes.length - 44) / 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(44 + i * 2, true);
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(SOUND_FILES)('assets/audio/%s', (file) => {
  it('exists and is under 40 KB', () => {
    expect(existsSync(new URL(file, audioDir))).toBe(true);
    expect(read(file).length).toBeLessThan(MAX_BYTES);
  });

  it('is a RIFF/WAVE file of 16-bit mono PCM at 22050 Hz', () => {
    const bytes = read(file);
    expect(header(bytes)).toEqual({
      riff: 'RIFF',
      riffSize: bytes.length - 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      fmtSize: 16,
      format: 1,
      channels: 1,
      sampleRate: 22050,
      byteRate: 44100,
      blockAlign: 2,
      bitsPerSample: 16,
      data: 'data',
      dataSize: bytes.length - 44,
    });
  });

  it('lasts as long as its sound should', () => {
    expect(samples(read(file)).length / 22050).toBeCloseTo(SOUND_SECONDS[file], 3);
  });

  it('is audible and starts and ends at silence (no clicks)', () => {
    const pcm = samples(read(file));
    const peak = pcm.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
    expect(peak).toBeGreaterThan(0.5 * 32767);
    expect(peak).toBeLessThan(32767);
    expect(pcm[0]).toBe(0);
    expect(pcm[pcm.length - 1]).toBe(0);
  });

  it('is what scripts/make-sounds.ts generates today (run `npm run sounds` if not)', () => {
    expect(Buffer.from(read(file)).equals(Buffer.from(synthesizeSound(file)))).toBe(true);
  });
});

describe('the sound generator', () => {
  it('gives identical bytes on every run, without Math.random', () => {
    let calls = 0;
    vi.spyOn(Math, 'random').mockImplementation(() => (calls++ % 7) / 7);
    const first = synthesizeSounds();
    const second = synthesizeSounds();
    expect(calls).toBe(0);
    for (const file of SOUND_FILES) {
      expect(Buffer.from(second[file]).equals(Buffer.from(first[file]))).toBe(true);
    }
  });

  it('makes different sounds for different files', () => {
    const sounds = synthesizeSounds();
    const distinct = new Set(SOUND_FILES.map((file) => Buffer.from(sounds[file]).toString('base64')));
    expect(distinct.size).toBe(SOUND_FILES.length);
  });
});
