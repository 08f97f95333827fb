import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/deck';
import { readKitFonts } from '../../src/cli/deck-print';
import { scenario } from '../helpers';

function deck(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('npm run deck -- print (the table kit)', () => {
  it('writes the Spanish kit on Letter paper, with its typefaces embedded', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'csd-kit-')), 'kit.html');
    const r = deck(['print', '--out', out, '--lang', 'es', '--paper', 'letter']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = scenario('transition-2012');
    expect(r.stdout).toBe(`Wrote the table kit for transition-2012 (${s.deck.length} event cards, es, letter) to ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain('@page { size: letter; margin: 0; }');
    expect(html).toContain('data-scenario="transition-2012"');
    // Three families, latin and latin-ext, as data URLs: the file prints offline.
    const faces = html.match(/@font-face \{ font-family: '([^']+)'; font-style: (\w+); font-weight: (\d+);[^}]*src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\)/g) ?? [];
    expect(faces.length).toBe(14);
    for (const family of ['Source Serif 4', 'IBM Plex Sans', 'Barlow Condensed']) expect(faces.filter((f) => f.includes(`'${family}'`)).length).toBeGreaterThanOrEqual(4);
    expect(html).not.toMatch(/url\((?!data:)/);
    // Every section, and every card of the deck.
    for (const section of ['rules', 'glossary', 'tracks', 'roles', 'options', 'cards']) expect(html).toContain(`data-section="${section}"`);
    expect((html.match(/<article class="card[ "]/g) ?? []).length).toBe(s.deck.length);
    expect(html).toContain('Resumen de reglas');
  });

  it('prints another scenario, on A4 by default', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'csd-kit-')), 'kit.html');
    const r = deck(['print', '--out', out, '--scenario', 'calderon-2006']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('@page { size: A4; margin: 0; }');
    expect(html).toContain('<html lang="en">');
    expect((html.match(/<article class="card[ "]/g) ?? []).length).toBe(scenario('calderon-2006').deck.length);
  });

  it.each([
    [['print', '--out', '/tmp/x.html', '--paper', 'a3'], /--paper: expected one of a4, letter, got "a3"/],
    [['print', '--out', '/tmp/x.html', '--scenario', 'nowhere'], /--scenario: expected one of .*transition-2012.*, got "nowhere"/],
    [['print', '--out', '/tmp/x.html', '--lang', 'fr'], /--lang: expected one of en, es, got "fr"/],
    [['print'], /--out FILE is required/],
  ])('refuses %j', (args, message) => {
    const r = deck(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reads the latin and latin-ext subsets of each face with their unicode ranges', () => {
    const fonts = readKitFonts();
    expect(fonts.length).toBe(14);
    for (const f of fonts) {
      expect(f.unicodeRange).toMatch(/^U\+/);
      expect(Buffer.from(f.woff2Base64, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });
});
