import { parseArgs } from 'node:util';
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
  const games = Number(values.games);
  const batch = Number(values.batch);
  if (!Number.isInteger(games) || games < 1 || !Number.isInteger(batch) || batch < 0) {
    process.stderr.write(`bench: --games must be a whole number from 1 and --batch from 0\n${USAGE}\n`);
    return 2;
  }
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
        `  through the xstate machine: ${result.machineGamesPerSec} games/s`,
        `  through the engine alone:   ${result.engineGamesPerSec} games/s`,
        `  machine / engine time:      ${result.machineOverEngine}x (target: at most 3x)`,
        result.batchSeconds === null ? '' : `  a ${result.batchGames}-game batch run: ${result.batchSeconds} s`,
      ].join('\n') + '\n',
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
