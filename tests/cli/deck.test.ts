import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch';

const root = join(import.meta.dirname, '../..');

function deck(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/deck.ts', ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the shipped scenarios folder with one card of options.json changed. */
function brokenCopy(change: (card: Record<string, unknown>) => void): string {
  const dir = scratchDir('deck');
  cpSync(join(root, 'scenarios'), dir, { recursive: true });
  const file = join(dir, 'decks/options.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { cards: Record<string, unknown>[] };
  const card = data.cards.find((c) => c.id === 'tijuana-model');
  if (!card) throw new Error('tijuana-model is gone');
  change(card);
  writeFileSync(file, JSON.stringify(data));
  return dir;
}

describe('npm run deck -- check', () => {
  it('passes on the shipped scenarios and reports coverage', () => {
    const r = deck(['check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cards per section of the paper:/);
    expect(r.stdout).toMatch(/Cards per option \(any \/ only this option\):/);
    expect(r.stdout).toMatch(/Cards per year range:/);
    expect(r.stdout).toMatch(/Every card can be drawn under some option/);
  });

  it.each<[string, (card: Record<string, unknown>) => void, RegExp]>([
    ['a missing quote', (c) => delete (c.citation as Record<string, unknown>).quote, /options\.json: cards\[\d+\] \("tijuana-model"\)\.citation\.quote: missing/],
    ['a quote that is not in the paper', (c) => ((c.citation as Record<string, unknown>).quote = 'The Army base was a fortress of solitude.'), /options\.json: card "tijuana-model": citation\.quote is not in the paper/],
    ['an unknown track', (c) => ((c.effects as Record<string, unknown>[])[0] = { op: 'add', track: 'morale', value: 3 }), /options\.json: cards\[\d+\] \("tijuana-model"\)\.effects\[0\]\.track: .*got "morale"/],
    ['a bad condition', (c) => (c.when = { years: { from: 2030, to: 2020 } }), /options\.json: cards\[\d+\] \("tijuana-model"\)\.when\.years: "from" \(2030\) is after "to" \(2020\)/],
    ['a condition that can never hold', (c) => (c.when = { strategies: ['D'], missions: ['policeTransition'] }), /options\.json: card "tijuana-model" can never be drawn under any option/],
    ['a card without a provenance', (c) => delete c.provenance, /options\.json: cards\[\d+\] \("tijuana-model"\)\.provenance: missing: .*history, echo, extrapolation/],
    ['an echo drawn inside the history', (c) => (c.when = { years: { from: 2008 } }), /options\.json: card "tijuana-model" is echo but can be drawn inside the history \(when\.years 2008-…\)/],
    ['a card with no years', (c) => delete c.when, /options\.json: card "tijuana-model" has no when\.years\.from, so it could be drawn in any year/],
    ['a history card past 2012', (c) => ((c.provenance = 'history'), (c.when = { years: { from: 2011, to: 2014 } })), /options\.json: card "tijuana-model" is history \(one of the paper's events\) but its when\.years 2011-2014 run past 2012/],
    ['a section that is not where the quote is', (c) => ((c.citation as Record<string, unknown>).section = '§3 Option A'), /options\.json: card "tijuana-model": citation\.section "§3 Option A" is not where the quote is in the paper \(§3 Option B\)/],
  ])('fails with a precise message on %s', (_name, change, message) => {
    const r = deck(['check', '--dir', brokenCopy(change)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
  });
});

describe('npm run deck -- check, a file with several mistakes', () => {
  it('lists each mistake once, on its own line, every line indented under the heading', () => {
    const dir = brokenCopy((c) => {
      delete (c.citation as Record<string, unknown>).quote;
      (c.effects as Record<string, unknown>[])[0] = { op: 'add', track: 'morale', value: 3 };
    });
    const r = deck(['check', '--dir', dir]);
    expect(r.code).toBe(1);
    const [, listed = ''] = r.stdout.split(/^\d+ error\(s\):\n/m);
    const lines = listed.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toMatch(/^ {2}\S/);
    // The deck's two mistakes, once each (not once for the deck and again for each scenario that loads it).
    expect(lines.filter((l) => /options\.json: cards\[\d+\] \("tijuana-model"\)\.citation\.quote: missing/.test(l)).length).toBe(1);
    expect(lines.filter((l) => /options\.json: cards\[\d+\] \("tijuana-model"\)\.effects\[0\]\.track: .*got "morale"/.test(l)).length).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${lines.length} error\\(s\\):$`, 'm'));
  });
});

describe('npm run deck -- print', () => {
  it('writes a printable sheet with cut lines and a citation on every card', () => {
    const out = join(scratchDir('print'), 'deck.html');
    const r = deck(['print', '--out', out, '--lang', 'es']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toMatch(/border: 1px dashed/);
    expect(html).toMatch(/break-inside: avoid/);
    const cards = html.match(/<article class="card[ "]/g) ?? [];
    const cites = html.match(/<div class="foot"><p class="cite">Downie 2011, §/g) ?? [];
    expect(cards.length).toBeGreaterThanOrEqual(60);
    expect(cites.length).toBe(cards.length);
    expect(html).toContain('La Iniciativa Mérida');
    // Every card says where it comes from.
    expect((html.match(/<p class="provenance" data-provenance="(history|echo|extrapolation)">/g) ?? []).length).toBe(cards.length);
    expect(html).toContain('data-provenance="history">Historia: uno de los hechos del estudio</p>');
    expect(html).toContain('data-provenance="echo">Eco: la historia del estudio, recordada</p>');
    expect(html).toContain('data-provenance="extrapolation">Extrapolación: un futuro plausible</p>');
  });

  it('refuses a missing --out and an unknown language', () => {
    expect(deck(['print']).code).toBe(2);
    const r = deck(['print', '--out', '/tmp/x.html', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang: expected one of en, es, got "fr"/);
  });
});
