import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/sim-flags';

// The bad-input corpus (tests/corpus): every bad command line and every bad scenario file must end
// promptly with exit code 2 and one short line on standard error that says what was wrong and
// where: no stack trace, no hang, no 10 MB value echoed, no file written.
//
// The CLIs run in-process (each exports `main(argv, io)`), except the cases marked `spawn`, which
// run in a child process: a FIFO or /dev/zero read without a limit would hang the test runner.
// CORPUS_SPAWN=1 runs every case in a child process (to try the corpus on a CLI without `main`).

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/corpus');
const SPAWN_ALL = process.env.CORPUS_SPAWN === '1';
/** The longest argument a child process may get (Linux refuses single arguments over 128 KiB). */
const SPAWN_ARG_MAX = 100_000;

type Cli = 'sim' | 'bench' | 'deck' | 'sweep' | 'loadtest' | 'fuzz';
type Arg = string | { repeat: string; times: number; prefix?: string };

interface CliCase {
  readonly name: string;
  readonly cli: Cli;
  readonly argv: readonly Arg[];
  readonly stderr: string;
  readonly spawn?: boolean;
  readonly noFile?: string;
}

interface ScenarioCase {
  readonly file: string;
  readonly message: string;
  readonly deckCheck?: string;
}

const cliCases = (JSON.parse(readFileSync(join(CORPUS, 'cli/cases.json'), 'utf8')) as { cases: CliCase[] }).cases;
const scenarioCases = (JSON.parse(readFileSync(join(CORPUS, 'scenarios/cases.json'), 'utf8')) as { cases: ScenarioCase[] }).cases;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

let tmp = '';

function expand(arg: Arg, spawned: boolean): string {
  if (typeof arg !== 'string') return (arg.prefix ?? '') + arg.repeat.repeat(spawned ? Math.min(arg.times, SPAWN_ARG_MAX / arg.repeat.length) : arg.times);
  return arg.replaceAll('{tmp}', tmp);
}

function runSpawned(cli: Cli, argv: readonly string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr.length < 100_000 ? (stderr += d.toString()) : undefined));
    // A case that hangs (it reads forever) fails here rather than holding the suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

async function runInProcess(cli: Cli, argv: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  // Loading the CLI (transpiling it and the engine) is not part of the time a refusal takes.
  const mod = (await import(`../../src/cli/${cli}.ts`)) as { main: (argv: readonly string[], io: CliIo) => number | Promise<number> };
  const started = Date.now();
  const code = await mod.main(argv, io);
  return { code, stdout, stderr, ms: Date.now() - started };
}

function run(cli: Cli, argv: readonly Arg[], spawned = false): Promise<Run> {
  const inChild = spawned || SPAWN_ALL;
  const args = argv.map((a) => expand(a, inChild));
  return inChild ? runSpawned(cli, args) : runInProcess(cli, args);
}

/** What every refusal must look like. */
function expectOneLineRefusal(r: Run, message: RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr.length).toBeLessThanOrEqual(300);
  expect(r.stderr.endsWith('\n') && r.stderr.indexOf('\n') === r.stderr.length - 1, `one line: ${JSON.stringify(r.stderr)}`).toBe(true);
  expect(r.stderr.trimEnd()).toMatch(message);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
}

const listing = (dir: string) => readdirSync(dir).sort().join('\n');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'csd-corpus-'));
  spawnSync('mkfifo', [join(tmp, 'fifo.json')]);
  mkdirSync(join(tmp, 'folder.json'));
  symlinkSync(join(tmp, 'nowhere.json'), join(tmp, 'broken-link.json'));
  writeFileSync(join(tmp, 'big.json'), `{"id":"${'a'.repeat(5 * 1024 * 1024)}"}`);
  // Scenario folders for deck check and print: a deck that is a folder, one that is a broken link, a scenario that is a FIFO.
  mkdirSync(join(tmp, 'deck-folder/decks/bad.json'), { recursive: true });
  mkdirSync(join(tmp, 'deck-link/decks'), { recursive: true });
  symlinkSync(join(tmp, 'nowhere.json'), join(tmp, 'deck-link/decks/bad.json'));
  mkdirSync(join(tmp, 'scenario-fifo/decks'), { recursive: true });
  spawnSync('mkfifo', [join(tmp, 'scenario-fifo/bad.json')]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad command lines (tests/corpus/cli/cases.json)', () => {
  let before = '';
  beforeAll(() => void (before = listing(ROOT)));
  afterAll(() => expect(listing(ROOT)).toBe(before));

  it.concurrent.each(cliCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const inTmp = listing(tmp);
    const r = await run(c.cli, c.argv, c.spawn);
    expectOneLineRefusal(r, new RegExp(c.stderr));
    expect(listing(tmp)).toBe(inTmp);
    if (c.noFile) expect(existsSync(c.noFile.replaceAll('{tmp}', tmp))).toBe(false);
    // Promptly: in-process refusals take milliseconds; a child process needs a second or two to start.
    expect(r.ms).toBeLessThan(c.spawn || SPAWN_ALL ? 15_000 : 2_000);
  });
});

describe('bad scenario files (tests/corpus/scenarios/cases.json)', () => {
  it('has a case for every file in the corpus', () => {
    const files = readdirSync(join(CORPUS, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'cases.json');
    expect(files.sort()).toEqual(scenarioCases.map((c) => c.file).sort());
  });

  it.concurrent.each(scenarioCases.map((c) => [c.file, c] as const))('npm run sim -- --scenario %s', async (file, c) => {
    const r = await run('sim', ['--scenario', `tests/corpus/scenarios/${file}`, '--runs', '2']);
    expectOneLineRefusal(r, new RegExp(`^sim: tests/corpus/scenarios/${c.message}`));
  });

  it.concurrent.each(scenarioCases.map((c) => [c.file, c] as const))('npm run deck -- check lists the problem of %s', async (file, c) => {
    // A scenarios folder with only this scenario and the corpus decks.
    const dir = mkdtempSync(join(tmp, 'check-'));
    mkdirSync(join(dir, 'decks'));
    copyFileSync(join(CORPUS, 'scenarios', file), join(dir, file));
    for (const deck of readdirSync(join(CORPUS, 'scenarios/decks'))) copyFileSync(join(CORPUS, 'scenarios/decks', deck), join(dir, 'decks', deck));
    const r = await run('deck', ['check', '--dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^  \\S*${c.deckCheck ?? c.message}`, 'm'));
  });

  it('the corpus deck the scenarios share is itself valid', async () => {
    const { loadDeck } = await import('../../src/scenario');
    const deck = loadDeck({ name: 'small.json', data: JSON.parse(readFileSync(join(CORPUS, 'scenarios/decks/small.json'), 'utf8')) as unknown });
    expect(deck.ok ? 'ok' : deck.error).toBe('ok');
  });
});
