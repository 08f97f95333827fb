import { MODEL } from './params';
import {
  INTEL_LEVELS,
  RELATIONSHIP_BANDS,
  type IntelLevel,
  type NumericTrack,
  type RelationshipBand,
  type TrackName,
  type Tracks,
} from './types';

/** Inclusive bounds of each stored track. Violence is a yearly count of drug-related killings. */
export const TRACK_BOUNDS: Readonly<Record<NumericTrack, readonly [number, number]>> = {
  'relationship.sedena': [0, 100],
  'relationship.semar': [0, 100],
  institutionalization: [0, 100],
  personalTies: [0, 100],
  sovereigntyTension: [0, 100],
  usCommitment: [0, 100],
  violence: [0, 60000],
  tcoPower: [0, 100],
  publicSupport: [0, 100],
  policeCapacity: [0, 100],
  ruleOfLaw: [0, 100],
};

/** Tracks are integers (violence) or fixed to one decimal place, so logs and saves compare exactly. */
export function clampTrack(track: NumericTrack, value: number): number {
  // Every track but violence lies in 0-100 (TRACK_BOUNDS): the hot path reads no table.
  if (track === 'violence') return Math.round(Math.min(VIOLENCE_MAX, Math.max(0, value)));
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}

const VIOLENCE_MAX = TRACK_BOUNDS.violence[1];
for (const [track, [lo, hi]] of Object.entries(TRACK_BOUNDS)) {
  if (track !== 'violence' && (lo !== 0 || hi !== 100)) throw new Error(`clampTrack assumes ${track} lies in 0-100`);
}

export function headlineRelationship(tracks: Pick<Tracks, 'relationship.sedena' | 'relationship.semar'>): number {
  const w = MODEL.headlineWeightSedena;
  return Math.round((w * tracks['relationship.sedena'] + (1 - w) * tracks['relationship.semar']) * 10) / 10;
}

/** Lower bound of each band (Adversarial 0-14, Distant 15-34, ... Integrated 90-100). */
export const BAND_FLOORS: Readonly<Record<RelationshipBand, number>> = {
  Adversarial: 0,
  Distant: 15,
  Cooperative: 35,
  Collaborative: 55,
  Institutionalized: 75,
  Integrated: 90,
};

export function relationshipBand(value: number): RelationshipBand {
  let band: RelationshipBand = 'Adversarial';
  for (const b of RELATIONSHIP_BANDS) if (value >= BAND_FLOORS[b]) band = b;
  return band;
}

export function intelRank(level: IntelLevel): number {
  return INTEL_LEVELS.indexOf(level);
}

/** The value of any track by its DESIGN §2.1 name; intelligence sharing reads as its rank 0-3. */
export function readTrack(tracks: Tracks, intel: IntelLevel, name: TrackName): number {
  if (name === 'relationship') return headlineRelationship(tracks);
  if (name === 'intelligenceSharing') return intelRank(intel);
  return tracks[name];
}
