import { parseArgs } from 'node:util';
import { shippedScenario } from '../scenario';
import { headlines, parameterPaths, sweep, type SweepResult } from '../sim/sensitivity';

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

function fail(message: string): number {
  process.stderr.write(`sweep: ${message}\n\n${USAGE}\n`);
  return 2;
}

function main(argv: readonly string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        runs: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        step: { type: 'string', default: '0.2' },
        top: { type: 'string', default: '3' },
        param: { type: 'string', multiple: true },
        headline: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    return fail((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const whole = (name: string, text: string, min: number, max: number): number | string => {
    if (!/^\d+$/.test(text)) return `--${name}: expected a whole number, got "${text.slice(0, 20)}"`;
    const n = Number(text);
    return n < min || n > max ? `--${name}: expected a number from ${min} to ${max}, got ${n}` : n;
  };
  const runs = whole('runs', values.runs ?? '', 1, 100000);
  if (typeof runs === 'string') return fail(runs);
  const seed = whole('seed', values.seed ?? '', 0, 2 ** 32 - 1);
  if (typeof seed === 'string') return fail(seed);
  const top = whole('top', values.top ?? '', 1, 1000);
  if (typeof top === 'string') return fail(top);
  const step = Number(values.step);
  if (!/^\d*\.?\d+$/.test(values.step ?? '') || !(step >= 0.01 && step <= 0.9)) return fail(`--step: expected a share from 0.01 to 0.9, got "${(values.step ?? '').slice(0, 20)}"`);
  const known = parameterPaths();
  for (const p of values.param ?? []) if (!known.includes(p)) return fail(`--param: no model parameter "${p.slice(0, 60)}" (see scenarios/MODEL.md section 8)`);
  const transition = shippedScenario('transition-2012');
  const window = shippedScenario('window-2011');
  if (!transition.ok || !window.ok) return fail('the shipped scenarios do not load');
  const all = headlines(transition.value, window.value);
  for (const h of values.headline ?? []) if (!all.some((x) => x.id === h)) return fail(`--headline: no result "${h.slice(0, 40)}" (one of ${all.map((x) => x.id).join(', ')})`);
  const chosen = values.headline?.length ? all.filter((x) => values.headline?.includes(x.id)) : all;
  const progress = process.stderr.isTTY && !values.json;
  const started = Date.now();
  const results = sweep(chosen, {
    runs,
    seed,
    step,
    ...(values.param?.length ? { parameters: values.param } : {}),
    onProgress: (done, total) => {
      if (progress) process.stderr.write(`\r${'#'.repeat(Math.round((done / total) * 30)).padEnd(30, '.')} ${done}/${total} batches, ${Math.round((Date.now() - started) / 1000)} s`);
    },
  });
  if (progress) process.stderr.write('\n');
  if (values.json) process.stdout.write(`${JSON.stringify({ runs, seed, step, results: results.map((r) => ({ ...r, rows: r.rows.slice(0, top) })) })}\n`);
  else process.stdout.write(`${format(results, top, runs, seed, step)}\n`);
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

process.exitCode = main(process.argv.slice(2));
