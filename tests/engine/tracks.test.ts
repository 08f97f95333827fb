import { describe, expect, it } from 'vitest';
import { headlineRelationship, relationshipBand } from '../../src/engine';
import { clampTrack } from '../../src/engine/tracks';

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
