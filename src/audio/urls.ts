// The sound files as Vite serves them (hashed asset URLs in a build), for the browser entry to
// pass to createAudio. Kept apart from index.ts so the audio module itself loads in node tests.

import type { SoundName } from './index';
import alertUrl from '../../assets/audio/alert.wav?url';
import bandDownUrl from '../../assets/audio/band-down.wav?url';
import bandUpUrl from '../../assets/audio/band-up.wav?url';
import cardDrawUrl from '../../assets/audio/card-draw.wav?url';
import electionUrl from '../../assets/audio/election.wav?url';
import refusalUrl from '../../assets/audio/refusal.wav?url';
import stampUrl from '../../assets/audio/stamp.wav?url';
import termEndUrl from '../../assets/audio/term-end.wav?url';

export const SOUND_URLS: Record<SoundName, string> = {
  cardDraw: cardDrawUrl,
  stamp: stampUrl,
  alert: alertUrl,
  election: electionUrl,
  bandUp: bandUpUrl,
  bandDown: bandDownUrl,
  refusal: refusalUrl,
  termEnd: termEndUrl,
};
