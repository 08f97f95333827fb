import { z } from './zod';
import { OPTION_IDS, PARTIES, ROLES, STANCES, STRATEGY_TOKENS, type GameConfig } from '../engine';

// A save file: the scenario, the game's settings and the players' moves. Loading replays the moves
// (src/machine/replay.ts), so a save never carries state the rules did not produce. Files are
// untrusted: anything else gets a message that says what is wrong and where.

export const SAVE_FORMAT = 'critical-strategic-decisions/save';
/**
 * 2: every kind of chance draws from its own named stream (engine/rng.ts). A version-1 save's
 * moves would replay into a different game, so it is refused with a message that says so.
 */
export const SAVE_VERSION = 2;

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

const move = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ELECT'), party: z.enum(PARTIES).optional() }),
  z.strictObject({ type: z.literal('CHOOSE_OPTION'), option: z.enum(OPTION_IDS), lawEnforcement: z.boolean().optional() }),
  z.strictObject({ type: z.literal('RESOLVE_CARD'), card: z.string().max(100), option: z.string().max(100) }),
  z.strictObject({ type: z.literal('DECIDE'), role: z.enum(ROLES), actions: z.array(z.string().max(100)).max(20), stance: z.enum(STANCES).optional() }),
  z.strictObject({ type: z.literal('CONTINUE') }),
  z.strictObject({ type: z.literal('DELEGATE') }),
]);

export const saveFile = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.string().max(40),
  scenario: z.string().max(60).regex(/^[a-z0-9][a-z0-9-]*$/),
  config,
  moves: z.array(move).max(10000),
});

export type SaveFile = z.infer<typeof saveFile>;

export function makeSave(scenario: string, gameConfig: GameConfig, moves: SaveFile['moves'], savedAt: string): SaveFile {
  return { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt, scenario, config: gameConfig as SaveFile['config'], moves: [...moves] };
}

/** What is wrong with a save file, as a code the interface words in the player's language. */
export interface SaveProblem {
  readonly code: 'notJson' | 'notSave' | 'noVersion' | 'version' | 'oldVersion' | 'damaged' | 'scenario';
  readonly values: Readonly<Record<string, string>>;
}

export type SaveResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly problem: SaveProblem };

/** A save file's contents, or a message a player can act on (in English, and as a code). */
export function parseSave(text: string, name = 'the file'): SaveResult<SaveFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `${name} is not a save file: it is not valid JSON`, problem: { code: 'notJson', values: { name } } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, error: `${name} is not a Critical Strategic Decisions save file`, problem: { code: 'notSave', values: { name } } };
  }
  const raw = (data as { version?: unknown }).version;
  // A version that is not a number (nor a number written as text) names no version at all.
  if (typeof raw !== 'number' && typeof raw !== 'string') {
    return { ok: false, error: `${name} does not say which version of the game saved it`, problem: { code: 'noVersion', values: { name } } };
  }
  const version = excerpt(raw);
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw < SAVE_VERSION) {
    return {
      ok: false,
      error: `${name} was saved by version ${version} of the game; since version ${SAVE_VERSION} each kind of chance has its own random stream, so its moves would replay into a different game`,
      problem: { code: 'oldVersion', values: { name, version, current: String(SAVE_VERSION) } },
    };
  }
  if (raw !== SAVE_VERSION) {
    return { ok: false, error: `${name} was saved by version ${version} of the game, which this version cannot read`, problem: { code: 'version', values: { name, version } } };
  }
  const parsed = saveFile.safeParse(data);
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
