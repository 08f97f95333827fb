import type { Work } from './work';
import { pushLog } from './log';
import { MODEL } from './params';
import { draw } from './rng';
import { missionOf, strategyToken } from './strategy';
import { clampTrack, headlineRelationship, readTrack, relationshipBand } from './tracks';
import type {
  Cause,
  EffectTrack,
  GameState,
  Mission,
  NumericTrack,
  Party,
  Role,
  StrategyToken,
  TrackName,
} from './types';

// Card and action effects are data in this small declarative form, never code (DESIGN §3).

export type Effect =
  | { readonly op: 'add'; readonly track: EffectTrack; readonly value: number }
  | { readonly op: 'scale'; readonly track: NumericTrack; readonly factor: number }
  | { readonly op: 'flag'; readonly flag: string; readonly value: boolean }
  | { readonly op: 'capital'; readonly role: Role; readonly value: number }
  | { readonly op: 'chance'; readonly p: number; readonly then: readonly Effect[]; readonly else?: readonly Effect[] };

export interface Range {
  readonly from?: number;
  readonly to?: number;
}

export interface TrackCondition {
  readonly track: TrackName;
  readonly min?: number;
  readonly max?: number;
}

/** All given parts must hold; an empty condition always holds. */
export interface Condition {
  readonly years?: Range;
  readonly yearInTerm?: Range;
  readonly strategies?: readonly StrategyToken[];
  readonly missions?: readonly Mission[];
  readonly parties?: readonly Party[];
  readonly tracks?: readonly TrackCondition[];
  readonly flags?: { readonly all?: readonly string[]; readonly none?: readonly string[] };
}

function inRange(value: number, range: Range | undefined): boolean {
  if (!range) return true;
  return (range.from === undefined || value >= range.from) && (range.to === undefined || value <= range.to);
}

export function conditionHolds(state: GameState, condition: Condition | undefined): boolean {
  if (!condition) return true;
  if (!inRange(state.year, condition.years)) return false;
  if (!inRange(state.yearInTerm, condition.yearInTerm)) return false;
  if (condition.strategies) {
    if (!state.strategy || !condition.strategies.includes(strategyToken(state.strategy))) return false;
  }
  if (condition.missions && !condition.missions.includes(missionOf(state))) return false;
  if (condition.parties && !condition.parties.includes(state.party)) return false;
  for (const t of condition.tracks ?? []) {
    const value = readTrack(state.tracks, state.intelligenceSharing, t.track);
    if (t.min !== undefined && value < t.min) return false;
    if (t.max !== undefined && value > t.max) return false;
  }
  const flags = condition.flags;
  if (flags?.all?.some((f) => !state.flags.includes(f))) return false;
  if (flags?.none?.some((f) => state.flags.includes(f))) return false;
  return true;
}

/** The share of a political shock (or of drift) that institutionalization lets through (DESIGN §2.2). */
export function damperFactor(institutionalization: number): number {
  return 1 - MODEL.damperStrength * (institutionalization / 100);
}

/**
 * Sets one stored track, clamped to its bounds, and logs the change with its cause. A change to
 * either service's relationship that moves the headline into another band is logged as well.
 */
export function setTrack(draft: Work, track: NumericTrack, value: number, cause: Cause): void {
  const from = draft.tracks[track];
  const to = clampTrack(track, value);
  if (to === from) return;
  draft.tracks[track] = to;
  // A lean game logs neither the change nor a band crossing: it skips building them at all.
  if (draft.lean) return;
  const bandBefore = track.startsWith('relationship.') ? relationshipBand(headlineRelationship({ ...draft.tracks, [track]: from })) : null;
  pushLog(draft, { type: 'track', year: draft.year, track, from, to, cause });
  if (bandBefore) {
    const bandAfter = relationshipBand(headlineRelationship(draft.tracks));
    if (bandAfter !== bandBefore) pushLog(draft, { type: 'bandCrossed', year: draft.year, from: bandBefore, to: bandAfter });
  }
}

export function addToTrack(draft: Work, track: EffectTrack, value: number, cause: Cause): void {
  if (track === 'relationship') {
    addToTrack(draft, 'relationship.sedena', value, cause);
    addToTrack(draft, 'relationship.semar', value, cause);
    return;
  }
  // A blow to either service's relationship is a political shock: institutions absorb part of it.
  let applied = track.startsWith('relationship.') && value < 0 ? value * damperFactor(draft.tracks.institutionalization) : value;
  // Institutions are built slowly, and the last agreements are the hardest to reach.
  if (track === 'institutionalization' && value > 0) applied *= 1 - MODEL.institutionSaturation * (draft.tracks.institutionalization / 100);
  setTrack(draft, track, draft.tracks[track] + applied, cause);
}

export function setFlag(draft: Work, flag: string, value: boolean): void {
  const has = draft.flags.includes(flag);
  if (value && !has) {
    draft.flags.push(flag);
    draft.flags.sort();
  } else if (!value && has) {
    draft.flags.splice(draft.flags.indexOf(flag), 1);
  }
}

export function applyEffects(draft: Work, effects: readonly Effect[], cause: Cause): void {
  for (const effect of effects) {
    switch (effect.op) {
      case 'add':
        addToTrack(draft, effect.track, effect.value, cause);
        break;
      case 'scale':
        setTrack(draft, effect.track, draft.tracks[effect.track] * effect.factor, cause);
        break;
      case 'flag':
        setFlag(draft, effect.flag, effect.value);
        break;
      case 'capital':
        draft.capital[effect.role] = Math.max(0, draft.capital[effect.role] + effect.value);
        break;
      case 'chance':
        // Each cause has its own key in the effects stream: a lever's gamble never shifts a card's.
        applyEffects(draft, draw(draft, 'effects', causeKey(cause)) < effect.p ? effect.then : (effect.else ?? []), cause);
        break;
    }
  }
}

/** The key of a cause in the effects stream. */
function causeKey(cause: Cause): string {
  switch (cause.kind) {
    case 'card':
      return cause.choice === undefined ? `card:${cause.id}` : `card:${cause.id}:${cause.choice}`;
    case 'action':
      return `action:${cause.role}:${cause.id}`;
    default:
      return `${cause.kind}:${cause.id}`;
  }
}

/** Expected change of each track under some effects, for computer-played judgement and previews. */
export function expectedDeltas(effects: readonly Effect[], tracks: GameState['tracks'], weight = 1, into: Partial<Record<EffectTrack, number>> = {}): Partial<Record<EffectTrack, number>> {
  for (const effect of effects) {
    if (effect.op === 'add') into[effect.track] = (into[effect.track] ?? 0) + effect.value * weight;
    else if (effect.op === 'scale') into[effect.track] = (into[effect.track] ?? 0) + tracks[effect.track] * (effect.factor - 1) * weight;
    else if (effect.op === 'chance') {
      expectedDeltas(effect.then, tracks, weight * effect.p, into);
      expectedDeltas(effect.else ?? [], tracks, weight * (1 - effect.p), into);
    }
  }
  return into;
}

/** Every track an effect list names, for validation and coverage reports. */
export function effectTracks(effects: readonly Effect[]): EffectTrack[] {
  return effects.flatMap((e) =>
    e.op === 'add' || e.op === 'scale' ? [e.track] : e.op === 'chance' ? [...effectTracks(e.then), ...effectTracks(e.else ?? [])] : [],
  );
}

