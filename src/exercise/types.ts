import type { EffectTrack, GameConfig, IntelLevel, Phase, Role } from '../engine';
import type { PlayerMove } from '../machine';

// A facilitator-led exercise (issue 11): one game run for a room by a control cell. The exercise is
// plain data — the teams, the settings, the master events list, the moves of its game, an
// append-only log of everything the control cell and the teams did, notes, the clock — changed only
// by commands (commands.ts) that are accepted or refused with a reason, whoever sends them and
// however they travel (one browser's two windows today, a network room later). What each seat may
// see of it is decided in one place (view.ts).

export const EXERCISE_FORMAT = 'critical-strategic-decisions/exercise';
export const EXERCISE_VERSION = 1;

export type TeamId = string;

/** Who sends a command: the control cell, a team, an observer; the projector only watches. */
export type ExerciseSeat =
  | { readonly kind: 'facilitator' }
  | { readonly kind: 'team'; readonly team: TeamId }
  | { readonly kind: 'observer'; readonly name: string }
  | { readonly kind: 'projector' };

/** An objective a team pursues: one of the paper's (with its track test) or typed by the facilitator. */
export interface Objective {
  readonly id: string;
  /** Its words, as shown; a listed objective's are the language of the exercise at set-up. */
  readonly text: string;
  /** A listed objective's id in objectives.ts; absent for a typed one. */
  readonly listed?: string;
}

export interface Team {
  readonly id: TeamId;
  readonly name: string;
  readonly role: Role;
  readonly objectives: readonly Objective[];
}

/** How the teams' decisions reach the game. */
export type DecideMode =
  /** One after another on the console, as in a seminar around one screen. */
  | 'inTurn'
  /** Each team decides in secret; all are revealed together when the last has decided. */
  | 'secret';

/** The phases the clock times, by the game's phase. */
export const TIMED_PHASES = ['election', 'transition', 'cardChoice', 'decisions', 'report'] as const satisfies readonly Phase[];
export type TimedPhase = (typeof TIMED_PHASES)[number];

export interface ExerciseSettings {
  readonly decide: DecideMode;
  /** Each timed phase's length in seconds; 0: not timed. */
  readonly phaseSeconds: Readonly<Record<TimedPhase, number>>;
  /** When the clock runs out: the phase closes by itself (the computer plays what is left), or waits. */
  readonly autoClose: boolean;
}

/** Where an inject's card comes from. */
export type InjectCard =
  | { readonly kind: 'deck'; readonly card: string }
  | {
      readonly kind: 'custom';
      readonly title: string;
      readonly text: string;
      /** What it does, as changes to tracks (each a whole number of points). */
      readonly effects: readonly { readonly track: EffectTrack; readonly value: number }[];
    };

/** An entry of the master events list: a card with what it is for and what the control cell expects. */
export interface Inject {
  readonly id: string;
  readonly card: InjectCard;
  readonly objective: string;
  readonly expectedResponse: string;
  /** When it goes to the room: a year (at that year's events), or held until released by hand. */
  readonly schedule: { readonly kind: 'year'; readonly year: number } | { readonly kind: 'hold' };
  /** Released to the room (then it is on the projector): in which year, by which move of the game. */
  readonly released: { readonly year: number; readonly move: number } | null;
}

/** A ruling of the control cell on the game. */
export type Ruling =
  /** The engine's result stands (recorded, so the hot wash shows it was looked at). */
  | { readonly kind: 'accept' }
  /** A track set to a value (semi-free adjudication). */
  | { readonly kind: 'override'; readonly track: EffectTrack; readonly value: number }
  | { readonly kind: 'overrideIntel'; readonly level: IntelLevel }
  /** What a card did this year, undone. */
  | { readonly kind: 'cancel'; readonly card: string }
  /** A free ruling: words only, for the room and the record. */
  | { readonly kind: 'free'; readonly text: string };

/**
 * The most notes an exercise keeps (an exported exercise with more would not load again), and the
 * most a seat other than the control cell may write: the notes channel is the one a team or an
 * observer can write to without limit, so a flood stops at its own share and the control cell keeps
 * room for its own notes to the end.
 */
export const NOTES_LIMIT = 5000;
export const NOTES_PER_SEAT = 250;
/** Notes from seats other than the control cell stop here, leaving the rest of NOTES_LIMIT to it. */
export const OTHERS_NOTES_LIMIT = 4000;

export interface Note {
  readonly id: string;
  readonly at: number;
  readonly year: number;
  readonly by: string;
  readonly team: TeamId | null;
  readonly objective: string | null;
  readonly text: string;
}

/** The clock of the current phase: ms since the epoch, as the console's clock gave them. */
export interface Clock {
  /** The phase and year it times (the clock restarts when either changes). */
  readonly phase: Phase;
  readonly year: number;
  readonly startedAt: number;
  /** The phase's length, with extensions; 0: not timed. */
  readonly lengthMs: number;
  /** Time spent paused in this phase. */
  readonly pausedMs: number;
  /** The end has been announced (the sound played, the phase closed or left waiting). */
  readonly expired: boolean;
}

/** Every entry of the exercise log: when, who, what, and why. */
export interface ExerciseLogEntry {
  readonly seq: number;
  readonly at: number;
  /** A team's id, 'facilitator', or an observer's name. */
  readonly by: string;
  readonly year: number;
  readonly phase: Phase;
  readonly kind: ExerciseLogKind;
  /** The control cell's reason (required for its powers). */
  readonly reason?: string;
  /** Shown to the room (the projector) or kept to the control cell. */
  readonly public: boolean;
  /** What was done, for the timeline and the replay: plain JSON. */
  readonly detail: Readonly<Record<string, unknown>>;
  /** How many moves the game had when the entry was written (where it falls in the game's log). */
  readonly moves: number;
}

export type ExerciseLogKind =
  | 'setup'
  | 'roster'
  | 'settings'
  | 'move'
  | 'sealed'
  | 'revealed'
  | 'inject'
  | 'injectPlanned'
  | 'injectDropped'
  | 'ruling'
  | 'pause'
  | 'resume'
  | 'extend'
  | 'skip'
  | 'undo'
  | 'fork'
  | 'clockExpired'
  | 'note'
  | 'hotwash';

export interface Exercise {
  readonly format: typeof EXERCISE_FORMAT;
  readonly version: typeof EXERCISE_VERSION;
  readonly id: string;
  readonly title: string;
  readonly scenario: string;
  readonly config: GameConfig;
  readonly settings: ExerciseSettings;
  readonly teams: readonly Team[];
  readonly eventsList: readonly Inject[];
  /** The game's moves in order, the control cell's included: with the scenario and config, the game. */
  readonly moves: readonly PlayerMove[];
  /** Secret decisions waiting for the reveal, by team. */
  readonly sealed: Readonly<Record<TeamId, PlayerMove>>;
  readonly log: readonly ExerciseLogEntry[];
  readonly notes: readonly Note[];
  readonly clock: Clock;
  /**
   * Paused since (ms), with the reason shown on the projector's banner; null when running. `dropped`:
   * the room paused itself because this team lost its connection (room server, pause on drop), which
   * each reader sees in their own language rather than as `reason`'s words.
   */
  readonly paused: { readonly since: number; readonly reason: string; readonly dropped?: TeamId } | null;
  readonly stage: 'running' | 'hotwash';
}
