import { describe, expect, it } from 'vitest';
import { STRATEGY_TOKENS, TRACK_BOUNDS, US_POLICIES, type Scenario } from '../../src/engine';
import { firstDifference, Prng, runFuzz } from '../../src/sim/fuzz';
import { scenario } from '../helpers';

// The fuzzer (npm run fuzz): a short fixed-seed slice must pass with non-trivial counts, and an
// injected fault must be caught, so that the slice cannot pass vacuously.

describe('the fuzzer', () => {
  it('plays a fixed-seed slice of random games with no broken invariant', () => {
    const report = runFuzz({ seed: 2026, games: 30, maxSexenios: 8 });
    expect(report.failure).toBeNull();
    expect(report.games).toBe(30);
    expect(report.moves).toBeGreaterThan(500);
    expect(report.reloads).toBeGreaterThan(10);
    expect(report.illegal).toBeGreaterThan(100);
    expect(report.refused).toBe(report.illegal);
    expect(report.checks).toBeGreaterThan(report.moves * 5);
    expect(report.delegations).toBeGreaterThan(0);
    // Every shipped scenario, every strategy (C with and without law enforcement), every US policy.
    expect(Object.keys(report.coverage.scenarios).sort()).toEqual(['calderon-2006', 'transition-2012', 'window-2011']);
    expect(Object.keys(report.coverage.strategies).sort()).toEqual([...STRATEGY_TOKENS].sort());
    expect(Object.keys(report.coverage.usPolicies).sort()).toEqual([...US_POLICIES].sort());
    // Games of 1 to 8 sexenios, from no human seat (the computer plays it through) to all five.
    expect(Object.keys(report.coverage.sexenios).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(Object.keys(report.coverage.humans).sort()).toEqual(['0', '1', '2', '3', '4', '5']);
    for (const kind of ['wrongPhase', 'wrongRole', 'unknownId', 'overBudget', 'garbage', 'gameInProgress']) expect(report.illegalByKind[kind] ?? 0, kind).toBeGreaterThan(0);
  }, 60_000);

  it('is deterministic by seed, and one game of a run replays alone', () => {
    const strip = (r: ReturnType<typeof runFuzz>) => ({ ...r, seconds: 0 });
    const a = runFuzz({ seed: 5, games: 4, maxSexenios: 3 });
    const b = runFuzz({ seed: 5, games: 4, maxSexenios: 3 });
    expect(strip(a)).toEqual(strip(b));
    const whole = runFuzz({ seed: 5, games: 3, maxSexenios: 3 });
    const lastAlone = runFuzz({ seed: 5, games: 4, maxSexenios: 3, only: 3 });
    expect(lastAlone.games).toBe(1);
    expect(lastAlone.moves).toBe(a.moves - whole.moves);
    // A run split into slices plays the same games as one run: the two halves add up to the whole.
    const first = runFuzz({ seed: 5, games: 2, maxSexenios: 3 });
    const second = runFuzz({ seed: 5, games: 2, maxSexenios: 3, from: 2 });
    expect(second.games).toBe(2);
    expect(first.moves + second.moves).toBe(a.moves);
    expect(first.checks + second.checks).toBe(a.checks);
    expect(first.reloads + second.reloads).toBe(a.reloads);
  }, 30_000);

  it('sends a wrong seat that really is wrong (game 461 of seed 1: a control-cell act re-signed by the facilitator was taken for one)', () => {
    const report = runFuzz({ seed: 1, games: 462, maxSexenios: 8, only: 461 });
    expect(report.failure).toBeNull();
    expect(report.illegalByKind.wrongSeat ?? 0).toBeGreaterThan(0);
  }, 30_000);

  it('catches a track outside its bounds (narrowed bounds)', () => {
    const report = runFuzz({ seed: 1, games: 5, maxSexenios: 1, bounds: { ...TRACK_BOUNDS, violence: [0, 100] } });
    expect(report.failure?.invariant).toBe('tracks in bounds and finite');
    expect(report.failure?.message).toMatch(/violence = \d+ is outside \[0, 100\]/);
    expect(report.failure?.game).toBe(0);
    expect(report.games).toBe(1);
  }, 30_000);

  it('catches a scenario that starts a track out of bounds', () => {
    // The 2012 transition opens on the election: the start state is checked before any rule clamps it.
    const base = scenario('transition-2012');
    const broken: Scenario = { ...base, start: { ...base.start, tracks: { ...base.start.tracks, policeCapacity: 140 } } };
    const report = runFuzz({ seed: 3, games: 10, maxSexenios: 1, scenarios: [broken] });
    expect(report.failure?.invariant).toBe('tracks in bounds and finite');
    expect(report.failure?.message).toContain('policeCapacity = 140 is outside [0, 100]');
    expect(report.failure?.scenario).toBe('transition-2012');
  }, 30_000);

  it('runs extra invariants after every event and reports the move list of the failing game', () => {
    let calls = 0;
    const report = runFuzz({
      seed: 9,
      // The run stops at the first failing game; the PRD wins some election within a few dozen.
      games: 80,
      maxSexenios: 2,
      checks: [{ name: 'no election of the PRD', check: (game) => (calls++, game.party === 'PRD' && game.year > 2012 ? `the PRD won in ${game.year}` : null) }],
    });
    expect(calls).toBeGreaterThan(0);
    expect(report.failure?.invariant).toBe('no election of the PRD');
    expect(report.failure?.seed).toBe(9);
    expect(Array.isArray(report.failure?.moves)).toBe(true);
    expect(report.failure?.config.seed).toEqual(expect.any(Number));
  }, 30_000);

  it('compares values structurally and names the first difference', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('$.a[1].b: 2 ≠ 3');
    expect(firstDifference({ a: 1 }, { a: 1, c: 2 })).toMatch(/\$\.c/);
    expect(firstDifference([1], [1, 2])).toMatch(/length/);
    const rng = new Prng(1);
    const xs = Array.from({ length: 1000 }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});
