import { setStateFreezing } from '../engine';
import { shippedScenario } from '../scenario';
import { headlines, parameterPaths, sweep, type SweepResult } from '../sim/sensitivity';
import { integer, isMain, parseFlags, PROCESS_IO, quote, type CliIo } from './sim-flags';

// npm run sweep -- [flags]: the one-at-a-time sensitivity sweep shown in scenarios/MODEL.md. Each
// parameter is moved by ±step, one at a time, and the headline results are measured again on the
// same seeds. Exit code 2 for bad flags.

const USAGE = `Usage: npm run sweep -- [flags]

Moves every model parameter (src/engine/params.ts) up and down by a share of its value, one at a
time, replays the headline results on the same seeds, and lists the parameters that move each most.

  --runs N        games per batch [default: 100]
  --seed S        batch seed [default: 1]
  --step X        the share each parameter moves, from 0.01 to 0.9 [default: 0.2]
  --top N         parameters to list per result [default: 3]
  --param PATH    sweep only this parameter (repeatable), e.g. --param threatPullGain
  --headline ID   measure only this result (repeatable): A, A-D, B-C+LE, window
  --json          print one JSON object
  --help          show this help`;

export function main(argv: readonly string[], io: CliIo = PROCESS_IO): number {
  const fail = (message: string) => {
    io.stderr(`sweep: ${message}\n`);
    return 2;
  };
  const parsed = parseFlags(argv, {
    runs: { type: 'string' },
    seed: { type: 'string' },
    step: { type: 'string' },
    top: { type: 'string' },
    param: { type: 'string', multiple: true },
    headline: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (!parsed.ok) return fail(parsed.error);
  const values = parsed.value.values;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const runs = integer('runs', values.runs ?? '100', 1, 100000);
  if (!runs.ok) return fail(runs.error);
  const seed = integer('seed', values.seed ?? '1', 0, 2 ** 32 - 1);
  if (!seed.ok) return fail(seed.error);
  const top = integer('top', values.top ?? '3', 1, 1000);
  if (!top.ok) return fail(top.error);
  const stepText = values.step ?? '0.2';
  const step = Number(stepText);
  if (!/^\d*\.?\d+$/.test(stepText) || !(step >= 0.01 && step <= 0.9)) return fail(`--step: expected a share from 0.01 to 0.9 written as a plain decimal (0.2), got ${quote(stepText)}`);
  const known = parameterPaths();
  for (const p of values.param ?? []) if (!known.includes(p)) return fail(`--param: no model parameter ${quote(p)} (see scenarios/MODEL.md section 8)`);
  const twice = (list: readonly string[] | undefined) => list?.find((item, i) => list.indexOf(item) !== i);
  const repeated = twice(values.param);
  if (repeated !== undefined) return fail(`--param: ${quote(repeated)} is given twice; give it once`);
  const transition = shippedScenario('transition-2012');
  const window = shippedScenario('window-2011');
  if (!transition.ok || !window.ok) return fail('the shipped scenarios do not load');
  const all = headlines(transition.value, window.value);
  for (const h of values.headline ?? []) if (!all.some((x) => x.id === h)) return fail(`--headline: no result ${quote(h)} (one of ${all.map((x) => x.id).join(', ')})`);
  const repeatedHeadline = twice(values.headline);
  if (repeatedHeadline !== undefined) return fail(`--headline: ${quote(repeatedHeadline)} is given twice; give it once`);
  const chosen = values.headline?.length ? all.filter((x) => values.headline?.includes(x.id)) : all;
  const progress = io === PROCESS_IO && process.stderr.isTTY && !values.json;
  const started = Date.now();
  const results = sweep(chosen, {
    runs: runs.value,
    seed: seed.value,
    step,
    ...(values.param?.length ? { parameters: values.param } : {}),
    onProgress: (done, total) => {
      if (progress) io.stderr(`\r${'#'.repeat(Math.round((done / total) * 30)).padEnd(30, '.')} ${done}/${total} batches, ${Math.round((Date.now() - started) / 1000)} s`);
    },
  });
  if (progress) io.stderr('\n');
  if (values.json) io.stdout(`${JSON.stringify({ runs: runs.value, seed: seed.value, step, results: results.map((r) => ({ ...r, rows: r.rows.slice(0, top.value) })) })}\n`);
  else io.stdout(`${format(results, top.value, runs.value, seed.value, step)}\n`);
  return 0;
}

function format(results: readonly SweepResult[], top: number, runs: number, seed: number, step: number): string {
  const lines = [`One-at-a-time sweep: each parameter × (1 ± ${step}), ${runs} games per batch, seed ${seed}, the same seeds throughout.`, ''];
  for (const r of results) {
    lines.push(`${r.label}: ${r.base}`);
    for (const row of r.rows.slice(0, top)) lines.push(`  ${row.parameter.padEnd(40)} ${String(row.value).padStart(8)}   low ${row.low.toFixed(2).padStart(7)}   high ${row.high.toFixed(2).padStart(7)}   swing ${row.swing.toFixed(2).padStart(6)}`);
    lines.push('');
  }
  return lines.join('\n');
}

if (isMain(import.meta.url)) {
  // The sweep's batches, like every batch, play unfrozen states (engine/work.ts).
  setStateFreezing(false);
  process.exitCode = main(process.argv.slice(2));
}
