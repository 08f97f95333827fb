import type { Work } from './work';
import { pushLog } from './log';
import { addToTrackId, damperFactor, setFlag, setTrackId } from './effects';
import { MODEL } from './params';
import { draw } from './rng';
import { handoverDue, missionOf } from './strategy';
import { headlineRelationship, intelRank, TRACK_ID } from './tracks';
import type { Cause, GameState, IntelLevel, Mission, Tracks } from './types';
import { ruleCause } from './causes';

// The yearly resolution (DESIGN §2.3): drift, damping, violence, support, police reform. Every change
// is logged with the rule that caused it.

/** The rules' causes, made once (causes.ts shares one value per rule). */
const RULE_IDS = ['commitmentFades', 'confrontation', 'demand', 'dismantle', 'drift', 'fatigue', 'fragmentation', 'handover', 'impunity', 'institutionGrowth', 'institutionPace', 'intelligenceFollowsTrust', 'intelligenceLeak', 'intrusiveCooperation', 'policeReform', 'rotation', 'ruleOfLaw', 'sharedMission', 'tensionRelaxes', 'usPressure', 'usWithholdsIntelligence', 'violenceAndSupport', 'violenceDynamics', 'visibleSuccess'] as const;
const RULE = Object.fromEntries(RULE_IDS.map((id) => [id, ruleCause(id)])) as Record<(typeof RULE_IDS)[number], Cause>;

/** Flags of the tacit accommodation under Option D (paper §3, Option D). */
export const ACCOMMODATION_FLAGS = {
  /** The US has learned of the accommodation. */
  known: 'accommodationKnown',
  /** The US withholds intelligence (its lever `withholdIntelligence`). */
  withheld: 'intelligenceWithheld',
  /** The bargain has broken down among the organisations. */
  fragmented: 'accommodationFragmented',
} as const;

/**
 * The threat both militaries face, from 0 (the cartels crushed) to 1 (the cartels winning): a blend
 * of TCO power and the violence count (fn 37: "a common enemy").
 */
export function sharedThreat(tracks: Pick<Tracks, 'tcoPower' | 'violence'>): number {
  const w = MODEL.threatTcoWeight;
  const violence = Math.min(1, Math.max(0, tracks.violence) / MODEL.threatViolenceCap);
  return Math.min(1, Math.max(0, w * (tracks.tcoPower / 100) + (1 - w) * violence));
}

/** How strongly a mission pulls the services together at a given threat (about 1 at the 2012 threat). */
export function threatPull(threat: number): number {
  return MODEL.threatPullFloor + MODEL.threatPullGain * threat;
}

/** The value the service's relationship is pulled toward this year, and the floor it drifts down to. */
export function relationshipTarget(
  tracks: Tracks,
  mission: Mission,
  service: 'sedena' | 'semar',
): { rise: number; floor: number } {
  // A mission pulls a service above where it stood before the shared mission only as far as the
  // common threat makes the partnership worth it; below that baseline the threat does not matter.
  const baseline = MODEL.commonEnemyBaseline[service];
  const missionTarget = MODEL.missionTarget[mission][service];
  const base = missionTarget > baseline ? baseline + (missionTarget - baseline) * threatPull(sharedThreat(tracks)) : missionTarget;
  const tension = Math.max(0, tracks.sovereigntyTension - MODEL.tensionThreshold) * MODEL.tensionPull;
  const commitment = (tracks.usCommitment - 50) * MODEL.commitmentPull;
  const rise = base - tension + commitment + MODEL.personalTiesPull * tracks.personalTies;
  return { rise, floor: rise + MODEL.personalTiesFloor * tracks.personalTies };
}

/** The stored tracks' ids: the yearly resolution changes them by id (tracks.ts `TrackTable`). */
const T = TRACK_ID;
const SERVICE_TRACKS = [
  { service: 'sedena', id: T['relationship.sedena'] },
  { service: 'semar', id: T['relationship.semar'] },
] as const;

function driftRelationship(draft: Work, mission: Mission): void {
  for (const { service, id } of SERVICE_TRACKS) {
    const current = draft.tracks.values[id] as number;
    const { rise, floor } = relationshipTarget(draft.tracks, mission, service);
    if (current < rise) {
      const chill = Math.max(0, 1 - Math.max(0, draft.tracks.sovereigntyTension - MODEL.tensionThreshold) * MODEL.tensionChill);
      const rate = (MODEL.riseRate + MODEL.riseRatePersonalTies * (draft.tracks.personalTies / 100)) * chill;
      setTrackId(draft, id, current + (rise - current) * rate, RULE.sharedMission);
    } else if (current > floor) {
      const rate = MODEL.driftRate * damperFactor(draft.tracks.institutionalization);
      setTrackId(draft, id, current + (floor - current) * rate, RULE.drift);
    }
  }
}

function resolveInstitutions(draft: Work, mission: Mission, yearStart: Tracks): void {
  const growth = MODEL.institutionGrowth[mission];
  if (growth > 0) addToTrackId(draft, T.institutionalization, growth, RULE.institutionGrowth);
  if (mission === 'accommodation') addToTrackId(draft, T.institutionalization, -MODEL.dismantleRate, RULE.dismantle);
  const gained = draft.tracks.institutionalization - yearStart.institutionalization;
  if (gained > MODEL.institutionPaceLimit) {
    addToTrackId(draft, T.sovereigntyTension, (gained - MODEL.institutionPaceLimit) * MODEL.institutionPaceTension, RULE.institutionPace);
  }
}

function resolvePersonalTies(draft: Work, mission: Mission): void {
  const gain = MODEL.personalTiesGain[mission];
  if (gain > 0) addToTrackId(draft, T.personalTies, gain, RULE.sharedMission);
  const resilience = mission === 'accommodation' ? MODEL.accommodationTiesFade : 1;
  const fade = MODEL.rotationFade * (1 - MODEL.rotationDamper * (draft.tracks.institutionalization / 100)) * resilience;
  addToTrackId(draft, T.personalTies, -draft.tracks.personalTies * fade, RULE.rotation);
}

function resolveTensionAndCommitment(draft: Work, mission: Mission): void {
  const known = mission === 'accommodation' && draft.flags.includes(ACCOMMODATION_FLAGS.known);
  const pressure = MODEL.tensionByMission[mission] + (known ? MODEL.accommodationKnownTension : 0);
  // Under D the pressure comes from a US that withholds intelligence and criticizes, not from cooperation.
  if (pressure > 0) addToTrackId(draft, T.sovereigntyTension, pressure, (mission === 'accommodation' ? RULE.usPressure : RULE.intrusiveCooperation));
  const t = draft.tracks.sovereigntyTension;
  addToTrackId(draft, T.sovereigntyTension, (MODEL.tensionBaseline - t) * MODEL.tensionDecay, RULE.tensionRelaxes);
  const c = draft.tracks.usCommitment;
  addToTrackId(draft, T.usCommitment, (MODEL.commitmentBaseline - c) * MODEL.commitmentDecay, RULE.commitmentFades);
}

function resolveTcoPower(draft: Work, mission: Mission): void {
  const effectiveness = 0.5 + 0.25 * (intelRank(draft.intelligenceSharing) / 3) + 0.25 * (draft.tracks.policeCapacity / 100);
  const pressure = MODEL.tcoPressure[mission] * effectiveness;
  if (pressure > 0) addToTrackId(draft, T.tcoPower, -pressure, RULE.confrontation);
  const impunity = Math.max(0, 50 - draft.tracks.ruleOfLaw) * MODEL.tcoImpunityGrowth + MODEL.tcoGrowthByMission[mission];
  if (impunity > 0) addToTrackId(draft, T.tcoPower, impunity, RULE.impunity);
  // US demand refills the organisations toward the level it sustains (§4: "reduce demand for drugs").
  addToTrackId(draft, T.tcoPower, (MODEL.tcoDemandLevel - draft.tracks.tcoPower) * MODEL.tcoRegrowth, RULE.demand);
}

/** The conflict factor: how violent the TCOs' power makes the year under this mission. */
export function conflictFactor(mission: Mission, strategyYears: number, fragmented = false): number {
  const f = MODEL.conflictFactor[mission === 'accommodation' && fragmented ? 'fragmented' : mission];
  return Math.min(f.max, f.start + f.perYear * Math.max(0, strategyYears - 1));
}

function resolveViolence(draft: Work, mission: Mission): void {
  const fragmented = draft.flags.includes(ACCOMMODATION_FLAGS.fragmented);
  const equilibrium = MODEL.violencePerTcoPoint * draft.tracks.tcoPower * conflictFactor(mission, draft.strategyYears, fragmented);
  const v = draft.tracks.violence;
  const noise = 1 + MODEL.violenceNoise * (2 * draw(draft, 'noise') - 1);
  setTrackId(draft, T.violence, (v + (equilibrium - v) * MODEL.violenceResponse) * noise, RULE.violenceDynamics);
}

function resolveSupport(draft: Work, yearStart: Tracks): void {
  addToTrackId(draft, T.publicSupport, (MODEL.supportBaseline - draft.tracks.publicSupport) * MODEL.supportFatigue, RULE.fatigue);
  const excess = (draft.tracks.violence - MODEL.supportViolenceReference) / MODEL.supportViolenceScale;
  const fromViolence = -Math.max(-MODEL.supportViolenceCap, Math.min(MODEL.supportViolenceCap, excess));
  if (fromViolence !== 0) addToTrackId(draft, T.publicSupport, fromViolence, RULE.violenceAndSupport);
  const tcoLoss = yearStart.tcoPower - draft.tracks.tcoPower;
  if (tcoLoss > 0) addToTrackId(draft, T.publicSupport, tcoLoss * MODEL.supportPerTcoLoss, RULE.visibleSuccess);
}

function resolveReform(draft: Work, mission: Mission): void {
  addToTrackId(draft, T.policeCapacity, MODEL.policeGrowth[mission], RULE.policeReform);
  addToTrackId(draft, T.ruleOfLaw, MODEL.ruleOfLawByMission[mission], (mission === 'accommodation' ? RULE.impunity : RULE.ruleOfLaw));
}

export function intelligenceLevel(state: Pick<GameState, 'tracks' | 'strategy' | 'flags'>): IntelLevel {
  // Option D: once the US withholds intelligence, only functional ties remain (a US decision, not automatic).
  const relationship = headlineRelationship(state.tracks);
  if (state.strategy?.option === 'D' && state.flags.includes(ACCOMMODATION_FLAGS.withheld)) return relationship >= MODEL.intelFunctional ? 'functional' : 'none';
  if (relationship >= MODEL.intelDeep) return 'deep';
  if (relationship >= MODEL.intelRoutine) return 'routine';
  if (relationship >= MODEL.intelFunctional) return 'functional';
  return 'none';
}

export function updateIntelligence(draft: Work, cause: Cause): void {
  const level = intelligenceLevel(draft);
  if (level === draft.intelligenceSharing) return;
  pushLog(draft, { type: 'track', year: draft.year, track: 'intelligenceSharing', from: draft.intelligenceSharing, to: level, cause });
  draft.intelligenceSharing = level;
}

/**
 * Option D is tacit ("most likely without publicly stating its intentions"): intelligence still
 * shared reaches the organisations, the US learns of the accommodation only after a while, and the
 * bargain may fragment ("may be more difficult to achieve than Castañeda and Aguilar assert").
 */
function resolveAccommodation(draft: Work): void {
  const rank = intelRank(draft.intelligenceSharing);
  if (rank > 0 && !draft.flags.includes(ACCOMMODATION_FLAGS.withheld)) {
    addToTrackId(draft, T.tcoPower, MODEL.intelligenceLeak * rank, RULE.intelligenceLeak);
  }
  if (!draft.flags.includes(ACCOMMODATION_FLAGS.known) && draw(draft, 'accommodation', 'discovery') < MODEL.accommodationDiscovery) {
    setFlag(draft, ACCOMMODATION_FLAGS.known, true);
    pushLog(draft, { type: 'accommodationKnown', year: draft.year });
  }
  if (draft.strategyYears >= 2 && !draft.flags.includes(ACCOMMODATION_FLAGS.fragmented) && draw(draft, 'accommodation', 'fragmentation') < MODEL.fragmentationChance) {
    setFlag(draft, ACCOMMODATION_FLAGS.fragmented, true);
    pushLog(draft, { type: 'fragmentation', year: draft.year });
    addToTrackId(draft, T.publicSupport, MODEL.fragmentationSupportShock, RULE.fragmentation);
  }
}

/** Runs the year's resolution on a draft, given the tracks as they stood when the year began. */
export function resolveYear(draft: Work, yearStart: Tracks): void {
  const mission = missionOf(draft);
  if (mission === 'accommodation') resolveAccommodation(draft);
  driftRelationship(draft, mission);
  resolveInstitutions(draft, mission, yearStart);
  resolvePersonalTies(draft, mission);
  resolveTensionAndCommitment(draft, mission);
  resolveTcoPower(draft, mission);
  resolveViolence(draft, mission);
  resolveSupport(draft, yearStart);
  resolveReform(draft, mission);
  // The handover comes in year 4 or later, once the police are ready, and not always within the term.
  if (handoverDue(draft) && draw(draft, 'handover') < MODEL.handoverChance) {
    draft.handoverYear = draft.year;
    pushLog(draft, { type: 'handover', year: draft.year });
    // Fewer combined operations, not a political shock: institutions do not absorb it.
    setTrackId(draft, T['relationship.sedena'], draft.tracks['relationship.sedena'] + MODEL.handoverShock.sedena, RULE.handover);
    setTrackId(draft, T['relationship.semar'], draft.tracks['relationship.semar'] + MODEL.handoverShock.semar, RULE.handover);
  }
  updateIntelligence(draft, (draft.strategy?.option === 'D' ? RULE.usWithholdsIntelligence : RULE.intelligenceFollowsTrust));
}
