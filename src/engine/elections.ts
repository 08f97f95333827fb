import type { Work } from './work';
import { addToTrack, setFlag } from './effects';
import { ACCOMMODATION_FLAGS } from './resolution';
import { MODEL } from './params';
import type { Scenario } from './scenario-types';
import { strategyFromToken, strategyToken } from './strategy';
import { PARTIES, type GameState, type Party, type StrategyToken } from './types';
import { strategyCause } from './causes';

// Elections at the end of a sexenio and the transition that follows (DESIGN §2.3).

/**
 * Party weights for the election held in `state.year`: the scenario's weights for that year when it
 * names them (the PRI favoured in 2012, fn 28), otherwise equal; the incumbent's weight then follows
 * support for its strategy and suffers when violence is high.
 */
export function electionWeights(state: GameState, scenario: Scenario): Record<Party, number> {
  const base = scenario.elections[String(state.year)] ?? MODEL.electionBase;
  const weights = { ...base } as Record<Party, number>;
  const incumbent = state.party;
  let factor = MODEL.electionSupportFloor + state.tracks.publicSupport / 100;
  if (state.tracks.violence > MODEL.electionViolenceReference) factor *= 1 - MODEL.electionViolencePenalty;
  weights[incumbent] *= factor;
  const total = PARTIES.reduce((sum, p) => sum + weights[p], 0);
  for (const p of PARTIES) weights[p] = Math.round((weights[p] / total) * 1000) / 1000;
  return weights;
}

/** Shock to each service when a new strategy replaces the old (DESIGN §2.2: "a strategy change"). */
export const STRATEGY_CHANGE_SHOCK: Readonly<Record<StrategyToken, { sedena: number; semar: number }>> = {
  A: { sedena: 0, semar: 0 },
  B: { sedena: 0, semar: 0 },
  'C+LE': { sedena: -2, semar: -1 },
  // "the Army would probably retake its more insular focus"
  C: { sedena: -6, semar: -2 },
  // "a presidential order to halt any relations with the United States"
  D: { sedena: -12, semar: -10 },
};

/** Every flag of the accommodation, listed once. */
const ACCOMMODATION_FLAG_LIST: readonly string[] = Object.values(ACCOMMODATION_FLAGS);

/** Puts the chosen strategy in force at the start of a term. */
export function enactStrategy(draft: Work, token: StrategyToken): void {
  const previous = draft.strategy ? strategyToken(draft.strategy) : null;
  const cause = strategyCause(token);
  // Continuity: the same strategy carries on and its years keep counting.
  if (previous === token) return;
  // A new strategy ends the accommodation and what the US knew of it.
  for (const flag of ACCOMMODATION_FLAG_LIST) setFlag(draft, flag, false);
  draft.strategy = strategyFromToken(token);
  draft.strategyYears = 0;
  // Under D the government halts activities with the US; leaving D reopens cautiously.
  if (token === 'D') draft.stance = 'closed';
  else if (draft.stance === 'closed') draft.stance = 'guarded';
  draft.handoverYear = null;
  const shock = STRATEGY_CHANGE_SHOCK[token];
  if (shock.sedena) addToTrack(draft, 'relationship.sedena', shock.sedena, cause);
  if (shock.semar) addToTrack(draft, 'relationship.semar', shock.semar, cause);
  const fresh = MODEL.freshStart[token];
  if (fresh) addToTrack(draft, 'publicSupport', fresh, cause);
}

/**
 * An election's parties in the order every screen lists them: the largest share first (the
 * favourite on top, so an upset reads as one), ties in the engine's order (PARTIES).
 */
export function partiesByShare(shares: Readonly<Record<Party, number>>): Party[] {
  return [...PARTIES].sort((a, b) => shares[b] - shares[a]);
}
