import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, makeConfig, playGame, ROLE_ACTIONS, setStateFreezing, type Condition, type GameState, type Scenario } from '../../src/engine';
import { conditionHolds, deltaTerms, expectedDeltas, termsDelta, type Effect } from '../../src/engine/effects';
import { DrawCounts } from '../../src/engine/rng';
import { missionOf, strategyToken } from '../../src/engine/strategy';
import { readTrack } from '../../src/engine/tracks';
import { runToEnd } from '../../src/machine';
import { batchSeeds } from '../../src/sim/compare';
import { scenario } from '../helpers';

// The hot paths work from forms compiled once (conditions into tests, expected effects into terms,
// draw counters into lists): each must give exactly what the plain form gives.

const SCENARIOS = ['transition-2012', 'window-2011', 'calderon-2006'].map((id) => scenario(id));

/** Every state of a few full games, one per step. */
function statesOf(sc: Scenario, seeds: readonly number[]): GameState[] {
  const states: GameState[] = [];
  for (const seed of seeds) {
    let state = createGame(sc, makeConfig(sc, { seed, sexenios: 3 }));
    while (state.phase !== 'debrief') {
      states.push(state);
      const next = applyAction(state, sc, { type: 'AUTO' });
      if (!next.ok) throw new Error(next.error);
      state = next.value;
    }
  }
  return states;
}

/** The condition as the rules state it, read part by part (the compiled test must agree). */
function plainHolds(state: GameState, c: Condition): boolean {
  const inRange = (v: number, r: { from?: number; to?: number } | undefined) => !r || ((r.from === undefined || v >= r.from) && (r.to === undefined || v <= r.to));
  if (!inRange(state.year, c.years) || !inRange(state.yearInTerm, c.yearInTerm)) return false;
  if (c.strategies && (!state.strategy || !c.strategies.includes(strategyToken(state.strategy)))) return false;
  if (c.missions && !c.missions.includes(missionOf(state))) return false;
  if (c.parties && !c.parties.includes(state.party)) return false;
  for (const t of c.tracks ?? []) {
    const v = readTrack(state.tracks, state.intelligenceSharing, t.track);
    if ((t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max)) return false;
  }
  if (c.flags?.all?.some((f) => !state.flags.includes(f))) return false;
  return !c.flags?.none?.some((f) => state.flags.includes(f));
}

describe('compiled forms', () => {
  afterEach(() => setStateFreezing(true));

  it('tests every card and lever condition as the plain reading does, in every state of some games', () => {
    for (const sc of SCENARIOS) {
      const conditions = [...sc.deck.flatMap((c) => (c.when ? [c.when] : [])), ...ROLE_ACTIONS.flatMap((a) => (a.when ? [a.when] : []))];
      const differ: string[] = [];
      for (const state of statesOf(sc, batchSeeds(21, 4))) {
        for (const condition of conditions) if (conditionHolds(state, condition) !== plainHolds(state, condition)) differ.push(JSON.stringify(condition));
      }
      expect(differ).toEqual([]);
    }
  });

  it('sums the expected change of every card option to the last bit, as expectedDeltas does', () => {
    for (const sc of SCENARIOS) {
      const lists: (readonly Effect[])[] = [...sc.deck.flatMap((c) => [c.effects, ...(c.choice?.options.map((o) => o.effects) ?? [])]), ...ROLE_ACTIONS.map((a) => a.effects)];
      for (const state of statesOf(sc, batchSeeds(22, 2)).filter((_, i) => i % 7 === 0)) {
        const differ = lists.filter((effects) => {
          const plain = expectedDeltas(effects, state.tracks);
          const terms = deltaTerms(effects);
          return terms.tracks.join() !== Object.keys(plain).join() || terms.tracks.some((track, i) => !Object.is(termsDelta(terms.terms[i] ?? [], state.tracks), plain[track]));
        });
        expect(differ).toEqual([]);
      }
    }
  });

  it('keeps draw counters in the order first drawn, and compares them in any order', () => {
    const counts = DrawCounts.of({ 'events/count': 1, noise: 1 });
    expect(counts.take('ai/card:x')).toBe(0);
    expect(counts.take('events/count')).toBe(1);
    expect(JSON.stringify(counts.toRecord())).toBe('{"events/count":2,"noise":1,"ai/card:x":1}');
    expect(counts.sameAs({ noise: 1, 'ai/card:x': 1, 'events/count': 2 })).toBe(true);
    expect(counts.sameAs({ noise: 1, 'events/count': 2 })).toBe(false);
    counts.clear();
    expect(counts.toRecord()).toEqual({});
    // A new year reuses the lists: last year's counters must not come back.
    expect(counts.sameAs({})).toBe(true);
    expect(counts.take('noise')).toBe(0);
    expect(counts.take('ai/card:x')).toBe(0);
    expect(counts.take('noise')).toBe(1);
    expect(JSON.stringify(counts.toRecord())).toBe('{"noise":2,"ai/card:x":1}');
    expect(counts.sameAs({ 'ai/card:x': 1, noise: 2 })).toBe(true);
  });

  it('commits unfrozen states (headless batches) with the very content of frozen ones', () => {
    for (const [i, seed] of batchSeeds(23, 30).entries()) {
      const sc = SCENARIOS[i % 3] as Scenario;
      const config = makeConfig(sc, { seed, sexenios: 1 + (i % 3) });
      setStateFreezing(true);
      const frozen = [playGame(sc, config), runToEnd(sc, config, { lean: true })];
      setStateFreezing(false);
      const unfrozen = [playGame(sc, config), runToEnd(sc, config, { lean: true })];
      expect(JSON.stringify(unfrozen)).toBe(JSON.stringify(frozen));
      expect(Object.isFrozen(unfrozen[0])).toBe(false);
    }
  });
});
