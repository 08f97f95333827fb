import { describe, expect, it } from 'vitest';
import { applyAction, createGame, electionWeights, headlineRelationship, isComputerTurn, legalMoves, makeConfig, playGame, type GameState } from '../../src/engine';
import { momentsBetween, momentsOf, prologue, logEntries, type Moment } from '../../src/engine';
import { scenario, seats } from '../helpers';

// The big moments a game stages: read from the log, one per event that matters, with the values
// the panel shows (shares, odds, capital spent, the term's summary).

const sc = scenario('transition-2012');
const kinds = (ms: readonly Moment[]) => ms.map((m) => m.kind);

describe('moments', () => {
  it('a solo US game opens on the election result and the new strategy, with shares and the reason', () => {
    let state = createGame(sc, makeConfig(sc, { seed: 11, sexenios: 1, seats: seats(['us']) }));
    const before = state;
    while (isComputerTurn(state)) {
      const next = applyAction(state, sc, { type: 'AUTO' });
      if (!next.ok) throw new Error(next.error);
      state = next.value;
    }
    const opening = prologue(state, sc);
    expect(opening).not.toBeNull();
    const [election, strategy] = opening ?? [];
    expect(election?.kind).toBe('election');
    expect(strategy?.kind).toBe('strategy');
    if (election?.kind !== 'election' || strategy?.kind !== 'strategy') return;
    expect(election.year).toBe(2012);
    expect(election.shares).toEqual(electionWeights(before, sc));
    expect(election.why.incumbent).toBe('PAN');
    expect(election.why.scenarioFavours).toBe('PRI');
    expect(strategy.party).toBe(election.winner);
    expect(strategy.by).toBe('computer');
    expect(strategy.reason?.code).toBeTruthy();
    // Once the US has decided, the game is no longer cold.
    const [legal] = legalMoves(state, sc, 'us');
    const decided = applyAction(state, sc, legal?.type === 'RESOLVE_CARD' ? { type: 'RESOLVE_CARD', card: legal.card, option: legal.options[0] ?? '' } : { type: 'DECIDE', role: 'us', actions: [] });
    if (!decided.ok) throw new Error(decided.error);
    expect(prologue(decided.value, sc)).toBeNull();
    expect(momentsBetween(before, state, sc)).toEqual(opening);
  });

  it('over whole games, every year\'s net band crossing, intelligence change and refused offer is a moment, and each term ends with its summary', () => {
    let refused = 0;
    let crossings = 0;
    let cancelled = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const state: GameState = playGame(sc, makeConfig(sc, { seed, sexenios: 2, usPolicy: seed % 2 ? 'recommended' : 'hawkish' }));
      const entries = logEntries(state);
      const ms = momentsOf(entries, state, sc, sc.party);
      // Over a whole game's log, one band moment for each year whose crossings did not cancel out.
      const crossedByYear = new Map<number, { from: string; to: string }>();
      for (const e of entries) {
        if (e.type !== 'bandCrossed') continue;
        const seen = crossedByYear.get(e.year);
        crossedByYear.set(e.year, { from: seen?.from ?? e.from, to: e.to });
      }
      const net = [...crossedByYear].filter(([, c]) => c.from !== c.to).map(([year, c]) => ({ year, ...c }));
      expect(ms.flatMap((m) => (m.kind === 'band' ? [{ year: m.year, from: m.from, to: m.to }] : []))).toEqual(net);
      cancelled += crossedByYear.size - net.length;
      expect(kinds(ms).filter((k) => k === 'intelligence').length).toBe(entries.filter((e) => e.type === 'track' && e.track === 'intelligenceSharing').length);
      const outcomes = entries.filter((e) => e.type === 'actionOutcome' && !e.success);
      expect(kinds(ms).filter((k) => k === 'offerRefused').length).toBe(outcomes.length);
      for (const m of ms) {
        if (m.kind === 'offerRefused') {
          expect(m.odds).toBe(0.5);
          expect(m.capitalSpent).toBeGreaterThan(0);
          refused++;
        }
        if (m.kind === 'band') crossings++;
      }
      const ends = ms.filter((m) => m.kind === 'sexenioEnd');
      expect(ends.map((m) => m.year)).toEqual([2018, 2024]);
      const [first, second] = ends;
      if (first?.kind !== 'sexenioEnd' || second?.kind !== 'sexenioEnd') throw new Error('two term ends');
      expect(second.relationship.from).toBe(first.relationship.to);
      expect(second.relationship.to).toBe(headlineRelationship(state.history[state.history.length - 1]?.tracks ?? state.tracks));
      expect(first.relationship.from).toBe(headlineRelationship(state.start.tracks));
    }
    // The sample is not vacuous.
    expect(refused).toBeGreaterThan(0);
    expect(crossings).toBeGreaterThan(0);
    // Some year crossed a band and came back: no moment for it.
    expect(cancelled).toBeGreaterThan(0);
  });
});
