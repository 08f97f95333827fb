import type { z } from 'zod';
import { NUMERIC_TRACKS, optionCost, roleAction, ROLES, TRACK_BOUNDS, type Card, type Condition, type Effect, type Result, type Scenario } from '../engine';
import { conditionProblems, MAX_SEXENIOS, settableFlags } from './deck-check';
import { excerpt, withoutBom } from './save';

/** Years in a sexenio. */
const TERM_LENGTH = 6;
import { deckFile, scenarioFile, type DeckFile } from './schema';

// Untrusted files become engine types here, or a message that names the file, the path inside it
// and what was expected. Nothing in a scenario is ever executed.

export interface JsonFile {
  /** Shown in messages, e.g. "scenarios/decks/paper.json". */
  readonly name: string;
  readonly data: unknown;
}

const MAX_LISTED = 20;

function fail<T>(errors: readonly string[]): Result<T> {
  const shown = errors.slice(0, MAX_LISTED);
  const more = errors.length > MAX_LISTED ? [`... and ${errors.length - MAX_LISTED} more`] : [];
  return { ok: false, error: [...shown, ...more].join('\n') };
}

export function parseJson(name: string, text: string): Result<JsonFile> {
  try {
    return { ok: true, value: { name, data: JSON.parse(withoutBom(text)) as unknown } };
  } catch (e) {
    // The parser's message quotes the text around the error: keep it to one short, printable line.
    // eslint-disable-next-line no-control-regex
    const message = (e as Error).message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
    return { ok: false, error: `${name}: not valid JSON: ${message.length > 120 ? `${message.slice(0, 120)}…` : message}` };
  }
}

/**
 * The deepest nesting of objects and lists a scenario or deck file may have. The shipped files
 * nest 10 deep; validation recurses into nested effects, so a file nested hundreds deep would
 * overflow the stack before it could be refused with a message.
 */
export const MAX_JSON_DEPTH = 32;

/** Where `data` nests deeper than MAX_JSON_DEPTH, found without recursion, as a message; or null. */
function nestingProblem(file: JsonFile): string | null {
  interface Entry {
    readonly node: unknown;
    readonly depth: number;
    readonly key: PropertyKey | null;
    readonly parent: Entry | null;
  }
  const stack: Entry[] = [{ node: file.data, depth: 0, key: null, parent: null }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, depth } = entry;
    if (!node || typeof node !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      const path: PropertyKey[] = [];
      for (let e: Entry | null = entry; e?.key != null; e = e.parent) path.unshift(e.key);
      const shown = formatPath(file.data, path.slice(0, 6));
      return `${file.name}: ${shown}${path.length > 6 ? '…' : ''}: nested more than ${MAX_JSON_DEPTH} levels deep (objects and lists within each other)`;
    }
    const children: [PropertyKey, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [PropertyKey, unknown];
      if (child && typeof child === 'object') stack.push({ node: child, depth: depth + 1, key, parent: entry });
    }
  }
  return null;
}

/** An untrusted key or id in a path: as it is, or a short excerpt of a long one. */
const bare = (key: string) => (key.length > 40 ? excerpt(key, 40) : key);

/** An untrusted value for a message: its JSON when short, else a short excerpt. */
function shown(value: unknown): string {
  // Infinity and NaN have no JSON (it writes them as null): say them as they are.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = typeof value === 'string' ? undefined : JSON.stringify(value);
  return json !== undefined && json.length <= 80 ? json : excerpt(value, 60);
}

/** `cards[3] ("mullen-2009").effects[0].track`: indices, with the card's id when there is one. */
function formatPath(data: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const nodeId = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (typeof nodeId === 'string') out += ` (${excerpt(nodeId, 40)})`;
    } else {
      out += out ? `.${bare(String(key))}` : bare(String(key));
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || '(top level)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type' && input === undefined) return `missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    const op = input && typeof input === 'object' && 'op' in input ? (input as { op: unknown }).op : undefined;
    return `expected "op" to be one of add, scale, flag, capital, chance; got ${op === undefined ? 'nothing' : shown(op)}`;
  }
  const long = input !== null && typeof input === 'object' && (JSON.stringify(input)?.length ?? 0) > 80;
  const got = input !== undefined && !long && issue.code !== 'unrecognized_keys' ? `; got ${shown(input)}` : '';
  const message = issue.message.length > 160 ? `${issue.message.slice(0, 160)}…` : issue.message;
  return `${message}${got}`;
}

function zodErrors(file: JsonFile, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file.name}: ${formatPath(file.data, issue.path)}: ${describeIssue(issue)}`);
}

function conditionErrors(where: string, c: Condition | undefined): string[] {
  if (!c) return [];
  const errors: string[] = [];
  for (const [key, r] of [['years', c.years], ['yearInTerm', c.yearInTerm]] as const) {
    if (r?.from !== undefined && r.to !== undefined && r.from > r.to) errors.push(`${where}.${key}: "from" (${r.from}) is after "to" (${r.to})`);
  }
  c.tracks?.forEach((t, i) => {
    if (t.min === undefined && t.max === undefined) errors.push(`${where}.tracks[${i}]: give "min", "max" or both`);
    if (t.min !== undefined && t.max !== undefined && t.min > t.max) errors.push(`${where}.tracks[${i}]: "min" (${t.min}) is above "max" (${t.max})`);
  });
  return errors;
}

function effectErrors(where: string, effects: readonly Effect[]): string[] {
  return effects.flatMap((e, i) => {
    if (e.op === 'add' && e.track !== 'violence' && Math.abs(e.value) > 40) return [`${where}[${i}].value: ${e.value} is too large for a 0-100 track (at most 40 either way)`];
    if (e.op === 'chance') return [...effectErrors(`${where}[${i}].then`, e.then), ...effectErrors(`${where}[${i}].else`, e.else ?? [])];
    return [];
  });
}

function cardErrors(name: string, cards: readonly Card[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  cards.forEach((c, i) => {
    const where = `${name}: cards[${i}] ("${c.id}")`;
    if (seen.has(c.id)) errors.push(`${where}.id: duplicate card id "${c.id}"`);
    seen.add(c.id);
    errors.push(...conditionErrors(`${where}.when`, c.when), ...effectErrors(`${where}.effects`, c.effects));
    const options = c.choice?.options ?? [];
    if (c.choice && options.every((o) => optionCost(o, c.choice?.role ?? 'us') > 0)) {
      errors.push(`${where}.choice.options: at least one option must cost no political capital, so that a team with none can still answer`);
    }
    const ids = new Set<string>();
    options.forEach((o, j) => {
      if (ids.has(o.id)) errors.push(`${where}.choice.options[${j}].id: duplicate option id "${o.id}"`);
      ids.add(o.id);
      errors.push(...effectErrors(`${where}.choice.options[${j}].effects`, o.effects));
    });
  });
  return errors;
}

export function loadDeck(file: JsonFile): Result<{ deck: DeckFile; cards: Card[] }> {
  const deep = nestingProblem(file);
  if (deep) return fail([deep]);
  const parsed = deckFile.safeParse(file.data, { reportInput: true });
  if (!parsed.success) return fail(zodErrors(file, parsed.error));
  const cards = parsed.data.cards as Card[];
  const errors = cardErrors(file.name, cards);
  return errors.length ? fail(errors) : { ok: true, value: { deck: parsed.data, cards } };
}

/**
 * Validates a scenario file and the decks it names. `readDeck` resolves a deck path (relative to
 * scenarios/) to its file, or to an error message when it cannot be read.
 */
export function loadScenario(file: JsonFile, readDeck: (path: string) => Result<JsonFile>): Result<Scenario> {
  const deep = nestingProblem(file);
  if (deep) return fail([deep]);
  const parsed = scenarioFile.safeParse(file.data, { reportInput: true });
  if (!parsed.success) return fail(zodErrors(file, parsed.error));
  const s = parsed.data;
  const errors: string[] = [];
  const cards: Card[] = [];
  const origin = new Map<string, string>();
  s.decks.forEach((path, i) => {
    // One line for a deck named twice, rather than one for each of its cards.
    const first = s.decks.indexOf(path);
    if (first !== i) return errors.push(`${file.name}: decks[${i}]: repeats decks[${first}] (${excerpt(path, 60)})`);
    const read = readDeck(path);
    if (!read.ok) return errors.push(`${file.name}: decks[${i}]: cannot read ${excerpt(path, 60)}: ${read.error}`);
    const deck = loadDeck(read.value);
    if (!deck.ok) return errors.push(deck.error);
    for (const c of deck.value.cards) {
      const other = origin.get(c.id);
      if (other) errors.push(`${read.value.name}: card "${c.id}" is also defined in ${other}`);
      origin.set(c.id, read.value.name);
      cards.push(c);
    }
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  s.schedule.forEach((entry, i) => {
    if (!byId.has(entry.card)) errors.push(`${file.name}: schedule[${i}].card: no card "${entry.card}" in the scenario's decks`);
  });
  // Historical decisions belong to this scenario (decks are shared, its history is not): a year
  // no game of it can reach is a typing mistake, such as 0000 or 2102 for 2012. A scenario that
  // opens inside a term may record that whole term (window-2011 keeps Calderón's from 2007).
  const inTerm = s.opening === 'years' ? s.startYearInTerm : 0;
  const firstYear = s.startYear + 1 - inTerm;
  const lastYear = s.startYear - inTerm + TERM_LENGTH * MAX_SEXENIOS;
  for (const [year, roles] of Object.entries(s.historical?.decisions ?? {})) {
    if (Number(year) < firstYear || Number(year) > lastYear) {
      errors.push(`${file.name}: historical.decisions.${year}: ${year} is not a year of this scenario: expected ${firstYear} to ${lastYear} (the term it opens in and up to ${MAX_SEXENIOS} sexenios of play from ${s.startYear})`);
    }
    for (const role of ROLES) {
      roles[role]?.actions.forEach((actionId, j) => {
        const action = roleAction(actionId);
        const where = `${file.name}: historical.decisions.${year}.${role}.actions[${j}]`;
        if (!action) errors.push(`${where}: unknown action ${excerpt(actionId, 60)}`);
        else if (action.role !== role) errors.push(`${where}: "${actionId}" is an action of ${action.role}, not of ${role}`);
      });
    }
  }
  // An election's weights are read in the year it falls, every six years from the first: weights
  // for any other year would never be used.
  const firstElection = s.opening === 'election' ? s.startYear : s.startYear + TERM_LENGTH - s.startYearInTerm;
  for (const year of Object.keys(s.elections)) {
    const after = Number(year) - firstElection;
    if (after < 0 || after % TERM_LENGTH !== 0 || after / TERM_LENGTH > MAX_SEXENIOS) {
      errors.push(`${file.name}: elections.${year}: no election of this scenario falls in ${year}: they fall every ${TERM_LENGTH} years from ${firstElection} (${firstElection}, ${firstElection + TERM_LENGTH}, ${firstElection + 2 * TERM_LENGTH} … ${firstElection + MAX_SEXENIOS * TERM_LENGTH})`);
    }
  }
  for (const [cardId, option] of Object.entries(s.historical?.cardChoices ?? {})) {
    const c = byId.get(cardId);
    const where = `${file.name}: historical.cardChoices.${bare(cardId)}`;
    if (!c?.choice) errors.push(`${where}: no card ${excerpt(cardId, 60)} with a choice in the scenario's decks`);
    else if (!c.choice.options.some((o) => o.id === option)) errors.push(`${where}: card "${cardId}" has no option ${excerpt(option, 60)}`);
  }
  for (const track of NUMERIC_TRACKS) {
    const [lo, hi] = TRACK_BOUNDS[track];
    const value = s.start.tracks[track];
    if (value < lo || value > hi) errors.push(`${file.name}: start.tracks.${track}: expected a value from ${lo} to ${hi}; got ${value}`);
  }
  if (s.opening === 'election' && s.startYearInTerm !== 0) errors.push(`${file.name}: startYearInTerm: a scenario that opens on an election starts at the end of a term; remove startYearInTerm`);
  if (s.strategy === null && s.opening === 'years') errors.push(`${file.name}: strategy: a scenario that opens on its years needs a strategy in force`);
  if (errors.length) return fail(errors);
  const scenario: Scenario = {
    id: s.id,
    title: s.title,
    description: s.description,
    startYear: s.startYear,
    opening: s.opening,
    party: s.party,
    strategy: s.strategy,
    strategyYears: s.strategyYears,
    startYearInTerm: s.opening === 'election' ? 6 : s.startYearInTerm,
    start: s.start,
    sexenios: s.sexenios,
    elections: s.elections,
    deck: cards,
    schedule: s.schedule,
    ...(s.historical ? { historical: { decisions: s.historical.decisions, cardChoices: s.historical.cardChoices } } : {}),
  };
  // A card whose own condition can never hold is a mistake in the file, whatever the seed: say so
  // here, as `npm run deck -- check` does, rather than play a deck that silently lacks it. (A
  // scheduled card is drawn in its year whatever its condition; years outside this scenario's are
  // fine, since scenarios share decks.)
  const flags = settableFlags([scenario], cards);
  const scheduled = new Set(s.schedule.map((e) => e.card));
  for (const c of cards) {
    if (scheduled.has(c.id)) continue;
    for (const problem of conditionProblems(c, flags)) errors.push(`${origin.get(c.id) ?? file.name}: card "${c.id}" can never be drawn: ${problem}`);
  }
  if (errors.length) return fail(errors);
  return { ok: true, value: scenario };
}
