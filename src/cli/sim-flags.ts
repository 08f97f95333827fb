import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NUMERIC_TRACKS, PARTIES, TRACK_BOUNDS, STRATEGY_TOKENS, US_POLICIES, type NumericTrack, type Party, type Result, type StrategyToken, type UsPolicy } from '../engine';
import { excerpt } from '../scenario/save';

// The flags of `npm run sim`, and what every CLI here shares: flag parsing that refuses unknown,
// repeated and valueless flags with a one-line message, and short quotes of untrusted values.

/** The most sexenios a game plays (the scenario schema's and the save format's bound). */
export const MAX_SEXENIOS = 8;

/** A user's value for a message: quoted, and never more than 60 characters of it. */
export function quote(value: string): string {
  return value.length > 60 ? `${excerpt(value, 60)} (${value.length} characters)` : JSON.stringify(value);
}

/** Where a CLI writes; tests pass their own to run a CLI in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const PROCESS_IO: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

/** Whether the module at `url` is the script node was started with (so that tests can import a CLI without running it). */
export function isMain(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
}

type FlagValues<O extends Record<string, FlagSpec>> = {
  -readonly [K in keyof O]?: O[K] extends { multiple: true } ? string[] : O[K] extends { type: 'boolean' } ? boolean : string;
};

/**
 * The flags in `argv`, or a one-line message for the first unknown flag, flag without its value,
 * boolean flag with a value, repeated single-value flag or (unless allowed) positional argument.
 * Node's strict parseArgs would take the last of a repeated flag, and its messages span lines and
 * repeat the whole argument.
 */
export function parseFlags<O extends Record<string, FlagSpec>>(argv: readonly string[], options: O, allowPositionals = false): Result<{ values: FlagValues<O>; positionals: string[] }> {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!allowPositionals) return { ok: false, error: `unexpected argument ${quote(token.value)} (flags start with --; see --help)` };
      positionals.push(token.value);
      continue;
    }
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) return { ok: false, error: `unknown flag ${quote(token.rawName)} (see --help)` };
    const flag = `--${token.name}`;
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return { ok: false, error: `${flag} takes no value, got ${quote(token.value)}` };
      if (values[token.name] !== undefined) return { ok: false, error: `${flag} is given twice; give it once` };
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined) return { ok: false, error: `${flag} needs a value` };
    const previous = values[token.name];
    if (spec.multiple) values[token.name] = [...((previous as string[] | undefined) ?? []), token.value];
    else if (typeof previous === 'string') return { ok: false, error: `${flag} is given twice (${quote(previous)}, then ${quote(token.value)}); give it once` };
    else values[token.name] = token.value;
  }
  return { ok: true, value: { values: values as FlagValues<O>, positionals } };
}

export interface SimFlags {
  readonly scenario: string;
  readonly strategies: StrategyToken[];
  readonly parties: Party[];
  readonly sexenios: number | undefined;
  readonly usPolicy: UsPolicy;
  readonly runs: number;
  readonly seed: number;
  readonly json: boolean;
  readonly historical: boolean;
  readonly startOverrides: Partial<Record<NumericTrack, number>>;
  readonly help: boolean;
  /** Worker threads for the batch (undefined: one per core). */
  readonly workers: number | undefined;
  /** A controlled comparison: the strategies (or US policies) to play on the same seeds, the first the reference. */
  readonly compare: { readonly kind: 'strategy'; readonly items: StrategyToken[] } | { readonly kind: 'policy'; readonly items: PlayablePolicy[] } | null;
}

export type PlayablePolicy = Exclude<UsPolicy, 'historical'>;
const PLAYABLE_POLICIES = US_POLICIES.filter((p): p is PlayablePolicy => p !== 'historical');

export const SIM_USAGE = (shipped: readonly string[]) => `Usage: npm run sim -- [flags]

Runs games headless with every role computer-played except the choices you fix, and prints a summary.

  --scenario ID|PATH   a shipped scenario (${shipped.join(', ')}) or a scenario .json file
  --option LIST        the strategy of each successive sexenio, comma-separated: A, B, C+LE, C, D
  --party LIST         the winner of each successive election, comma-separated: PAN, PRI, PRD
  --sexenios N         sexenios to play (default: the scenario's, or as many as options listed)
  --us-policy P        recommended (the paper's five recommendations), passive (no US initiative),
                       hawkish (intrusive operations, public criticism)   [default: recommended]
  --historical         play every role with the scenario's historical decisions
  --set TRACK=VALUE    override a starting value, e.g. --set institutionalization=70 (repeatable)
  --runs N             number of games [default: 200]
  --seed S             batch seed, a non-negative integer [default: 1]
  --workers N          threads to share the games, at most one per core, fewer for a batch too
                       small to gain from them [default: one per core]
  --compare LIST       a controlled comparison: play the same seeds under each listed strategy
                       (A, B, C+LE, C, D; the first is the reference) and print each one's final
                       relationship and the paired differences against the first
                       (30 runs or more: its 95% intervals use the normal approximation)
  --compare-policy LIST
                       the same for US policies: recommended, passive, hawkish
  --json               print one JSON object instead of a table
  --help               show this help`;

/** A whole number from `min` to `max` written in decimal digits (no signs, exponents or hex), or a one-line message. */
export function integer(flag: string, value: string, min: number, max: number): Result<number> {
  const expected = `--${flag}: expected a whole number from ${min} to ${max}`;
  if (!/^\d+$/.test(value)) return { ok: false, error: `${expected}, got ${quote(value)}` };
  const n = Number(value);
  if (n < min || n > max) return { ok: false, error: `${expected}, got ${n <= Number.MAX_SAFE_INTEGER ? n : quote(value)}` };
  return { ok: true, value: n };
}

function list<T extends string>(flag: string, value: string, allowed: readonly T[]): Result<T[]> {
  const items = value.split(',').map((s) => s.trim());
  if (items.every((item) => item === '')) return { ok: false, error: `--${flag}: expected a comma-separated list of ${allowed.join(', ')}` };
  for (const [i, item] of items.entries()) {
    // "A,,B": a slip that would otherwise play a different list than the one meant.
    if (item === '') return { ok: false, error: `--${flag}: item ${i + 1} is empty (two commas together, or a comma at an end)` };
    if (!allowed.includes(item as T)) return { ok: false, error: `--${flag}: item ${i + 1} ${quote(item)} is not one of ${allowed.join(', ')}` };
  }
  return { ok: true, value: items as T[] };
}

export function parseSimFlags(argv: readonly string[]): Result<SimFlags> {
  const parsed = parseFlags(argv, {
    scenario: { type: 'string' },
    option: { type: 'string' },
    party: { type: 'string' },
    sexenios: { type: 'string' },
    'us-policy': { type: 'string' },
    historical: { type: 'boolean' },
    set: { type: 'string', multiple: true },
    runs: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    workers: { type: 'string' },
    compare: { type: 'string' },
    'compare-policy': { type: 'string' },
    help: { type: 'boolean' },
  });
  if (!parsed.ok) return parsed;
  const v = parsed.value.values;
  const strategies = v.option === undefined ? { ok: true as const, value: [] } : list('option', v.option, STRATEGY_TOKENS);
  if (!strategies.ok) return strategies;
  if (strategies.value.length > MAX_SEXENIOS) return { ok: false, error: `--option lists ${strategies.value.length} strategies, one a sexenio, but a game plays at most ${MAX_SEXENIOS} sexenios` };
  const parties = v.party === undefined ? { ok: true as const, value: [] } : list('party', v.party, PARTIES);
  if (!parties.ok) return parties;
  if (parties.value.length > MAX_SEXENIOS) return { ok: false, error: `--party lists ${parties.value.length} winners, one an election, but a game holds at most ${MAX_SEXENIOS} elections` };
  const sexenios = v.sexenios === undefined ? { ok: true as const, value: undefined } : integer('sexenios', v.sexenios, 1, MAX_SEXENIOS);
  if (!sexenios.ok) return sexenios;
  if (sexenios.value !== undefined && strategies.value.length > sexenios.value) {
    return { ok: false, error: `--option lists ${strategies.value.length} strategies but --sexenios is ${sexenios.value}` };
  }
  if (sexenios.value !== undefined && parties.value.length > sexenios.value) {
    return { ok: false, error: `--party lists ${parties.value.length} winners but --sexenios is ${sexenios.value}` };
  }
  if (v.historical && v['us-policy'] !== undefined) return { ok: false, error: '--us-policy: --historical plays the US with its historical decisions; give one or the other' };
  const policy = v['us-policy'] ?? 'recommended';
  const playable = US_POLICIES.filter((p) => p !== 'historical');
  if (!(playable as readonly string[]).includes(policy)) return { ok: false, error: `--us-policy: expected one of ${playable.join(', ')}, got ${quote(policy)} (use --historical for the historical decisions)` };
  const runs = integer('runs', v.runs ?? '200', 1, 1_000_000);
  if (!runs.ok) return runs;
  const seed = integer('seed', v.seed ?? '1', 0, 2 ** 32 - 1);
  if (!seed.ok) return seed;
  const workers = v.workers === undefined ? { ok: true as const, value: undefined } : integer('workers', v.workers, 1, 64);
  if (!workers.ok) return workers;
  const compare = parseCompare(v.compare, v['compare-policy'], strategies.value, !!v.historical);
  if (!compare.ok) return compare;
  // Its 95% intervals are the normal approximation (sim/compare.ts), near the exact ones only from
  // a few dozen seeds: on two seeds it would print an interval a fraction of the true width.
  if (compare.value && runs.value < MIN_COMPARE_RUNS) return { ok: false, error: `--runs: a comparison needs ${MIN_COMPARE_RUNS} runs or more, got ${runs.value} (its 95% intervals use the normal approximation, far too narrow on a few seeds)` };
  const startOverrides: Partial<Record<NumericTrack, number>> = {};
  for (const item of v.set ?? []) {
    const m = /^([\w.]{1,40})=(-?\d{1,12}(?:\.\d{1,12})?)$/.exec(item);
    if (!m) return { ok: false, error: `--set: expected TRACK=VALUE such as institutionalization=70, got ${quote(item)}` };
    const [, track, value] = m;
    if (!NUMERIC_TRACKS.includes(track as NumericTrack)) return { ok: false, error: `--set: unknown track ${quote(track ?? '')} (one of ${NUMERIC_TRACKS.join(', ')})` };
    const [lo, hi] = TRACK_BOUNDS[track as NumericTrack];
    if (Number(value) < lo || Number(value) > hi) return { ok: false, error: `--set: ${track} must be from ${lo} to ${hi}, got ${value}` };
    if (startOverrides[track as NumericTrack] !== undefined) return { ok: false, error: `--set: ${track} is set twice (${startOverrides[track as NumericTrack]}, then ${value}); set it once` };
    startOverrides[track as NumericTrack] = Number(value);
  }
  return {
    ok: true,
    value: {
      scenario: v.scenario ?? 'transition-2012',
      strategies: strategies.value,
      parties: parties.value,
      sexenios: sexenios.value,
      usPolicy: policy as UsPolicy,
      runs: runs.value,
      seed: seed.value,
      json: !!v.json,
      historical: !!v.historical,
      startOverrides,
      help: !!v.help,
      workers: workers.value,
      compare: compare.value,
    },
  };
}

function distinctList<T extends string>(flag: string, value: string, allowed: readonly T[]): Result<T[]> {
  const items = list(flag, value, allowed);
  if (!items.ok) return items;
  const seen = new Set<string>();
  for (const item of items.value) {
    if (seen.has(item)) return { ok: false, error: `--${flag}: ${quote(item)} is listed twice` };
    seen.add(item);
  }
  if (items.value.length < 2) return { ok: false, error: `--${flag}: a comparison needs at least two items, e.g. --${flag} ${allowed.slice(0, 2).join(',')}` };
  return items;
}

/** The fewest seeds a comparison plays: from 30 the normal approximation's interval is within 4% of Student's. */
const MIN_COMPARE_RUNS = 30;

function parseCompare(strategies: string | undefined, policies: string | undefined, fixed: readonly StrategyToken[], historical: boolean): Result<SimFlags['compare']> {
  if (strategies === undefined && policies === undefined) return { ok: true, value: null };
  if (strategies !== undefined && policies !== undefined) return { ok: false, error: '--compare and --compare-policy: give one comparison at a time' };
  if (historical) return { ok: false, error: '--historical: a comparison plays computer roles, not the historical decisions; drop --historical' };
  if (strategies !== undefined) {
    if (fixed.length > 0) return { ok: false, error: '--option: --compare varies the first strategy itself; give the terms to play with --sexenios instead' };
    const items = distinctList('compare', strategies, STRATEGY_TOKENS);
    return items.ok ? { ok: true, value: { kind: 'strategy', items: items.value } } : items;
  }
  if (fixed.length > 1) return { ok: false, error: '--option: with --compare-policy give at most one strategy, the one every policy is played against' };
  const items = distinctList('compare-policy', policies ?? '', PLAYABLE_POLICIES);
  return items.ok ? { ok: true, value: { kind: 'policy', items: items.value } } : items;
}
