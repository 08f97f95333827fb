import { MODEL } from './params';
import {
  INTEL_LEVELS,
  NUMERIC_TRACKS,
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
  return clampTrackId(TRACK_ID[track], value);
}

/** `clampTrack` of the track with this id (`TRACK_ID`). */
export function clampTrackId(id: number, value: number): number {
  // Every track but violence lies in 0-100 (TRACK_BOUNDS): the hot path reads no table.
  if (id === VIOLENCE_ID) return Math.round(Math.min(VIOLENCE_MAX, Math.max(0, value)));
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}

const VIOLENCE_MAX = TRACK_BOUNDS.violence[1];
const VIOLENCE_ID = NUMERIC_TRACKS.indexOf('violence');
for (const [track, [lo, hi]] of Object.entries(TRACK_BOUNDS)) {
  if (track !== 'violence' && (lo !== 0 || hi !== 100)) throw new Error(`clampTrack assumes ${track} lies in 0-100`);
}

/**
 * Each stored track's place in a working copy's flat table (see `TrackTable`): its index in
 * NUMERIC_TRACKS. The hot path looks a track up by this number rather than by its name.
 */
export const TRACK_ID = Object.freeze(Object.fromEntries(NUMERIC_TRACKS.map((track, i) => [track, i]))) as Readonly<Record<NumericTrack, number>>;

/**
 * A working copy's tracks (work.ts): the stored tracks as numbers in one flat array, read and written
 * by `TRACK_ID`. Every track is also a property, so the rules that read a state's tracks by name
 * (`tracks.violence`) read a working copy's the same way. Why: a game makes about two thousand track
 * reads and writes by a name held in data (an effect's track, a condition's), and on a record each is
 * a keyed property lookup that V8 cannot specialise, several times dearer than an array index.
 * A table never reaches a committed state: `toRecord` gives the plain record the state keeps.
 */
export class TrackTable implements Tracks {
  /**
   * The values by id. A plain array of numbers, not a Float64Array: V8 keeps it as unboxed doubles
   * all the same, and an array this small is far cheaper to make than a typed array, whose storage
   * lives outside the heap (a game opens a table per computer run).
   */
  readonly values: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

  /**
   * `order` is the record the table was opened from: its records keep that record's key order.
   * `canonical`: whether that order is NUMERIC_TRACKS's, as every scenario's is (see `toRecord`).
   */
  private constructor(
    private readonly order: Tracks,
    private readonly canonical: boolean,
  ) {}

  static of(record: Tracks): TrackTable {
    let count = 0;
    let canonical = true;
    for (const key in record) {
      const id = TRACK_ID[key as NumericTrack];
      if (id === undefined) throw new Error(`tracks: unknown track "${key}"`);
      if (id !== count) canonical = false;
      count++;
    }
    if (count !== NUMERIC_TRACKS.length) throw new Error(`tracks: ${NUMERIC_TRACKS.length - count} of the ${NUMERIC_TRACKS.length} tracks are missing`);
    const table = new TrackTable(record, canonical);
    for (let id = 0; id < NUMERIC_TRACKS.length; id++) table.values[id] = record[NUMERIC_TRACKS[id] as NumericTrack];
    return table;
  }

  /** The tracks as a plain record, in the key order of the record the table was opened from (saves and digests compare JSON). */
  toRecord(): Tracks {
    const v = this.values as readonly number[] as Readonly<Record<number, number>>;
    // In NUMERIC_TRACKS's order a record is one object literal, which V8 builds in one go; written
    // key by key, each key would be a lookup that it cannot specialise.
    if (this.canonical) {
      return {
        'relationship.sedena': v[0] as number,
        'relationship.semar': v[1] as number,
        institutionalization: v[2] as number,
        personalTies: v[3] as number,
        sovereigntyTension: v[4] as number,
        usCommitment: v[5] as number,
        violence: v[6] as number,
        tcoPower: v[7] as number,
        publicSupport: v[8] as number,
        policeCapacity: v[9] as number,
        ruleOfLaw: v[10] as number,
      };
    }
    const record = {} as Record<NumericTrack, number>;
    for (const key in this.order) record[key as NumericTrack] = v[TRACK_ID[key as NumericTrack]] as number;
    return record;
  }

  /** Whether `record` holds the same value of every track. */
  sameAs(record: Tracks): boolean {
    for (let id = 0; id < NUMERIC_TRACKS.length; id++) if (record[NUMERIC_TRACKS[id] as NumericTrack] !== this.values[id]) return false;
    return true;
  }

  // The tracks by name, for the rules that read them so. The indices are NUMERIC_TRACKS's order;
  // tests/engine/tracks.test.ts checks every one against TRACK_ID.
  get 'relationship.sedena'(): number { return this.values[0] as number; }
  set 'relationship.sedena'(value: number) { this.values[0] = value; }
  get 'relationship.semar'(): number { return this.values[1] as number; }
  set 'relationship.semar'(value: number) { this.values[1] = value; }
  get institutionalization(): number { return this.values[2] as number; }
  set institutionalization(value: number) { this.values[2] = value; }
  get personalTies(): number { return this.values[3] as number; }
  set personalTies(value: number) { this.values[3] = value; }
  get sovereigntyTension(): number { return this.values[4] as number; }
  set sovereigntyTension(value: number) { this.values[4] = value; }
  get usCommitment(): number { return this.values[5] as number; }
  set usCommitment(value: number) { this.values[5] = value; }
  get violence(): number { return this.values[6] as number; }
  set violence(value: number) { this.values[6] = value; }
  get tcoPower(): number { return this.values[7] as number; }
  set tcoPower(value: number) { this.values[7] = value; }
  get publicSupport(): number { return this.values[8] as number; }
  set publicSupport(value: number) { this.values[8] = value; }
  get policeCapacity(): number { return this.values[9] as number; }
  set policeCapacity(value: number) { this.values[9] = value; }
  get ruleOfLaw(): number { return this.values[10] as number; }
  set ruleOfLaw(value: number) { this.values[10] = value; }
}

/** A track's value by its id, from a working copy's table or a state's record alike. */
export function trackAt(tracks: Tracks, id: number): number {
  return tracks instanceof TrackTable ? (tracks.values[id] as number) : tracks[NUMERIC_TRACKS[id] as NumericTrack];
}

/** A plain copy of a state's or a working copy's tracks (for the year's record). */
export function tracksRecord(tracks: Tracks): Tracks {
  return tracks instanceof TrackTable ? tracks.toRecord() : { ...tracks };
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
