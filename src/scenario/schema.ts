import { z } from './zod';
import {
  CARD_TAGS,
  EFFECT_TRACKS,
  INTEL_LEVELS,
  MISSIONS,
  NUMERIC_TRACKS,
  PARTIES,
  ROLES,
  STANCES,
  STRATEGY_TOKENS,
  TRACK_NAMES,
  type Effect,
} from '../engine';
import { CARD_PROVENANCES } from '../engine/scenario-types';

// The JSON formats of scenario and deck files (documented in scenarios/README.md). Objects are
// strict: a misspelt key is an error, not silently ignored.

const text = z.string().trim().min(1, 'must not be empty');
export const localized = z.strictObject({ en: text, es: text });

const id = z.string().max(80, 'must be at most 80 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens (e.g. "merida-initiative-2007")');
const flag = z.string().regex(/^[a-zA-Z][\w:-]*$/, 'must be a word such as "statePoliceBill"');
const year = z.number().int().min(1800).max(2200);
const range = z.strictObject({ from: z.number().int().optional(), to: z.number().int().optional() });

/**
 * How deep "chance" effects may nest (the shipped decks use one level). Each level is its own
 * schema, so validation never recurses further however deep a file nests them.
 */
export const MAX_CHANCE_DEPTH = 4;

const plainEffects = [
  z.strictObject({ op: z.literal('add'), track: z.enum(EFFECT_TRACKS), value: z.number().finite().min(-100).max(20000) }),
  z.strictObject({ op: z.literal('scale'), track: z.enum(NUMERIC_TRACKS), factor: z.number().min(0).max(3) }),
  z.strictObject({ op: z.literal('flag'), flag, value: z.boolean() }),
  z.strictObject({ op: z.literal('capital'), role: z.enum(ROLES), value: z.number().int().min(-6).max(6) }),
] as const;

/** Effects in which chances may still nest `levels` deep. */
function effectSchema(levels: number): z.ZodType<Effect> {
  const inner = levels > 1 ? effectSchema(levels - 1) : null;
  const chance = inner
    ? z.strictObject({ op: z.literal('chance'), p: z.number().min(0).max(1), then: z.array(inner), else: z.array(inner).optional() })
    : z.looseObject({ op: z.literal('chance') }).check((ctx) => {
        ctx.issues.push({ code: 'custom', message: `a "chance" here would nest more than ${MAX_CHANCE_DEPTH} chances deep`, input: undefined, continue: false });
      });
  return z.discriminatedUnion('op', [...plainEffects, chance]) as unknown as z.ZodType<Effect>;
}

export const effect: z.ZodType<Effect> = effectSchema(MAX_CHANCE_DEPTH + 1);

export const condition = z.strictObject({
  years: range.optional(),
  yearInTerm: range.optional(),
  strategies: z.array(z.enum(STRATEGY_TOKENS)).min(1).optional(),
  missions: z.array(z.enum(MISSIONS)).min(1).optional(),
  parties: z.array(z.enum(PARTIES)).min(1).optional(),
  tracks: z
    .array(z.strictObject({ track: z.enum(TRACK_NAMES), min: z.number().optional(), max: z.number().optional() }))
    .optional(),
  flags: z.strictObject({ all: z.array(flag).optional(), none: z.array(flag).optional() }).optional(),
});

export const citation = z.strictObject({
  section: text,
  footnotes: z.array(z.number().int().min(1).max(54)).optional(),
  quote: text.max(400, 'must be at most 400 characters').refine((q) => q.split(/\s+/).filter(Boolean).length <= 25, 'must be at most 25 words'),
});

export const card = z.strictObject({
  id,
  title: localized,
  text: localized,
  tags: z.array(z.enum(CARD_TAGS)).min(1, 'needs at least one tag'),
  provenance: z.enum(CARD_PROVENANCES, {
    error: (issue) =>
      issue.input === undefined
        ? `missing: say where the card comes from, one of ${CARD_PROVENANCES.join(', ')}`
        : `expected one of ${CARD_PROVENANCES.join(', ')}`,
  }),
  when: condition.optional(),
  weight: z.number().min(0).max(10).default(1),
  repeatable: z.boolean().default(false),
  effects: z.array(effect),
  choice: z
    .strictObject({
      role: z.enum(ROLES),
      prompt: localized,
      options: z.array(z.strictObject({ id, label: localized, effects: z.array(effect) })).min(2, 'a choice needs at least two options'),
    })
    .optional(),
  citation,
});

export const deckFile = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: localized.optional(),
  cards: z.array(card),
});

const trackValues = z.strictObject(Object.fromEntries(NUMERIC_TRACKS.map((t) => [t, z.number()])) as Record<(typeof NUMERIC_TRACKS)[number], z.ZodNumber>);
// The engine draws a winner from these weights after scaling the incumbent's (engine/elections.ts):
// each must be finite and their sum well clear of 0 and of overflow.
const weight = z.number().min(0).max(1e6);
const partyWeights = z
  .strictObject({ PAN: weight, PRI: weight, PRD: weight })
  .refine((w) => Number.isFinite(w.PAN + w.PRI + w.PRD) && w.PAN + w.PRI + w.PRD >= 1e-6, 'the weights must add up to 0.000001 or more, or no election can be drawn');
const decision = z.strictObject({ actions: z.array(z.string().max(100)).max(50), stance: z.enum(STANCES).optional() });

export const scenarioFile = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: localized,
  description: localized,
  startYear: year,
  opening: z.enum(['election', 'years']),
  party: z.enum(PARTIES),
  strategy: z.enum(STRATEGY_TOKENS).nullable(),
  strategyYears: z.number().int().min(0).max(60),
  /** The year of the term that startYear is (0: the term begins with the next year). */
  startYearInTerm: z.number().int().min(0).max(5).default(0),
  start: z.strictObject({
    tracks: trackValues,
    intelligenceSharing: z.enum(INTEL_LEVELS),
    flags: z.array(flag).default([]),
  }),
  sexenios: z.number().int().min(1).max(8),
  elections: z.record(z.string().regex(/^\d{4}$/, 'must be a year such as "2012"'), partyWeights).default({}),
  decks: z.array(z.string().max(200, 'must be at most 200 characters').regex(/^[\w./-]+\.json$/, 'must be a path to a .json deck file inside scenarios/')).min(1).max(50),
  schedule: z.array(z.strictObject({ year, card: id })).default([]),
  historical: z
    .strictObject({
      decisions: z.record(z.string().regex(/^\d{4}$/, 'must be a year such as "2008"'), z.partialRecord(z.enum(ROLES), decision)),
      cardChoices: z.record(z.string(), z.string()).default({}),
    })
    .optional(),
});

export type ScenarioFile = z.infer<typeof scenarioFile>;
export type DeckFile = z.infer<typeof deckFile>;
