import { ofRole } from './by-role';
import { MODEL } from './params';
import { legalStances, leverAvailable, leverOf, type Decision, type Lever } from './legality';
import { draw, weightedPick, type StreamHolder } from './rng';
import type { Scenario } from './scenario-types';
import { missionOf, strategyToken } from './strategy';
import { headlineRelationship, intelRank } from './tracks';
import {
  STRATEGY_TOKENS,
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
 * The levers taken by the plan being made, and their action ids. Plans are made one at a time, each
 * finished (`planned`) before the next begins, so they share these lists and each plan's decision
 * gets lists of just its length: a list grown by `push` from empty reserves room for seventeen,
 * and two such lists a plan were a sixth of what a game allocated.
 */
const takenLevers: Lever[] = [];
const takenIds: string[] = [];

/** The first `n` items of `list` as a new list of just that length (a literal for the usual few). */
function firstOf<T>(list: readonly T[], n: number): T[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [list[0] as T];
    case 2:
      return [list[0] as T, list[1] as T];
    case 3:
      return [list[0] as T, list[1] as T, list[2] as T];
    default:
      return list.slice(0, n);
  }
}

/**
 * A decision's levers, filled in order of priority: each lever considered is taken if it is the
 * role's, available now, affordable with what is left, and not taken already.
 */
class Plan {
  /** How many of `takenLevers` (and `takenIds`) are this plan's. */
  private count = 0;
  private budget: number;

  constructor(
    private readonly state: GameState,
    private readonly role: Role,
  ) {
    this.budget = ofRole(state.capital, role);
  }

  consider(lever: Lever | undefined): this {
    if (lever && lever.role === this.role && lever.cost <= this.budget && !this.taken(lever) && leverAvailable(this.state, lever)) {
      takenLevers[this.count] = lever;
      takenIds[this.count] = lever.id;
      this.count++;
      this.budget -= lever.cost;
    }
    return this;
  }

  private taken(lever: Lever): boolean {
    for (let i = 0; i < this.count; i++) if (takenLevers[i] === lever) return true;
    return false;
  }

  /** The action ids taken, in order. */
  get actions(): string[] {
    return firstOf(takenIds, this.count);
  }

  /** The levers of `actions`, in the same order, so that playing the decision looks none up again. */
  get levers(): Lever[] {
    return firstOf(takenLevers, this.count);
  }

  considerAll(levers: readonly (Lever | undefined)[]): this {
    for (const lever of levers) this.consider(lever);
    return this;
  }
}

/**
 * The levers the computer's plans name, looked up by id once: a plan considers a handful of levers
 * every decision, and looking each up by its name every time was a fiftieth of a game's time.
 */
function leversNamed<const Id extends string>(...ids: Id[]): Readonly<Record<Id, Lever>> {
  const levers = {} as Record<Id, Lever>;
  for (const id of ids) {
    const lever = leverOf(id);
    if (!lever) throw new Error(`the computer's plans name an unknown lever "${id}"`);
    levers[id] = lever;
  }
  return levers;
}

const L = leversNamed(
  'anticorruptionPurge', 'publicMessaging', 'militarySurge', 'passStatePoliceBill', 'pushPoliceReform', 'socialPrograms',
  'keepFormalDistance', 'engageNorthcom', 'actOnUsIntelligence', 'maritimeSurveillance', 'joinExercise', 'marineRaid',
  'escalateViolence', 'smuggleGunsSouth', 'corruptOfficials', 'diversifyCrime', 'lieLow',
  'withholdIntelligence', 'intrusiveOperation', 'supportVisibleSuccess', 'publicCriticism', 'speedMeridaDelivery',
  'maintainFunctionalTies', 'stopGunsAndCash', 'reduceDemand', 'meridaFollowUp', 'manageExpectations',
  'proposeCombinedCommand', 'institutionalizeLinkages', 'continuityPrograms',
);

export interface PlannedDecision extends Decision {
  /** Why, for a player to read; none when the plan was asked without one (a lean game logs no decisions). */
  readonly reason: Reason | undefined;
  /** The levers of `actions`, in order (see `Plan`). */
  readonly levers?: readonly Lever[];
}

/**
 * A plan as a decision. Every decision has the same four fields, a missing stance included: the
 * decision is read where it is played (game.ts decide), and one shape there rather than five lets
 * V8 read each field with one load.
 */
function planned(plan: Plan | null, stance: Stance | undefined, reason: Reason | undefined): PlannedDecision {
  return { actions: plan ? plan.actions : [], levers: plan ? plan.levers : [], stance, reason };
}

function mexicoDecision(state: GameState, explain: boolean): PlannedDecision {
  const token = state.strategy ? strategyToken(state.strategy) : 'A';
  const t = state.tracks;
  const plan = new Plan(state, 'mexico');
  let wanted: Stance;
  switch (token) {
    case 'A':
      plan.consider(L.anticorruptionPurge).consider(t.publicSupport < 45 ? L.publicMessaging : L.militarySurge);
      wanted = t.sovereigntyTension > 70 ? 'guarded' : 'open';
      break;
    case 'B':
      if (state.yearInTerm <= 3 && !state.flags.includes('statePoliceBill') && state.capital.mexico >= 3 && state.yearInTerm % 2 === 0) plan.consider(L.passStatePoliceBill);
      else plan.consider(L.pushPoliceReform).consider(L.publicMessaging);
      wanted = t.sovereigntyTension > 70 ? 'guarded' : 'open';
      break;
    case 'C+LE':
      plan.consider(state.year % 2 === 0 ? L.pushPoliceReform : L.socialPrograms).consider(L.publicMessaging);
      wanted = t.sovereigntyTension > 55 ? 'guarded' : 'open';
      break;
    case 'C':
      plan.consider(L.socialPrograms).consider(L.publicMessaging);
      wanted = 'guarded';
      break;
    case 'D':
      plan.consider(L.publicMessaging);
      wanted = 'closed';
      break;
  }
  const stances = legalStances(state);
  const stance = stances.includes(wanted) ? wanted : (stances[0] as Stance);
  return planned(plan, stance, explain ? { code: 'ai.mexico', values: { strategy: token, stance, support: Math.round(t.publicSupport), tension: Math.round(t.sovereigntyTension) } } : undefined);
}

function serviceDecision(state: GameState, role: 'sedena' | 'semar', explain: boolean): PlannedDecision {
  const mission = missionOf(state);
  const intel = intelRank(state.intelligenceSharing) >= 2;
  const tension = state.tracks.sovereigntyTension;
  const plan = new Plan(state, role);
  if (role === 'sedena') {
    // fn 15: SEDENA "formal, if not prickly"; the Army leaves once it returns to traditional missions.
    if (mission === 'accommodation' || mission === 'traditionalMissions' || tension >= 65) plan.consider(L.keepFormalDistance);
    else {
      plan.consider(L.engageNorthcom);
      if (intel) plan.consider(L.actOnUsIntelligence);
    }
  } else {
    // fn 15: SEMAR "much more cordial and practical"; the Navy keeps engaging at sea.
    if (mission === 'accommodation') plan.consider(L.maritimeSurveillance);
    else plan.consider(L.joinExercise).consider(intel && mission !== 'traditionalMissions' ? L.marineRaid : L.maritimeSurveillance);
  }
  return planned(plan, undefined, explain ? { code: `ai.${role}`, values: { mission, tension: Math.round(tension) } } : undefined);
}

const TCO_PRIORITIES = {
  confronted: [L.escalateViolence, L.smuggleGunsSouth, L.corruptOfficials],
  accommodatedSettled: [L.diversifyCrime, L.corruptOfficials],
  accommodatedNew: [L.lieLow, L.corruptOfficials],
  otherwise: [L.corruptOfficials, L.smuggleGunsSouth],
} as const;

function tcoDecision(state: GameState, explain: boolean): PlannedDecision {
  const mission = missionOf(state);
  let priorities: readonly Lever[];
  if (mission === 'militaryLead' || mission === 'policeTransition') priorities = TCO_PRIORITIES.confronted;
  else if (mission === 'accommodation') priorities = state.strategyYears >= 2 ? TCO_PRIORITIES.accommodatedSettled : TCO_PRIORITIES.accommodatedNew;
  else priorities = TCO_PRIORITIES.otherwise;
  const plan = new Plan(state, 'tco').considerAll(priorities);
  return planned(plan, undefined, explain ? { code: 'ai.tco', values: { mission } } : undefined);
}

// "the United States would seek to maintain institutional military-to-military ties while
// awaiting the return of a government that would confront the TCOs"; it is "unwilling to pass
// information or intelligence to Mexico" once it knows (withholdIntelligence is available only
// then). Realistic shared objectives (manageExpectations) need a partner that confronts the TCOs:
// not under D.
const US_UNDER_ACCOMMODATION = [L.withholdIntelligence, L.maintainFunctionalTies, L.stopGunsAndCash, L.reduceDemand] as const;

function usDecision(state: GameState, explain: boolean): PlannedDecision {
  const policy = state.config.usPolicy;
  const mission = missionOf(state);
  const t = state.tracks;
  // Passive: no US initiative at all, not even under D (intelligence keeps flowing by the relationship).
  if (policy === 'passive') return planned(null, undefined, explain ? { code: 'ai.us.passive' } : undefined);
  const plan = new Plan(state, 'us');
  if (policy === 'hawkish') {
    plan.consider(L.withholdIntelligence).consider(L.intrusiveOperation).consider(L.supportVisibleSuccess);
    if (t.tcoPower > 60) plan.consider(L.publicCriticism);
    plan.consider(L.speedMeridaDelivery);
    return planned(plan, undefined, explain ? { code: 'ai.us.hawkish', values: { tcoPower: Math.round(t.tcoPower) } } : undefined);
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
    if (state.year >= 2011 && !state.flags.includes('meridaFollowUp')) plan.consider(L.meridaFollowUp);
    if (t.sovereigntyTension >= 55) plan.consider(L.manageExpectations);
    if (t.sovereigntyTension < 50) plan.consider(L.proposeCombinedCommand);
    if (headlineRelationship(t) >= 35) plan.consider(L.institutionalizeLinkages);
    plan.consider(L.continuityPrograms);
    if (window) plan.consider(L.supportVisibleSuccess);
    plan.consider(L.speedMeridaDelivery).consider(L.stopGunsAndCash).consider(L.manageExpectations);
  }
  if (!explain) return planned(plan, undefined, undefined);
  return planned(plan, undefined, {
    code: 'ai.us.recommended',
    values: { situation, relationship: Math.round(headlineRelationship(t)), tension: Math.round(t.sovereigntyTension) },
  });
}

/**
 * The computer's yearly decision for a role (the historical one where the scenario records it).
 * `explain` false leaves out the reason: a lean game logs no decisions, and building a reason for
 * each of a game's sixty was about a fiftieth of its time.
 */
export function planDecision(state: GameState, scenario: Scenario, role: Role, explain = true): PlannedDecision {
  const historical = historicalDecision(state, scenario, role);
  if (historical) return historical;
  switch (role) {
    case 'mexico':
      return mexicoDecision(state, explain);
    case 'sedena':
    case 'semar':
      return serviceDecision(state, role, explain);
    case 'tco':
      return tcoDecision(state, explain);
    case 'us':
      return usDecision(state, explain);
  }
}

/** Whether the computer plays `role` as history recorded it (the scenario's historical policy). */
export function usesHistory(state: GameState, role: Role): boolean {
  return role === 'us' ? state.config.usPolicy === 'historical' : state.config.mexicoPolicy === 'historical';
}

function historicalDecision(state: GameState, scenario: Scenario, role: Role): PlannedDecision | null {
  if (!usesHistory(state, role)) return null;
  const recorded = scenario.historical?.decisions[String(state.year)]?.[role];
  if (!recorded) return null;
  const plan = new Plan(state, role).considerAll(recorded.actions.map((id) => leverOf(id)));
  const stance = role === 'mexico' && recorded.stance && legalStances(state).includes(recorded.stance) ? recorded.stance : undefined;
  return planned(plan, stance, { code: 'ai.historical', values: { year: state.year } });
}
