import { formatBatchTable } from '../sim/report';
import { SHIPPED_SCENARIO_IDS } from '../scenario';
import { defaultWorkers, runBatchParallel } from './parallel';
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
  const result = await runBatchParallel(f.scenario, scenario.value, {
    runs: f.runs,
    seed: f.seed,
    strategies: f.strategies,
    parties: f.parties,
    ...(f.sexenios !== undefined ? { sexenios: f.sexenios } : {}),
    usPolicy: f.usPolicy,
    historical: f.historical,
    startOverrides: f.startOverrides,
  }, f.workers ?? defaultWorkers());
  process.stdout.write(f.json ? `${JSON.stringify(result)}\n` : `${formatBatchTable(result)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
