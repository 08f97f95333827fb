import { MODEL } from './params';
import type { GameState, Mission, Strategy, StrategyToken } from './types';

export function strategyToken(strategy: Strategy): StrategyToken {
  if (strategy.option === 'C') return strategy.lawEnforcement ? 'C+LE' : 'C';
  return strategy.option;
}

export function strategyFromToken(token: StrategyToken): Strategy {
  if (token === 'C+LE') return { option: 'C', lawEnforcement: true };
  return { option: token, lawEnforcement: false };
}

/**
 * What the Mexican military is doing this year under the strategy in force (paper §3):
 * - A keeps the military in the lead;
 * - B keeps it in the lead "for perhaps four or more years" while the police reform, then the
 *   military supports the police;
 * - C with a law-enforcement component "could continue along the lines discussed in Option B"
 *   after its transition; without one, "the military would probably return to its traditional
 *   defense and security missions";
 * - D orders the military "to focus solely on its traditional missions" and halts US activities.
 */
export function missionOf(state: Pick<GameState, 'strategy' | 'handoverYear'>): Mission {
  const s = state.strategy;
  if (!s) return 'traditionalMissions';
  switch (s.option) {
    case 'A':
      return 'militaryLead';
    case 'B':
      return state.handoverYear === null ? 'policeTransition' : 'militarySupportsPolice';
    case 'C':
      return s.lawEnforcement ? 'militarySupportsPolice' : 'traditionalMissions';
    case 'D':
      return 'accommodation';
  }
}

/** Option B hands the lead to the police once the transition years are served and the police are ready. */
export function handoverDue(state: Pick<GameState, 'strategy' | 'handoverYear' | 'strategyYears' | 'tracks'>): boolean {
  return (
    state.strategy?.option === 'B' &&
    state.handoverYear === null &&
    state.strategyYears >= MODEL.handoverYears &&
    state.tracks.policeCapacity >= MODEL.handoverPoliceCapacity
  );
}

/** A shared counter-TCO mission with the US (DESIGN §2.2). */
export function isSharedMission(mission: Mission): boolean {
  return mission === 'militaryLead' || mission === 'policeTransition';
}
