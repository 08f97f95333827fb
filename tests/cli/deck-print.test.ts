import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/deck';
import { fileProblem, readKitFonts } from '../../src/cli/deck-print';
import { shownPath } from '../../src/cli/scenario-arg';
import { scenario } from '../helpers';
import { scratchDir } from '../scratch';

function deck(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('npm run deck -- print (the table kit)', () => {
  it('writes the Spanish kit on Letter paper, with its typefaces embedded', () => {
    const out = join(scratchDir('kit'), 'kit.html');
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
    const out = join(scratchDir('kit'), 'kit.html');
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

  it('lists the mistakes of a broken deck once each, indented under its heading, and writes nothing', () => {
    const dir = scratchDir('kit');
    cpSync(join(import.meta.dirname, '../../scenarios'), dir, { recursive: true });
    const file = join(dir, 'decks/options.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { cards: Record<string, unknown>[] };
    const card = data.cards[1] as { id: string; citation: Record<string, unknown>; effects: unknown[] };
    delete card.citation.quote;
    card.effects[0] = { op: 'add', track: 'morale', value: 3 };
    writeFileSync(file, JSON.stringify(data));
    const out = join(dir, 'kit.html');
    const r = deck(['print', '--out', out, '--dir', dir]);
    expect(r.code).toBe(1);
    const [heading, ...lines] = r.stderr.trimEnd().split('\n');
    expect(heading).toBe('deck print: fix these first:');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^  .*options\\.json: cards\\[1\\] \\("${card.id}"\\)\\.effects\\[0\\]\\.track: .*got "morale"$`)),
      expect.stringMatching(new RegExp(`^  .*options\\.json: cards\\[1\\] \\("${card.id}"\\)\\.citation\\.quote: missing`)),
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it.each<[string, (dir: string) => string, string]>([
    ['into a folder that does not exist', (dir) => join(dir, 'no-such-folder', 'kit.html'), 'the folder does not exist'],
    ['onto a folder', (dir) => dir, 'it is a folder, not a file'],
    ['under a file as if it were a folder', (dir) => (writeFileSync(join(dir, 'plain.txt'), ''), join(dir, 'plain.txt', 'kit.html')), 'a part of the path is a file, not a folder'],
  ])('says in one line, in words, why it cannot write %s', (_name, target, why) => {
    const dir = scratchDir('kit');
    const out = target(dir);
    const r = deck(['print', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // The path as the CLI shows paths (relative to where it runs when that is shorter).
    expect(r.stderr).toBe(`deck print: cannot write ${shownPath(out)}: ${why}\n`);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it.each<[string, unknown, boolean, string]>([
    ['permission denied', Object.assign(new Error('x'), { code: 'EACCES' }), true, 'permission denied (you may not write there)'],
    ['a read-only disk', Object.assign(new Error('x'), { code: 'EROFS' }), true, 'the disk is read-only'],
    ['a full disk', Object.assign(new Error('x'), { code: 'ENOSPC' }), true, 'the disk is full'],
    ['a missing font file', Object.assign(new Error('x'), { code: 'ENOENT' }), false, 'the file does not exist'],
    ['a code it has no words for', Object.assign(new Error('x'), { code: 'EXDEV' }), true, 'the system refused (error EXDEV)'],
  ])('words %s', (_name, error, writing, words) => {
    expect(fileProblem(error, writing)).toBe(words);
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
