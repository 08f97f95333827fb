import { parseArgs } from 'node:util';
import { NUMERIC_TRACKS, PARTIES, TRACK_BOUNDS, STRATEGY_TOKENS, US_POLICIES, type NumericTrack, type Party, type Result, type StrategyToken, type UsPolicy } from '../engine';

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
  --compare-policy LIST
                       the same for US policies: recommended, passive, hawkish
  --json               print one JSON object instead of a table
  --help               show this help`;

function integer(flag: string, value: string, min: number, max: number): Result<number> {
  if (!/^\d+$/.test(value)) return { ok: false, error: `--${flag}: expected a whole number, got "${value}"` };
  const n = Number(value);
  if (n < min || n > max) return { ok: false, error: `--${flag}: expected a number from ${min} to ${max}, got ${n}` };
  return { ok: true, value: n };
}

function list<T extends string>(flag: string, value: string, allowed: readonly T[]): Result<T[]> {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) return { ok: false, error: `--${flag}: expected a comma-separated list of ${allowed.join(', ')}` };
  for (const [i, item] of items.entries()) {
    if (!allowed.includes(item as T)) return { ok: false, error: `--${flag}: item ${i + 1} "${item}" is not one of ${allowed.join(', ')}` };
  }
  return { ok: true, value: items as T[] };
}

export function parseSimFlags(argv: readonly string[]): Result<SimFlags> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string', default: 'transition-2012' },
        option: { type: 'string' },
        party: { type: 'string' },
        sexenios: { type: 'string' },
        'us-policy': { type: 'string', default: 'recommended' },
        historical: { type: 'boolean', default: false },
        set: { type: 'string', multiple: true },
        runs: { type: 'string', default: '200' },
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        workers: { type: 'string' },
        compare: { type: 'string' },
        'compare-policy': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const v = parsed.values;
  const strategies = v.option === undefined ? { ok: true as const, value: [] } : list('option', v.option, STRATEGY_TOKENS);
  if (!strategies.ok) return strategies;
  const parties = v.party === undefined ? { ok: true as const, value: [] } : list('party', v.party, PARTIES);
  if (!parties.ok) return parties;
  const sexenios = v.sexenios === undefined ? { ok: true as const, value: undefined } : integer('sexenios', v.sexenios, 1, 8);
  if (!sexenios.ok) return sexenios;
  if (sexenios.value !== undefined && strategies.value.length > sexenios.value) {
    return { ok: false, error: `--option lists ${strategies.value.length} strategies but --sexenios is ${sexenios.value}` };
  }
  const policy = v['us-policy'] ?? 'recommended';
  const playable = US_POLICIES.filter((p) => p !== 'historical');
  if (!(playable as readonly string[]).includes(policy)) return { ok: false, error: `--us-policy: expected one of ${playable.join(', ')}, got "${policy}" (use --historical for the historical decisions)` };
  const runs = integer('runs', v.runs ?? '200', 1, 1_000_000);
  if (!runs.ok) return runs;
  const seed = integer('seed', v.seed ?? '1', 0, 2 ** 32 - 1);
  if (!seed.ok) return seed;
  const workers = v.workers === undefined ? { ok: true as const, value: undefined } : integer('workers', v.workers, 1, 64);
  if (!workers.ok) return workers;
  const compare = parseCompare(v.compare, v['compare-policy'], strategies.value, !!v.historical);
  if (!compare.ok) return compare;
  const startOverrides: Partial<Record<NumericTrack, number>> = {};
  for (const item of v.set ?? []) {
    const m = /^([\w.]+)=(-?\d+(?:\.\d+)?)$/.exec(item);
    if (!m) return { ok: false, error: `--set: expected TRACK=VALUE such as institutionalization=70, got "${item}"` };
    const [, track, value] = m;
    if (!NUMERIC_TRACKS.includes(track as NumericTrack)) return { ok: false, error: `--set: unknown track "${track}" (one of ${NUMERIC_TRACKS.join(', ')})` };
    const [lo, hi] = TRACK_BOUNDS[track as NumericTrack];
    if (Number(value) < lo || Number(value) > hi) return { ok: false, error: `--set: ${track} must be from ${lo} to ${hi}, got ${value}` };
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
    if (seen.has(item)) return { ok: false, error: `--${flag}: "${item}" is listed twice` };
    seen.add(item);
  }
  if (items.value.length < 2) return { ok: false, error: `--${flag}: a comparison needs at least two items, e.g. --${flag} ${allowed.slice(0, 2).join(',')}` };
  return items;
}

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
