import { runFuzz, type FuzzFailure, type FuzzReport } from '../sim/fuzz';
import { progressBar, wantsProgressBar } from './progress';
import { parseFlags } from './sim-flags';

// npm run fuzz -- [--seed N] [--games N] [--max-sexenios N] [--from I] [--game I] [--seconds N] [--polite] [--json]
// Random legal and illegal moves for every seat through the game machine, every invariant checked
// after every event. Exit 0: no failure; 1: an invariant broke (the seed, game, moves and invariant
// are printed); 2: bad flags.

const USAGE = `Usage: npm run fuzz -- [--seed N] [--games N] [--max-sexenios N] [--from I] [--game I] [--seconds N] [--polite] [--json]
  --seed N           the run's seed [default: 1]
  --games N          games to play [default: 1000]
  --max-sexenios N   each game plays 1 to N sexenios, N from 1 to 8 [default: 8]
  --from I           start at game I of the run: --from 50000 --games 50000 plays the second half
                     of --games 100000, the same games, so a long run can be split [default: 0]
  --game I           play only game I of the run (to reproduce a failure)
  --seconds N        stop starting new games after N seconds (a time budget for CI)
  --polite           do not send malformed events the machine may read leniently (a null stance,
                     unknown fields; by default each must be refused, or saved and reloaded like a
                     legal move)
  --json             print one JSON object`;

const whole = (text: string | undefined, min: number, max: number) => (/^\d+$/.test(text ?? '') && Number(text) >= min && Number(text) <= max ? Number(text) : null);

function summary(r: FuzzReport): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `fuzz: seed ${r.seed}: ${n(r.games)} games, ${n(r.moves)} moves, ${n(r.reloads)} reloads, ${n(r.refused)}/${n(r.illegal)} illegal moves refused, ${n(r.checks)} invariant checks, ${r.seconds} s — ${r.failure ? 'FAILED' : 'no failures'}`;
}

function describeFailure(f: FuzzFailure): string {
  return [
    `fuzz: invariant broken: ${f.invariant}`,
    `  ${f.message.split('\n').slice(0, 6).join('\n  ')}`,
    `  seed ${f.seed}, game ${f.game} (reproduce: npm run fuzz -- --seed ${f.seed} --game ${f.game} --max-sexenios ${f.maxSexenios}${f.hostile ? '' : ' --polite'})`,
    `  scenario ${f.scenario}, ${f.phase ?? 'no game'}${f.year !== null ? ` ${f.year}` : ''}`,
    `  config ${JSON.stringify(f.config)}`,
    `  event ${JSON.stringify(f.event)}`,
    `  moves (${f.moves.length}) ${JSON.stringify(f.moves)}`,
  ].join('\n');
}

function main(argv: string[]): number {
  // The flags parsed as every CLI here parses them: a repeated flag is refused, not silently the last.
  const parsed = parseFlags(argv, {
    seed: { type: 'string' },
    games: { type: 'string' },
    'max-sexenios': { type: 'string' },
    from: { type: 'string' },
    game: { type: 'string' },
    seconds: { type: 'string' },
    polite: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (!parsed.ok) {
    process.stderr.write(`fuzz: ${parsed.error}\n`);
    return 2;
  }
  const given = parsed.value.values;
  const values = { seed: '1', games: '1000', 'max-sexenios': '8', from: '0', ...given, polite: given.polite === true, json: given.json === true, help: given.help === true };
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const seed = whole(values.seed, 0, 2 ** 32 - 1);
  const games = whole(values.games, 1, 100_000_000);
  const maxSexenios = whole(values['max-sexenios'], 1, 8);
  const from = whole(values.from, 0, 100_000_000);
  const only = values.game === undefined ? undefined : whole(values.game, 0, 100_000_000);
  const budget = values.seconds === undefined ? undefined : whole(values.seconds, 1, 10_000_000);
  const bad =
    seed === null ? '--seed must be a whole number from 0 to 4294967295'
    : games === null ? '--games must be a whole number from 1 to 100,000,000'
    : maxSexenios === null ? '--max-sexenios must be a whole number from 1 to 8'
    : from === null ? '--from must be a whole number (the first game index to play)'
    : only === null ? '--game must be a whole number (a game index of the run)'
    : budget === null ? '--seconds must be a whole number of seconds, at least 1'
    : null;
  if (bad || seed === null || games === null || maxSexenios === null || from === null || only === null || budget === null) {
    process.stderr.write(`fuzz: ${bad} (see --help)\n`);
    return 2;
  }
  const bar = wantsProgressBar(values.json, process.stderr.isTTY) ? progressBar({ total: only === undefined ? games : 1, write: (t) => process.stderr.write(t), now: () => performance.now(), columns: process.stderr.columns }) : null;
  const t0 = performance.now();
  const report = runFuzz({
    seed,
    games,
    maxSexenios,
    from,
    ...(only === undefined ? {} : { only }),
    hostile: !values.polite,
    now: () => performance.now(),
    ...(budget === undefined ? {} : { shouldStop: () => performance.now() - t0 > budget * 1000 }),
    ...(bar ? { onGame: (_: number, r: FuzzReport) => bar.update(r.games) } : {}),
  });
  bar?.finish();
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(`${summary(report)}\n`);
    if (report.failure) process.stdout.write(`${describeFailure(report.failure)}\n`);
  }
  return report.failure ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
