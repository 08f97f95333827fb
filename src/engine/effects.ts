import { ofRole, setOfRole } from './by-role';
import type { Work } from './work';
import { keepsLog, pushLog } from './log';
import { MODEL } from './params';
import { drawKey, streamKey, type StreamKey } from './rng';
import { missionOf, strategyToken } from './strategy';
import { clampTrackId, headlineRelationship, intelRank, relationshipBand, TRACK_ID, trackAt } from './tracks';
import { NUMERIC_TRACKS } from './types';
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

/** A condition compiled into a test of a state; see `conditionTest`. */
export type ConditionTest = (state: GameState) => boolean;

const always: ConditionTest = () => true;
const compiledConditions = new WeakMap<Condition, ConditionTest>();

/**
 * The test of a condition, compiled once per condition object: cards and levers are checked
 * thousands of times a game, and the compiled test checks only the parts the condition has.
 */
export function conditionTest(condition: Condition | undefined): ConditionTest {
  if (!condition) return always;
  let test = compiledConditions.get(condition);
  if (!test) compiledConditions.set(condition, (test = compileCondition(condition)));
  return test;
}

export function conditionHolds(state: GameState, condition: Condition | undefined): boolean {
  return conditionTest(condition)(state);
}

function compileCondition(condition: Condition): ConditionTest {
  const parts: ConditionTest[] = [];
  const { years, yearInTerm, strategies, missions, parties, tracks, flags } = condition;
  if (years) parts.push(rangeTest((s) => s.year, years));
  if (yearInTerm) parts.push(rangeTest((s) => s.yearInTerm, yearInTerm));
  if (strategies) parts.push((s) => !!s.strategy && strategies.includes(strategyToken(s.strategy)));
  if (missions) parts.push((s) => missions.includes(missionOf(s)));
  if (parties) parts.push((s) => parties.includes(s.party));
  for (const t of tracks ?? []) parts.push(trackTest(t));
  const all = flags?.all;
  const none = flags?.none;
  if (all && all.length > 0) parts.push((s) => all.every((f) => s.flags.includes(f)));
  if (none && none.length > 0) parts.push((s) => !none.some((f) => s.flags.includes(f)));
  if (parts.length === 0) return always;
  if (parts.length === 1) return parts[0] as ConditionTest;
  return (state) => {
    for (let i = 0; i < parts.length; i++) if (!(parts[i] as ConditionTest)(state)) return false;
    return true;
  };
}

function rangeTest(read: (state: GameState) => number, range: Range): ConditionTest {
  const { from, to } = range;
  return (s) => {
    const value = read(s);
    return (from === undefined || value >= from) && (to === undefined || value <= to);
  };
}

function trackTest({ track, min, max }: TrackCondition): ConditionTest {
  const read: (s: GameState) => number =
    track === 'relationship' ? (s) => headlineRelationship(s.tracks) : track === 'intelligenceSharing' ? (s) => intelRank(s.intelligenceSharing) : storedTrackReader(track);
  return (s) => {
    const value = read(s);
    return !(min !== undefined && value < min) && !(max !== undefined && value > max);
  };
}

/** Reads one stored track of a state or a working copy, by its id in a working copy's table. */
function storedTrackReader(track: NumericTrack): (s: GameState) => number {
  const id = TRACK_ID[track];
  if (id === undefined) throw new Error(`condition on an unknown track "${String(track)}"`);
  return (s) => trackAt(s.tracks, id);
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
  setTrackId(draft, TRACK_ID[track], value, cause);
}

/** `addToTrack` of a stored track or the headline relationship, by name. */
export function addToTrack(draft: Work, track: EffectTrack, value: number, cause: Cause): void {
  if (track === 'relationship') {
    addToTrackId(draft, SEDENA, value, cause);
    addToTrackId(draft, SEMAR, value, cause);
    return;
  }
  addToTrackId(draft, TRACK_ID[track], value, cause);
}

const SEDENA = TRACK_ID['relationship.sedena'];
const SEMAR = TRACK_ID['relationship.semar'];
const INSTITUTIONALIZATION = TRACK_ID.institutionalization;
/** An effect's track id for the headline relationship, which moves both services (see `compiledEffects`). */
const HEADLINE = -1;

/** `setTrack` of the track with this id (tracks.ts `TRACK_ID`): the hot path's form. */
export function setTrackId(draft: Work, id: number, value: number, cause: Cause): void {
  const values = draft.tracks.values;
  const from = values[id] as number;
  const to = clampTrackId(id, value);
  if (to === from) return;
  values[id] = to;
  // A lean game logs neither the change nor a band crossing: it skips building them at all.
  if (!keepsLog(draft, 'track')) return;
  const track = NUMERIC_TRACKS[id] as NumericTrack;
  let bandBefore: ReturnType<typeof relationshipBand> | null = null;
  if (id === SEDENA || id === SEMAR) {
    const before = { ...draft.tracks.toRecord(), [track]: from };
    bandBefore = relationshipBand(headlineRelationship(before));
  }
  pushLog(draft, { type: 'track', year: draft.year, track, from, to, cause });
  if (bandBefore) {
    const bandAfter = relationshipBand(headlineRelationship(draft.tracks));
    if (bandAfter !== bandBefore) pushLog(draft, { type: 'bandCrossed', year: draft.year, from: bandBefore, to: bandAfter });
  }
}

/** Adds to the stored track with this id, as an effect does: political shocks and institution-building are damped. */
export function addToTrackId(draft: Work, id: number, value: number, cause: Cause): void {
  const values = draft.tracks.values;
  const institutionalization = values[INSTITUTIONALIZATION] as number;
  // A blow to either service's relationship is a political shock: institutions absorb part of it.
  let applied = value < 0 && (id === SEDENA || id === SEMAR) ? value * damperFactor(institutionalization) : value;
  // Institutions are built slowly, and the last agreements are the hardest to reach.
  if (id === INSTITUTIONALIZATION && value > 0) applied *= 1 - MODEL.institutionSaturation * (institutionalization / 100);
  setTrackId(draft, id, (values[id] as number) + applied, cause);
}

/** Sets or clears a flag; the flags stay sorted (a new one is put in its place, as sort() would). */
export function setFlag(draft: Work, flag: string, value: boolean): void {
  const flags = draft.flags;
  const has = flags.includes(flag);
  if (value && !has) {
    let at = flags.length;
    flags.push(flag);
    for (; at > 0 && (flags[at - 1] as string) > flag; at--) flags[at] = flags[at - 1] as string;
    flags[at] = flag;
  } else if (!value && has) {
    flags.splice(flags.indexOf(flag), 1);
  }
}

export function applyEffects(draft: Work, effects: readonly Effect[], cause: Cause): void {
  applyCompiled(draft, compiledEffects(effects), cause);
}

/**
 * An effect as `applyEffects` runs it: a track effect with its track's id (HEADLINE for the headline
 * relationship), and a gamble with its branches compiled. Every compiled effect has every field,
 * those its `op` does not use at a neutral value: lists of them mix kinds, and one shape lets V8
 * read `op` and the rest with one check, where five shapes made `op` a lookup in a shared cache.
 */
export interface CompiledEffect {
  readonly op: 'add' | 'scale' | 'flag' | 'capital' | 'chance';
  /** The track's id (add, scale), -1 otherwise. */
  readonly id: number;
  /** What is added to the track (add) or to the role's capital (capital), 0 otherwise. */
  readonly value: number;
  /** What the track is multiplied by (scale), 1 otherwise. */
  readonly factor: number;
  /** The flag set or cleared (flag), '' otherwise, and whether it is set. */
  readonly flag: string;
  readonly set: boolean;
  /** Whose capital (capital), 'us' otherwise (unread). */
  readonly role: Role;
  /** A gamble's chance and its branches (chance); 0 and empty lists otherwise. */
  readonly p: number;
  readonly then: readonly CompiledEffect[];
  readonly else: readonly CompiledEffect[];
}

const NO_EFFECTS: readonly CompiledEffect[] = Object.freeze([]);

function compiled(op: CompiledEffect['op'], fields: Partial<Omit<CompiledEffect, 'op'>>): CompiledEffect {
  // The fields in one order, each always present: the shape every compiled effect shares.
  return {
    op,
    id: fields.id ?? -1,
    value: fields.value ?? 0,
    factor: fields.factor ?? 1,
    flag: fields.flag ?? '',
    set: fields.set ?? false,
    role: fields.role ?? 'us',
    p: fields.p ?? 0,
    then: fields.then ?? NO_EFFECTS,
    else: fields.else ?? NO_EFFECTS,
  };
}

// Effect lists are scenario data, shared by every game: each is compiled once. What is applied
// often (a lever's effects) keeps its compiled list beside it and skips even this lookup.
const compiledLists = new WeakMap<readonly Effect[], readonly CompiledEffect[]>();
export function compiledEffects(effects: readonly Effect[]): readonly CompiledEffect[] {
  let compiled = compiledLists.get(effects);
  if (!compiled) compiledLists.set(effects, (compiled = effects.map(compileEffect)));
  return compiled;
}

function compileEffect(effect: Effect): CompiledEffect {
  switch (effect.op) {
    case 'add':
      return compiled('add', { id: effect.track === 'relationship' ? HEADLINE : knownTrackId(effect.track), value: effect.value });
    case 'scale':
      return compiled('scale', { id: knownTrackId(effect.track), factor: effect.factor });
    case 'flag':
      return compiled('flag', { flag: effect.flag, set: effect.value });
    case 'capital':
      return compiled('capital', { role: effect.role, value: effect.value });
    case 'chance':
      return compiled('chance', { p: effect.p, then: compiledEffects(effect.then), else: compiledEffects(effect.else ?? []) });
  }
}

function knownTrackId(track: NumericTrack): number {
  const id = TRACK_ID[track];
  if (id === undefined) throw new Error(`effect on an unknown track "${String(track)}"`);
  return id;
}

/** `applyEffects` of a compiled list (`compiledEffects`). */
export function applyCompiled(draft: Work, effects: readonly CompiledEffect[], cause: Cause): void {
  for (let i = 0; i < effects.length; i++) {
    const effect = effects[i] as CompiledEffect;
    switch (effect.op) {
      case 'add':
        if (effect.id === HEADLINE) {
          addToTrackId(draft, SEDENA, effect.value, cause);
          addToTrackId(draft, SEMAR, effect.value, cause);
        } else addToTrackId(draft, effect.id, effect.value, cause);
        break;
      case 'scale':
        setTrackId(draft, effect.id, (draft.tracks.values[effect.id] as number) * effect.factor, cause);
        break;
      case 'flag':
        setFlag(draft, effect.flag, effect.set);
        break;
      case 'capital':
        setOfRole(draft.capital, effect.role, Math.max(0, ofRole(draft.capital, effect.role) + effect.value));
        break;
      case 'chance':
        // Each cause has its own key in the effects stream: a lever's gamble never shifts a card's.
        applyCompiled(draft, drawKey(draft, causeStreamKey(cause)) < effect.p ? effect.then : effect.else, cause);
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

// Causes are shared values (causes.ts): each one's stream key is made once.
const causeKeys = new WeakMap<Cause, StreamKey>();
function causeStreamKey(cause: Cause): StreamKey {
  let key = causeKeys.get(cause);
  if (!key) causeKeys.set(cause, (key = streamKey('effects', causeKey(cause))));
  return key;
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

/**
 * `expectedDeltas` compiled once per effect list: the tracks in the order it first names them, each
 * with its terms in the order it adds them, so that `termsDelta` computes the very same sums without
 * building a record (computer players weigh every card option this way).
 */
export interface DeltaTerms {
  readonly tracks: readonly EffectTrack[];
  /** For each of `tracks`, its terms. */
  readonly terms: readonly (readonly DeltaTerm[])[];
}

/**
 * A constant change (`scaled` null), or `tracks[scaled] * factorLessOne * weight` (a scale effect's
 * change). Both kinds have every field, so that summing a list of them reads one shape.
 */
export interface DeltaTerm {
  readonly scaled: NumericTrack | null;
  readonly constant: number;
  readonly scaledId: number;
  readonly factorLessOne: number;
  readonly weight: number;
}

const compiledDeltas = new WeakMap<readonly Effect[], DeltaTerms>();
export function deltaTerms(effects: readonly Effect[]): DeltaTerms {
  let compiled = compiledDeltas.get(effects);
  if (!compiled) {
    const byTrack = new Map<EffectTrack, DeltaTerm[]>();
    const add = (track: EffectTrack, term: DeltaTerm) => {
      const list = byTrack.get(track);
      if (list) list.push(term);
      else byTrack.set(track, [term]);
    };
    const walk = (list: readonly Effect[], weight: number) => {
      for (const effect of list) {
        if (effect.op === 'add') add(effect.track, { scaled: null, constant: effect.value * weight, scaledId: -1, factorLessOne: 0, weight: 0 });
        else if (effect.op === 'scale') add(effect.track, { scaled: effect.track, constant: 0, scaledId: knownTrackId(effect.track), factorLessOne: effect.factor - 1, weight });
        else if (effect.op === 'chance') {
          walk(effect.then, weight * effect.p);
          walk(effect.else ?? [], weight * (1 - effect.p));
        }
      }
    };
    walk(effects, 1);
    compiled = { tracks: [...byTrack.keys()], terms: [...byTrack.values()] };
    compiledDeltas.set(effects, compiled);
  }
  return compiled;
}

/** The expected change of one track from its terms: `expectedDeltas(...)[track]`, to the last bit. */
export function termsDelta(terms: readonly DeltaTerm[], tracks: GameState['tracks']): number {
  let sum = 0;
  for (const term of terms) sum = sum + (term.scaled === null ? term.constant : trackAt(tracks, term.scaledId) * term.factorLessOne * term.weight);
  return sum;
}

/** Every track an effect list names, for validation and coverage reports. */
export function effectTracks(effects: readonly Effect[]): EffectTrack[] {
  return effects.flatMap((e) =>
    e.op === 'add' || e.op === 'scale' ? [e.track] : e.op === 'chance' ? [...effectTracks(e.then), ...effectTracks(e.else ?? [])] : [],
  );
}

