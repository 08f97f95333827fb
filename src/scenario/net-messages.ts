import { z } from './zod';
import { moveSchema, saveFile } from './save';
import { EFFECT_TRACKS, INTEL_LEVELS, PHASES, ROLES, type PlayerMove, type Scenario } from '../engine';
import {
  EXERCISE_FORMAT,
  EXERCISE_VERSION,
  NOTES_LIMIT,
  TIMED_PHASES,
  exerciseGame,
  type ClientMessage,
  type CreateOptions,
  type Exercise,
  type ExerciseCommand,
  type JoinOptions,
  type NetRefusal,
  type SeatClaim,
} from '../exercise';

// What a networked client sends the room (issue 12), checked before the room's host sees it: every
// message, its exercise command and the options a player joins or a facilitator creates a room with.
// Everything here comes off the network from anyone: objects are strict, strings and lists bounded,
// numbers finite, and a refusal names the field that was wrong (`command.move.role`), never the
// value. Each schema is checked against its TypeScript type at compile time, like save.ts's moves.

const id = z.string().min(1).max(60);
const name = z.string().max(200);
/** The control cell's reasons may be blank here: the exercise refuses a blank one with its own words. */
const reason = z.string().max(2000);
const text = z.string().max(4000);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const time = z.number().finite().min(0).max(8.64e15);

const seatClaim = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('team'), team: id }), z.strictObject({ kind: z.literal('observer') }), z.strictObject({ kind: z.literal('projector') })]);

/** A team's year's decision: the DECIDE member of the moves (save.ts lists it fourth). */
const decideMove = moveSchema.options[3];

const objective = z.strictObject({ id, text: text, listed: z.string().max(60).optional() });
const team = z.strictObject({ id, name, role: z.enum(ROLES), objectives: z.array(objective).max(20) });
const teams = z.array(team).max(ROLES.length);
const settings = z.strictObject({
  decide: z.enum(['inTurn', 'secret']),
  phaseSeconds: z.strictObject(Object.fromEntries(TIMED_PHASES.map((p) => [p, z.number().finite().min(0).max(3 * 3600)])) as Record<(typeof TIMED_PHASES)[number], z.ZodNumber>),
  autoClose: z.boolean(),
});
const injectCard = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deck'), card: z.string().max(100) }),
  z.strictObject({ kind: z.literal('custom'), title: z.string().max(200), text, effects: z.array(z.strictObject({ track: z.enum(EFFECT_TRACKS), value: z.number().finite() })).max(20) }),
]);
const schedule = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('year'), year: z.number().int().min(1900).max(2200) }), z.strictObject({ kind: z.literal('hold') })]);
const plannedInject = z.strictObject({ id, card: injectCard, objective: text, expectedResponse: text, schedule });
const ruling = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('accept') }),
  z.strictObject({ kind: z.literal('override'), track: z.enum(EFFECT_TRACKS), value: z.number().finite() }),
  z.strictObject({ kind: z.literal('overrideIntel'), level: z.enum(INTEL_LEVELS) }),
  z.strictObject({ kind: z.literal('cancel'), card: z.string().max(100) }),
  z.strictObject({ kind: z.literal('free'), text }),
]);

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('move'), move: moveSchema }),
  z.strictObject({ type: z.literal('seal'), move: decideMove }),
  z.strictObject({ type: z.literal('roster'), teams, reason }),
  z.strictObject({ type: z.literal('settings'), settings, reason }),
  z.strictObject({ type: z.literal('inject'), card: injectCard, reason }),
  z.strictObject({ type: z.literal('planInject'), inject: plannedInject, reason }),
  z.strictObject({ type: z.literal('release'), inject: id, reason }),
  z.strictObject({ type: z.literal('dropInject'), inject: id, reason }),
  z.strictObject({ type: z.literal('rule'), ruling, reason, public: z.boolean() }),
  z.strictObject({ type: z.literal('pause'), reason }),
  z.strictObject({ type: z.literal('resume'), reason }),
  z.strictObject({ type: z.literal('extend'), seconds: z.number().finite(), reason }),
  z.strictObject({ type: z.literal('skip'), reason }),
  z.strictObject({ type: z.literal('undo'), reason }),
  z.strictObject({ type: z.literal('tick') }),
  z.strictObject({ type: z.literal('note'), text, team: id.nullable().optional(), objective: z.string().max(60).nullable().optional() }),
  z.strictObject({ type: z.literal('hotwash'), reason }),
]);

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('command'), id: count, command: commandSchema }),
  z.strictObject({ type: z.literal('claim'), id: count, claim: seatClaim }),
  z.strictObject({ type: z.literal('admit'), id: count, player: z.string().min(1).max(200), seat: seatClaim.nullable() }),
  z.strictObject({ type: z.literal('remove'), id: count, player: z.string().min(1).max(200), reason }),
  z.strictObject({ type: z.literal('pauseOnDrop'), id: count, on: z.boolean() }),
  z.strictObject({ type: z.literal('autoAdmit'), id: count, on: z.boolean() }),
  z.strictObject({ type: z.literal('sync'), id: count, since: count }),
]);

export const joinOptionsSchema = z.strictObject({
  name: z.string().max(200).refine((n) => n.trim().length > 0, 'a name is needed'),
  claim: seatClaim.optional(),
  key: z.string().min(1).max(200).optional(),
  rejoin: z.strictObject({ player: z.string().min(1).max(200), secret: z.string().min(1).max(200) }).optional(),
});

const logEntry = z.strictObject({
  seq: count,
  at: time,
  by: z.string().max(200),
  year: z.number().int(),
  phase: z.enum(PHASES),
  kind: z.enum(['setup', 'roster', 'settings', 'move', 'sealed', 'revealed', 'inject', 'injectPlanned', 'injectDropped', 'ruling', 'pause', 'resume', 'extend', 'skip', 'undo', 'fork', 'clockExpired', 'note', 'hotwash']),
  reason: reason.optional(),
  public: z.boolean(),
  // What was done, as plain JSON: its size is bounded with the whole exercise's.
  detail: z.record(z.string().max(100), z.unknown()),
  moves: count,
});
const note = z.strictObject({ id, at: time, year: z.number().int(), by: z.string().max(200), team: id.nullable(), objective: z.string().max(60).nullable(), text });
const clock = z.strictObject({ phase: z.enum(PHASES), year: z.number().int(), startedAt: time, lengthMs: time, pausedMs: time, expired: z.boolean() });

export const exerciseSchema = z.strictObject({
  format: z.literal(EXERCISE_FORMAT),
  version: z.literal(EXERCISE_VERSION),
  id,
  title: name,
  scenario: z.string().max(60),
  config: saveFile.shape.config,
  settings,
  teams: teams.min(1),
  eventsList: z.array(plannedInject.extend({ released: z.strictObject({ year: z.number().int(), move: count }).nullable() })).max(500),
  moves: z.array(moveSchema).max(10000),
  sealed: z.record(id, decideMove).refine((s) => Object.keys(s).length <= ROLES.length, 'more sealed decisions than teams'),
  log: z.array(logEntry).max(50000),
  notes: z.array(note).max(NOTES_LIMIT),
  clock,
  paused: z.strictObject({ since: time, reason, dropped: id.optional() }).nullable(),
  stage: z.enum(['running', 'hotwash']),
});

const createOptionsSchema = z.strictObject({ exercise: z.unknown(), name: z.string().max(200).refine((n) => n.trim().length > 0, 'a name is needed') });

// The schemas are checked against the protocol's types at compile time: what each accepts is of the
// type, with the same fields (readonly aside), member by member for the unions.
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Same<A, B> = [Mutable<A>] extends [Mutable<B>] ? ([Mutable<B>] extends [Mutable<A>] ? true : false) : false;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type EveryMember<T extends { type: string }, S extends { type: string }> = { [K in T['type']]: SameKeys<Extract<T, { type: K }>, Extract<S, { type: K }>> }[T['type']];
type SchemaCommand = z.infer<typeof commandSchema>;
type SchemaMessage = z.infer<typeof clientMessageSchema>;
const schemasMatchTypes: [
  SchemaCommand extends ExerciseCommand ? true : false,
  ExerciseCommand['type'] extends SchemaCommand['type'] ? true : false,
  EveryMember<ExerciseCommand, SchemaCommand>,
  SchemaMessage extends ClientMessage ? true : false,
  ClientMessage['type'] extends SchemaMessage['type'] ? true : false,
  EveryMember<ClientMessage, SchemaMessage>,
  Same<z.infer<typeof seatClaim>, SeatClaim>,
  Same<z.infer<typeof joinOptionsSchema>, JoinOptions>,
  Same<z.infer<typeof decideMove>, Extract<PlayerMove, { type: 'DECIDE' }>>,
  z.infer<typeof exerciseSchema> extends Exercise ? true : false,
  SameKeys<z.infer<typeof exerciseSchema>, Exercise>,
  SameKeys<z.infer<typeof createOptionsSchema>, CreateOptions>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void schemasMatchTypes;

/** Refused: the field at `where` (a short path, never the value) was wrong. */
export type MalformedRefusal = Extract<NetRefusal, { code: 'malformed' }>;
export type NetParse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: MalformedRefusal; readonly problem: string };

const WHERE_MAX = 80;

/** The first issue's path, as `command.move.actions[2]`, with an unexpected field's name added. */
function where(error: z.ZodError, prefix = ''): { where: string; problem: string } {
  const issue = error.issues[0];
  if (!issue) return { where: prefix || '(message)', problem: 'invalid' };
  const parts = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p).slice(0, 40)}`));
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) parts.push(`.${issue.keys[0].slice(0, 40)}`);
  const path = `${prefix}${parts.join('')}`.replace(/^\./, '') || '(message)';
  const short = path.length > WHERE_MAX ? `${path.slice(0, WHERE_MAX)}…` : path;
  // zod's message says what was expected (it never repeats a string it was given).
  return { where: short, problem: `${short}: ${issue.code === 'unrecognized_keys' ? 'not a field of this message' : issue.message.slice(0, 200)}` };
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): NetParse<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const w = where(result.error, prefix);
  return { ok: false, refusal: { code: 'malformed', where: w.where }, problem: w.problem };
}

/** The message's own id when it can be read, for the refusal's answer (null: unreadable). */
function messageId(value: unknown): number | null {
  const raw = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? raw : null;
}

/** A client's message as the host takes it, or a refusal naming the field that was wrong (and the message's id when it has one). */
export function parseClientMessage(value: unknown): { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly id: number | null; readonly refusal: MalformedRefusal; readonly problem: string } {
  const result = parsed<ClientMessage>(clientMessageSchema, value);
  return result.ok ? { ok: true, message: result.value } : { ok: false, id: messageId(value), refusal: result.refusal, problem: result.problem };
}

/** The options a player joins with. */
export function parseJoinOptions(value: unknown): { readonly ok: true; readonly options: JoinOptions } | { readonly ok: false; readonly refusal: MalformedRefusal; readonly problem: string } {
  const result = parsed<JoinOptions>(joinOptionsSchema, value);
  return result.ok ? { ok: true, options: result.value } : result;
}

/**
 * An exercise checked field by field, as a room checks one it is made with: a file the console
 * imports or finds in this browser's storage passes the same check (ui/console/persistence.ts).
 */
export function parseExercise(value: unknown): NetParse<Exercise> {
  return parsed<Exercise>(exerciseSchema, value);
}

/** An exercise sent to make a room is at most this big as JSON (a long seminar's is well under 1 MB). */
export const CREATE_MAX_CHARS = 4_000_000;

/**
 * The options a facilitator makes a room with: the exercise checked field by field (bounded, so a
 * hostile one cannot exhaust the server), its scenario one of `scenarios`, and its moves replayed
 * through the machine, as a file the console opens is (ui/console/persistence.ts).
 */
export function parseCreateOptions(
  value: unknown,
  scenarios: readonly Scenario[],
): { readonly ok: true; readonly exercise: Exercise; readonly scenario: Scenario; readonly name: string } | { readonly ok: false; readonly refusal: MalformedRefusal; readonly problem: string } {
  const options = parsed(createOptionsSchema, value);
  if (!options.ok) return options;
  let size: number;
  try {
    size = JSON.stringify(options.value.exercise)?.length ?? 0;
  } catch {
    // Cycles and nesting too deep for the stack are not JSON anyone sent.
    return { ok: false, refusal: { code: 'malformed', where: 'exercise' }, problem: 'exercise: not plain JSON' };
  }
  if (size > CREATE_MAX_CHARS) return { ok: false, refusal: { code: 'malformed', where: 'exercise' }, problem: `exercise: ${size} characters, more than ${CREATE_MAX_CHARS}` };
  const exercise = parsed<Exercise>(exerciseSchema, options.value.exercise, 'exercise');
  if (!exercise.ok) return exercise;
  const scenario = scenarios.find((s) => s.id === exercise.value.scenario);
  if (!scenario) return { ok: false, refusal: { code: 'malformed', where: 'exercise.scenario' }, problem: `exercise.scenario: not a scenario this server has` };
  try {
    exerciseGame(scenario, exercise.value);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, refusal: { code: 'malformed', where: 'exercise.moves' }, problem: `exercise.moves: they do not replay into a game (${detail.slice(0, 200)})` };
  }
  return { ok: true, exercise: exercise.value, scenario, name: options.value.name.trim().slice(0, 60) };
}
