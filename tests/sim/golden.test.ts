import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeConfig, US_POLICIES, type GameState, type Scenario } from '../../src/engine';
import { runToEnd } from '../../src/machine';
import { runBatch } from '../../src/sim/batch';
import { batchSeeds } from '../../src/sim/compare';
import { scenario } from '../helpers';

// Games and batches as the engine played them before its hot path was sped up (the card draw's
// logarithms skipped, levers and causes looked up once, START's single transition): a digest of
// every final state and of every batch's JSON, recorded then. identity.test.ts checks that the
// fast paths agree with the step-by-step path of today's code; these check that today's code
// agrees with the code before the speed work, to the last bit.

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const SCENARIOS = ['transition-2012', 'window-2011', 'calderon-2006'] as const;

/**
 * The state as the reference was recorded: since then a strategy reason's factors are a list of
 * codes (engine/types.ts `Reason`) where they were one comma-joined string ('tendency' for none).
 * The same information; the digest reads it in the recorded form.
 */
function asRecorded(key: string, value: unknown): unknown {
  return key === 'factors' && Array.isArray(value) ? value.join(',') || 'tendency' : value;
}

/** 100 games per scenario, 1-3 sexenios, every US policy, some with Mexico's historical decisions: the full state the browser keeps. */
function browserGames(sc: Scenario): string {
  const h = createHash('sha256');
  batchSeeds(41, 100).forEach((seed, i) => {
    const config = makeConfig(sc, { seed, sexenios: 1 + (i % 3), usPolicy: US_POLICIES[i % US_POLICIES.length], mexicoPolicy: i % 5 === 0 ? 'historical' : 'party' });
    const game: GameState = runToEnd(sc, config);
    h.update(JSON.stringify(game, asRecorded));
  });
  return h.digest('hex').slice(0, 16);
}

/** Recorded from the engine and machine as they stood before the speed work. */
const REFERENCE = {
  'transition-2012': { browser: '23a85539dee71b81', batch: 'f192fd770eb69793', batchFixed: '840050babd0c09b0' },
  'window-2011': { browser: '803766f524e39a50', batch: '2e3ecc92574002bc', batchFixed: 'e3c8d135a9036684' },
  'calderon-2006': { browser: 'bd2ebfd62aed0b7f', batch: 'b6ca193ac2b7693a', batchFixed: '2ad5b0dd51a62a75' },
};

describe('games and batches are those of the reference engine', () => {
  it.each(SCENARIOS)('%s: the full final state of 100 games through the machine (300 over the three scenarios, 1-3 sexenios)', (id) => {
    expect(browserGames(scenario(id))).toBe(REFERENCE[id].browser);
  });

  it.each(SCENARIOS)('%s: the JSON of lean headless batches (300 games of 2 sexenios; 150 of 3 with fixed strategies)', (id) => {
    const sc = scenario(id);
    expect(digest(runBatch(sc, { runs: 300, seed: 3, strategies: [], sexenios: 2, usPolicy: 'recommended' }))).toBe(REFERENCE[id].batch);
    expect(digest(runBatch(sc, { runs: 150, seed: 4, strategies: ['D', 'B'], sexenios: 3, usPolicy: 'hawkish' }))).toBe(REFERENCE[id].batchFixed);
  });
});
