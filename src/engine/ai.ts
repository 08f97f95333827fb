import { MODEL } from './params';
import { deltaTerms, termsDelta, type DeltaTerm } from './effects';
import { affordableOptions, legalStances, leverAvailable, leverOf, optionCost, type Decision } from './legality';
import { draw, drawKey, streamKey, weightedPick, type StreamHolder, type StreamKey } from './rng';
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
  type StrategyFactor,
  type StrategyToken,
  type UsSituation,
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
  const factors: StrategyFactor[] = [];
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
        factors,
      },
    },
  };
}

/**
 * A decision's levers, filled in order of priority: each lever considered is taken if it is the
 * role's, available now, affordable with what is left, and not taken already.
 */
class Plan {
  readonly actions: string[] = [];
  private budget: number;

  constructor(
    private readonly state: GameState,
    private readonly role: Role,
  ) {
    this.budget = state.capital[role];
  }

  consider(id: string): this {
    const lever = leverOf(id);
    const action = lever?.action;
    if (lever && action && action.role === this.role && action.cost <= this.budget && !this.actions.includes(id) && leverAvailable(this.state, lever)) {
      this.actions.push(id);
      this.budget -= action.cost;
    }
    return this;
  }

  considerAll(ids: readonly string[]): this {
    for (const id of ids) this.consider(id);
    return this;
  }
}

export interface PlannedDecision extends Decision {
  readonly reason: Reason;
}

function mexicoDecision(state: GameState): PlannedDecision {
  const token = state.strategy ? strategyToken(state.strategy) : 'A';
  const t = state.tracks;
  const plan = new Plan(state, 'mexico');
  let wanted: Stance;
  switch (token) {
    case 'A':
      plan.consider('anticorruptionPurge').consider(t.publicSupport < 45 ? 'publicMessaging' : 'militarySurge');
      wanted = t.sovereigntyTension > 70 ? 'guarded' : 'open';
      break;
    case 'B':
      if (state.yearInTerm <= 3 && !state.flags.includes('statePoliceBill') && state.capital.mexico >= 3 && state.yearInTerm % 2 === 0) plan.consider('passStatePoliceBill');
      else plan.consider('pushPoliceReform').consider('publicMessaging');
      wanted = t.sovereigntyTension > 70 ? 'guarded' : 'open';
      break;
    case 'C+LE':
      plan.consider(state.year % 2 === 0 ? 'pushPoliceReform' : 'socialPrograms').consider('publicMessaging');
      wanted = t.sovereigntyTension > 55 ? 'guarded' : 'open';
      break;
    case 'C':
      plan.consider('socialPrograms').consider('publicMessaging');
      wanted = 'guarded';
      break;
    case 'D':
      plan.consider('publicMessaging');
      wanted = 'closed';
      break;
  }
  const stances = legalStances(state);
  const stance = stances.includes(wanted) ? wanted : (stances[0] as Stance);
  return {
    actions: plan.actions,
    stance,
    reason: { code: 'ai.mexico', values: { strategy: token, stance, support: Math.round(t.publicSupport), tension: Math.round(t.sovereigntyTension) } },
  };
}

function serviceDecision(state: GameState, role: 'sedena' | 'semar'): PlannedDecision {
  const mission = missionOf(state);
  const intel = intelRank(state.intelligenceSharing) >= 2;
  const tension = state.tracks.sovereigntyTension;
  const plan = new Plan(state, role);
  if (role === 'sedena') {
    // fn 15: SEDENA "formal, if not prickly"; the Army leaves once it returns to traditional missions.
    if (mission === 'accommodation' || mission === 'traditionalMissions' || tension >= 65) plan.consider('keepFormalDistance');
    else {
      plan.consider('engageNorthcom');
      if (intel) plan.consider('actOnUsIntelligence');
    }
  } else {
    // fn 15: SEMAR "much more cordial and practical"; the Navy keeps engaging at sea.
    if (mission === 'accommodation') plan.consider('maritimeSurveillance');
    else plan.consider('joinExercise').consider(intel && mission !== 'traditionalMissions' ? 'marineRaid' : 'maritimeSurveillance');
  }
  return { actions: plan.actions, reason: { code: `ai.${role}`, values: { mission, tension: Math.round(tension) } } };
}

const TCO_PRIORITIES = {
  confronted: ['escalateViolence', 'smuggleGunsSouth', 'corruptOfficials'],
  accommodatedSettled: ['diversifyCrime', 'corruptOfficials'],
  accommodatedNew: ['lieLow', 'corruptOfficials'],
  otherwise: ['corruptOfficials', 'smuggleGunsSouth'],
} as const;

function tcoDecision(state: GameState): PlannedDecision {
  const mission = missionOf(state);
  let priorities: readonly string[];
  if (mission === 'militaryLead' || mission === 'policeTransition') priorities = TCO_PRIORITIES.confronted;
  else if (mission === 'accommodation') priorities = state.strategyYears >= 2 ? TCO_PRIORITIES.accommodatedSettled : TCO_PRIORITIES.accommodatedNew;
  else priorities = TCO_PRIORITIES.otherwise;
  return { actions: new Plan(state, 'tco').considerAll(priorities).actions, reason: { code: 'ai.tco', values: { mission } } };
}

// "the United States would seek to maintain institutional military-to-military ties while
// awaiting the return of a government that would confront the TCOs"; it is "unwilling to pass
// information or intelligence to Mexico" once it knows (withholdIntelligence is available only
// then). Realistic shared objectives (manageExpectations) need a partner that confronts the TCOs:
// not under D.
const US_UNDER_ACCOMMODATION = ['withholdIntelligence', 'maintainFunctionalTies', 'stopGunsAndCash', 'reduceDemand'] as const;

function usDecision(state: GameState): PlannedDecision {
  const policy = state.config.usPolicy;
  const mission = missionOf(state);
  const t = state.tracks;
  // Passive: no US initiative at all, not even under D (intelligence keeps flowing by the relationship).
  if (policy === 'passive') return { actions: [], reason: { code: 'ai.us.passive' } };
  const plan = new Plan(state, 'us');
  if (policy === 'hawkish') {
    plan.consider('withholdIntelligence').consider('intrusiveOperation').consider('supportVisibleSuccess');
    if (t.tcoPower > 60) plan.consider('publicCriticism');
    plan.consider('speedMeridaDelivery');
    return { actions: plan.actions, reason: { code: 'ai.us.hawkish', values: { tcoPower: Math.round(t.tcoPower) } } };
  }
  // The paper's five recommendations (§4), in the order the situation calls for them.
  let situation: UsSituation;
  if (mission === 'accommodation') {
    situation = 'accommodation';
    plan.considerAll(US_UNDER_ACCOMMODATION);
  } else {
    const window = state.yearInTerm >= 4;
    situation = window ? 'window' : 'building';
    // The three-year Mérida support is ending (2011): propose its follow-up once.
    if (state.year >= 2011 && !state.flags.includes('meridaFollowUp')) plan.consider('meridaFollowUp');
    if (t.sovereigntyTension >= 55) plan.consider('manageExpectations');
    if (t.sovereigntyTension < 50) plan.consider('proposeCombinedCommand');
    if (headlineRelationship(t) >= 35) plan.consider('institutionalizeLinkages');
    plan.consider('continuityPrograms');
    if (window) plan.consider('supportVisibleSuccess');
    plan.consider('speedMeridaDelivery').consider('stopGunsAndCash').consider('manageExpectations');
  }
  return {
    actions: plan.actions,
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
  const actions = new Plan(state, role).considerAll(recorded.actions).actions;
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

/** The key of a card's tie-breaks in the computer's stream, made once per card. */
const tieKeys = new Map<string, StreamKey>();
function tieKey(cardId: string): StreamKey {
  let key = tieKeys.get(cardId);
  if (!key) tieKeys.set(cardId, (key = streamKey('ai', `card:${cardId}`)));
  return key;
}

export function chooseCardOption(state: GameState, scenario: Scenario, cardId: string, choice: CardChoice, rng: StreamHolder): { option: string; reason: Reason } {
  if (usesHistory(state, choice.role)) {
    const recorded = scenario.historical?.cardChoices[cardId];
    if (recorded && affordableOptions(state, choice).some((o) => o.id === recorded)) return { option: recorded, reason: { code: 'ai.historical', values: { year: state.year } } };
  }
  if (choice.role === 'us' && state.config.usPolicy === 'passive') return leastEffort(state, cardId, choice, rng);
  const interests = ROLE_INTERESTS[choice.role];
  const budget = state.capital[choice.role];
  let best: { id: string; score: number; track: EffectTrack | 'none' } | null = null;
  for (const option of choice.options) {
    const cost = optionCost(option, choice.role);
    if (cost > budget) continue;
    const deltas = deltaTerms(option.effects);
    // Capital spent on a card is capital not spent on the year's levers.
    let score = -CAPITAL_VALUE * cost;
    let track: EffectTrack | 'none' = 'none';
    let strongest = 0;
    for (let i = 0; i < deltas.tracks.length; i++) {
      const k = deltas.tracks[i] as EffectTrack;
      const s = (interests[k] ?? 0) * termsDelta(deltas.terms[i] as readonly DeltaTerm[], state.tracks);
      score += s;
      if (Math.abs(s) > strongest) {
        strongest = Math.abs(s);
        track = k;
      }
    }
    // Ties are broken by the game's RNG so that no option is favoured by its position.
    score += drawKey(rng, tieKey(cardId)) * 1e-6;
    if (!best || score > best.score) best = { id: option.id, score, track };
  }
  const pick = best ?? { id: choice.options[0]?.id ?? '', track: 'none' as const };
  return { option: pick.id, reason: { code: 'ai.cardChoice', values: { role: choice.role, option: pick.id, track: pick.track } } };
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
    let effort = drawKey(rng, tieKey(cardId)) * 1e-6;
    const deltas = deltaTerms(option.effects);
    for (let i = 0; i < deltas.tracks.length; i++) {
      effort += Math.abs(termsDelta(deltas.terms[i] as readonly DeltaTerm[], state.tracks)) / (deltas.tracks[i] === 'violence' ? 100 : 1);
    }
    if (!best || cost < best.cost || (cost === best.cost && effort < best.effort)) best = { id: option.id, cost, effort };
  }
  const id = best?.id ?? choice.options[0]?.id ?? '';
  return { option: id, reason: { code: 'ai.us.leastEffort', values: { role: choice.role, option: id } } };
}
