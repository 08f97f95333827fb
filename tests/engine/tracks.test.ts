import { describe, expect, it } from 'vitest';
import { headlineRelationship, relationshipBand } from '../../src/engine';
import { clampTrack, clampTrackId, TRACK_ID, TrackTable, trackAt, tracksRecord } from '../../src/engine/tracks';
import { NUMERIC_TRACKS, type Tracks } from '../../src/engine/types';

describe('relationship bands (DESIGN §2.1)', () => {
  it.each([
    [0, 'Adversarial'], [14.9, 'Adversarial'], [15, 'Distant'], [34.9, 'Distant'], [35, 'Cooperative'],
    [54.9, 'Cooperative'], [55, 'Collaborative'], [74.9, 'Collaborative'], [75, 'Institutionalized'],
    [89.9, 'Institutionalized'], [90, 'Integrated'], [100, 'Integrated'],
  ] as const)('%d is %s', (value, band) => {
    expect(relationshipBand(value)).toBe(band);
  });
});

describe('tracks', () => {
  it('blends SEDENA and SEMAR into the headline, SEDENA weighing more', () => {
    expect(headlineRelationship({ 'relationship.sedena': 20, 'relationship.semar': 40 })).toBe(28);
    expect(headlineRelationship({ 'relationship.sedena': 50, 'relationship.semar': 50 })).toBe(50);
  });

  it.each([
    ['tcoPower', 120, 100], ['tcoPower', -3, 0], ['publicSupport', 42.26, 42.3], ['violence', 1234.6, 1235], ['violence', 99999, 60000],
  ] as const)('clamps %s %d to %d', (track, value, expected) => {
    expect(clampTrack(track, value)).toBe(expected);
  });
});

describe("a working copy's track table (TrackTable)", () => {
  const record = Object.fromEntries(NUMERIC_TRACKS.map((track, i) => [track, 10 + i * 1.5])) as Tracks;

  it('gives every stored track its own id, in NUMERIC_TRACKS order', () => {
    expect(Object.keys(TRACK_ID)).toEqual([...NUMERIC_TRACKS]);
    expect(Object.values(TRACK_ID)).toEqual(NUMERIC_TRACKS.map((_, i) => i));
  });

  it.each(NUMERIC_TRACKS)('reads and writes %s by name and by id as the same value', (track) => {
    const table = TrackTable.of(record);
    const id = TRACK_ID[track];
    expect(table[track]).toBe(record[track]);
    expect(table.values[id]).toBe(record[track]);
    table[track] = 77.7;
    expect(table.values[id]).toBe(77.7);
    table.values[id] = 12.3;
    expect(table[track]).toBe(12.3);
    expect(trackAt(table, id)).toBe(12.3);
    expect(trackAt(record, id)).toBe(record[track]);
    // No other track moved.
    expect(NUMERIC_TRACKS.filter((t) => t !== track && table[t] !== record[t])).toEqual([]);
  });

  it('gives back the record it was opened from, with its key order, and says whether a record differs', () => {
    const reordered = Object.fromEntries([...NUMERIC_TRACKS].reverse().map((t) => [t, record[t]])) as Tracks;
    for (const source of [record, reordered]) {
      const table = TrackTable.of(source);
      expect(JSON.stringify(table.toRecord())).toBe(JSON.stringify(source));
      expect(tracksRecord(table)).toEqual(source);
      expect(table.sameAs(source)).toBe(true);
      table.violence = source.violence + 1;
      expect(table.sameAs(source)).toBe(false);
      expect(Object.keys(table.toRecord())).toEqual(Object.keys(source));
    }
  });

  it('refuses a record with a missing or unknown track, saying which', () => {
    const { ruleOfLaw: _dropped, ...missing } = record;
    expect(() => TrackTable.of(missing as Tracks)).toThrow('1 of the 11 tracks are missing');
    expect(() => TrackTable.of({ ...record, morale: 3 } as Tracks)).toThrow('unknown track "morale"');
  });

  it('clamps by id exactly as by name', () => {
    for (const track of NUMERIC_TRACKS) for (const v of [-5, 0, 33.33, 99.96, 100.2, 45000.4, 70000]) expect(clampTrackId(TRACK_ID[track], v)).toBe(clampTrack(track, v));
  });
});
