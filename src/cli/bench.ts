import { setStateFreezing } from '../engine';
import { shippedScenario } from '../scenario';
import { runBench } from '../sim/bench';
import { integer, isMain, parseFlags, PROCESS_IO, type CliIo } from './sim-flags';

// npm run bench -- [--json] [--games N] [--batch N]

const USAGE = `Usage: npm run bench -- [--json] [--games N] [--batch N]
  --games N   games in each of the nine measurements of each path, 1 to 100000 [default: 1000]
  --batch N   size of the timed batch run, 0 to skip [default: 10000]
  --json      print one JSON object`;

export function main(argv: readonly string[], io: CliIo = PROCESS_IO): number {
  const parsed = parseFlags(argv, { json: { type: 'boolean' }, games: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean' } });
  if (!parsed.ok) {
    io.stderr(`bench: ${parsed.error}\n`);
    return 2;
  }
  const values = parsed.value.values;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  // Nine rounds of each path: 100,000 games a round already take about six minutes.
  const games = integer('games', values.games ?? '1000', 1, 100_000);
  const batch = integer('batch', values.batch ?? '10000', 0, 10_000_000);
  if (!games.ok || !batch.ok) {
    io.stderr(`bench: ${games.ok ? '' : games.error}${!games.ok && !batch.ok ? '; ' : ''}${batch.ok ? '' : batch.error}\n`);
    return 2;
  }
  // Headless runs do not freeze states (see engine/work.ts): the numbers measure what batches run.
  setStateFreezing(false);
  const scenario = shippedScenario('transition-2012');
  if (!scenario.ok) {
    io.stderr(`bench: ${scenario.error}\n`);
    return 2;
  }
  const result = { ...runBench(scenario.value, games.value, batch.value), node: process.version };
  if (values.json) io.stdout(`${JSON.stringify(result)}\n`);
  else {
    io.stdout(
      [
        `Full two-sexenio games of ${result.scenario}, one core, ${result.node}:`,
        `  through the xstate machine: ${result.machineGamesPerSec} games/s (lean batch games)`,
        `  through the engine alone:   ${result.engineGamesPerSec} games/s`,
        `  the typed-array floor:      ${result.floorGamesPerSec} games/s (${result.shape.checks} checks, ${result.shape.updates} updates, ${result.shape.draws} draws a game)`,
        `  machine / engine time:      ${result.machineOverEngine}x`,
        `  floor / machine:            ${result.floorOverMachine}x; floor / engine: ${result.floorOverEngine}x`,
        result.batchSeconds === null ? '' : `  a ${result.batchGames}-game batch run: ${result.batchSeconds} s`,
      ].join('\n') + '\n',
    );
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
