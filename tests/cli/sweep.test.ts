import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../src/engine';
import { parameterPaths, parameterValue, withParameters } from '../../src/sim/sensitivity';

function sweep(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sweep.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the sensitivity sweep', () => {
  it('lists every numeric parameter of the model and puts a changed one back afterwards', () => {
    const paths = parameterPaths();
    expect(paths).toContain('threatPullGain');
    expect(paths).toContain('missionTarget.militaryLead.sedena');
    const before = MODEL.threatPullGain;
    const seen = withParameters({ threatPullGain: before * 2 }, () => parameterValue('threatPullGain'));
    expect(seen).toBe(before * 2);
    expect(MODEL.threatPullGain).toBe(before);
    expect(() => withParameters({ 'no.such': 1 }, () => 0)).toThrow(/no numeric model parameter "no.such"/);
  });

  it.each([
    [['--runs', '0'], /--runs: expected a whole number from 1 to 100000, got 0/],
    [['--step', '2'], /--step: expected a share from 0.01 to 0.9/],
    [['--param', 'morale'], /--param: no model parameter "morale"/],
    [['--headline', 'Z'], /--headline: no result "Z"/],
    [['--frobnicate'], /unknown flag "--frobnicate"/],
  ])('exits 2 with a message for %j', (args, message) => {
    const r = sweep(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('measures a result at ±step for the chosen parameter, on the same seeds', () => {
    const r = sweep(['--runs', '8', '--param', 'missionTarget.militaryLead.sedena', '--headline', 'A', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { headline: string; base: number; rows: { parameter: string; low: number; high: number; swing: number }[] }[] };
    const [a] = out.results;
    expect(a?.headline).toBe('A');
    expect(a?.rows[0]?.parameter).toBe('missionTarget.militaryLead.sedena');
    // A higher target under a military lead gives a higher final relationship under A.
    expect(a?.rows[0]?.high).toBeGreaterThan(a?.base ?? 0);
    expect(a?.rows[0]?.low).toBeLessThan(a?.base ?? 0);
  });
});
