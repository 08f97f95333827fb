import { roleAction } from './actions';
import { expectedDeltas } from './effects';
import { affordableOptions, availableActions, legalStances, optionCost, type Decision } from './legality';
import { random, weightedPick, type RngHolder } from './rng';
import type { CardChoice, Scenario } from './scenario-types';
import { missionOf, strategyToken } from './strategy';
import { headlineRelationship, intelRank } from './tracks';
import {
  STRATEGY_TOKENS,
  type EffectTrack,
  type GameState,
  type Party,
  type Reason,
  type Role,
  type Stance,
  type StrategyToken,
} from './types';

// Computer-played roles (DESIGN §2.6). Every decision comes with a reason a player can read, and
// every random choice draws from the game's own RNG, so the same seed gives the same decisions.

/** Party tendencies (§3 and fn 30, 31, 50): PAN continuity; PRI a police lead likely, D a risk; PRD social alternatives. */
export const PARTY_TENDENCIES: Readonly<Record<Party, Readonly<Record<StrategyToken, number>>>> = {
  PAN: { A: 55, B: 30, 'C+LE': 10, C: 3, D: 2 },
  PRI: { A: 15, B: 45, 'C+LE': 12, C: 8, D: 20 },
  PRD: { A: 5, B: 25, 'C+LE': 30, C: 30, D: 10 },
};

export interface StrategyChoice {
  readonly strategy: StrategyToken;
  readonly weights: Record<StrategyToken, number>;
  readonly reason: Reason;
}

/** The value a track had `yearsBack` end-of-year records ago (or at the start). */
function pastValue(state: GameState, yearsBack: number, read: (r: GameState['start']) => number): number {
  const records = [state.start, ...state.history];
  const r = records[Math.max(0, records.length - 1 - yearsBack)] ?? state.start;
  return read(r);
}

/** The incoming president's strategy, from party tendencies shifted by support, violence and US follow-through. */
export function chooseStrategy(state: GameState, rng: RngHolder): StrategyChoice {
  const weights = { ...PARTY_TENDENCIES[state.party] } as Record<StrategyToken, number>;
  const t = state.tracks;
  const factors: string[] = [];
  const violenceBefore = pastValue(state, 3, (r) => r.tracks.violence);
  const tcoBefore = pastValue(state, 6, (r) => r.tracks.tcoPower);
  // §4 Window of Opportunity: "if the nation perceives the cartels are winning, the next
  // administration could readily declare the previous administration's policy a failure".
  if (t.publicSupport < 40) {
    weights.A *= 0.5;
    factors.push('lowSupport');
  } else if (t.publicSupport >= 55) {
    weights.A *= 1.6;
    factors.push('highSupport');
  }
  if (t.violence > violenceBefore * 1.1) {
    weights.B *= 1.3;
    weights.D *= 1.4;
    factors.push('violenceRose');
  } else if (t.violence < violenceBefore * 0.9) {
    weights.A *= 1.3;
    factors.push('violenceFell');
  }
  if (t.tcoPower <= tcoBefore - 5) {
    weights.A *= 1.5;
    weights.D *= 0.6;
    factors.push('visibleSuccess');
  }
  if (t.usCommitment >= 60) {
    weights.A *= 1.2;
    weights.B *= 1.2;
    weights.D *= 0.7;
    factors.push('usCommitted');
  } else if (t.usCommitment < 35) {
    weights.D *= 1.3;
    factors.push('usHalfhearted');
  }
  for (const k of STRATEGY_TOKENS) weights[k] = Math.round(weights[k] * 100) / 100;
  const strategy = weightedPick(rng, weights, STRATEGY_TOKENS);
  return {
    strategy,
    weights,
    reason: {
      code: 'ai.strategy',
      values: {
        party: state.party,
        strategy,
        support: Math.round(t.publicSupport),
        violence: t.violence,
        violenceBefore,
        commitment: Math.round(t.usCommitment),
        factors: factors.join(',') || 'tendency',
      },
    },
  };
}

/** Fills a plan from a priority list: each available, affordable action in turn. */
function fillPlan(state: GameState, role: Role, priorities: readonly string[]): string[] {
  const available = new Set(availableActions(state, role).map((a) => a.id));
  let budget = state.capital[role];
  const plan: string[] = [];
  for (const id of priorities) {
    const action = roleAction(id);
    if (!action || !available.has(id) || plan.includes(id) || action.cost > budget) continue;
    plan.push(id);
    budget -= action.cost;
  }
  return plan;
}

export interface PlannedDecision extends Decision {
  readonly reason: Reason;
}

function mexicoDecision(state: GameState): PlannedDecision {
  const token = state.strategy ? strategyToken(state.strategy) : 'A';
  const t = state.tracks;
  const lowSupport = t.publicSupport < 45;
  const plans: Record<StrategyToken, string[]> = {
    A: lowSupport ? ['anticorruptionPurge', 'publicMessaging'] : ['anticorruptionPurge', 'militarySurge'],
    B: state.yearInTerm <= 3 && !state.flags.includes('statePoliceBill') && state.capital.mexico >= 3 && state.yearInTerm % 2 === 0
      ? ['passStatePoliceBill']
      : ['pushPoliceReform', 'publicMessaging'],
    'C+LE': state.year % 2 === 0 ? ['pushPoliceReform', 'publicMessaging'] : ['socialPrograms', 'publicMessaging'],
    C: ['socialPrograms', 'publicMessaging'],
    D: ['publicMessaging'],
  };
  const wanted: Record<StrategyToken, Stance> = {
    A: t.sovereigntyTension > 70 ? 'guarded' : 'open',
    B: t.sovereigntyTension > 70 ? 'guarded' : 'open',
    'C+LE': t.sovereigntyTension > 55 ? 'guarded' : 'open',
    C: 'guarded',
    D: 'closed',
  };
  const stances = legalStances(state);
  const stance = stances.includes(wanted[token]) ? wanted[token] : (stances[0] as Stance);
  return {
    actions: fillPlan(state, 'mexico', plans[token]),
    stance,
    reason: { code: 'ai.mexico', values: { strategy: token, stance, support: Math.round(t.publicSupport), tension: Math.round(t.sovereigntyTension) } },
  };
}

function serviceDecision(state: GameState, role: 'sedena' | 'semar'): PlannedDecision {
  const mission = missionOf(state);
  const intel = intelRank(state.intelligenceSharing) >= 2;
  const tension = state.tracks.sovereigntyTension;
  let priorities: string[];
  if (role === 'sedena') {
    // fn 15: SEDENA "formal, if not prickly"; the Army leaves once it returns to traditional missions.
    if (mission === 'accommodation' || mission === 'traditionalMissions' || tension >= 65) priorities = ['keepFormalDistance'];
    else priorities = ['engageNorthcom', ...(intel ? ['actOnUsIntelligence'] : [])];
  } else {
    // fn 15: SEMAR "much more cordial and practical"; the Navy keeps engaging at sea.
    if (mission === 'accommodation') priorities = ['maritimeSurveillance'];
    else priorities = ['joinExercise', ...(intel && mission !== 'traditionalMissions' ? ['marineRaid'] : ['maritimeSurveillance'])];
  }
  return { actions: fillPlan(state, role, priorities), reason: { code: `ai.${role}`, values: { mission, tension: Math.round(tension) } } };
}

function tcoDecision(state: GameState): PlannedDecision {
  const mission = missionOf(state);
  let priorities: string[];
  if (mission === 'militaryLead' || mission === 'policeTransition') priorities = ['escalateViolence', 'smuggleGunsSouth', 'corruptOfficials'];
  else if (mission === 'accommodation') priorities = state.strategyYears >= 2 ? ['diversifyCrime', 'corruptOfficials'] : ['lieLow', 'corruptOfficials'];
  else priorities = ['corruptOfficials', 'smuggleGunsSouth'];
  return { actions: fillPlan(state, 'tco', priorities), reason: { code: 'ai.tco', values: { mission } } };
}

function usDecision(state: GameState): PlannedDecision {
  const policy = state.config.usPolicy;
  const mission = missionOf(state);
  const t = state.tracks;
  if (policy === 'passive') return { actions: [], reason: { code: 'ai.us.passive' } };
  if (policy === 'hawkish') {
    const priorities = ['intrusiveOperation', 'supportVisibleSuccess', ...(t.tcoPower > 60 ? ['publicCriticism'] : []), 'speedMeridaDelivery'];
    return { actions: fillPlan(state, 'us', priorities), reason: { code: 'ai.us.hawkish', values: { tcoPower: Math.round(t.tcoPower) } } };
  }
  // The paper's five recommendations (§4), in the order the situation calls for them.
  let priorities: string[];
  let situation: string;
  if (mission === 'accommodation') {
    // "the United States would seek to maintain institutional military-to-military ties while
    // awaiting the return of a government that would confront the TCOs"
    situation = 'accommodation';
    priorities = ['maintainFunctionalTies', 'stopGunsAndCash', 'reduceDemand', 'manageExpectations'];
  } else {
    const window = state.yearInTerm >= 4;
    situation = window ? 'window' : 'building';
    priorities = [
      // The three-year Mérida support is ending (2011): propose its follow-up once.
      ...(state.year >= 2011 && !state.flags.includes('meridaFollowUp') ? ['meridaFollowUp'] : []),
      ...(t.sovereigntyTension >= 55 ? ['manageExpectations'] : []),
      ...(t.sovereigntyTension < 50 ? ['proposeCombinedCommand'] : []),
      ...(headlineRelationship(t) >= 35 ? ['institutionalizeLinkages'] : []),
      'continuityPrograms',
      ...(window ? ['supportVisibleSuccess', 'speedMeridaDelivery'] : ['speedMeridaDelivery']),
      'stopGunsAndCash',
      'manageExpectations',
    ];
  }
  return {
    actions: fillPlan(state, 'us', priorities),
    reason: { code: 'ai.us.recommended', values: { situation, relationship: Math.round(headlineRelationship(t)), tension: Math.round(t.sovereigntyTension) } },
  };
}

/** The computer's yearly decision for a role (the historical one where the scenario records it). */
export function planDecision(state: GameState, scenario: Scenario, role: Role): PlannedDecision {
  const historical = historicalDecision(state, scenario, role);
  if (historical) return historical;
  switch (role) {
    case 'mexico':
      return mexicoDecision(state);
    case 'sedena':
    case 'semar':
      return serviceDecision(state, role);
    case 'tco':
      return tcoDecision(state);
    case 'us':
      return usDecision(state);
  }
}

function usesHistory(state: GameState, role: Role): boolean {
  return role === 'us' ? state.config.usPolicy === 'historical' : state.config.mexicoPolicy === 'historical';
}

function historicalDecision(state: GameState, scenario: Scenario, role: Role): PlannedDecision | null {
  if (!usesHistory(state, role)) return null;
  const recorded = scenario.historical?.decisions[String(state.year)]?.[role];
  if (!recorded) return null;
  const available = new Set(availableActions(state, role).map((a) => a.id));
  const actions = fillPlan(state, role, recorded.actions.filter((id) => available.has(id)));
  const stance = role === 'mexico' && recorded.stance && legalStances(state).includes(recorded.stance) ? recorded.stance : undefined;
  return { actions, ...(stance ? { stance } : {}), reason: { code: 'ai.historical', values: { year: state.year } } };
}

/** What a point of political capital is worth against a point of a track the role cares about. */
const CAPITAL_VALUE = 2;

/** What each role cares about, for judging a card's choices by their expected effects. */
const ROLE_INTERESTS: Readonly<Record<Role, Partial<Record<EffectTrack, number>>>> = {
  us: { relationship: 2, 'relationship.sedena': 1, 'relationship.semar': 1, institutionalization: 0.5, usCommitment: 0.3, tcoPower: -0.5, sovereigntyTension: -0.3 },
  mexico: { publicSupport: 1, violence: -0.001, tcoPower: -0.3, sovereigntyTension: -0.4, ruleOfLaw: 0.3, policeCapacity: 0.2 },
  sedena: { 'relationship.sedena': 0.5, relationship: 0.5, sovereigntyTension: -0.6, tcoPower: -0.3 },
  semar: { 'relationship.semar': 1, relationship: 1, tcoPower: -0.4 },
  tco: { tcoPower: 1, policeCapacity: -0.5, ruleOfLaw: -0.3, violence: 0.0002 },
};

export function chooseCardOption(state: GameState, scenario: Scenario, cardId: string, choice: CardChoice, rng: RngHolder): { option: string; reason: Reason } {
  if (usesHistory(state, choice.role)) {
    const recorded = scenario.historical?.cardChoices[cardId];
    if (recorded && affordableOptions(state, choice).some((o) => o.id === recorded)) return { option: recorded, reason: { code: 'ai.historical', values: { year: state.year } } };
  }
  const interests = ROLE_INTERESTS[choice.role];
  let best: { id: string; score: number; track: string } | null = null;
  for (const option of affordableOptions(state, choice)) {
    const deltas = expectedDeltas(option.effects, state.tracks);
    // Capital spent on a card is capital not spent on the year's levers.
    let score = -CAPITAL_VALUE * optionCost(option, choice.role);
    let track = '';
    let strongest = 0;
    for (const [k, v] of Object.entries(deltas) as [EffectTrack, number][]) {
      const s = (interests[k] ?? 0) * v;
      score += s;
      if (Math.abs(s) > strongest) {
        strongest = Math.abs(s);
        track = k;
      }
    }
    // Ties are broken by the game's RNG so that no option is favoured by its position.
    score += random(rng) * 1e-6;
    if (!best || score > best.score) best = { id: option.id, score, track };
  }
  const pick = best ?? { id: choice.options[0]?.id ?? '', track: '' };
  return { option: pick.id, reason: { code: 'ai.cardChoice', values: { role: choice.role, option: pick.id, track: pick.track || 'none' } } };
}
