import type { Work } from './work';
import { pushLog } from './log';
import { addToTrack, damperFactor, setTrack } from './effects';
import { MODEL } from './params';
import { random } from './rng';
import { handoverDue, missionOf } from './strategy';
import { headlineRelationship, intelRank } from './tracks';
import type { Cause, GameState, IntelLevel, Mission, Tracks } from './types';
import { ruleCause } from './causes';

// The yearly resolution (DESIGN §2.3): drift, damping, violence, support, police reform. Every change
// is logged with the rule that caused it.

const rule = ruleCause;

/** The value the service's relationship is pulled toward this year, and the floor it drifts down to. */
export function relationshipTarget(
  tracks: Tracks,
  mission: Mission,
  service: 'sedena' | 'semar',
): { rise: number; floor: number } {
  const base = MODEL.missionTarget[mission][service];
  const tension = Math.max(0, tracks.sovereigntyTension - MODEL.tensionThreshold) * MODEL.tensionPull;
  const commitment = (tracks.usCommitment - 50) * MODEL.commitmentPull;
  const rise = base - tension + commitment + MODEL.personalTiesPull * tracks.personalTies;
  return { rise, floor: rise + MODEL.personalTiesFloor * tracks.personalTies };
}

function driftRelationship(draft: Work, mission: Mission): void {
  for (const service of ['sedena', 'semar'] as const) {
    const track = `relationship.${service}` as const;
    const current = draft.tracks[track];
    const { rise, floor } = relationshipTarget(draft.tracks, mission, service);
    if (current < rise) {
      const chill = Math.max(0, 1 - Math.max(0, draft.tracks.sovereigntyTension - MODEL.tensionThreshold) * MODEL.tensionChill);
      const rate = (MODEL.riseRate + MODEL.riseRatePersonalTies * (draft.tracks.personalTies / 100)) * chill;
      setTrack(draft, track, current + (rise - current) * rate, rule('sharedMission'));
    } else if (current > floor) {
      const rate = MODEL.driftRate * damperFactor(draft.tracks.institutionalization);
      setTrack(draft, track, current + (floor - current) * rate, rule('drift'));
    }
  }
}

function resolveInstitutions(draft: Work, mission: Mission, yearStart: Tracks): void {
  const growth = MODEL.institutionGrowth[mission];
  if (growth > 0) addToTrack(draft, 'institutionalization', growth, rule('institutionGrowth'));
  if (mission === 'accommodation') addToTrack(draft, 'institutionalization', -MODEL.dismantleRate, rule('dismantle'));
  const gained = draft.tracks.institutionalization - yearStart.institutionalization;
  if (gained > MODEL.institutionPaceLimit) {
    addToTrack(draft, 'sovereigntyTension', (gained - MODEL.institutionPaceLimit) * MODEL.institutionPaceTension, rule('institutionPace'));
  }
}

function resolvePersonalTies(draft: Work, mission: Mission): void {
  const gain = MODEL.personalTiesGain[mission];
  if (gain > 0) addToTrack(draft, 'personalTies', gain, rule('sharedMission'));
  const resilience = mission === 'accommodation' ? MODEL.accommodationTiesFade : 1;
  const fade = MODEL.rotationFade * (1 - MODEL.rotationDamper * (draft.tracks.institutionalization / 100)) * resilience;
  addToTrack(draft, 'personalTies', -draft.tracks.personalTies * fade, rule('rotation'));
}

function resolveTensionAndCommitment(draft: Work, mission: Mission): void {
  const pressure = MODEL.tensionByMission[mission];
  // Under D the pressure comes from a US that withholds intelligence and criticizes, not from cooperation.
  if (pressure > 0) addToTrack(draft, 'sovereigntyTension', pressure, rule(mission === 'accommodation' ? 'usPressure' : 'intrusiveCooperation'));
  const t = draft.tracks.sovereigntyTension;
  addToTrack(draft, 'sovereigntyTension', (MODEL.tensionBaseline - t) * MODEL.tensionDecay, rule('tensionRelaxes'));
  const c = draft.tracks.usCommitment;
  addToTrack(draft, 'usCommitment', (MODEL.commitmentBaseline - c) * MODEL.commitmentDecay, rule('commitmentFades'));
}

function resolveTcoPower(draft: Work, mission: Mission): void {
  const effectiveness = 0.5 + 0.25 * (intelRank(draft.intelligenceSharing) / 3) + 0.25 * (draft.tracks.policeCapacity / 100);
  const pressure = MODEL.tcoPressure[mission] * effectiveness;
  if (pressure > 0) addToTrack(draft, 'tcoPower', -pressure, rule('confrontation'));
  const impunity = Math.max(0, 50 - draft.tracks.ruleOfLaw) * MODEL.tcoImpunityGrowth + MODEL.tcoGrowthByMission[mission];
  if (impunity > 0) addToTrack(draft, 'tcoPower', impunity, rule('impunity'));
  // US demand refills the organisations toward the level it sustains (§4: "reduce demand for drugs").
  addToTrack(draft, 'tcoPower', (MODEL.tcoDemandLevel - draft.tracks.tcoPower) * MODEL.tcoRegrowth, rule('demand'));
}

export function conflictFactor(mission: Mission, strategyYears: number): number {
  const f = MODEL.conflictFactor[mission];
  return Math.min(f.max, f.start + f.perYear * Math.max(0, strategyYears - 1));
}

function resolveViolence(draft: Work, mission: Mission): void {
  const equilibrium = MODEL.violencePerTcoPoint * draft.tracks.tcoPower * conflictFactor(mission, draft.strategyYears);
  const v = draft.tracks.violence;
  const noise = 1 + MODEL.violenceNoise * (2 * random(draft) - 1);
  setTrack(draft, 'violence', (v + (equilibrium - v) * MODEL.violenceResponse) * noise, rule('violenceDynamics'));
}

function resolveSupport(draft: Work, yearStart: Tracks): void {
  addToTrack(draft, 'publicSupport', (MODEL.supportBaseline - draft.tracks.publicSupport) * MODEL.supportFatigue, rule('fatigue'));
  const excess = (draft.tracks.violence - MODEL.supportViolenceReference) / MODEL.supportViolenceScale;
  const fromViolence = -Math.max(-MODEL.supportViolenceCap, Math.min(MODEL.supportViolenceCap, excess));
  if (fromViolence !== 0) addToTrack(draft, 'publicSupport', fromViolence, rule('violenceAndSupport'));
  const tcoLoss = yearStart.tcoPower - draft.tracks.tcoPower;
  if (tcoLoss > 0) addToTrack(draft, 'publicSupport', tcoLoss * MODEL.supportPerTcoLoss, rule('visibleSuccess'));
}

function resolveReform(draft: Work, mission: Mission): void {
  addToTrack(draft, 'policeCapacity', MODEL.policeGrowth[mission], rule('policeReform'));
  addToTrack(draft, 'ruleOfLaw', MODEL.ruleOfLawByMission[mission], rule(mission === 'accommodation' ? 'impunity' : 'ruleOfLaw'));
}

export function intelligenceLevel(state: Pick<GameState, 'tracks' | 'strategy'>): IntelLevel {
  // Option D: "the United States would clearly be unwilling to pass information or intelligence".
  const relationship = headlineRelationship(state.tracks);
  if (state.strategy?.option === 'D') return relationship >= MODEL.intelFunctional ? 'functional' : 'none';
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

/** Runs the year's resolution on a draft, given the tracks as they stood when the year began. */
export function resolveYear(draft: Work, yearStart: Tracks): void {
  const mission = missionOf(draft);
  driftRelationship(draft, mission);
  resolveInstitutions(draft, mission, yearStart);
  resolvePersonalTies(draft, mission);
  resolveTensionAndCommitment(draft, mission);
  resolveTcoPower(draft, mission);
  resolveViolence(draft, mission);
  resolveSupport(draft, yearStart);
  resolveReform(draft, mission);
  if (handoverDue(draft)) {
    draft.handoverYear = draft.year;
    pushLog(draft, { type: 'handover', year: draft.year });
    addToTrack(draft, 'relationship.sedena', MODEL.handoverShock.sedena, rule('handover'));
    addToTrack(draft, 'relationship.semar', MODEL.handoverShock.semar, rule('handover'));
  }
  updateIntelligence(draft, rule(draft.strategy?.option === 'D' ? 'usWithholdsIntelligence' : 'intelligenceFollowsTrust'));
}
