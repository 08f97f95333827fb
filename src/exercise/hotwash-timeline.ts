import { logEntries, momentsOf, type GameState, type LogEntry, type Moment, type Party, type Reason, type Role, type Scenario, type SeatKind, type Stance, type StrategyToken } from '../engine';
import { gameHistory } from './game';
import type { Exercise, ExerciseLogEntry, ExerciseLogKind, Ruling, TeamId } from './types';

// The hot wash's timeline (hotwash.ts): every decision, card, inject, ruling and pause of an
// exercise in the order they happened, each with its year and time. The game's log says what the
// game did; the exercise's log says who did what when, and why. The two are joined by the moves:
// each command that played a move owns the log entries that move wrote.

/** When an item happened: the game's year, the console's clock, and the time since the exercise began. */
export interface When {
  readonly year: number;
  /** ms since the epoch, from the console's clock. */
  readonly at: number;
  /** ms since the exercise was set up. */
  readonly elapsedMs: number;
}

export type TimelineItem = When &
  (
    | {
        readonly kind: 'decision';
        readonly role: Role;
        readonly team: TeamId | null;
        readonly actions: readonly string[];
        readonly stance: Stance | null;
        readonly by: SeatKind;
        readonly reason: Reason | null;
      }
    | {
        readonly kind: 'cardChoice';
        readonly role: Role;
        readonly team: TeamId | null;
        readonly card: string;
        readonly choice: string;
        readonly by: SeatKind;
        readonly reason: Reason | null;
      }
    | {
        readonly kind: 'strategy';
        readonly team: TeamId | null;
        readonly party: Party;
        readonly strategy: StrategyToken;
        readonly by: SeatKind | 'fixed' | 'scenario';
        readonly reason: Reason | null;
      }
    /** A card drawn from the deck, scheduled, or put in play by an inject. */
    | { readonly kind: 'card'; readonly card: string; readonly scheduled: boolean; readonly injected: boolean }
    /** A turn of the game the engine recorded (an election, a band crossed, an offer refused...). */
    | { readonly kind: 'moment'; readonly moment: Moment }
    | {
        readonly kind: 'inject';
        readonly by: string;
        readonly card: { readonly kind: 'deck'; readonly card: string } | { readonly kind: 'custom'; readonly title: string; readonly text: string };
        /** The master events list's entry it came from, if any. */
        readonly planned: string | null;
        readonly reason: string;
        readonly public: boolean;
      }
    | { readonly kind: 'ruling'; readonly by: string; readonly ruling: Ruling; readonly reason: string; readonly public: boolean }
    /** The control cell's and the teams' other acts on the exercise: pauses, the clock, undo, the roster... */
    | {
        readonly kind: 'flow';
        readonly act: FlowAct;
        readonly by: string;
        readonly reason: string | null;
        readonly public: boolean;
        /** A team it concerns (a sealed decision), the seconds of an extension, the teams revealed. */
        readonly team: TeamId | null;
        /** A pause the room made itself: this team lost its connection (see Exercise['paused']). */
        readonly dropped: TeamId | null;
        readonly seconds: number | null;
        readonly teams: readonly TeamId[];
      }
  );

export const FLOW_ACTS = ['setup', 'roster', 'settings', 'sealed', 'revealed', 'injectPlanned', 'injectDropped', 'pause', 'resume', 'extend', 'skip', 'undo', 'fork', 'clockExpired', 'hotwash'] as const satisfies readonly ExerciseLogKind[];
export type FlowAct = (typeof FLOW_ACTS)[number];

// --- Which command played which move --------------------------------------------------------------

type Roster = readonly { readonly id: string; readonly role: Role }[];

function rosterOf(detail: Readonly<Record<string, unknown>>): Roster | null {
  const teams = detail.teams;
  if (!Array.isArray(teams)) return null;
  return teams.filter((t): t is { id: string; role: Role } => typeof t === 'object' && t !== null && typeof (t as { id?: unknown }).id === 'string' && typeof (t as { role?: unknown }).role === 'string');
}

const rolesKey = (roster: Roster) => roster.map((t) => t.role).sort().join(',');

/**
 * For each move of the game (1-based), the index of the exercise log entry that played it, read
 * from the log: a team's move, an inject and a ruling play one; a reveal plays the sealed ones; a
 * roster that changes who plays which role plays one; an undo drops moves and a fork starts from
 * some; closing a phase (skip, a clock that closes it) plays what the game needed to reach the
 * phase and year the next entry found it in. Moves no entry accounts for keep no owner.
 */
function moveOwners(exercise: Exercise, phaseKeys: readonly string[]): (number | undefined)[] {
  const n = phaseKeys.length - 1;
  const owners: (number | undefined)[] = [];
  let count = 0;
  let roster: Roster | null = null;
  const log = exercise.log;
  const take = (entry: number, moves: number) => {
    for (let k = count + 1; k <= Math.min(n, count + moves); k++) owners[k] = entry;
    count = Math.min(n, count + moves);
  };
  log.forEach((e, i) => {
    switch (e.kind) {
      case 'move':
      case 'inject':
        take(i, 1);
        break;
      case 'ruling':
        if (e.detail.move) take(i, 1);
        break;
      case 'revealed':
        take(i, Array.isArray(e.detail.moves) ? e.detail.moves.length : 0);
        break;
      case 'setup':
        roster = rosterOf(e.detail);
        break;
      case 'roster': {
        const next = rosterOf(e.detail);
        if (next && roster && rolesKey(next) !== rolesKey(roster)) take(i, 1);
        roster = next ?? roster;
        break;
      }
      case 'undo':
        count = Math.max(0, count - (typeof e.detail.movesDropped === 'number' ? e.detail.movesDropped : 0));
        break;
      case 'fork':
        count = typeof e.detail.moves === 'number' ? Math.min(n, e.detail.moves) : count;
        break;
      case 'skip':
      case 'clockExpired': {
        if (e.kind === 'clockExpired' && e.detail.autoClose !== true) break;
        const next = log.slice(i + 1).find((x) => x.kind !== 'note');
        let to = n;
        if (next) {
          const key = `${next.year}:${next.phase}`;
          const found = phaseKeys.findIndex((k, j) => j >= count && k === key);
          to = found >= 0 ? found : count;
        }
        take(i, to - count);
        break;
      }
      default:
        break;
    }
  });
  return owners;
}

// --- The timeline ---------------------------------------------------------------------------------

function flowItem(e: ExerciseLogEntry, when: When): TimelineItem | null {
  if (!(FLOW_ACTS as readonly string[]).includes(e.kind)) return null;
  const teams = Array.isArray(e.detail.teams) ? e.detail.teams.flatMap((t) => (typeof t === 'string' ? [t] : typeof t === 'object' && t && typeof (t as { id?: unknown }).id === 'string' ? [(t as { id: string }).id] : [])) : [];
  return {
    ...when,
    kind: 'flow',
    act: e.kind as FlowAct,
    by: e.by,
    reason: e.reason ?? null,
    public: e.public,
    team: typeof e.detail.team === 'string' ? e.detail.team : null,
    dropped: e.kind === 'pause' && typeof e.detail.dropped === 'string' ? e.detail.dropped : null,
    seconds: typeof e.detail.seconds === 'number' ? e.detail.seconds : null,
    teams,
  };
}

function exerciseItem(e: ExerciseLogEntry, start: number): TimelineItem | null {
  const when: When = { year: e.year, at: e.at, elapsedMs: Math.max(0, e.at - start) };
  switch (e.kind) {
    case 'inject': {
      const move = (e.detail.move ?? {}) as { type?: unknown; card?: unknown; title?: unknown; text?: unknown };
      const card =
        move.type === 'INJECT_CUSTOM'
          ? { kind: 'custom' as const, title: String(move.title ?? ''), text: String(move.text ?? '') }
          : { kind: 'deck' as const, card: String(move.card ?? e.detail.card ?? '') };
      return { ...when, kind: 'inject', by: e.by, card, planned: typeof e.detail.inject === 'string' ? e.detail.inject : null, reason: e.reason ?? '', public: e.public };
    }
    case 'ruling':
      return { ...when, kind: 'ruling', by: e.by, ruling: e.detail.ruling as Ruling, reason: e.reason ?? '', public: e.public };
    default:
      return flowItem(e, when);
  }
}

/** The team that played `role` at the time, from the roster in force. */
type TeamFor = (role: Role) => TeamId | null;

/** The game's own log entries as timeline items (track changes and the control cell's acts are told elsewhere). */
function gameItems(entry: LogEntry, previous: LogEntry | undefined, when: When, teamFor: TeamFor, moment: () => Moment[]): TimelineItem[] {
  switch (entry.type) {
    case 'decision':
      return [{ ...when, kind: 'decision', role: entry.role, team: teamFor(entry.role), actions: entry.actions, stance: entry.stance ?? null, by: entry.by, reason: entry.reason ?? null }];
    case 'cardChoice':
      return [{ ...when, kind: 'cardChoice', role: entry.role, team: teamFor(entry.role), card: entry.card, choice: entry.choice, by: entry.by, reason: entry.reason ?? null }];
    case 'strategy':
      return [{ ...when, kind: 'strategy', team: teamFor('mexico'), party: entry.party, strategy: entry.strategy, by: entry.by, reason: entry.reason ?? null }];
    case 'cardDrawn': {
      const injected = previous?.type === 'facilitator' && previous.act === 'inject' && previous.card === entry.card;
      return [{ ...when, kind: 'card', card: entry.card, scheduled: entry.scheduled, injected }];
    }
    case 'election':
    case 'bandCrossed':
    case 'track':
    case 'actionOutcome':
    case 'handover':
    case 'accommodationKnown':
    case 'fragmentation':
    case 'yearEnd':
      return moment().map((m) => ({ ...when, kind: 'moment' as const, moment: m }));
    default:
      return [];
  }
}

const MOMENT_TYPES = new Set<LogEntry['type']>(['election', 'bandCrossed', 'track', 'actionOutcome', 'handover', 'accommodationKnown', 'fragmentation', 'yearEnd']);

/** The timeline of an exercise whose moves lead to `game`; `start`: when the exercise was set up (ms). */
export function timeline(exercise: Exercise, game: GameState, scenario: Scenario, start: number): TimelineItem[] {
  const entries = logEntries(game);
  // The log after each move, for which move wrote which entry (the log only grows along a game).
  let lengths: number[];
  let keys: string[];
  try {
    const history = gameHistory(scenario, exercise);
    lengths = history.map((h) => logEntries(h.game).length);
    keys = history.map((h) => `${h.game.year}:${h.game.phase}`);
  } catch {
    // A game the exercise's moves do not lead to (a report built around another game): all of it
    // is told as it stands, after the set-up.
    lengths = [entries.length];
    keys = [`${game.year}:${game.phase}`];
  }
  const owners = moveOwners(exercise, keys);
  const byEntry = new Map<number, number[]>();
  owners.forEach((owner, move) => {
    if (owner !== undefined) byEntry.set(owner, [...(byEntry.get(owner) ?? []), move]);
  });

  // Who played each role, as the roster stood.
  let roster: Roster = exercise.teams;
  const teamFor: TeamFor = (role) => roster.find((t) => t.role === role)?.id ?? null;

  // The party in power before each entry, for the moments that name it.
  const partyBefore: Party[] = [];
  let party: Party = scenario.party;
  entries.forEach((e, j) => {
    partyBefore[j] = party;
    if (e.type === 'election' || e.type === 'strategy') party = e.party;
  });
  const at = (ms: number) => ({ at: ms, elapsedMs: Math.max(0, ms - start) });
  const itemsOf = (j: number, when: Omit<When, 'year'>): TimelineItem[] => {
    const entry = entries[j] as LogEntry;
    const moments = () =>
      MOMENT_TYPES.has(entry.type) && (entry.type !== 'track' || entry.track === 'intelligenceSharing')
        ? momentsOf([entry], game, scenario, partyBefore[j] ?? scenario.party).filter((m) => m.kind !== 'strategy')
        : [];
    return gameItems(entry, entries[j - 1], { ...when, year: entry.year }, teamFor, moments);
  };

  // Each item with the index of the game's log entry it tells (null for the exercise's own).
  const placed: { item: TimelineItem; entry: number | null }[] = [];
  const told = new Set<number>();
  const tell = (from: number, to: number, when: Omit<When, 'year'>) => {
    for (let j = from; j < Math.min(to, entries.length); j++) {
      if (told.has(j)) continue;
      told.add(j);
      for (const item of itemsOf(j, when)) placed.push({ item, entry: j });
    }
  };
  exercise.log.forEach((e, i) => {
    if (e.kind === 'setup' || e.kind === 'roster') roster = rosterOf(e.detail) ?? roster;
    const item = exerciseItem(e, start);
    if (item) placed.push({ item, entry: null });
    // What the game did before anyone moved (the computer's opening run) follows the first entry.
    if (i === 0) tell(0, lengths[0] ?? 0, at(e.at));
    // Entries of moves played and then undone are not in this game's log: only the moves that stand.
    for (const move of byEntry.get(i) ?? []) tell(lengths[move - 1] ?? 0, lengths[move] ?? 0, at(e.at));
  });
  // Entries no command accounts for (a record made by hand, a log that lost an entry) go where they
  // stand in the game: after the item of the entry before them.
  for (let j = 0; j < entries.length; j++) {
    if (told.has(j)) continue;
    told.add(j);
    let after = -1;
    for (let k = placed.length - 1; k >= 0; k--) {
      const other = (placed[k] as (typeof placed)[number]).entry;
      if (other !== null && other < j) {
        after = k;
        break;
      }
    }
    if (after < 0 && placed.length > 0 && placed[0]?.entry === null) after = 0;
    const anchor = placed[after]?.item;
    const when = anchor ? { at: anchor.at, elapsedMs: anchor.elapsedMs } : at(start);
    placed.splice(after + 1, 0, ...itemsOf(j, when).map((item) => ({ item, entry: j })));
  }
  return placed.map((p) => p.item);
}
