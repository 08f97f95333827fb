// The sound files as Vite serves them (hashed asset URLs in a build), for the browser entry to
// pass to createAudio. Kept apart from index.ts so the audio module itself loads in node tests.

import type { SoundName } from './index';
import alertUrl from '../../assets/audio/alert.wav?url';
import cardDrawUrl from '../../assets/audio/card-draw.wav?url';
import electionUrl from '../../assets/audio/election.wav?url';
import stampUrl from '../../assets/audio/stamp.wav?url';

export const SOUND_URLS: Record<SoundName, string> = {
  cardDraw: cardDrawUrl,
  stamp: stampUrl,
  alert: alertUrl,
  election: electionUrl,
};
