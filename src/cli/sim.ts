import { setStateFreezing, type Scenario } from '../engine';
import { batchConfig } from '../sim/batch';
import { batchSeeds, compare, type Alternative } from '../sim/compare';
import { formatBatchTable, formatComparison } from '../sim/report';
import { SHIPPED_SCENARIO_IDS } from '../scenario';
import { runBatchParallel, threadsFor, workerCount } from './parallel';
import { progressBar, progressDelay, wantsProgressBar } from './progress';
import { loadScenarioArg } from './scenario-arg';
import { isMain, MAX_SEXENIOS, parseSimFlags, PROCESS_IO, SIM_USAGE, type CliIo, type SimFlags } from './sim-flags';

// npm run sim -- [flags]: batch runs headless. Exit code 2, with a message of one line, for bad
// flags or a bad scenario (a scenario with several problems lists each on a line of its own).

/** What the flags ask of this scenario that no game of it can play, or null. */
function scenarioMismatch(f: SimFlags, scenario: Scenario): string | null {
  // A scenario that opens inside a term plays that term's end first: its first election closes the first sexenio.
  const midTerm = scenario.opening === 'years' ? 1 : 0;
  const sexenios = f.sexenios ?? (f.compare ? scenario.sexenios : Math.max(scenario.sexenios, f.strategies.length + midTerm));
  if (sexenios > MAX_SEXENIOS) return `--option lists ${f.strategies.length} strategies, but scenario "${scenario.id}" opens inside a term, so they need ${sexenios} sexenios, more than the ${MAX_SEXENIOS} a game plays`;
  const elections = sexenios - midTerm;
  const holds = `a game of ${sexenios} sexenio(s) of scenario "${scenario.id}"${midTerm ? ', which opens inside a term,' : ''} holds ${elections} election(s)`;
  const hint = f.sexenios === undefined ? '; give --sexenios' : '';
  if (f.parties.length > elections) return `--party lists ${f.parties.length} winners, but ${holds}${hint}`;
  if (!f.compare && f.strategies.length > elections) return `--option lists ${f.strategies.length} strategies, one for each election's new term, but ${holds}`;
  return null;
}

export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const flags = parseSimFlags(argv);
  if (!flags.ok) {
    io.stderr(`sim: ${flags.error}\n`);
    return 2;
  }
  if (flags.value.help) {
    io.stdout(`${SIM_USAGE(SHIPPED_SCENARIO_IDS)}\n`);
    return 0;
  }
  const f = flags.value;
  const scenario = loadScenarioArg(f.scenario);
  if (!scenario.ok) {
    // One line: the first problem, and how many more (`npm run deck -- check --dir` lists them all).
    const [first, ...rest] = scenario.error.split('\n');
    const listed = /^\.\.\. and (\d+) more$/.exec(rest.at(-1) ?? '');
    const more = listed ? rest.length - 1 + Number(listed[1]) : rest.length;
    io.stderr(`sim: ${first}${more ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}\n`);
    return 2;
  }
  if (f.historical && !scenario.value.historical) {
    io.stderr(`sim: --historical: scenario "${scenario.value.id}" records no historical decisions\n`);
    return 2;
  }
  const mismatch = scenarioMismatch(f, scenario.value);
  if (mismatch) {
    io.stderr(`sim: ${mismatch}\n`);
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
    io.stdout(f.json ? `${JSON.stringify({ ...header, compare: comparison })}\n` : `${formatComparison(header, comparison)}\n`);
    return 0;
  }
  const threads = workerCount(f.workers);
  if (threads.note) io.stderr(`sim: ${threads.note}\n`);
  const bar = wantsProgressBar(f.json, io === PROCESS_IO && process.stderr.isTTY)
    ? progressBar({ total: f.runs, write: io.stderr, now: () => performance.now(), columns: process.stderr.columns, delayMs: progressDelay(process.env.CSD_PROGRESS_DELAY_MS) })
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
    result = await runBatchParallel(scenario.value, options, threadsFor(threads.workers, f.runs, sexenios), {
      onProgress: bar && ((done) => bar.update(done)),
      onNote: (note) => io.stderr(`sim: ${note}\n`),
    });
  } catch (error) {
    // Not bad input (that is refused above, with exit 2) but a failure: said in one line, no stack.
    bar?.finish();
    io.stderr(`sim: the batch failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    bar?.finish();
  }
  io.stdout(f.json ? `${JSON.stringify(result)}\n` : `${formatBatchTable(result)}\n`);
  return 0;
}

if (isMain(import.meta.url)) {
  // A batch's states are never frozen (engine/work.ts: a development check that costs a fifth of a
  // game; the values are the same), here as in its worker threads (sim-worker.ts).
  setStateFreezing(false);
  process.exitCode = await main(process.argv.slice(2));
}
