import { describe, expect, it } from 'vitest';
import { STRATEGY_TOKENS, type StrategyToken } from '../../src/engine';
import { runBatch, type BatchOptions, type BatchResult } from '../../src/sim/batch';
import { scenario } from '../helpers';

// The paper's claims (DESIGN §6, 1-5) as statistics over hundreds of seeded games through the
// machine, with the United States playing the paper's recommendations.

const sc = scenario('transition-2012');
const RUNS = 300;
/** The relationship of December 2006, "Distant", as calderon-2006 starts it (see scenarios/MODEL.md). */
const history = scenario('calderon-2006');
const PRE_CALDERON_SEDENA = history.start.tracks['relationship.sedena'];
const PRE_CALDERON_BASELINE = 0.6 * PRE_CALDERON_SEDENA + 0.4 * history.start.tracks['relationship.semar'];

const batch = (strategies: StrategyToken[], extra: Partial<BatchOptions> = {}): BatchResult =>
  runBatch(sc, { runs: RUNS, seed: 2011, strategies, usPolicy: 'recommended', ...extra });

const byOption = Object.fromEntries(STRATEGY_TOKENS.map((t) => [t, batch([t])])) as Record<StrategyToken, BatchResult>;
const finalMean = (t: StrategyToken) => byOption[t].final.relationship.mean;

describe('claim 1: the outlook by option at the end of the sexenio is A > B > C+LE > C > D', () => {
  it('orders the mean final relationship as the paper does', () => {
    expect(finalMean('A')).toBeGreaterThan(finalMean('B'));
    expect(finalMean('B')).toBeGreaterThan(finalMean('C+LE'));
    expect(finalMean('C+LE')).toBeGreaterThan(finalMean('C'));
    expect(finalMean('C')).toBeGreaterThan(finalMean('D'));
  });

  it('keeps the order in most individual games, not just on average (A beats D in the worst decile)', () => {
    expect(byOption.A.final.relationship.p10).toBeGreaterThan(byOption.D.final.relationship.p90);
  });
});

describe('claim 2: under D the relationship ends Distant or Adversarial and intelligence sharing ends', () => {
  it('ends Distant or Adversarial in at least 95% of games', () => {
    const bands = byOption.D.final.relationshipBand;
    expect(bands.Distant + bands.Adversarial).toBeGreaterThanOrEqual(0.95);
  });

  it('ends intelligence sharing in every game (functional ties at most)', () => {
    const intel = byOption.D.final.intelligenceSharing;
    expect(intel.routine + intel.deep).toBe(0);
  });
});

describe('claim 3: under B the relationship stays close through the transition, then declines but stays positive', () => {
  const mean = byOption.B.tracks.relationship.mean;
  it('stays at or above its starting level through the first four years', () => {
    for (const value of mean.slice(0, 4)) expect(value).toBeGreaterThanOrEqual((byOption.B.start.relationship as number) - 2);
  });

  it('declines after the police take the lead', () => {
    const peak = Math.max(...mean.slice(2, 4));
    expect(mean[5]).toBeLessThan(peak - 1);
  });

  it('stays positive, well above the pre-Calderón baseline', () => {
    expect(byOption.B.final.relationship.p10).toBeGreaterThan(PRE_CALDERON_BASELINE + 15);
    expect(byOption.B.final.relationshipBand.Distant + byOption.B.final.relationshipBand.Adversarial).toBe(0);
  });
});

describe('claim 4: under C without law enforcement the Army reverts toward the baseline while the Navy stays higher', () => {
  const final = byOption.C.final;
  it('brings SEDENA back toward where it stood before Calderón', () => {
    const start = byOption.C.start['relationship.sedena'] as number;
    expect(final['relationship.sedena'].mean).toBeLessThan(start - 15);
    expect(final['relationship.sedena'].mean - PRE_CALDERON_SEDENA).toBeLessThan(15);
  });

  it('keeps SEMAR at least 20 points above SEDENA', () => {
    expect(final['relationship.semar'].mean - final['relationship.sedena'].mean).toBeGreaterThan(20);
  });
});

describe('claim 5: institutionalization damps shocks', () => {
  it('makes the decline under D slower from a highly institutionalized start', () => {
    const low = batch(['D'], { startOverrides: { institutionalization: 20 } });
    const high = batch(['D'], { startOverrides: { institutionalization: 70 } });
    const drop = (b: BatchResult) => (b.start.relationship as number) - b.final.relationship.mean;
    expect(drop(high)).toBeLessThan(drop(low) * 0.85);
  });

  it('makes D cost less after a sexenio of institution-building than after a passive one', () => {
    const built = batch(['A', 'D'], { runs: 150 });
    const neglected = batch(['A', 'D'], { runs: 150, usPolicy: 'passive' });
    expect(built.final.institutionalization.mean).toBeGreaterThan(neglected.final.institutionalization.mean);
    const loss = (b: BatchResult) => {
      const m = b.tracks.relationship.mean;
      return ((m[5] ?? 0) - (m[11] ?? 0)) / (m[5] ?? 1);
    };
    expect(loss(built)).toBeLessThan(loss(neglected) * 0.85);
  });
});
