import { describe, expect, it } from 'vitest';
import { applyEffectsToState, conditionHolds, createGame, MODEL, type Condition, type GameState } from '../../src/engine';
import { fullLog } from '../../src/engine/log';
import { config, scenario, withTracks } from '../helpers';

const sc = scenario();
/** Fixed starting values, so that these rule tests do not move when the scenario is recalibrated. */
const base = withTracks(createGame(sc, config(sc)), {
  'relationship.sedena': 50,
  'relationship.semar': 66,
  institutionalization: 30,
  personalTies: 45,
  sovereigntyTension: 48,
  usCommitment: 40,
  violence: 11000,
  tcoPower: 66,
  publicSupport: 42,
  policeCapacity: 38,
  ruleOfLaw: 25,
});
const card = { kind: 'card', id: 'test-card' } as const;

describe('effects', () => {
  it('adds to a track, clamps it and logs the change with its cause', () => {
    const next = applyEffectsToState(base, [{ op: 'add', track: 'tcoPower', value: 50 }], card);
    expect(next.tracks.tcoPower).toBe(100);
    expect(fullLog(next)).toContainEqual({ type: 'track', year: 2012, track: 'tcoPower', from: 66, to: 100, cause: card });
    expect(base.tracks.tcoPower).toBe(66);
  });

  it('moves both services when the headline relationship is named', () => {
    const next = applyEffectsToState(withTracks(base, { institutionalization: 0 }), [{ op: 'add', track: 'relationship', value: 4 }], card);
    expect(next.tracks['relationship.sedena']).toBe(54);
    expect(next.tracks['relationship.semar']).toBe(70);
  });

  it('scales, sets flags and spends capital', () => {
    const next = applyEffectsToState(
      { ...base, capital: { ...base.capital, us: 3 } },
      [
        { op: 'scale', track: 'violence', factor: 0.5 },
        { op: 'flag', flag: 'statePoliceBill', value: true },
        { op: 'capital', role: 'us', value: -5 },
      ],
      card,
    );
    expect(next.tracks.violence).toBe(5500);
    expect(next.flags).toContain('statePoliceBill');
    expect(next.capital.us).toBe(0);
  });

  it('takes one branch of a chance effect, from the game RNG', () => {
    const effects = [{ op: 'chance', p: 0.5, then: [{ op: 'add', track: 'ruleOfLaw', value: 10 }], else: [{ op: 'add', track: 'ruleOfLaw', value: -10 }] }] as const;
    const outcomes = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const g = withTracks(createGame(sc, config(sc, { seed })), { ruleOfLaw: 25 });
      const a = applyEffectsToState(g, effects, card).tracks.ruleOfLaw;
      expect(applyEffectsToState(g, effects, card).tracks.ruleOfLaw).toBe(a);
      outcomes.add(a);
    }
    expect(outcomes).toEqual(new Set([35, 15]));
  });

  it('damps a political shock by institutionalization (DESIGN §2.2, claim 5)', () => {
    const shock = [{ op: 'add', track: 'relationship.sedena', value: -10 }] as const;
    const loss = (inst: number) => 50 - applyEffectsToState(withTracks(base, { institutionalization: inst }), shock, card).tracks['relationship.sedena'];
    expect(loss(0)).toBe(10);
    expect(loss(80)).toBeCloseTo(10 * (1 - MODEL.damperStrength * 0.8), 1);
    expect(loss(80)).toBeLessThan(6);
    expect(loss(40)).toBeLessThan(loss(20));
  });

  it('does not damp good news', () => {
    const gain = applyEffectsToState(withTracks(base, { institutionalization: 90 }), [{ op: 'add', track: 'relationship.semar', value: 5 }], card);
    expect(gain.tracks['relationship.semar']).toBe(71);
  });
});

describe('conditions', () => {
  const state: GameState = { ...base, year: 2015, yearInTerm: 3, strategy: { option: 'C', lawEnforcement: true }, flags: ['meridaInitiative'] };
  it.each<[string, Condition, boolean]>([
    ['empty', {}, true],
    ['year in range', { years: { from: 2014, to: 2016 } }, true],
    ['year out of range', { years: { to: 2014 } }, false],
    ['strategy token', { strategies: ['C+LE'] }, true],
    ['other strategy', { strategies: ['C'] }, false],
    ['mission', { missions: ['militarySupportsPolice'] }, true],
    ['party', { parties: ['PRI'] }, false],
    ['track minimum met', { tracks: [{ track: 'tcoPower', min: 60 }] }, true],
    ['headline maximum not met', { tracks: [{ track: 'relationship', max: 50 }] }, false],
    ['intelligence rank', { tracks: [{ track: 'intelligenceSharing', min: 2 }] }, true],
    ['flag present', { flags: { all: ['meridaInitiative'] } }, true],
    ['flag absent', { flags: { none: ['meridaInitiative'] } }, false],
    ['year in term', { yearInTerm: { from: 4 } }, false],
  ])('%s', (_name, condition, expected) => {
    expect(conditionHolds(state, condition)).toBe(expected);
  });
});
