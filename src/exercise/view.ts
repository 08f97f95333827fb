import { seatView, type GameState, type PublicGame, type Role, type Scenario, type SeatMenu } from '../engine';
import { readClock, type ClockReading } from './clock';
import type { Exercise, ExerciseLogEntry, ExerciseSeat, Inject, Note, Objective, Ruling, Team } from './types';

// What each seat may see of an exercise, decided here and nowhere else. The projector and the
// observers see the room's picture: the public board, the phase, the clock, the injects released
// to the room, the rulings the control cell chose to announce, which teams have decided (not what),
// and a banner when paused. A team sees that, its own objectives and its own sealed decision. The
// control cell sees everything. What a seat may not see is not in its view (a property test walks
// random exercises for it).

export interface RoomTeam {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** In a secret round: this team has sealed its decision. */
  readonly decided: boolean;
}

export interface ReleasedInject {
  readonly id: string;
  readonly year: number;
  /** A deck card's id (its words come from the scenario), or a card written on the spot. */
  readonly card: { readonly kind: 'deck'; readonly card: string } | { readonly kind: 'custom'; readonly title: string; readonly text: string };
}

export interface AnnouncedRuling {
  readonly seq: number;
  readonly year: number;
  readonly ruling: Ruling;
  readonly reason: string;
}

/** The picture every seat shares. */
export interface RoomView {
  readonly id: string;
  readonly title: string;
  readonly scenario: string;
  readonly stage: Exercise['stage'];
  readonly teams: readonly RoomTeam[];
  readonly decide: Exercise['settings']['decide'];
  readonly clock: ClockReading & { readonly phase: string; readonly year: number; readonly lengthMs: number };
  readonly paused: { readonly reason: string; readonly dropped?: string } | null;
  readonly injects: readonly ReleasedInject[];
  readonly rulings: readonly AnnouncedRuling[];
  readonly game: PublicGame;
  /** The log entries the room may read (moves, reveals, public rulings, injects, pauses), without private reasons. */
  readonly log: readonly ExerciseLogEntry[];
}

export type ExerciseView =
  | { readonly seat: 'facilitator'; readonly exercise: Exercise; readonly game: GameState; readonly clock: ClockReading }
  | { readonly seat: 'projector' | 'observer'; readonly room: RoomView }
  | {
      readonly seat: 'team';
      readonly room: RoomView;
      readonly team: Team;
      readonly objectives: readonly Objective[];
      readonly sealed: unknown;
      readonly menu: SeatMenu | null;
    };

function released(inject: Inject): ReleasedInject | null {
  if (!inject.released) return null;
  const card = inject.card.kind === 'deck' ? { kind: 'deck' as const, card: inject.card.card } : { kind: 'custom' as const, title: inject.card.title, text: inject.card.text };
  return { id: inject.id, year: inject.released.year, card };
}

/** Injects published on the spot are in the log, not the events list. */
function spotInjects(log: readonly ExerciseLogEntry[]): ReleasedInject[] {
  return log.flatMap((e): ReleasedInject[] => {
    if (e.kind !== 'inject' || e.detail.inject) return [];
    const move = e.detail.move as { type?: string; card?: string; title?: string; text?: string } | undefined;
    if (move?.type === 'INJECT' && typeof move.card === 'string') return [{ id: `log-${e.seq}`, year: e.year, card: { kind: 'deck', card: move.card } }];
    if (move?.type === 'INJECT_CUSTOM') return [{ id: `log-${e.seq}`, year: e.year, card: { kind: 'custom', title: String(move.title ?? ''), text: String(move.text ?? '') } }];
    return [];
  });
}

/** A log entry as the room may read it: private entries are left out, and so are notes and set-up details. */
function roomEntry(e: ExerciseLogEntry): ExerciseLogEntry | null {
  if (!e.public || e.kind === 'note' || e.kind === 'settings' || e.kind === 'injectPlanned' || e.kind === 'injectDropped') return null;
  // The control cell's reasons are its own, but for an announced ruling and a pause's banner.
  const { reason, ...entry } = e;
  const kept = (e.kind === 'ruling' || e.kind === 'pause') && reason !== undefined ? { ...entry, reason } : entry;
  if (e.kind === 'sealed') return { ...kept, detail: { team: e.detail.team } };
  if (e.kind === 'setup') return { ...kept, detail: { teams: e.detail.teams } };
  // An inject's entry says which card went to the room, not which planned entry it was.
  if (e.kind === 'inject') return { ...kept, detail: { card: e.detail.card } };
  return kept;
}

function room(exercise: Exercise, game: GameState, scenario: Scenario, seat: 'projector' | 'observer' | Role, now: number): RoomView {
  const view = seatView(game, scenario, seat);
  const log = exercise.log.flatMap((e) => roomEntry(e) ?? []);
  const rulings = exercise.log.flatMap((e): AnnouncedRuling[] => (e.kind === 'ruling' && e.public ? [{ seq: e.seq, year: e.year, ruling: e.detail.ruling as Ruling, reason: e.reason ?? '' }] : []));
  return {
    id: exercise.id,
    title: exercise.title,
    scenario: exercise.scenario,
    stage: exercise.stage,
    teams: exercise.teams.map((t) => ({ id: t.id, name: t.name, role: t.role, decided: t.id in exercise.sealed })),
    decide: exercise.settings.decide,
    clock: { ...readClock(exercise.clock, now, exercise.paused?.since ?? null), phase: exercise.clock.phase, year: exercise.clock.year, lengthMs: exercise.clock.lengthMs },
    paused: exercise.paused ? { reason: exercise.paused.reason, ...(exercise.paused.dropped !== undefined ? { dropped: exercise.paused.dropped } : {}) } : null,
    injects: [...exercise.eventsList.flatMap((i) => released(i) ?? []), ...spotInjects(exercise.log)].sort((a, b) => a.year - b.year),
    rulings,
    game: view.game as PublicGame,
    log,
  };
}

/** What `seat` may see of the exercise at `now`. */
export function exerciseView(exercise: Exercise, game: GameState, scenario: Scenario, seat: ExerciseSeat, now: number): ExerciseView {
  switch (seat.kind) {
    case 'facilitator':
      return { seat: 'facilitator', exercise, game, clock: readClock(exercise.clock, now, exercise.paused?.since ?? null) };
    case 'projector':
    case 'observer':
      return { seat: seat.kind, room: room(exercise, game, scenario, seat.kind, now) };
    case 'team': {
      const team = exercise.teams.find((t) => t.id === seat.team);
      if (!team) return { seat: 'observer', room: room(exercise, game, scenario, 'observer', now) };
      const view = seatView(game, scenario, team.role);
      return { seat: 'team', room: room(exercise, game, scenario, team.role, now), team, objectives: team.objectives, sealed: exercise.sealed[team.id] ?? null, menu: view.menu };
    }
  }
}

/** An observer's own notes (the control cell sees all of them in its view). */
export function notesBy(exercise: Exercise, by: string): readonly Note[] {
  return exercise.notes.filter((n) => n.by === by);
}
