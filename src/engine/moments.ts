import { roleAction } from './actions';
import { afterReport } from './game';
import { MODEL } from './params';
import type { Scenario } from './scenario-types';
import { headlineRelationship, relationshipBand } from './tracks';
import { PARTIES, type GameState, type IntelLevel, type LogEntry, type Party, type Reason, type RelationshipBand, type Role, type SeatKind, type StrategyToken, type YearRecord } from './types';

// The game's big moments (issue 10, "the big moments on stage"), read from what the engine logged:
// an election and why it went that way, the incoming president's strategy and the reason, a band
// crossing, intelligence sharing changing level, a US offer refused, a strategy's own turning
// points, and the end of a sexenio with its summary. Language-free and typed: the panel, the board,
// the sounds and later the projector each render a moment their own way (i18n/moments.ts tells it).

export interface ElectionWhy {
  /** The party in power going into the vote, whose share follows support for its strategy. */
  readonly incumbent: Party;
  readonly publicSupport: number;
  readonly violence: number;
  /** Whether violence above the model's reference cost the incumbent votes. */
  readonly violencePenalty: boolean;
  /** The party the scenario's named weights for this year favour (the paper's PRI in 2012), if any. */
  readonly scenarioFavours: Party | null;
}

export type Moment =
  | {
      readonly kind: 'election';
      readonly year: number;
      readonly winner: Party;
      /** Each party's chance of winning, 0-1, in PARTIES order. */
      readonly shares: Readonly<Record<Party, number>>;
      readonly by: 'chosen' | 'drawn';
      readonly why: ElectionWhy;
    }
  | { readonly kind: 'strategy'; readonly year: number; readonly party: Party; readonly strategy: StrategyToken; readonly by: SeatKind | 'fixed' | 'scenario'; readonly reason: Reason | null }
  | { readonly kind: 'band'; readonly year: number; readonly from: RelationshipBand; readonly to: RelationshipBand; readonly better: boolean }
  | { readonly kind: 'intelligence'; readonly year: number; readonly from: IntelLevel; readonly to: IntelLevel; readonly better: boolean }
  | {
      readonly kind: 'offerRefused';
      readonly year: number;
      readonly offeredBy: Role;
      readonly action: string;
      readonly refusedBy: Role;
      /** The chance the offer had of being accepted. */
      readonly odds: number;
      /** The political capital the offer cost, spent whatever the answer. */
      readonly capitalSpent: number;
    }
  | { readonly kind: 'handover' | 'accommodationKnown' | 'fragmentation'; readonly year: number }
  | {
      readonly kind: 'sexenioEnd';
      readonly year: number;
      readonly party: Party;
      readonly strategy: StrategyToken | null;
      readonly relationship: { readonly from: number; readonly to: number; readonly fromBand: RelationshipBand; readonly toBand: RelationshipBand };
      readonly violence: { readonly from: number; readonly to: number };
      readonly institutionalization: { readonly from: number; readonly to: number };
    };

export type MomentKind = Moment['kind'];

const INTEL_ORDER: readonly IntelLevel[] = ['none', 'functional', 'routine', 'deep'];
const BAND_ORDER: readonly RelationshipBand[] = ['Adversarial', 'Distant', 'Cooperative', 'Collaborative', 'Institutionalized', 'Integrated'];

/** Every log entry of a state, oldest first. */
export function logEntries(state: GameState): LogEntry[] {
  return state.log.flat();
}

/** The year-end record in force before `year` began: the scenario's start, or the previous year's. */
function recordBefore(state: GameState, year: number): YearRecord {
  let found = state.start;
  for (const r of state.history) if (r.year < year) found = r;
  return found;
}

function electionWhy(state: GameState, scenario: Scenario, year: number, incumbent: Party): ElectionWhy {
  const before = state.history.find((r) => r.year === year) ?? recordBefore(state, year + 1);
  const named = scenario.elections[String(year)];
  let favours: Party | null = null;
  if (named) {
    const best = Math.max(...PARTIES.map((p) => named[p]));
    const leaders = PARTIES.filter((p) => named[p] === best);
    favours = leaders.length === 1 ? (leaders[0] as Party) : null;
  }
  return {
    incumbent,
    publicSupport: before.tracks.publicSupport,
    violence: before.tracks.violence,
    violencePenalty: before.tracks.violence > MODEL.electionViolenceReference,
    scenarioFavours: favours,
  };
}

function sexenioEnd(state: GameState, year: number, party: Party, strategy: StrategyToken | null): Moment | null {
  const end = state.history.find((r) => r.year === year);
  if (!end) return null;
  // The term's years are the six ending here; a scenario that opens mid-term starts from its start.
  const start = recordBefore(state, year - 5);
  const rel = (r: YearRecord) => headlineRelationship(r.tracks);
  return {
    kind: 'sexenioEnd',
    year,
    party,
    strategy,
    relationship: { from: rel(start), to: rel(end), fromBand: relationshipBand(rel(start)), toBand: relationshipBand(rel(end)) },
    violence: { from: start.tracks.violence, to: end.tracks.violence },
    institutionalization: { from: start.tracks.institutionalization, to: end.tracks.institutionalization },
  };
}

/**
 * The moments among `entries` (log entries of `state`, in order), with `party` in power before the
 * first of them. The band crossings of one year among them are one moment, from the band before the
 * first to the band after the last, and none when they cancel out: a relationship near a band's edge
 * can cross it and back within one year's events and decisions, and staging each crossing flipped
 * the room's big screen back and forth for a net change of a fraction of a point.
 */
export function momentsOf(entries: readonly LogEntry[], state: GameState, scenario: Scenario, party: Party): Moment[] {
  const moments: Moment[] = [];
  const termEnds = termEndYears(state);
  let strategy: StrategyToken | null = null;
  /** The year's crossings so far, netted: the band they began from and the one they stand in. */
  let crossing: { year: number; from: RelationshipBand; to: RelationshipBand } | null = null;
  const settleCrossing = () => {
    if (crossing && crossing.from !== crossing.to) {
      const { year, from, to } = crossing;
      moments.push({ kind: 'band', year, from, to, better: BAND_ORDER.indexOf(to) > BAND_ORDER.indexOf(from) });
    }
    crossing = null;
  };
  for (const e of entries) {
    // Staged where the year's crossings end: before the next year's moments or the term's summary.
    if (crossing && (e.year !== crossing.year || e.type === 'yearEnd')) settleCrossing();
    switch (e.type) {
      case 'election': {
        const incumbent = party;
        party = e.party;
        moments.push({ kind: 'election', year: e.year, winner: e.party, shares: e.weights, by: e.by, why: electionWhy(state, scenario, e.year, incumbent) });
        break;
      }
      case 'strategy':
        party = e.party;
        strategy = e.strategy;
        moments.push({ kind: 'strategy', year: e.year, party: e.party, strategy: e.strategy, by: e.by, reason: e.reason ?? null });
        break;
      case 'bandCrossed':
        if (crossing) crossing.to = e.to;
        else crossing = { year: e.year, from: e.from, to: e.to };
        break;
      case 'track':
        if (e.track === 'intelligenceSharing' && typeof e.from === 'string' && typeof e.to === 'string') {
          moments.push({ kind: 'intelligence', year: e.year, from: e.from, to: e.to, better: INTEL_ORDER.indexOf(e.to) > INTEL_ORDER.indexOf(e.from) });
        }
        break;
      case 'actionOutcome':
        if (!e.success) {
          const action = roleAction(e.action);
          moments.push({ kind: 'offerRefused', year: e.year, offeredBy: e.role, action: e.action, refusedBy: 'mexico', odds: MODEL.guardedConsent, capitalSpent: action?.cost ?? 0 });
        }
        break;
      case 'handover':
      case 'accommodationKnown':
      case 'fragmentation':
        moments.push({ kind: e.type, year: e.year });
        break;
      case 'yearEnd':
        if (termEnds.has(e.year)) {
          const end = sexenioEnd(state, e.year, party, strategy ?? termStrategy(state, e.year));
          if (end) moments.push(end);
        }
        break;
      default:
        break;
    }
  }
  settleCrossing();
  return moments;
}

/** The strategy in force in `year`, from the year records. */
function termStrategy(state: GameState, year: number): StrategyToken | null {
  return state.history.find((r) => r.year === year)?.strategy ?? null;
}

/**
 * The years that closed a sexenio: each election is held in the last year of a term, a finished
 * game's last year closes its term, and so does a year whose report shows in a term's sixth year.
 */
function termEndYears(state: GameState): ReadonlySet<number> {
  const years = new Set<number>();
  for (const e of logEntries(state)) if (e.type === 'election') years.add(e.year);
  if (state.phase === 'debrief' || (state.phase === 'report' && afterReport(state) !== 'nextYear')) years.add(state.year);
  return years;
}

/** The moments logged between two states of one game (`before` null: everything so far). */
export function momentsBetween(before: GameState | null, after: GameState, scenario: Scenario): Moment[] {
  const all = logEntries(after);
  const seen = before ? logEntries(before).length : 0;
  return momentsOf(all.slice(seen), after, scenario, before ? before.party : scenario.party);
}

/**
 * What happened before a player's first decision, for a game that must not open cold: every moment
 * logged up to now, when no person at the table has yet made a decision or a choice.
 */
export function prologue(state: GameState, scenario: Scenario): Moment[] | null {
  const entries = logEntries(state);
  const played = entries.some((e) => (e.type === 'decision' || e.type === 'cardChoice' || e.type === 'strategy') && e.by === 'human');
  if (played) return null;
  return momentsOf(entries, state, scenario, scenario.party);
}
