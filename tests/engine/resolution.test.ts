import { describe, expect, it } from 'vitest';
import { applyAction, createGame, missionOf, MODEL, type GameState, type StrategyToken } from '../../src/engine';
import { fullLog, latestLog } from '../../src/engine/log';
import { intelligenceLevel, relationshipTarget } from '../../src/engine/resolution';
import { strategyFromToken } from '../../src/engine/strategy';
import { config, scenario, withTracks } from '../helpers';

const sc = scenario();

/** A state in the resolution phase of 2013 under a given strategy. */
function atResolution(token: StrategyToken, tracks: Partial<GameState['tracks']> = {}, strategyYears = 1): GameState {
  const g = createGame(sc, config(sc));
  return withTracks({ ...g, phase: 'resolution', year: 2013, yearInTerm: 1, sexenio: 1, strategy: strategyFromToken(token), strategyYears, handoverYear: null }, tracks);
}

function resolve(state: GameState): GameState {
  const r = applyAction(state, sc, { type: 'RESOLVE_YEAR' });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('mission by strategy (paper §3)', () => {
  it.each([
    ['A', null, 'militaryLead'],
    ['B', null, 'policeTransition'],
    ['B', 2017, 'militarySupportsPolice'],
    ['C+LE', null, 'militarySupportsPolice'],
    ['C', null, 'traditionalMissions'],
    ['D', null, 'accommodation'],
  ] as const)('%s (handover %s) is %s', (token, handoverYear, mission) => {
    expect(missionOf({ strategy: strategyFromToken(token), handoverYear })).toBe(mission);
  });
});

describe('yearly resolution', () => {
  it('pulls the relationship up under a shared mission and lets it drift down without one', () => {
    const up = resolve(atResolution('A', { 'relationship.sedena': 40, 'relationship.semar': 40 }));
    expect(up.tracks['relationship.sedena']).toBeGreaterThan(40);
    const down = resolve(atResolution('D', { 'relationship.sedena': 60, 'relationship.semar': 60 }));
    expect(down.tracks['relationship.sedena']).toBeLessThan(60);
    expect(down.tracks['relationship.semar']).toBeLessThan(60);
  });

  it('drifts down more slowly when institutionalized (the damper)', () => {
    const drop = (inst: number) => 70 - resolve(atResolution('C', { 'relationship.sedena': 70, institutionalization: inst })).tracks['relationship.sedena'];
    expect(drop(80)).toBeLessThan(drop(10) * 0.6);
  });

  it('keeps the Navy above the Army when the Army returns to traditional missions (Option C)', () => {
    const t = atResolution('C').tracks;
    expect(relationshipTarget(t, 'traditionalMissions', 'semar').rise).toBeGreaterThan(relationshipTarget(t, 'traditionalMissions', 'sedena').rise + 20);
  });

  it('dismantles institutions under D, at a bounded pace', () => {
    const next = resolve(atResolution('D', { institutionalization: 60 }));
    expect(next.tracks.institutionalization).toBe(60 - MODEL.dismantleRate);
  });

  it('withholds intelligence under D (only functional ties remain)', () => {
    expect(intelligenceLevel({ tracks: atResolution('D', { 'relationship.sedena': 90, 'relationship.semar': 90 }).tracks, strategy: strategyFromToken('D'), flags: ['intelligenceWithheld'] })).toBe('functional');
    expect(intelligenceLevel({ tracks: atResolution('A', { 'relationship.sedena': 90, 'relationship.semar': 90 }).tracks, strategy: strategyFromToken('A'), flags: [] })).toBe('deep');
    expect(intelligenceLevel({ tracks: atResolution('A', { 'relationship.sedena': 5, 'relationship.semar': 5 }).tracks, strategy: strategyFromToken('A'), flags: [] })).toBe('none');
  });

  it('hands the lead to the police under B after the transition years, once police are ready', () => {
    const early = resolve(atResolution('B', { policeCapacity: 80 }, 2));
    expect(early.handoverYear).toBeNull();
    const notReady = resolve(atResolution('B', { policeCapacity: 20 }, 5));
    expect(notReady.handoverYear).toBeNull();
    // Once due, it comes with a chance each year ("four or more years", "much if not the entirety" of the term).
    let handed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const ready = resolve({ ...atResolution('B', { policeCapacity: 60 }, MODEL.handoverYears), config: { ...config(sc), seed } });
      if (ready.handoverYear === null) continue;
      handed++;
      expect(ready.handoverYear).toBe(2013);
      expect(latestLog(ready)).toContainEqual({ type: 'handover', year: 2013 });
    }
    expect(handed / 400).toBeGreaterThan(MODEL.handoverChance - 0.07);
    expect(handed / 400).toBeLessThan(MODEL.handoverChance + 0.07);
  });

  it('lets violence fall at first under D and climb again as the bargain frays', () => {
    const first = resolve(atResolution('D', { violence: 11000, tcoPower: 66 }, 1));
    expect(first.tracks.violence).toBeLessThan(11000);
    const late = resolve(atResolution('D', { violence: 5000, tcoPower: 85 }, 6));
    expect(late.tracks.violence).toBeGreaterThan(5000);
  });

  it('logs every change it makes with the rule that caused it', () => {
    const before = atResolution('A');
    const after = resolve(before);
    const changes = fullLog(after).filter((e) => e.type === 'track');
    expect(changes.length).toBeGreaterThan(5);
    for (const e of changes) expect(e.cause.kind).toBe('rule');
    // Replaying the logged changes from the old values gives the new values.
    const replayed: Record<string, unknown> = { ...before.tracks, intelligenceSharing: before.intelligenceSharing };
    for (const e of changes) {
      expect(replayed[e.track]).toBe(e.from);
      replayed[e.track] = e.to;
    }
    expect(replayed).toEqual({ ...after.tracks, intelligenceSharing: after.intelligenceSharing });
  });

  it('records the year and moves to the report', () => {
    const after = resolve(atResolution('A'));
    expect(after.phase).toBe('report');
    expect(after.history.at(-1)?.year).toBe(2013);
  });
});
