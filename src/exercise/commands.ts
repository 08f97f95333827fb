import { actionError, availableActions, dueActor, EFFECT_TRACKS, hasVisibleText, INTEL_LEVELS, refusalText, ROLES, unsigned, type ChoiceAction, type GameState, type Role, type Scenario } from '../engine';
import type { PlayerMove } from '../machine';
import { afterPause, extended, followGame, readClock, startClock } from './clock';
import { exerciseGame, gameHistory, playMove } from './game';
import type { ExerciseRefusal } from './refusals';
import {
  EXERCISE_FORMAT,
  EXERCISE_VERSION,
  NOTES_LIMIT,
  NOTES_PER_SEAT,
  OTHERS_NOTES_LIMIT,
  type Exercise,
  type ExerciseLogEntry,
  type ExerciseLogKind,
  type ExerciseSeat,
  type ExerciseSettings,
  type Inject,
  type InjectCard,
  type Ruling,
  type Team,
  type TeamId,
} from './types';

// Every change to an exercise is a command from a seat, accepted (a new exercise, one more log
// entry) or refused with a reason (the exercise unchanged). Pure: the time comes with the command,
// the game from the machine (game.ts). The same function serves the console in one browser and,
// later, a room server.

export type ExerciseCommand =
  /** A team's decision or choice, played now (teams deciding in turn), or the report closed. */
  | { readonly type: 'move'; readonly move: PlayerMove }
  /** A team's decision, sealed until every team has decided (teams deciding in secret). */
  | { readonly type: 'seal'; readonly move: Extract<PlayerMove, { type: 'DECIDE' }> }
  | { readonly type: 'roster'; readonly teams: readonly Team[]; readonly reason: string }
  | { readonly type: 'settings'; readonly settings: ExerciseSettings; readonly reason: string }
  /** A card to the room now. */
  | { readonly type: 'inject'; readonly card: InjectCard; readonly reason: string }
  /** An entry of the master events list added (scheduled for a year, or held). */
  | { readonly type: 'planInject'; readonly inject: Omit<Inject, 'released'>; readonly reason: string }
  /** A held or scheduled entry of the events list released now. */
  | { readonly type: 'release'; readonly inject: string; readonly reason: string }
  /** An entry not yet released taken off the events list (the log keeps that it was there). */
  | { readonly type: 'dropInject'; readonly inject: string; readonly reason: string }
  | { readonly type: 'rule'; readonly ruling: Ruling; readonly reason: string; readonly public: boolean }
  /** `dropped`: the room pauses itself for a team that lost its connection (exercise/host.ts). */
  | { readonly type: 'pause'; readonly reason: string; readonly dropped?: TeamId }
  | { readonly type: 'resume'; readonly reason: string }
  | { readonly type: 'extend'; readonly seconds: number; readonly reason: string }
  /** The phase closed now: the computer plays what the teams have not. */
  | { readonly type: 'skip'; readonly reason: string }
  /** Back to the start of this phase (or of the last one, when nothing was done in this one). */
  | { readonly type: 'undo'; readonly reason: string }
  /** The clock checked (the console sends it every second): the end of a phase is announced once. */
  | { readonly type: 'tick' }
  | { readonly type: 'note'; readonly text: string; readonly team?: TeamId | null; readonly objective?: string | null }
  | { readonly type: 'hotwash'; readonly reason: string };

export type CommandResult = { readonly ok: true; readonly exercise: Exercise } | { readonly ok: false; readonly refusal: ExerciseRefusal };

export interface CommandEnv {
  readonly scenario: Scenario;
  /** ms since the epoch, from the sender's clock. */
  readonly now: number;
}

export interface ExerciseSetup {
  readonly id: string;
  readonly title: string;
  readonly scenario: Scenario;
  readonly config: GameState['config'];
  readonly settings: ExerciseSettings;
  readonly teams: readonly Team[];
  readonly eventsList: readonly Inject[];
  readonly now: number;
}

/** The roster's roles are played by people, the rest by the computer. */
export function seatsFor(teams: readonly Team[]): GameState['config']['seats'] {
  return Object.fromEntries(ROLES.map((r) => [r, teams.some((t) => t.role === r) ? 'human' : 'computer'])) as GameState['config']['seats'];
}

function rosterProblem(teams: readonly Team[]): ExerciseRefusal | null {
  if (teams.length === 0) return { code: 'badRoster', problem: 'empty' };
  if (teams.some((t) => !t.name.trim())) return { code: 'badRoster', problem: 'noName' };
  if (new Set(teams.map((t) => t.id)).size !== teams.length) return { code: 'badRoster', problem: 'duplicateId' };
  if (new Set(teams.map((t) => t.role)).size !== teams.length) return { code: 'badRoster', problem: 'duplicateRole' };
  for (const t of teams) if (!(ROLES as readonly string[]).includes(t.role)) return { code: 'badValue', field: 'role', value: String(t.role) };
  return null;
}

/** A new exercise: its game started with the roster's seats, and the first log entry. */
export function createExercise(setup: ExerciseSetup): { ok: true; exercise: Exercise } | { ok: false; refusal: ExerciseRefusal } {
  const problem = rosterProblem(setup.teams);
  if (problem) return { ok: false, refusal: problem };
  const config = { ...setup.config, seats: seatsFor(setup.teams) };
  const record = { scenario: setup.scenario.id, config, moves: [] as readonly PlayerMove[] };
  const game = exerciseGame(setup.scenario, record);
  let exercise: Exercise = {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    id: setup.id,
    title: setup.title,
    scenario: setup.scenario.id,
    config,
    settings: setup.settings,
    teams: setup.teams,
    eventsList: setup.eventsList.map((i) => ({ ...i, released: null })),
    moves: record.moves,
    sealed: {},
    log: [],
    notes: [],
    clock: startClock(game.phase, game.year, setup.settings, setup.now),
    paused: null,
    stage: 'running',
  };
  exercise = append(exercise, game, setup.now, 'facilitator', 'setup', { detail: { teams: setup.teams.map((t) => ({ id: t.id, name: t.name, role: t.role })), seed: config.seed, sexenios: config.sexenios } });
  return { ok: true, exercise: releaseDue(exercise, setup.scenario, setup.now) };
}

function append(
  exercise: Exercise,
  game: GameState,
  at: number,
  by: string,
  kind: ExerciseLogKind,
  extra: { readonly reason?: string; readonly public?: boolean; readonly detail?: Readonly<Record<string, unknown>> } = {},
): Exercise {
  const entry: ExerciseLogEntry = {
    seq: exercise.log.length + 1,
    at,
    by,
    year: game.year,
    phase: game.phase,
    kind,
    ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    public: extra.public ?? true,
    detail: extra.detail ?? {},
    moves: exercise.moves.length,
  };
  return { ...exercise, log: [...exercise.log, entry] };
}

function seatName(exercise: Exercise, seat: ExerciseSeat): string {
  switch (seat.kind) {
    case 'facilitator':
      return 'facilitator';
    case 'team':
      return seat.team;
    case 'observer':
      return `observer:${seat.name}`;
    case 'projector':
      return 'projector';
  }
}

const FACILITATOR_ONLY = new Set<ExerciseCommand['type']>(['roster', 'settings', 'inject', 'planInject', 'release', 'dropInject', 'rule', 'pause', 'resume', 'extend', 'skip', 'undo', 'hotwash', 'tick']);

function reasonOf(command: ExerciseCommand): string | null {
  return 'reason' in command ? command.reason : null;
}

function refuse(refusal: ExerciseRefusal): CommandResult {
  return { ok: false, refusal };
}

/** The team that plays `role`, if any. */
export function teamOf(exercise: Exercise, role: Role): Team | undefined {
  return exercise.teams.find((t) => t.role === role);
}

/** The role a move is played for: the deciding role, or whoever is due. */
function moveRole(move: PlayerMove, game: GameState): Role | null {
  if (move.type === 'DECIDE') return move.role;
  const due = dueActor(game);
  return due && due !== 'system' ? due : null;
}

/** Why a seat may write no more notes, or null (types.ts NOTES_LIMIT). */
function notesLimit(exercise: Exercise, seat: ExerciseSeat, by: string): ExerciseRefusal | null {
  const notes = exercise.notes;
  if (notes.length >= NOTES_LIMIT) return { code: 'tooManyNotes', scope: 'exercise', limit: NOTES_LIMIT };
  if (seat.kind === 'facilitator') return null;
  let others = 0;
  let mine = 0;
  for (const note of notes) {
    if (note.by === 'facilitator') continue;
    others++;
    if (note.by === by) mine++;
  }
  if (mine >= NOTES_PER_SEAT) return { code: 'tooManyNotes', scope: 'seat', limit: NOTES_PER_SEAT };
  if (others >= OTHERS_NOTES_LIMIT) return { code: 'tooManyNotes', scope: 'exercise', limit: OTHERS_NOTES_LIMIT };
  return null;
}

/** Applies a command from a seat. */
export function applyCommand(exercise: Exercise, seat: ExerciseSeat, command: ExerciseCommand, env: CommandEnv): CommandResult {
  if (seat.kind === 'projector') return refuse({ code: 'readOnly' });
  if (FACILITATOR_ONLY.has(command.type) && seat.kind !== 'facilitator') return refuse({ code: 'facilitatorOnly', command: command.type });
  if (seat.kind === 'observer' && command.type !== 'note') return refuse({ code: 'facilitatorOnly', command: command.type });
  const reason = reasonOf(command);
  if (reason !== null && !hasVisibleText(reason)) return refuse({ code: 'reasonRequired', command: command.type });
  if (exercise.stage === 'hotwash' && command.type !== 'note' && command.type !== 'tick') return refuse({ code: 'over' });
  const by = seatName(exercise, seat);
  const game = exerciseGame(env.scenario, exercise);
  const { now } = env;
  switch (command.type) {
    case 'move':
    case 'seal': {
      if (exercise.paused) return refuse({ code: 'paused' });
      if (seat.kind === 'team') {
        const team = exercise.teams.find((t) => t.id === seat.team);
        if (!team) return refuse({ code: 'unknownTeam', team: seat.team });
        const role = moveRole(command.move, game);
        // CONTINUE closes the report for the whole room: any team may.
        if (command.move.type !== 'CONTINUE' && role !== team.role) return refuse({ code: 'notYourRole', team: team.id, role: role ?? 'nobody' });
      }
      if (command.type === 'seal') return seal(exercise, by, command.move, game, env);
      if (exercise.settings.decide === 'secret' && command.move.type === 'DECIDE') return refuse({ code: 'wrongMode', command: 'move', mode: 'secret' });
      return played(exercise, by, command.move, env, 'move');
    }
    case 'roster': {
      const problem = rosterProblem(command.teams);
      if (problem) return refuse(problem);
      const seats = seatsFor(command.teams);
      const changed = ROLES.some((r) => seats[r] !== game.config.seats[r]);
      let next: Exercise = { ...exercise, teams: command.teams, sealed: Object.fromEntries(Object.entries(exercise.sealed).filter(([id]) => command.teams.some((t) => t.id === id))) };
      if (changed) {
        const result = playMove(env.scenario, exercise, { type: 'SET_SEATS', by: 'facilitator', seats, reason: command.reason });
        if (!result.ok) return refuse(result.refusal);
        next = { ...next, moves: result.moves };
      }
      next = append(next, game, now, by, 'roster', { reason: command.reason, detail: { teams: command.teams.map((t) => ({ id: t.id, name: t.name, role: t.role })) } });
      return settle(next, env);
    }
    case 'settings': {
      const bad = settingsProblem(command.settings);
      if (bad) return refuse(bad);
      const next = append({ ...exercise, settings: command.settings }, game, now, by, 'settings', { reason: command.reason, public: false, detail: { ...command.settings } });
      return { ok: true, exercise: next };
    }
    case 'inject': {
      const bad = injectProblem(command.card, env.scenario);
      if (bad) return refuse(bad);
      return inject(exercise, by, command.card, command.reason, null, env);
    }
    case 'planInject': {
      const bad = injectProblem(command.inject.card, env.scenario);
      if (bad) return refuse(bad);
      if (exercise.eventsList.some((i) => i.id === command.inject.id)) return refuse({ code: 'badValue', field: 'inject id', value: command.inject.id });
      const next = append({ ...exercise, eventsList: [...exercise.eventsList, { ...command.inject, released: null }] }, game, now, by, 'injectPlanned', { reason: command.reason, public: false, detail: { inject: command.inject.id } });
      return settle(next, env);
    }
    case 'release': {
      const planned = exercise.eventsList.find((i) => i.id === command.inject);
      if (!planned) return refuse({ code: 'unknownInject', inject: command.inject });
      if (planned.released) return refuse({ code: 'alreadyReleased', inject: planned.id });
      return inject(exercise, by, planned.card, command.reason, planned.id, env);
    }
    case 'dropInject': {
      const planned = exercise.eventsList.find((i) => i.id === command.inject);
      if (!planned) return refuse({ code: 'unknownInject', inject: command.inject });
      if (planned.released) return refuse({ code: 'alreadyReleased', inject: planned.id });
      const next = { ...exercise, eventsList: exercise.eventsList.filter((i) => i.id !== planned.id) };
      return { ok: true, exercise: append(next, game, now, by, 'injectDropped', { reason: command.reason, public: false, detail: { inject: planned.id } }) };
    }
    case 'rule':
      return rule(exercise, by, command.ruling, command.reason, command.public, env);
    case 'pause': {
      if (exercise.paused) return refuse({ code: 'badValue', field: 'pause', value: 'already paused' });
      const dropped = command.dropped !== undefined && exercise.teams.some((t) => t.id === command.dropped) ? command.dropped : undefined;
      const paused = { since: now, reason: command.reason, ...(dropped !== undefined ? { dropped } : {}) };
      return { ok: true, exercise: append({ ...exercise, paused }, game, now, by, 'pause', { reason: command.reason, ...(dropped !== undefined ? { detail: { dropped } } : {}) }) };
    }
    case 'resume': {
      if (!exercise.paused) return refuse({ code: 'badValue', field: 'resume', value: 'not paused' });
      const clock = afterPause(exercise.clock, exercise.paused.since, now);
      return { ok: true, exercise: append({ ...exercise, paused: null, clock }, game, now, by, 'resume', { reason: command.reason }) };
    }
    case 'extend': {
      if (!Number.isFinite(command.seconds) || command.seconds <= 0 || command.seconds > 3 * 3600) return refuse({ code: 'badValue', field: 'seconds', value: String(command.seconds) });
      const clock = extended(exercise.clock, Math.round(command.seconds), now, exercise.paused?.since ?? null);
      return { ok: true, exercise: append({ ...exercise, clock }, game, now, by, 'extend', { reason: command.reason, detail: { seconds: Math.round(command.seconds) } }) };
    }
    case 'skip': {
      // Logged once the phase is closed: the entry stands where the game then is.
      const closed = closePhase(exercise, env);
      return closed.ok ? { ok: true, exercise: append(closed.exercise, game, now, by, 'skip', { reason: command.reason }) } : closed;
    }
    case 'undo':
      return undo(exercise, by, command.reason, env);
    case 'tick':
      return tick(exercise, env);
    case 'note': {
      const text = command.text.trim();
      if (!text) return refuse({ code: 'textRequired', command: 'note' });
      if (command.team && !exercise.teams.some((t) => t.id === command.team)) return refuse({ code: 'unknownTeam', team: command.team });
      const limit = notesLimit(exercise, seat, by);
      if (limit) return refuse(limit);
      const note = { id: `n${exercise.notes.length + 1}`, at: now, year: game.year, by, team: command.team ?? null, objective: command.objective ?? null, text: text.slice(0, 4000) };
      return { ok: true, exercise: append({ ...exercise, notes: [...exercise.notes, note] }, game, now, by, 'note', { public: false, detail: { note: note.id } }) };
    }
    case 'hotwash':
      return { ok: true, exercise: append({ ...exercise, stage: 'hotwash', paused: null }, game, now, by, 'hotwash', { reason: command.reason }) };
  }
}

function settingsProblem(settings: ExerciseSettings): ExerciseRefusal | null {
  if (settings.decide !== 'inTurn' && settings.decide !== 'secret') return { code: 'badValue', field: 'decide', value: String(settings.decide) };
  for (const [phase, seconds] of Object.entries(settings.phaseSeconds)) {
    if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3 * 3600) return { code: 'badValue', field: `${phase} seconds`, value: String(seconds) };
  }
  return null;
}

function injectProblem(card: InjectCard, scenario: Scenario): ExerciseRefusal | null {
  if (card.kind === 'deck') return scenario.deck.some((c) => c.id === card.card) ? null : { code: 'unknownCard', card: card.card };
  if (!card.title.trim()) return { code: 'textRequired', command: 'inject title' };
  for (const e of card.effects) {
    if (!(EFFECT_TRACKS as readonly string[]).includes(e.track)) return { code: 'badValue', field: 'track', value: String(e.track) };
    if (!Number.isInteger(e.value) || Math.abs(e.value) > 100) return { code: 'badValue', field: e.track, value: String(e.value) };
  }
  return null;
}

/** A move played on the game, logged, and the exercise brought up to date with where it leads. */
function played(exercise: Exercise, by: string, move: PlayerMove, env: CommandEnv, kind: ExerciseLogKind, extra: { reason?: string; public?: boolean; detail?: Record<string, unknown> } = {}): CommandResult {
  const before = exerciseGame(env.scenario, exercise);
  const result = playMove(env.scenario, exercise, move);
  if (!result.ok) return refuse(result.refusal);
  const next = append({ ...exercise, moves: result.moves }, before, env.now, by, kind, { ...extra, detail: { move: moveDetail(move), ...extra.detail } });
  return settle(next, env);
}

function moveDetail(move: PlayerMove): Record<string, unknown> {
  return JSON.parse(JSON.stringify(move)) as Record<string, unknown>;
}

/** After any change: the clock follows the game, and injects scheduled for the year are released. */
function settle(exercise: Exercise, env: CommandEnv): CommandResult {
  return { ok: true, exercise: releaseDue(exercise, env.scenario, env.now) };
}

/** Injects scheduled for this year or earlier go to the room once the year's play begins. */
function releaseDue(exercise: Exercise, scenario: Scenario, now: number): Exercise {
  let next = exercise;
  for (;;) {
    const game = exerciseGame(scenario, next);
    const open = game.phase === 'decisions' || game.phase === 'cardChoice';
    const due = open ? next.eventsList.find((i) => !i.released && i.schedule.kind === 'year' && i.schedule.year <= game.year) : undefined;
    if (!due) return { ...next, clock: followGame(next.clock, game.phase, game.year, next.settings, now) };
    // The reason the room's record gives is the inject's own objective, in the facilitator's words.
    const result = inject(next, 'facilitator', due.card, due.objective.trim() || due.id, due.id, { scenario, now }, { scheduled: due.schedule.kind === 'year' ? due.schedule.year : null });
    if (!result.ok) {
      // A scheduled card the game cannot take now (it refuses) is held for the facilitator.
      next = { ...next, eventsList: next.eventsList.map((i) => (i.id === due.id ? { ...i, schedule: { kind: 'hold' as const } } : i)) };
      continue;
    }
    next = result.exercise;
  }
}

function inject(exercise: Exercise, by: string, card: InjectCard, reason: string, planned: string | null, env: CommandEnv, more: Record<string, unknown> = {}): CommandResult {
  const move: PlayerMove =
    card.kind === 'deck'
      ? { type: 'INJECT', by: 'facilitator', card: card.card, reason }
      : { type: 'INJECT_CUSTOM', by: 'facilitator', title: card.title, text: card.text, effects: card.effects, reason };
  const game = exerciseGame(env.scenario, exercise);
  const released = { year: game.year, move: exercise.moves.length };
  const marked = planned ? { ...exercise, eventsList: exercise.eventsList.map((i) => (i.id === planned ? { ...i, released } : i)) } : exercise;
  return played(marked, by, move, env, 'inject', { reason, detail: { inject: planned, card: card.kind === 'deck' ? card.card : card.title, ...more } });
}

function rule(exercise: Exercise, by: string, ruling: Ruling, reason: string, isPublic: boolean, env: CommandEnv): CommandResult {
  const game = exerciseGame(env.scenario, exercise);
  const extra = { reason, public: isPublic, detail: { ruling: { ...ruling } } };
  switch (ruling.kind) {
    case 'accept':
      return { ok: true, exercise: append(exercise, game, env.now, by, 'ruling', extra) };
    case 'free':
      if (!ruling.text.trim()) return refuse({ code: 'textRequired', command: 'ruling' });
      return { ok: true, exercise: append(exercise, game, env.now, by, 'ruling', extra) };
    case 'override':
      if (!(EFFECT_TRACKS as readonly string[]).includes(ruling.track)) return refuse({ code: 'badValue', field: 'track', value: String(ruling.track) });
      if (!Number.isFinite(ruling.value)) return refuse({ code: 'badValue', field: ruling.track, value: String(ruling.value) });
      return played(exercise, by, { type: 'OVERRIDE', by: 'facilitator', track: ruling.track, value: ruling.value, reason }, env, 'ruling', extra);
    case 'overrideIntel':
      if (!(INTEL_LEVELS as readonly string[]).includes(ruling.level)) return refuse({ code: 'badValue', field: 'intelligence sharing', value: String(ruling.level) });
      return played(exercise, by, { type: 'SET_INTEL', by: 'facilitator', level: ruling.level, reason }, env, 'ruling', extra);
    case 'cancel':
      return played(exercise, by, { type: 'CANCEL_CARD', by: 'facilitator', card: ruling.card, reason }, env, 'ruling', extra);
  }
}

/**
 * The game as a team deciding in secret decides against it: every team of a secret round sees the
 * same state and is offered its decision as if it were first (the rules' order of play applies
 * only at the reveal). The console draws the team's decision form from it; `seal` checks against it.
 */
export function secretTurn(game: GameState, role: Role): GameState {
  return { ...game, pending: [role, ...game.pending.filter((r) => r !== role)] };
}

/** A sealed decision; when every team due this phase has sealed, all are revealed and played. */
function seal(exercise: Exercise, by: string, move: Extract<PlayerMove, { type: 'DECIDE' }>, game: GameState, env: CommandEnv): CommandResult {
  if (exercise.settings.decide !== 'secret') return refuse({ code: 'wrongMode', command: 'seal', mode: 'inTurn' });
  if (game.phase !== 'decisions' || !game.pending.includes(move.role)) return refuse({ code: 'notDeciding' });
  const illegal = actionError(secretTurn(game, move.role), env.scenario, unsigned(move) as ChoiceAction);
  if (illegal) return refuse({ code: 'game', refusal: illegal, reason: refusalText(illegal) });
  const team = teamOf(exercise, move.role);
  if (!team) return refuse({ code: 'notYourRole', team: by, role: move.role });
  let next: Exercise = { ...exercise, sealed: { ...exercise.sealed, [team.id]: move } };
  // Sealed: the room learns that the team has decided, not what.
  next = append(next, game, env.now, by, 'sealed', { detail: { team: team.id, role: move.role } });
  const waiting = game.pending.filter((r) => game.config.seats[r] === 'human' && !next.sealed[teamOf(next, r)?.id ?? '']);
  return waiting.length ? { ok: true, exercise: next } : reveal(next, env);
}

/**
 * Plays every sealed decision in the game's order of play. Each was legal against the state the
 * round began from; if an earlier team's move has made part of a later one illegal, what is still
 * legal of it is played (the levers still available, within the capital, in the team's order), and
 * the log says so.
 */
function reveal(exercise: Exercise, env: CommandEnv): CommandResult {
  let next: Exercise = exercise;
  const order: string[] = [];
  const adjusted: string[] = [];
  for (;;) {
    const game = exerciseGame(env.scenario, next);
    const due = dueActor(game);
    const team = due && due !== 'system' && game.phase === 'decisions' ? teamOf(next, due) : undefined;
    const sealed = team ? next.sealed[team.id] : undefined;
    if (!team || !sealed || sealed.type !== 'DECIDE') break;
    let result = playMove(env.scenario, next, sealed);
    if (!result.ok) {
      adjusted.push(team.id);
      result = playMove(env.scenario, next, stillLegal(game, sealed));
      if (!result.ok) return refuse(result.refusal);
    }
    const { [team.id]: _played, ...rest } = next.sealed;
    next = { ...next, moves: result.moves, sealed: rest };
    order.push(team.id);
  }
  const game = exerciseGame(env.scenario, exercise);
  next = append(next, game, env.now, 'facilitator', 'revealed', { detail: { teams: order, moves: order.map((id) => moveDetail(exercise.sealed[id] as PlayerMove)), ...(adjusted.length ? { adjusted } : {}) } });
  return settle(next, env);
}

/** What is still legal of a decision now: its levers still available, while the capital lasts. */
function stillLegal(game: GameState, move: Extract<PlayerMove, { type: 'DECIDE' }>): Extract<PlayerMove, { type: 'DECIDE' }> {
  const available = new Map(availableActions(game, move.role).map((a) => [a.id, a.cost]));
  let budget = game.capital[move.role];
  const actions: string[] = [];
  for (const id of move.actions) {
    const cost = available.get(id);
    if (cost === undefined || cost > budget || actions.includes(id)) continue;
    actions.push(id);
    budget -= cost;
  }
  return { ...move, actions };
}

/** The computer plays what is left of the phase (the report is closed), so the game moves on. */
function closePhase(exercise: Exercise, env: CommandEnv): CommandResult {
  const start = exerciseGame(env.scenario, exercise);
  let next = { ...exercise, sealed: {} };
  for (let guard = 0; guard < 20; guard++) {
    const game = exerciseGame(env.scenario, next);
    if (game.phase !== start.phase || game.year !== start.year || game.phase === 'debrief') break;
    const due = dueActor(game);
    const move: PlayerMove = game.phase === 'report' ? { type: 'CONTINUE', by: 'facilitator' } : { type: 'DELEGATE', by: 'facilitator' };
    if (due === null) break;
    const result = playMove(env.scenario, next, move);
    if (!result.ok) return refuse(result.refusal);
    next = { ...next, moves: result.moves };
  }
  return settle(next, env);
}

function tick(exercise: Exercise, env: CommandEnv): CommandResult {
  const reading = readClock(exercise.clock, env.now, exercise.paused?.since ?? null);
  if (!reading.up || exercise.clock.expired || exercise.paused || exercise.stage !== 'running') return { ok: true, exercise };
  const game = exerciseGame(env.scenario, exercise);
  const next = append({ ...exercise, clock: { ...exercise.clock, expired: true } }, game, env.now, 'facilitator', 'clockExpired', { detail: { phase: game.phase, autoClose: exercise.settings.autoClose } });
  return next.settings.autoClose ? closePhase(next, env) : { ok: true, exercise: next };
}

/** The events list with the injects released by the moves from `moves` on back in it (undone). */
function unreleasedAfter(list: readonly Inject[], moves: number): Inject[] {
  return list.map((i) => (i.released && i.released.move >= moves ? { ...i, released: null } : i));
}

/** The phase and year a game stands in, as one key. */
function phaseKey(game: GameState): string {
  return `${game.year}:${game.phase}`;
}

/**
 * Back to the start of the current phase when anything was done in it, else to the start of the
 * one before. Sealed decisions are dropped; the log keeps what happened and records the undo.
 */
function undo(exercise: Exercise, by: string, reason: string, env: CommandEnv): CommandResult {
  const history = gameHistory(env.scenario, exercise);
  const last = history.length - 1;
  const startOf = (i: number): number => {
    let j = i;
    const key = phaseKey((history[i] as (typeof history)[number]).game);
    while (j > 0 && phaseKey((history[j - 1] as (typeof history)[number]).game) === key) j--;
    return j;
  };
  let target = startOf(last);
  if (target === last) {
    if (target === 0) return refuse({ code: 'nothingToUndo' });
    target = startOf(target - 1);
  }
  const to = history[target] as (typeof history)[number];
  const game = exerciseGame(env.scenario, exercise);
  const next = append({ ...exercise, moves: to.moves, sealed: {}, clock: startClock(to.game.phase, to.game.year, exercise.settings, env.now) }, game, env.now, by, 'undo', {
    reason,
    detail: { movesDropped: exercise.moves.length - to.moves.length, to: { year: to.game.year, phase: to.game.phase } },
  });
  return { ok: true, exercise: { ...next, eventsList: unreleasedAfter(next.eventsList, to.moves.length) } };
}

/**
 * A new exercise that branches from the start of `year`'s play (its first decision): the same
 * roster, settings and events list, the moves up to there, a fresh log that records the fork.
 */
export function forkExercise(exercise: Exercise, year: number, reason: string, env: CommandEnv & { readonly id: string }): { ok: true; exercise: Exercise } | { ok: false; refusal: ExerciseRefusal } {
  if (!hasVisibleText(reason)) return { ok: false, refusal: { code: 'reasonRequired', command: 'fork' } };
  const history = gameHistory(env.scenario, exercise);
  const at = history.find((h) => h.game.year === year && (h.game.phase === 'decisions' || h.game.phase === 'cardChoice'));
  if (!at) return { ok: false, refusal: { code: 'noSuchYear', year } };
  let fork: Exercise = {
    ...exercise,
    id: env.id,
    moves: at.moves,
    sealed: {},
    log: [],
    notes: exercise.notes.filter((n) => n.year < year),
    eventsList: unreleasedAfter(exercise.eventsList, at.moves.length),
    clock: startClock(at.game.phase, at.game.year, exercise.settings, env.now),
    paused: null,
    stage: 'running',
  };
  fork = append(fork, at.game, env.now, 'facilitator', 'fork', { reason, detail: { from: exercise.id, year, moves: at.moves.length } });
  return { ok: true, exercise: fork };
}
