import { roleAction } from './actions';
import { MODEL } from './params';
import { expectedDeltas } from './effects';
import { affordableOptions, availableActions, legalStances, optionCost, type Decision } from './legality';
import { draw, weightedPick, type StreamHolder } from './rng';
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

export interface PerceivedSuccess {
  /** The blend, about -1 (the cartels are winning) to +1 (visible success). */
  readonly score: number;
  /** Each part's score: support for the strategy, the violence trend, TCO power lost, US follow-through. */
  readonly parts: Readonly<Record<keyof typeof MODEL.successWeights, number>>;
  /** Sovereignty strain: how far tension stands above the reference, in units of `strainScale`. */
  readonly strain: number;
  /** The violence count three years before, which the violence trend is read against. */
  readonly violenceBefore: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * How the outgoing strategy looks to the nation at the transition (§4, Window of Opportunity: "the
 * perceived level of success the Calderón administration achieves in confronting organized crime").
 */
export function perceivedSuccess(state: GameState): PerceivedSuccess {
  const t = state.tracks;
  const violenceBefore = pastValue(state, 3, (r) => r.tracks.violence);
  const tcoBefore = pastValue(state, 6, (r) => r.tracks.tcoPower);
  const parts = {
    support: clamp((t.publicSupport - MODEL.successSupportReference) / MODEL.successSupportScale, -1.5, 1.5),
    violence: clamp((violenceBefore - t.violence) / Math.max(1000, violenceBefore) * 3, -1, 1),
    tco: clamp((tcoBefore - t.tcoPower) / MODEL.successTcoScale, -1, 1.5),
    commitment: clamp((t.usCommitment - MODEL.successCommitmentReference) / MODEL.successCommitmentScale, -1, 1.5),
  };
  let score = 0;
  for (const k of Object.keys(parts) as (keyof typeof parts)[]) score += MODEL.successWeights[k] * parts[k];
  const strain = Math.max(0, t.sovereigntyTension - MODEL.strainReference) / MODEL.strainScale;
  return { score, parts, strain, violenceBefore };
}

/**
 * The incoming president's strategy: the party's tendency, shifted by the outgoing strategy's
 * perceived success ("if the nation perceives the cartels are winning, the next administration
 * could readily declare the previous administration's policy a failure") and by sovereignty strain
 * (US help should "avoid any semblance of encroachment of Mexican sovereignty", §4).
 */
export function chooseStrategy(state: GameState, rng: StreamHolder): StrategyChoice {
  const weights = { ...PARTY_TENDENCIES[state.party] } as Record<StrategyToken, number>;
  const t = state.tracks;
  const success = perceivedSuccess(state);
  for (const k of STRATEGY_TOKENS) {
    weights[k] *= Math.exp(MODEL.successResponse[k] * success.score + MODEL.strainResponse[k] * success.strain);
    weights[k] = Math.round(weights[k] * 100) / 100;
  }
  const p = success.parts;
  const factors: string[] = [];
  if (p.support <= -0.3) factors.push('lowSupport');
  else if (p.support >= 0.6) factors.push('highSupport');
  if (p.violence <= -0.25) factors.push('violenceRose');
  else if (p.violence >= 0.25) factors.push('violenceFell');
  if (p.tco >= 0.6) factors.push('visibleSuccess');
  else if (p.tco <= -0.5) factors.push('cartelsWinning');
  if (p.commitment >= 0.6) factors.push('usCommitted');
  else if (p.commitment <= -0.2) factors.push('usHalfhearted');
  if (success.strain >= 0.5) factors.push('sovereigntyStrain');
  const strategy = weightedPick(draw(rng, 'ai', 'strategy'), weights, STRATEGY_TOKENS);
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
        violenceBefore: success.violenceBefore,
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
  // Passive: no US initiative at all, not even under D (intelligence keeps flowing by the relationship).
  if (policy === 'passive') return { actions: [], reason: { code: 'ai.us.passive' } };
  if (policy === 'hawkish') {
    const priorities = ['withholdIntelligence', 'intrusiveOperation', 'supportVisibleSuccess', ...(t.tcoPower > 60 ? ['publicCriticism'] : []), 'speedMeridaDelivery'];
    return { actions: fillPlan(state, 'us', priorities), reason: { code: 'ai.us.hawkish', values: { tcoPower: Math.round(t.tcoPower) } } };
  }
  // The paper's five recommendations (§4), in the order the situation calls for them.
  let priorities: string[];
  let situation: string;
  if (mission === 'accommodation') {
    // "the United States would seek to maintain institutional military-to-military ties while
    // awaiting the return of a government that would confront the TCOs"
    situation = 'accommodation';
    // "unwilling to pass information or intelligence to Mexico" once it knows (withholdIntelligence is available only then).
    // Realistic shared objectives (manageExpectations) need a partner that confronts the TCOs: not under D.
    priorities = ['withholdIntelligence', 'maintainFunctionalTies', 'stopGunsAndCash', 'reduceDemand'];
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

export function chooseCardOption(state: GameState, scenario: Scenario, cardId: string, choice: CardChoice, rng: StreamHolder): { option: string; reason: Reason } {
  if (usesHistory(state, choice.role)) {
    const recorded = scenario.historical?.cardChoices[cardId];
    if (recorded && affordableOptions(state, choice).some((o) => o.id === recorded)) return { option: recorded, reason: { code: 'ai.historical', values: { year: state.year } } };
  }
  if (choice.role === 'us' && state.config.usPolicy === 'passive') return leastEffort(state, cardId, choice, rng);
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
    score += draw(rng, 'ai', `card:${cardId}`) * 1e-6;
    if (!best || score > best.score) best = { id: option.id, score, track };
  }
  const pick = best ?? { id: choice.options[0]?.id ?? '', track: '' };
  return { option: pick.id, reason: { code: 'ai.cardChoice', values: { role: choice.role, option: pick.id, track: pick.track || 'none' } } };
}

/**
 * A passive United States answers a card with the least effort: the cheapest option, and among
 * those the one that commits it to the least (the smallest expected change to any track); ties go
 * to the game's stream so that no option is favoured by its position.
 */
function leastEffort(state: GameState, cardId: string, choice: CardChoice, rng: StreamHolder): { option: string; reason: Reason } {
  let best: { id: string; cost: number; effort: number } | null = null;
  for (const option of affordableOptions(state, choice)) {
    const cost = optionCost(option, choice.role);
    let effort = draw(rng, 'ai', `card:${cardId}`) * 1e-6;
    for (const [track, v] of Object.entries(expectedDeltas(option.effects, state.tracks))) effort += Math.abs(v ?? 0) / (track === 'violence' ? 100 : 1);
    if (!best || cost < best.cost || (cost === best.cost && effort < best.effort)) best = { id: option.id, cost, effort };
  }
  const id = best?.id ?? choice.options[0]?.id ?? '';
  return { option: id, reason: { code: 'ai.us.leastEffort', values: { role: choice.role, option: id } } };
}
