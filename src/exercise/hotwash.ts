import {
  headlineRelationship,
  logEntries,
  momentsOf,
  readTrack,
  relationshipBand,
  strategyToken,
  TRACK_NAMES,
  type Citation,
  type GameState,
  type IntelLevel,
  type Moment,
  type Party,
  type RelationshipBand,
  type Role,
  type Scenario,
  type StrategyToken,
  type TrackName,
} from '../engine';
import { timeline, type TimelineItem } from './hotwash-timeline';
import { listedObjective, objectiveMet } from './objectives';
import type { Exercise, Inject, TeamId } from './types';

export { FLOW_ACTS, type FlowAct, type TimelineItem } from './hotwash-timeline';

// The hot wash and after-action report (issue 11, item 5) as pure, language-free data read from
// what the exercise and its game recorded: a timeline of every decision (with the engine's reason),
// every card, inject, ruling and pause in the order they happened, each with its year and time; the
// tracks year by year; each team's objectives met or not; discussion prompts drawn from the paper's
// five recommendations (§4) and from the moments the exercise turned; and the observers' notes.
// The report's renderers (ui/exercise-report/) word it in each language.

/** One year-end (or the start): every track, the band, and who governed with which strategy. */
export interface TrackRow {
  readonly year: number;
  readonly values: Readonly<Record<TrackName, number>>;
  readonly intelligenceSharing: IntelLevel;
  readonly band: RelationshipBand;
  readonly strategy: StrategyToken | null;
  readonly party: Party;
}

export interface ObjectiveResult {
  readonly id: string;
  readonly text: string;
  /** The listed objective's id; null for one the facilitator typed (judged in the room). */
  readonly listed: string | null;
  /** Met or not; null when the game cannot judge it (a typed objective). */
  readonly met: boolean | null;
  readonly value: number | null;
}

export interface TeamObjectives {
  readonly team: TeamId;
  readonly name: string;
  readonly role: Role;
  readonly objectives: readonly ObjectiveResult[];
}

/** The paper's five US recommendations (§4), in its order. */
export const RECOMMENDATIONS = ['window', 'continuity', 'institutionalize', 'comprehensive', 'expectations'] as const;
export type RecommendationId = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_SOURCES: Readonly<Record<RecommendationId, Citation>> = {
  window: { section: '§4 Demonstrate Success', quote: 'There is a rapidly closing “window” of time while the administration remains in office.' },
  continuity: { section: '§4 Continuity', quote: 'Our bias should favor arrangements that allow US and Mexican military forces to continue to work together' },
  institutionalize: { section: '§4 Expand and Institutionalize', quote: 'Such institutionalized arrangements help mitigate and dampen the impact of changes resulting from political transitions.' },
  comprehensive: { section: '§4 Comprehensive Strategy', quote: 'The United States should work with Mexico to develop and establish a follow-up strategy that demonstrates US resolve' },
  expectations: { section: '§4 Manage Expectations', quote: 'Mexico’s domestic political issues are as complicated and as difficult as our own.' },
};

/** What the game shows about a recommendation: the numbers a prompt cites. */
export type RecommendationEvidence =
  | { readonly id: 'window'; readonly strategy: StrategyToken | null; readonly supportBefore: number; readonly violenceBefore: number }
  | { readonly id: 'continuity'; readonly from: number; readonly to: number; readonly sharedMissionYears: number }
  | { readonly id: 'institutionalize'; readonly from: number; readonly to: number; readonly worstDrop: number; readonly worstDropYear: number | null }
  | { readonly id: 'comprehensive'; readonly commitmentFrom: number; readonly commitmentTo: number; readonly policeFrom: number; readonly policeTo: number }
  | { readonly id: 'expectations'; readonly refusedOffers: number; readonly tensionMax: number };

export type Prompt =
  | { readonly kind: 'recommendation'; readonly recommendation: RecommendationId; readonly source: Citation; readonly evidence: RecommendationEvidence }
  | { readonly kind: 'moment'; readonly moment: Moment }
  /** An objective missed, or one only the room can judge. */
  | { readonly kind: 'objective'; readonly team: TeamId; readonly objective: ObjectiveResult }
  /** A released inject of the events list: what the control cell expected, to set against what the teams did. */
  | { readonly kind: 'inject'; readonly inject: string; readonly year: number; readonly card: Inject['card']; readonly objective: string; readonly expectedResponse: string };

export interface HotWashNote {
  readonly id: string;
  readonly year: number;
  readonly at: number;
  readonly elapsedMs: number;
  readonly by: string;
  readonly team: TeamId | null;
  readonly objective: string | null;
  readonly text: string;
}

export interface HotWash {
  readonly exercise: {
    readonly id: string;
    readonly title: string;
    readonly scenario: string;
    readonly seed: number;
    readonly decide: Exercise['settings']['decide'];
    readonly teams: readonly { readonly id: TeamId; readonly name: string; readonly role: Role }[];
    readonly startedAt: number;
    readonly endedAt: number;
    /** The master events list: its entries, and how many went to the room. */
    readonly injects: { readonly planned: number; readonly released: number };
  };
  readonly outcome: {
    readonly year: number;
    readonly relationship: number;
    readonly band: RelationshipBand;
    readonly strategy: StrategyToken | null;
    readonly party: Party;
    readonly finished: boolean;
  };
  readonly timeline: readonly TimelineItem[];
  readonly tracks: readonly TrackRow[];
  readonly objectives: readonly TeamObjectives[];
  readonly prompts: readonly Prompt[];
  readonly notes: readonly HotWashNote[];
}

// --- Tracks, objectives, prompts -------------------------------------------------------------------

function trackRows(game: GameState): TrackRow[] {
  return [game.start, ...game.history].map((r) => ({
    year: r.year,
    values: Object.fromEntries(TRACK_NAMES.map((t) => [t, readTrack(r.tracks, r.intelligenceSharing, t)])) as Record<TrackName, number>,
    intelligenceSharing: r.intelligenceSharing,
    band: relationshipBand(headlineRelationship(r.tracks)),
    strategy: r.strategy,
    party: r.party,
  }));
}

function teamObjectives(exercise: Exercise, game: GameState): TeamObjectives[] {
  return exercise.teams.map((team) => ({
    team: team.id,
    name: team.name,
    role: team.role,
    objectives: team.objectives.map((o): ObjectiveResult => {
      const listed = o.listed ? listedObjective(o.listed) : undefined;
      if (!listed) return { id: o.id, text: o.text, listed: null, met: null, value: null };
      const { met, value } = objectiveMet(listed, game);
      return { id: o.id, text: o.text, listed: listed.id, met, value };
    }),
  }));
}

/** The moments that turn an exercise: every kind the engine records but the yearly summaries. */
const PROMPT_MOMENTS = new Set<Moment['kind']>(['election', 'strategy', 'band', 'intelligence', 'offerRefused', 'handover', 'accommodationKnown', 'fragmentation']);

function evidence(id: RecommendationId, game: GameState, scenario: Scenario, moments: readonly Moment[]): RecommendationEvidence {
  const records = [game.start, ...game.history];
  const first = records[0] ?? game.start;
  const last = records[records.length - 1] ?? game.start;
  switch (id) {
    case 'window': {
      const chosen = moments.find((m): m is Extract<Moment, { kind: 'strategy' }> => m.kind === 'strategy');
      const before = chosen ? ([...records].reverse().find((r) => r.year <= chosen.year) ?? first) : first;
      return { id, strategy: chosen?.strategy ?? (game.strategy ? strategyToken(game.strategy) : scenario.strategy), supportBefore: before.tracks.publicSupport, violenceBefore: before.tracks.violence };
    }
    case 'continuity': {
      // Years the military fought alongside the US: A, and B or C with law enforcement while the military keeps the lead.
      const shared = game.history.filter((r) => r.strategy === 'A' || ((r.strategy === 'B' || r.strategy === 'C+LE') && (game.handoverYear === null || r.year < game.handoverYear))).length;
      return { id, from: first.tracks.personalTies, to: last.tracks.personalTies, sharedMissionYears: shared };
    }
    case 'institutionalize': {
      let worstDrop = 0;
      let worstDropYear: number | null = null;
      for (let i = 1; i < records.length; i++) {
        const drop = headlineRelationship((records[i - 1] ?? first).tracks) - headlineRelationship((records[i] ?? first).tracks);
        if (drop > worstDrop) {
          worstDrop = Math.round(drop * 10) / 10;
          worstDropYear = (records[i] ?? first).year;
        }
      }
      return { id, from: first.tracks.institutionalization, to: last.tracks.institutionalization, worstDrop, worstDropYear };
    }
    case 'comprehensive':
      return { id, commitmentFrom: first.tracks.usCommitment, commitmentTo: last.tracks.usCommitment, policeFrom: first.tracks.policeCapacity, policeTo: last.tracks.policeCapacity };
    case 'expectations':
      return { id, refusedOffers: moments.filter((m) => m.kind === 'offerRefused').length, tensionMax: Math.max(...records.map((r) => r.tracks.sovereigntyTension)) };
  }
}

function prompts(exercise: Exercise, game: GameState, scenario: Scenario, objectives: readonly TeamObjectives[]): Prompt[] {
  const moments = momentsOf(logEntries(game), game, scenario, scenario.party);
  const out: Prompt[] = RECOMMENDATIONS.map((r) => ({ kind: 'recommendation', recommendation: r, source: RECOMMENDATION_SOURCES[r], evidence: evidence(r, game, scenario, moments) }));
  for (const m of moments) if (PROMPT_MOMENTS.has(m.kind)) out.push({ kind: 'moment', moment: m });
  for (const i of exercise.eventsList) {
    if (i.released) out.push({ kind: 'inject', inject: i.id, year: i.released.year, card: i.card, objective: i.objective, expectedResponse: i.expectedResponse });
  }
  for (const t of objectives) for (const o of t.objectives) if (o.met !== true) out.push({ kind: 'objective', team: t.team, objective: o });
  return out;
}

/** The hot wash of an exercise whose moves lead to `game`. */
export function hotWash(exercise: Exercise, game: GameState, scenario: Scenario): HotWash {
  const times = exercise.log.map((e) => e.at);
  const start = times.length ? Math.min(...times) : 0;
  const end = times.length ? Math.max(...times) : 0;
  const objectives = teamObjectives(exercise, game);
  const relationship = headlineRelationship(game.tracks);
  return {
    exercise: {
      id: exercise.id,
      title: exercise.title,
      scenario: exercise.scenario,
      seed: exercise.config.seed,
      decide: exercise.settings.decide,
      teams: exercise.teams.map((t) => ({ id: t.id, name: t.name, role: t.role })),
      startedAt: start,
      endedAt: end,
      injects: { planned: exercise.eventsList.length, released: exercise.eventsList.filter((i) => i.released).length },
    },
    outcome: {
      year: game.year,
      relationship,
      band: relationshipBand(relationship),
      strategy: game.strategy ? strategyToken(game.strategy) : null,
      party: game.party,
      finished: game.phase === 'debrief',
    },
    timeline: timeline(exercise, game, scenario, start),
    tracks: trackRows(game),
    objectives,
    prompts: prompts(exercise, game, scenario, objectives),
    notes: exercise.notes.map((n) => ({ id: n.id, year: n.year, at: n.at, elapsedMs: Math.max(0, n.at - start), by: n.by, team: n.team, objective: n.objective, text: n.text })),
  };
}
