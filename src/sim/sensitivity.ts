import { MODEL, type Scenario, type StrategyToken, type UsPolicy } from '../engine';
import { runBatch } from './batch';

// A one-at-a-time sensitivity sweep (DESIGN §2.7): each numeric parameter of the model is moved up
// and down by a share of its value, one at a time, and the headline results are measured again on
// the same seeds. It shows students which results hang on which numbers.

/** Every numeric leaf of MODEL as a dotted path. */
export function parameterPaths(): string[] {
  const out: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'number') out.push(prefix);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(MODEL, '');
  return out;
}

function holder(path: string): { parent: Record<string, number>; key: string } {
  const keys = path.split('.');
  const key = keys.pop() as string;
  let parent: unknown = MODEL;
  for (const k of keys) parent = (parent as Record<string, unknown>)[k];
  if (!parent || typeof parent !== 'object' || typeof (parent as Record<string, unknown>)[key] !== 'number') throw new Error(`no numeric model parameter "${path}"`);
  return { parent: parent as Record<string, number>, key };
}

export function parameterValue(path: string): number {
  const { parent, key } = holder(path);
  return parent[key] as number;
}

/**
 * Runs `fn` with some parameters of MODEL set to other values, then puts them back. For the sweep
 * only: it changes the model for the whole process while `fn` runs, so it runs games in this
 * thread and nothing else may run meanwhile.
 */
export function withParameters<T>(overrides: Readonly<Record<string, number>>, fn: () => T): T {
  const saved: [Record<string, number>, string, number][] = [];
  try {
    for (const [path, value] of Object.entries(overrides)) {
      const { parent, key } = holder(path);
      saved.push([parent, key, parent[key] as number]);
      parent[key] = value;
    }
    return fn();
  } finally {
    for (const [parent, key, value] of saved.reverse()) parent[key] = value;
  }
}

/** A headline result of the model: a number measured from batch runs. */
export interface Headline {
  readonly id: string;
  readonly label: string;
  measure(runs: number, seed: number): number;
}

const finalRelationship = (scenario: Scenario, strategies: StrategyToken[], runs: number, seed: number, usPolicy: Exclude<UsPolicy, 'historical'> = 'recommended') =>
  runBatch(scenario, { runs, seed, strategies, usPolicy, runner: 'engine' }).final.relationship.mean;

/** The results the sweep reports, given the shipped scenarios. */
export function headlines(transition: Scenario, window: Scenario): Headline[] {
  const shareOfA = (policy: Exclude<UsPolicy, 'historical'>, runs: number, seed: number) => runBatch(window, { runs, seed, strategies: [], usPolicy: policy, runner: 'engine' }).strategies[0]?.A ?? 0;
  return [
    { id: 'A', label: 'final relationship under A (transition-2012)', measure: (n, s) => finalRelationship(transition, ['A'], n, s) },
    { id: 'A-D', label: 'A minus D, final relationship (claim 1, the outlook gap)', measure: (n, s) => finalRelationship(transition, ['A'], n, s) - finalRelationship(transition, ['D'], n, s) },
    { id: 'B-C+LE', label: 'B minus C with law enforcement (claim 1, the close pair)', measure: (n, s) => finalRelationship(transition, ['B'], n, s) - finalRelationship(transition, ['C+LE'], n, s) },
    { id: 'window', label: 'share of A in 2012, recommended minus passive US (claim 7, window-2011), points', measure: (n, s) => (shareOfA('recommended', n, s) - shareOfA('passive', n, s)) * 100 },
  ];
}

export interface SweepRow {
  readonly parameter: string;
  readonly value: number;
  /** The headline at value × (1 - step) and × (1 + step). */
  readonly low: number;
  readonly high: number;
  /** |high - low|: how much the result moves across the sweep. */
  readonly swing: number;
}

export interface SweepResult {
  readonly headline: string;
  readonly label: string;
  readonly base: number;
  /** Parameters ordered by swing, largest first. */
  readonly rows: readonly SweepRow[];
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Sweeps every parameter (or those given) by ±step on the same seeds, for each headline. */
export function sweep(heads: readonly Headline[], options: { runs: number; seed: number; step: number; parameters?: readonly string[]; onProgress?: (done: number, total: number) => void }): SweepResult[] {
  const parameters = options.parameters ?? parameterPaths();
  const total = heads.length * (1 + parameters.length * 2);
  let done = 0;
  const tick = () => options.onProgress?.(++done, total);
  return heads.map((head) => {
    const base = head.measure(options.runs, options.seed);
    tick();
    const rows = parameters.map((parameter) => {
      const value = parameterValue(parameter);
      const at = (v: number) => {
        const r = withParameters({ [parameter]: v }, () => head.measure(options.runs, options.seed));
        tick();
        return r;
      };
      const low = at(value * (1 - options.step));
      const high = at(value * (1 + options.step));
      return { parameter, value, low: round(low), high: round(high), swing: round(Math.abs(high - low)) };
    });
    rows.sort((a, b) => b.swing - a.swing);
    return { headline: head.id, label: head.label, base: round(base), rows };
  });
}
