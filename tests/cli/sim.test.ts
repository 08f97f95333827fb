import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimFlags } from '../../src/cli/sim-flags';

function sim(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sim flags', () => {
  it('reads the documented flags', () => {
    const r = parseSimFlags(['--scenario', 'transition-2012', '--option', 'A,C+LE', '--sexenios', '3', '--us-policy', 'passive', '--runs', '50', '--seed', '9', '--json', '--set', 'institutionalization=70']);
    expect(r.ok && r.value).toMatchObject({ strategies: ['A', 'C+LE'], sexenios: 3, usPolicy: 'passive', runs: 50, seed: 9, json: true, startOverrides: { institutionalization: 70 } });
  });

  it.each([
    [['--option', 'A,E'], /--option: item 2 "E" is not one of A, B, C\+LE, C, D/],
    [['--runs', 'many'], /--runs: expected a whole number, got "many"/],
    [['--runs', '0'], /--runs: expected a number from 1/],
    [['--us-policy', 'generous'], /--us-policy: expected one of recommended, passive, hawkish, got "generous"/],
    [['--sexenios', '1', '--option', 'A,B'], /--option lists 2 strategies but --sexenios is 1/],
    [['--set', 'morale=3'], /--set: unknown track "morale"/],
    [['--set', 'tcoPower=300'], /--set: tcoPower must be from 0 to 100/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
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

  it('exits with code 2 and a clear message for a bad flag', () => {
    const r = sim(['--option', 'Z']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sim: --option: item 1 "Z"/);
  });

  it('exits with code 2 and names the file and path for a broken scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csd-'));
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
