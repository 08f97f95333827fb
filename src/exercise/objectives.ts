import { BAND_FLOORS, intelRank, readTrack, type Citation, type GameState, type RelationshipBand, type Role, type TrackName } from '../engine';

// The objectives a facilitator can give each team (issue 11, item 2), drawn from the paper: what
// each role wants, as a test on the game's tracks with the passage it comes from. Word-free: their
// words in each language are in i18n/exercise-objectives.ts. The thresholds are set against the
// transition-2012 scenario's start (SEDENA 47, SEMAR 70, institutionalization 41, tension 55,
// violence 12,200, support 38, police 42, cartels 59) so that each is reachable and none is given
// away: over games the computer plays, each is met in some and missed in others (a test checks it).

/** When the test is read: at the end of the game (or now, mid-exercise), or at every year's end. */
export type ObjectiveWhen = 'end' | 'everyYear';

export type ObjectiveTest =
  /** A track at or above / at or below a value (intelligence sharing reads as its rank, 0-3). */
  | { readonly kind: 'track'; readonly track: TrackName; readonly atLeast?: number; readonly atMost?: number; readonly when: ObjectiveWhen }
  /** The headline relationship in a band or better. */
  | { readonly kind: 'band'; readonly atLeast: RelationshipBand; readonly when: ObjectiveWhen };

export interface ListedObjective {
  readonly id: string;
  readonly role: Role;
  readonly test: ObjectiveTest;
  /** The passage the objective comes from: section, footnotes, and a short verbatim quote. */
  readonly source: Citation;
}

const ROUTINE = intelRank('routine');
const FUNCTIONAL = intelRank('functional');

export const OBJECTIVES = [
  // --- The United States: the paper's recommendations (§4) as outcomes --------------------------
  {
    id: 'us-collaborative',
    role: 'us',
    test: { kind: 'band', atLeast: 'Collaborative', when: 'end' },
    source: { section: '§1 Introduction', footnotes: [1], quote: 'US/Mexican defense relations are better today than they have ever been' },
  },
  {
    id: 'us-institutionalize',
    role: 'us',
    test: { kind: 'track', track: 'institutionalization', atLeast: 60, when: 'end' },
    source: { section: '§4 Expand and Institutionalize', quote: 'We should specifically seek to institutionalize advancements in US/Mexican defense relations achieved during the Calderón administration.' },
  },
  {
    id: 'us-intelligence',
    role: 'us',
    test: { kind: 'track', track: 'intelligenceSharing', atLeast: ROUTINE, when: 'end' },
    source: { section: '§3 Option A', quote: 'Military forces from both countries would continue to exchange intelligence and sensitive information' },
  },
  {
    id: 'us-follow-through',
    role: 'us',
    test: { kind: 'track', track: 'usCommitment', atLeast: 70, when: 'end' },
    source: { section: '§4 Recommendations', quote: 'we must show in deeds, not words, that we are committed to partnership' },
  },
  {
    id: 'us-no-encroachment',
    role: 'us',
    test: { kind: 'track', track: 'sovereigntyTension', atMost: 52, when: 'everyYear' },
    source: { section: '§4 Demonstrate Success', quote: 'such US assistance should avoid any semblance of encroachment of Mexican sovereignty' },
  },
  // --- Mexico's presidency -------------------------------------------------------------------------
  {
    id: 'mexico-violence',
    role: 'mexico',
    // The paper's 2010 toll, "more than 10,000", as the line to get back under (fn 32).
    test: { kind: 'track', track: 'violence', atMost: 10000, when: 'end' },
    source: { section: '§3 Option A', footnotes: [32], quote: 'more than 10,000 in 2010' },
  },
  {
    id: 'mexico-support',
    role: 'mexico',
    // Half the public said the country was "less safe" in February 2010 (fn 33): win back a majority.
    test: { kind: 'track', track: 'publicSupport', atLeast: 50, when: 'end' },
    source: { section: '§3 Option A', footnotes: [33], quote: 'Surveys indicate that the popularity of Calderón’s hard line approach toward confronting the TCOs has slipped.' },
  },
  {
    id: 'mexico-sovereignty',
    role: 'mexico',
    test: { kind: 'track', track: 'sovereigntyTension', atMost: 45, when: 'end' },
    source: { section: '§2 Historical Context', quote: 'US decision makers lack an understanding of and appreciation for Mexico’s sovereignty-related concerns' },
  },
  {
    id: 'mexico-police',
    role: 'mexico',
    test: { kind: 'track', track: 'policeCapacity', atLeast: 60, when: 'end' },
    source: { section: '§3 Option B', quote: 'place the responsibility for confronting organized crime on the police, which from a structural perspective is the appropriate institution' },
  },
  {
    id: 'mexico-cartels',
    role: 'mexico',
    test: { kind: 'track', track: 'tcoPower', atMost: 52, when: 'end' },
    source: { section: '§2 The Catalyst for Improved Relations', quote: 'ability to systematically dismantle the TCOs' },
  },
  // --- SEDENA (Army and Air Force) -----------------------------------------------------------------
  {
    id: 'sedena-ties',
    role: 'sedena',
    test: { kind: 'track', track: 'relationship.sedena', atLeast: BAND_FLOORS.Collaborative, when: 'end' },
    source: { section: '§2 Historical Context', footnotes: [15], quote: 'which have typically been formal, if not prickly, at best' },
  },
  {
    id: 'sedena-police-lead',
    role: 'sedena',
    test: { kind: 'track', track: 'policeCapacity', atLeast: 60, when: 'end' },
    source: { section: '§3 Option B', quote: 'a police-led effort would in fact be popular with the Mexican military' },
  },
  {
    id: 'sedena-sovereignty',
    role: 'sedena',
    test: { kind: 'track', track: 'sovereigntyTension', atMost: 48, when: 'end' },
    source: { section: '§2 A Maturing, But Still Fragile Relationship', footnotes: [25], quote: 'Reportedly, these tensions had a chilling effect on US relations with the Mexican Army and Air Force.' },
  },
  // --- SEMAR (Navy and Marines) --------------------------------------------------------------------
  {
    id: 'semar-ties',
    role: 'semar',
    test: { kind: 'track', track: 'relationship.semar', atLeast: 70, when: 'end' },
    source: { section: '§2 Historical Context', footnotes: [15], quote: 'relations with SEMAR have been much more cordial and practical in an operational sense' },
  },
  {
    id: 'semar-intelligence',
    role: 'semar',
    test: { kind: 'track', track: 'intelligenceSharing', atLeast: ROUTINE, when: 'everyYear' },
    source: { section: '§2 A Maturing, But Still Fragile Relationship', footnotes: [23], quote: 'later killed in an assault by Mexican Marines acting on the same information' },
  },
  // --- The cartels (red team) ----------------------------------------------------------------------
  {
    id: 'tco-power',
    role: 'tco',
    test: { kind: 'track', track: 'tcoPower', atLeast: 60, when: 'end' },
    source: { section: '§3 Option D', footnotes: [46], quote: 'the PRI allowed major drug cartels to increase their influence and power' },
  },
  {
    id: 'tco-intelligence-cut',
    role: 'tco',
    test: { kind: 'track', track: 'intelligenceSharing', atMost: FUNCTIONAL, when: 'end' },
    source: { section: '§3 Option D', quote: 'the United States would clearly be unwilling to pass information or intelligence to Mexico' },
  },
  {
    id: 'tco-support-collapses',
    role: 'tco',
    test: { kind: 'track', track: 'publicSupport', atMost: 40, when: 'end' },
    source: { section: '§4 Demonstrate Success', quote: 'if the nation perceives the cartels are winning, the next administration could readily declare the previous administration’s policy a failure' },
  },
] as const satisfies readonly ListedObjective[];

export type ObjectiveId = (typeof OBJECTIVES)[number]['id'];
export const OBJECTIVE_IDS: readonly ObjectiveId[] = OBJECTIVES.map((o) => o.id);

const BY_ID: ReadonlyMap<string, ListedObjective> = new Map(OBJECTIVES.map((o) => [o.id, o]));

export function listedObjective(id: string): ListedObjective | undefined {
  return BY_ID.get(id);
}

/** The listed objectives of a role, in list order. */
export function objectivesFor(role: Role): readonly ListedObjective[] {
  return OBJECTIVES.filter((o) => o.role === role);
}

/** The track an objective reads. */
export function objectiveTrack(objective: ListedObjective): TrackName {
  return objective.test.kind === 'band' ? 'relationship' : objective.test.track;
}

/** The values the test reads: the end (the game's tracks now), or each played year's end. */
function readings(objective: ListedObjective, game: GameState): number[] {
  const track = objectiveTrack(objective);
  const now = readTrack(game.tracks, game.intelligenceSharing, track);
  if (objective.test.when === 'end' || game.history.length === 0) return [now];
  return game.history.map((r) => readTrack(r.tracks, r.intelligenceSharing, track));
}

/**
 * Whether the game meets the objective, with the value that decided it: the value at the end, or
 * for a test over every year the worst year's (the highest for an upper limit, else the lowest).
 */
export function objectiveMet(objective: ListedObjective, game: GameState): { met: boolean; value: number } {
  const values = readings(objective, game);
  const test = objective.test;
  if (test.kind === 'band') {
    const value = Math.min(...values);
    return { met: value >= BAND_FLOORS[test.atLeast], value };
  }
  const upper = test.atMost !== undefined;
  const value = upper ? Math.max(...values) : Math.min(...values);
  const met = (test.atLeast === undefined || value >= test.atLeast) && (test.atMost === undefined || value <= test.atMost);
  return { met, value };
}
