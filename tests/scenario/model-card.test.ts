import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_ACTIONS } from '../../src/engine/actions';
import { PARTY_TENDENCIES } from '../../src/engine/ai';
import { STRATEGY_CHANGE_SHOCK } from '../../src/engine/elections';
import { MODEL } from '../../src/engine/params';
import { NUMERIC_TRACKS, PARTIES, STRATEGY_TOKENS } from '../../src/engine/types';
import { normalizeText } from '../../src/scenario/quotes';

// The model card (scenarios/MODEL.md, DESIGN §2.2) must state every number of the model. This test
// keeps it in step with the code: a row for every parameter in MODEL with its current value, no
// row for a parameter that no longer exists, and the paper's words quoted verbatim.

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const card = read('scenarios/MODEL.md');
const paper = normalizeText(read('scenarios/sources/downie-2011.txt'));

/** Every leaf of a nested object as [dotted path, value]. */
function flatten(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

const leaves = flatten(MODEL);

/** Table rows whose first cell is a parameter path in backticks: path -> the value cell, as written. */
function parameterRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const match of text.matchAll(/^\|\s*`([^`]+)`\s*\|([^|\n]*)\|/gm)) {
    const [, path, value] = match as unknown as [string, string, string];
    rows.set(path, [...(rows.get(path) ?? []), value.trim()]);
  }
  return rows;
}

const rows = parameterRows(card);

describe('the model card lists every parameter of MODEL (src/engine/params.ts)', () => {
  it('flattens MODEL into leaves (sanity check)', () => {
    expect(leaves.length).toBeGreaterThan(100);
    for (const [path, value] of leaves) expect(typeof value, path).toBe('number');
  });

  it.each(leaves.map(([path, value]) => [path, String(value)] as const))('has a row "| `%s` | %s |"', (path, value) => {
    const found = rows.get(path);
    expect(found, `MODEL.md has no row | \`${path}\` | ${value} | ...`).toBeDefined();
    expect(found, `MODEL.md lists \`${path}\` more than once`).toHaveLength(1);
    expect(found?.[0], `MODEL.md gives \`${path}\` a stale value`).toBe(value);
  });

  it('has no row for a parameter that is not in MODEL', () => {
    const known = new Set(leaves.map(([path]) => path));
    expect([...rows.keys()].filter((path) => !known.has(path))).toEqual([]);
  });

  it('explains every parameter and gives its source or says it is an assumption', () => {
    for (const match of card.matchAll(/^\|\s*`([^`]+)`\s*\|[^|\n]*\|([^|\n]*)\|([^|\n]*)\|\s*$/gm)) {
      const [, path, what, source] = match as unknown as [string, string, string, string];
      expect(what.trim().length, `${path}: what it does`).toBeGreaterThan(10);
      expect(source, `${path}: source or assumption`).toMatch(/source: "|assumption/);
    }
    expect([...card.matchAll(/^\|\s*`([^`]+)`\s*\|[^|\n]*\|([^|\n]*)\|([^|\n]*)\|\s*$/gm)]).toHaveLength(leaves.length);
  });
});

/** A row whose first cell starts with `label` (then a space or the cell's end) and whose next cells are `values`. */
function hasRow(label: string, values: readonly (string | number)[]): boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cells = values.map((v) => `\\s*${esc(String(v))}\\s*\\|`).join('');
  return new RegExp(`^\\|\\s*${esc(label)}(\\s[^|\\n]*)?\\|${cells}`, 'm').test(card);
}

describe('the model card states the numbers kept outside MODEL', () => {
  it.each(STRATEGY_TOKENS)('strategy-change shock and fresh start for %s', (token) => {
    const shock = STRATEGY_CHANGE_SHOCK[token];
    expect(hasRow(token, [shock.sedena, shock.semar, MODEL.freshStart[token]]), `row "| ${token} ... | ${shock.sedena} | ${shock.semar} | ${MODEL.freshStart[token]} |"`).toBe(true);
  });

  it.each(PARTIES)('party tendencies of the %s', (party) => {
    const w = PARTY_TENDENCIES[party];
    const values = STRATEGY_TOKENS.map((t) => w[t]);
    expect(hasRow(party, values), `row "| ${party} ... | ${values.join(' | ')} |"`).toBe(true);
  });

  it.each(ROLE_ACTIONS.map((a) => [a.id, a.cost] as const))('lever %s costs %d', (id, cost) => {
    expect(card).toMatch(new RegExp(`\\|\\s*\`${id}\`\\s*\\|\\s*${cost}\\s*\\|`));
  });
});

/** Every passage in straight double quotes, outside code, with its words. */
function quotations(text: string): string[] {
  // Quotations may wrap across lines within a paragraph, never across paragraphs or table rows.
  const prose = text
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/([^\n|])\n(?=[^\n|])/g, '$1 ');
  return [...prose.matchAll(/"([^"\n]+)"/g)].map((m) => m[1] as string);
}

describe('quotations in the model card are verbatim from the paper', () => {
  const quotes = quotations(card);
  it('quotes the paper', () => {
    expect(quotes.length).toBeGreaterThan(80);
  });

  it.each(quotes)('"%s"', (quote) => {
    expect(quote.split(/\s+/).filter((w) => w && w !== '...').length, 'at most 25 words').toBeLessThanOrEqual(25);
    // An ellipsis joins fragments that appear in this order in the paper.
    let from = 0;
    for (const part of quote.split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean)) {
      const needle = normalizeText(part).text;
      const at = paper.text.indexOf(needle, from);
      expect(at, `"${part}" is not in the paper${from > 0 ? ' after the previous fragment' : ''}`).toBeGreaterThanOrEqual(0);
      from = at + needle.length;
    }
  });
});

describe('the model card tells one history across the shipped scenarios', () => {
  const start = (id: string) => (JSON.parse(read(`scenarios/${id}.json`)) as { start: { tracks: Record<string, number> } }).start.tracks;
  const scenarios = ['calderon-2006', 'window-2011', 'transition-2012'].map(start);
  const shown = (track: string, value: number) => (track === 'violence' ? value.toLocaleString('en-US') : value);

  it.each(NUMERIC_TRACKS)('states the start of %s in each shipped scenario', (track) => {
    const values = scenarios.map((tracks) => shown(track, tracks[track] as number));
    expect(hasRow(track, values), `row "| ${track} | ${values.join(' | ')} |"`).toBe(true);
  });
});

describe('the model card says what is built in and what emerges (DESIGN §2.7, §6)', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('classifies claim %i', (claim) => {
    expect(card).toMatch(new RegExp(`^\\|\\s*${claim}\\. [^|\\n]+\\|\\s*(built in|emerges|partly)[^|\\n]*\\|[^|\\n]+\\|[^|\\n]+\\|\\s*$`, 'm'));
  });

  it('shows the sensitivity sweep and how to re-run it', () => {
    expect(card).toMatch(/`npm run sweep`/);
    for (const flag of ['--runs', '--seed', '--step', '--top', '--param', '--json']) expect(card).toContain(flag);
  });
});
