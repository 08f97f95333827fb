import { parseArgs } from 'node:util';
import { setStateFreezing } from '../engine';
import { shippedScenario } from '../scenario';
import { runBench } from '../sim/bench';

// npm run bench -- [--json] [--games N] [--batch N]

const USAGE = `Usage: npm run bench -- [--json] [--games N] [--batch N]
  --games N   games per measurement [default: 2000]
  --batch N   size of the timed batch run, 0 to skip [default: 10000]
  --json      print one JSON object`;

function main(argv: string[]): number {
  let values;
  try {
    values = parseArgs({ args: argv, strict: true, options: { json: { type: 'boolean', default: false }, games: { type: 'string', default: '2000' }, batch: { type: 'string', default: '10000' }, help: { type: 'boolean', default: false } } }).values;
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const whole = (text: string | undefined, min: number, max: number) => (/^\d+$/.test(text ?? '') && Number(text) >= min && Number(text) <= max ? Number(text) : null);
  const games = whole(values.games, 1, 1_000_000);
  const batch = whole(values.batch, 0, 10_000_000);
  if (games === null || batch === null) {
    process.stderr.write(`bench: --games must be a whole number from 1 to 1,000,000 and --batch from 0 to 10,000,000\n${USAGE}\n`);
    return 2;
  }
  // Headless runs do not freeze states (see engine/work.ts): the numbers measure what batches run.
  setStateFreezing(false);
  const scenario = shippedScenario('transition-2012');
  if (!scenario.ok) {
    process.stderr.write(`bench: ${scenario.error}\n`);
    return 2;
  }
  const result = { ...runBench(scenario.value, games, batch), node: process.version };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
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

process.exitCode = main(process.argv.slice(2));
