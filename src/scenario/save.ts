import { z } from './zod';
import { CUSTOM_EFFECT_LIMIT, EFFECT_TRACKS, INTEL_LEVELS, OPTION_IDS, PARTIES, ROLES, STANCES, STRATEGY_TOKENS, type GameConfig, type PlayerMove, type UnsignedMove } from '../engine';

// A save file: the scenario, the game's settings and the players' moves. Loading replays the moves
// (src/machine/replay.ts), so a save never carries state the rules did not produce. Files are
// untrusted: anything else gets a message that says what is wrong and where.

/** `text` without the byte-order mark some editors put at the start of a UTF-8 file (JSON has none). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export const SAVE_FORMAT = 'critical-strategic-decisions/save';
/**
 * 2: every kind of chance draws from its own named stream (engine/rng.ts). A version-1 save's
 * moves would replay into a different game, so it is refused with a message that says so.
 * 3: every move says which seat sent it (`by`), and an exercise's control cell has moves of its own
 * (engine/moves.ts). A version-2 save is read: its moves are signed as they are replayed
 * (machine/replay.ts), which gives the same game.
 */
export const SAVE_VERSION = 3;
/** The oldest version still read. */
const OLDEST_READ = 2;

const seat = z.enum(['human', 'computer']);
const config = z.strictObject({
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  sexenios: z.number().int().min(1).max(8),
  seats: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, seat])) as Record<(typeof ROLES)[number], typeof seat>),
  usPolicy: z.enum(['recommended', 'passive', 'hawkish', 'historical']),
  mexicoPolicy: z.enum(['party', 'historical']),
  fixedStrategies: z.array(z.enum(STRATEGY_TOKENS)).max(8),
  fixedParties: z.array(z.enum(PARTIES)).max(8),
});

const reason = z.string().min(1).max(2000);
const text = z.string().max(4000);
/** The moves of version 2: a player's, unsigned. */
const playerMoves = [
  z.strictObject({ type: z.literal('ELECT'), party: z.enum(PARTIES).optional() }),
  z.strictObject({ type: z.literal('CHOOSE_OPTION'), option: z.enum(OPTION_IDS), lawEnforcement: z.boolean().optional() }),
  z.strictObject({ type: z.literal('RESOLVE_CARD'), card: z.string().max(100), option: z.string().max(100) }),
  z.strictObject({ type: z.literal('DECIDE'), role: z.enum(ROLES), actions: z.array(z.string().max(100)).max(20), stance: z.enum(STANCES).optional() }),
  z.strictObject({ type: z.literal('CONTINUE') }),
  z.strictObject({ type: z.literal('DELEGATE') }),
] as const;
/** …and of an exercise's control cell (engine/facilitator.ts), from version 3. */
const facilitatorMoves = [
  z.strictObject({ type: z.literal('INJECT'), card: z.string().max(100), reason }),
  z.strictObject({
    type: z.literal('INJECT_CUSTOM'),
    title: z.string().min(1).max(200),
    text,
    effects: z.array(z.strictObject({ track: z.enum(EFFECT_TRACKS), value: z.number().int().min(-CUSTOM_EFFECT_LIMIT).max(CUSTOM_EFFECT_LIMIT) })).max(20),
    reason,
  }),
  z.strictObject({ type: z.literal('OVERRIDE'), track: z.enum(EFFECT_TRACKS), value: z.number().finite(), reason }),
  z.strictObject({ type: z.literal('SET_INTEL'), level: z.enum(INTEL_LEVELS), reason }),
  z.strictObject({ type: z.literal('CANCEL_CARD'), card: z.string().max(100), reason }),
  z.strictObject({ type: z.literal('SET_SEATS'), seats: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, seat])) as Record<(typeof ROLES)[number], typeof seat>), reason }),
] as const;
const by = z.enum([...ROLES, 'facilitator']);

const unsignedMove = z.discriminatedUnion('type', [...playerMoves]);
/** A move of version 3: any move, signed with the seat that sent it. */
export const moveSchema = z.discriminatedUnion('type', [
  playerMoves[0].extend({ by }),
  playerMoves[1].extend({ by }),
  playerMoves[2].extend({ by }),
  playerMoves[3].extend({ by }),
  playerMoves[4].extend({ by }),
  playerMoves[5].extend({ by }),
  facilitatorMoves[0].extend({ by }),
  facilitatorMoves[1].extend({ by }),
  facilitatorMoves[2].extend({ by }),
  facilitatorMoves[3].extend({ by }),
  facilitatorMoves[4].extend({ by }),
  facilitatorMoves[5].extend({ by }),
]);

// The schema is checked against the move type at compile time: every move it accepts is a
// PlayerMove, it has a member for each kind of move, and each member has exactly the move's fields.
type SchemaMove = z.infer<typeof moveSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type EveryMoveMatches = { [T in PlayerMove['type']]: SameKeys<Extract<PlayerMove, { type: T }>, Extract<SchemaMove, { type: T }>> }[PlayerMove['type']];
const schemaMatchesMoves: [SchemaMove extends PlayerMove ? true : false, PlayerMove['type'] extends SchemaMove['type'] ? true : false, EveryMoveMatches] = [true, true, true];
void schemaMatchesMoves;

const header = {
  format: z.literal(SAVE_FORMAT),
  savedAt: z.string().max(40),
  scenario: z.string().max(60).regex(/^[a-z0-9][a-z0-9-]*$/),
  config,
};

export const saveFile = z.strictObject({ ...header, version: z.literal(SAVE_VERSION), moves: z.array(moveSchema).max(10000) });
const saveFileV2 = z.strictObject({ ...header, version: z.literal(2), moves: z.array(unsignedMove).max(10000) });

/** A save as read: a version-2 save's moves are not signed yet (replay signs them). */
export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: number;
  readonly savedAt: string;
  readonly scenario: string;
  readonly config: GameConfig;
  readonly moves: readonly (PlayerMove | UnsignedMove)[];
}

export function makeSave(scenario: string, gameConfig: GameConfig, moves: readonly PlayerMove[], savedAt: string): SaveFile {
  return { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt, scenario, config: gameConfig, moves: [...moves] };
}

/** What is wrong with a save file, as a code the interface words in the player's language. */
export interface SaveProblem {
  readonly code: 'notJson' | 'notSave' | 'noVersion' | 'versionText' | 'version' | 'oldVersion' | 'damaged' | 'scenario';
  readonly values: Readonly<Record<string, string>>;
}

export type SaveResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly problem: SaveProblem };

/** A save file's contents, or a message a player can act on (in English, and as a code). */
export function parseSave(text: string, name = 'the file'): SaveResult<SaveFile> {
  let data: unknown;
  try {
    data = JSON.parse(withoutBom(text));
  } catch {
    return { ok: false, error: `${name} is not a save file: it is not valid JSON`, problem: { code: 'notJson', values: { name } } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, error: `${name} is not a Critical Strategic Decisions save file`, problem: { code: 'notSave', values: { name } } };
  }
  const raw = (data as { version?: unknown }).version;
  // A version that is not a number (nor text) names no version at all.
  if (typeof raw !== 'number' && typeof raw !== 'string') {
    return { ok: false, error: `${name} does not say which version of the game saved it`, problem: { code: 'noVersion', values: { name } } };
  }
  const version = excerpt(raw);
  // The game writes its version as a number: "3" is not "version 3" (which would read as the
  // current version refusing itself) but a field of the wrong kind.
  if (typeof raw === 'string') {
    return { ok: false, error: `${name} is damaged: its version is the text ${version} where the game writes a number`, problem: { code: 'versionText', values: { name, version } } };
  }
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw < OLDEST_READ) {
    return {
      ok: false,
      error: `${name} was saved by version ${version} of the game; since version ${OLDEST_READ} each kind of chance has its own random stream, so its moves would replay into a different game`,
      problem: { code: 'oldVersion', values: { name, version, current: String(OLDEST_READ) } },
    };
  }
  if (raw !== SAVE_VERSION && raw !== 2) {
    return { ok: false, error: `${name} was saved by version ${version} of the game, which this version cannot read`, problem: { code: 'version', values: { name, version } } };
  }
  const parsed = (raw === 2 ? saveFileV2 : saveFile).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)';
    return { ok: false, error: `${name} is damaged: ${path}: ${issue?.message ?? 'invalid'}`, problem: { code: 'damaged', values: { name, path } } };
  }
  return { ok: true, value: parsed.data };
}

/** A short, printable excerpt of an untrusted value for a message (never the whole of a huge one). */
export function excerpt(value: unknown, max = 24): string {
  let text: string;
  if (typeof value === 'string') return value.length > max ? `${JSON.stringify(value.slice(0, max)).slice(0, -1)}…"` : JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) text = String(value);
  else text = Array.isArray(value) ? 'a list' : 'an object';
  return text.length > max + 2 ? `${text.slice(0, max)}…` : text;
}
