import { describe, expect, it } from 'vitest';
import { applyAction, createGame, playGame, type GameState, type Party, type StrategyToken } from '../../src/engine';
import { planDecision } from '../../src/engine/ai';
import { fullLog } from '../../src/engine/log';
import { config, scenario } from '../helpers';

const sc = scenario();

/** The strategies the computer president picks for a party over many seeds. */
function picks(party: Party, tweak: Partial<GameState['tracks']> = {}, runs = 300): Record<StrategyToken, number> {
  const counts: Record<StrategyToken, number> = { A: 0, B: 0, 'C+LE': 0, C: 0, D: 0 };
  for (let seed = 0; seed < runs; seed++) {
    let g = createGame(sc, config(sc, { seed, fixedParties: [party] }));
    g = { ...g, tracks: { ...g.tracks, ...tweak } };
    const elected = applyAction(g, sc, { type: 'AUTO' });
    if (!elected.ok) throw new Error(elected.error);
    const chosen = applyAction(elected.value, sc, { type: 'AUTO' });
    if (!chosen.ok) throw new Error(chosen.error);
    const s = chosen.value.strategy;
    counts[s?.option === 'C' ? (s.lawEnforcement ? 'C+LE' : 'C') : (s?.option ?? 'A')] += 1;
  }
  return counts;
}

describe('the computer president (DESIGN §2.6)', () => {
  it('follows party tendencies: PAN continuity, PRI a police lead, PRD social alternatives', () => {
    const pan = picks('PAN');
    const pri = picks('PRI');
    const prd = picks('PRD');
    expect(pan.A).toBeGreaterThan(pan.B);
    expect(pri.B).toBeGreaterThan(pri.A);
    expect(pri.D).toBeGreaterThan(pan.D);
    expect(prd.C + prd['C+LE']).toBeGreaterThan(prd.A + prd.B);
  });

  it('abandons the course when support has collapsed, and keeps it when support is high', () => {
    const low = picks('PAN', { publicSupport: 25 });
    const high = picks('PAN', { publicSupport: 70 });
    expect(high.A).toBeGreaterThan(low.A + 30);
  });

  it('states a reason that cites support and violence', () => {
    const g = playGame(sc, config(sc, { seed: 8 }));
    const entry = fullLog(g).find((e) => e.type === 'strategy');
    expect(entry?.type === 'strategy' && entry.reason?.code).toBe('ai.strategy');
    if (entry?.type === 'strategy' && entry.reason?.code === 'ai.strategy') {
      expect(entry.reason.values).toMatchObject({ party: g.party, strategy: entry.strategy });
      expect(typeof entry.reason.values.support).toBe('number');
      // What moved the choice is a list of closed codes, not text to split.
      expect(Array.isArray(entry.reason.values.factors)).toBe(true);
    } else throw new Error('no strategy reason');
  });
});

describe('computer-played yearly decisions', () => {
  it('are legal and affordable for every role, with a reason', () => {
    const g = playGame(sc, config(sc, { seed: 21, sexenios: 2 }));
    const decisions = fullLog(g).filter((e) => e.type === 'decision');
    expect(decisions).toHaveLength(12 * 5);
    for (const d of decisions) expect(d.type === 'decision' && d.reason?.code).toMatch(/^ai\./);
  });

  it('under the recommended policy, institutionalizes linkages and keeps programs going', () => {
    const g = playGame(sc, config(sc, { seed: 2, fixedStrategies: ['A'] }));
    const us = fullLog(g).flatMap((e) => (e.type === 'decision' && e.role === 'us' ? e.actions : []));
    expect(us).toContain('institutionalizeLinkages');
    expect(us).toContain('continuityPrograms');
  });

  it('does nothing under the passive policy', () => {
    const g = playGame(sc, config(sc, { seed: 2, usPolicy: 'passive' }));
    expect(fullLog(g).filter((e) => e.type === 'decision' && e.role === 'us' && e.actions.length > 0)).toEqual([]);
  });

  it('keeps SEDENA at a distance once the Army returns to traditional missions (Option C)', () => {
    const g = { ...createGame(sc, config(sc)), phase: 'decisions' as const, strategy: { option: 'C' as const, lawEnforcement: false }, pending: ['sedena' as const], capital: { mexico: 3, sedena: 2, semar: 2, tco: 3, us: 4 } };
    expect(planDecision(g, sc, 'sedena').actions).toEqual(['keepFormalDistance']);
    expect(planDecision(g, sc, 'semar').actions).toContain('joinExercise');
  });
});
