import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimFlags } from '../../src/cli/sim-flags';
import { scratchDir } from '../scratch';

const ROOT = join(import.meta.dirname, '../..');

function sim(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI on a pseudo-terminal (util-linux `script`), so that standard error is a TTY; returns what the terminal showed. */
function simOnTerminal(args: string[]) {
  const command = [process.execPath, '--import', 'tsx', 'src/cli/sim.ts', ...args].join(' ');
  // The bar at once: a batch of a thousand games may take under the usual second.
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, CSD_PROGRESS_DELAY_MS: '0' } });
  return { code: r.status, screen: (r.stdout ?? '').replace(/\r\n/g, '\n') };
}
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('sim flags', () => {
  it('reads the documented flags', () => {
    const r = parseSimFlags(['--scenario', 'transition-2012', '--option', 'A,C+LE', '--sexenios', '3', '--us-policy', 'passive', '--runs', '50', '--seed', '9', '--json', '--set', 'institutionalization=70']);
    expect(r.ok && r.value).toMatchObject({ strategies: ['A', 'C+LE'], sexenios: 3, usPolicy: 'passive', runs: 50, seed: 9, json: true, startOverrides: { institutionalization: 70 } });
  });

  it.each([
    [['--option', 'A,E'], /--option: item 2 "E" is not one of A, B, C\+LE, C, D/],
    [['--runs', 'many'], /--runs: expected a whole number from 1 to 1000000, got "many"/],
    [['--runs', '0'], /--runs: expected a whole number from 1 to 1000000, got 0/],
    [['--us-policy', 'generous'], /--us-policy: expected one of recommended, passive, hawkish, got "generous"/],
    [['--sexenios', '1', '--option', 'A,B'], /--option lists 2 strategies but --sexenios is 1/],
    [['--set', 'morale=3'], /--set: unknown track "morale"/],
    [['--set', 'tcoPower=300'], /--set: tcoPower must be from 0 to 100/],
    [['--frobnicate'], /unknown flag "--frobnicate"/],
  ])('refuses %j', (args, message) => {
    const r = parseSimFlags(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('npm run sim', () => {
  it('prints one JSON object with --json', () => {
    const r = sim(['--option', 'D', '--runs', '5', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { options: string[]; runs: number; final: { intelligenceSharing: Record<string, number> } };
    expect(out.options).toEqual(['D']);
    expect(out.runs).toBe(5);
    expect(out.final.intelligenceSharing.deep).toBe(0);
  });

  it('prints the same JSON on one worker thread and on two (a batch large enough for two)', () => {
    const one = sim(['--runs', '1250', '--sexenios', '2', '--seed', '4', '--workers', '1', '--json']);
    const two = sim(['--runs', '1250', '--sexenios', '2', '--seed', '4', '--workers', '2', '--json']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as { runs: number }).runs).toBe(1250);
  });

  it('uses at most one worker per core, with a note, and refuses more than 64', () => {
    const many = sim(['--runs', '5', '--workers', '64', '--json']);
    expect(many.code).toBe(0);
    expect(many.stderr).toMatch(/^sim: --workers 64: this machine has \d+ core\(s\); using \d+ worker thread\(s\)\n$/);
    expect(JSON.parse(many.stdout)).toMatchObject({ runs: 5 });
    const tooMany = sim(['--workers', '65']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/--workers: expected a whole number from 1 to 64, got 65/);
  });

  it.skipIf(!hasScript)('shows a progress bar on a terminal (here at once), and none with --json', () => {
    const flags = ['--runs', '1000', '--sexenios', '2', '--workers', '1'];
    const table = simOnTerminal(flags);
    expect(table.code).toBe(0);
    expect(table.screen).toMatch(/\rsim \[#+\] 100% 1,000\/1,000 games/);
    expect(table.screen).toContain('games\u001b[K\n');
    expect(table.screen).toMatch(/Scenario transition-2012: 1000 runs/);
    const json = simOnTerminal([...flags, '--json']);
    expect(json.code).toBe(0);
    expect(json.screen).not.toMatch(/sim \[|\r/);
    expect(json.screen).toMatch(/^\{[^\n]*\}\n$/);
    expect(JSON.parse(json.screen)).toMatchObject({ runs: 1000 });
  });

  it('exits with code 2 and a clear message for a bad flag', () => {
    const r = sim(['--option', 'Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sim: --option: item 1 "Z"/);
  });

  it('exits with code 2 and names the file and path for a broken scenario', () => {
    const dir = scratchDir('sim');
    writeFileSync(join(dir, 'deck.json'), JSON.stringify({ id: 'deck', cards: [] }));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'bad', decks: ['deck.json'] }));
    const r = sim(['--scenario', join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: title: missing/);
  });

  it('exits with code 2 for an unknown scenario id', () => {
    const r = sim(['--scenario', 'atlantis']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown scenario "atlantis"/);
  });
});

describe('npm run sim -- --scenario calderon-2006 --historical', () => {
  it('plays the history with the same output shape: start in December 2006, years from 2007', () => {
    const r = sim(['--scenario', 'calderon-2006', '--historical', '--runs', '20', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { years: number[]; start: Record<string, unknown>; usPolicy: string; tracks: Record<string, { mean: number[] }> };
    expect(out.years).toEqual([2007, 2008, 2009, 2010, 2011, 2012]);
    expect(out.start.relationship).toBeCloseTo(22.2, 5);
    expect(out.usPolicy).toBe('historical');
    expect(out.tracks.relationship?.mean).toHaveLength(6);
  });
});

describe('npm run sim -- --compare (controlled comparisons)', () => {
  it.each([
    [['--compare', 'A'], /--compare: a comparison needs at least two items/],
    [['--compare', 'A,A'], /--compare: "A" is listed twice/],
    [['--compare', 'A,E'], /--compare: item 2 "E" is not one of A, B, C\+LE, C, D/],
    [['--compare', ','], /--compare: expected a comma-separated list/],
    [['--compare-policy', 'recommended,generous'], /--compare-policy: item 2 "generous" is not one of recommended, passive, hawkish/],
    [['--compare-policy', 'passive,passive'], /--compare-policy: "passive" is listed twice/],
    [['--compare', 'A,B', '--compare-policy', 'passive,hawkish'], /give one comparison at a time/],
    [['--compare', 'A,B', '--option', 'C'], /--compare varies the first strategy itself/],
    [['--compare', 'A,B', '--historical'], /drop --historical/],
  ])('refuses %j', (args, message) => {
    const r = parseSimFlags(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('exits with code 2 and a clear message on a bad list', () => {
    const r = sim(['--compare', 'A,Q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sim: --compare: item 2 "Q"/);
    const p = sim(['--compare-policy', 'recommended']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/sim: --compare-policy: a comparison needs at least two items/);
  });

  it('prints each option\'s final statistics and the paired differences against the first, as documented', () => {
    const r = sim(['--compare', 'A,B,D', '--runs', '40', '--json']);
    expect(r.code).toBe(0);
    type Stats = { mean: number; sd: number; p10: number; p50: number; p90: number };
    type Paired = { mean: number; sd: number; p10: number; p90: number; ci95: [number, number] };
    const out = JSON.parse(r.stdout) as { compare: { against: string; runs: number; final: Record<string, Stats>; paired: Record<string, Paired> } };
    expect(out.compare.against).toBe('A');
    expect(out.compare.runs).toBe(40);
    expect(Object.keys(out.compare.final)).toEqual(['A', 'B', 'D']);
    expect(Object.keys(out.compare.paired)).toEqual(['B-A', 'D-A']);
    const da = out.compare.paired['D-A'] as Paired;
    expect(da.mean).toBeCloseTo((out.compare.final.D?.mean ?? 0) - (out.compare.final.A?.mean ?? 0), 1);
    expect(da.ci95[0]).toBeLessThanOrEqual(da.mean);
    expect(da.ci95[1]).toBeGreaterThanOrEqual(da.mean);
    expect(da.mean).toBeLessThan(-30);
  });

  it('compares US policies on the same seeds, the window scenario moving the 2012 choice', () => {
    const r = sim(['--scenario', 'window-2011', '--compare-policy', 'recommended,passive,hawkish', '--runs', '30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/US policies compared on the same 30 seeds/);
    expect(r.stdout).toMatch(/passive-recommended/);
    expect(r.stdout).toMatch(/hawkish-recommended/);
  });
});
