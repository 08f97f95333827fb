import { batchConfig } from '../sim/batch';
import { batchSeeds, compare, type Alternative } from '../sim/compare';
import { formatBatchTable, formatComparison } from '../sim/report';
import { SHIPPED_SCENARIO_IDS } from '../scenario';
import { runBatchParallel, threadsFor, workerCount } from './parallel';
import { progressBar, wantsProgressBar } from './progress';
import { loadScenarioArg } from './scenario-arg';
import { parseSimFlags, SIM_USAGE } from './sim-flags';

// npm run sim -- [flags]: batch runs headless. Exit code 2 for bad flags or a bad scenario.

async function main(argv: readonly string[]): Promise<number> {
  const flags = parseSimFlags(argv);
  if (!flags.ok) {
    process.stderr.write(`sim: ${flags.error}\n\n${SIM_USAGE(SHIPPED_SCENARIO_IDS)}\n`);
    return 2;
  }
  if (flags.value.help) {
    process.stdout.write(`${SIM_USAGE(SHIPPED_SCENARIO_IDS)}\n`);
    return 0;
  }
  const f = flags.value;
  const scenario = loadScenarioArg(f.scenario);
  if (!scenario.ok) {
    process.stderr.write(`sim: the scenario could not be loaded:\n${scenario.error}\n`);
    return 2;
  }
  if (f.historical && !scenario.value.historical) {
    process.stderr.write(`sim: --historical: scenario "${scenario.value.id}" records no historical decisions\n`);
    return 2;
  }
  if (f.compare) {
    const setup = {
      seeds: batchSeeds(f.seed, f.runs),
      sexenios: f.sexenios ?? scenario.value.sexenios,
      usPolicy: f.usPolicy === 'historical' ? 'recommended' : f.usPolicy,
      parties: f.parties,
      startOverrides: f.startOverrides,
      ...(f.compare.kind === 'policy' && f.strategies[0] ? { strategy: f.strategies[0] } : {}),
    } as const;
    const alternatives: Alternative[] = f.compare.kind === 'strategy' ? f.compare.items.map((token) => ({ kind: 'strategy', token })) : f.compare.items.map((policy) => ({ kind: 'policy', policy }));
    const { comparison } = compare(scenario.value, setup, alternatives);
    const header = { scenario: scenario.value.id, seed: f.seed, sexenios: setup.sexenios, usPolicy: setup.usPolicy, varies: f.compare.kind };
    process.stdout.write(f.json ? `${JSON.stringify({ ...header, compare: comparison })}\n` : `${formatComparison(header, comparison)}\n`);
    return 0;
  }
  const threads = workerCount(f.workers);
  if (threads.note) process.stderr.write(`sim: ${threads.note}\n`);
  const bar = wantsProgressBar(f.json, process.stderr.isTTY)
    ? progressBar({ total: f.runs, write: (text) => process.stderr.write(text), now: () => performance.now(), columns: process.stderr.columns })
    : undefined;
  const options = {
    runs: f.runs,
    seed: f.seed,
    strategies: f.strategies,
    parties: f.parties,
    ...(f.sexenios !== undefined ? { sexenios: f.sexenios } : {}),
    usPolicy: f.usPolicy,
    historical: f.historical,
    startOverrides: f.startOverrides,
  };
  let result;
  try {
    const sexenios = batchConfig(scenario.value, options, 0).sexenios;
    result = await runBatchParallel(scenario.value, options, threadsFor(threads.workers, f.runs, sexenios), bar && ((done) => bar.update(done)));
  } finally {
    bar?.finish();
  }
  process.stdout.write(f.json ? `${JSON.stringify(result)}\n` : `${formatBatchTable(result)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
