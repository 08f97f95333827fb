import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card, Effect } from '../../src/engine';
import { findQuote, loadDeck, normalizeText } from '../../src/scenario';
import { sectionOf, sectionProblems } from '../../src/scenario/deck-check';
import { footnoteReferences } from '../../src/scenario/quotes';

// Cards whose quote did not support them, or that named the wrong part of the paper (issue 7),
// and the meaning of the US-commitment track: Mexico's perception that the US follows through.

const root = new URL('../../scenarios/', import.meta.url);
const paper = readFileSync(new URL('sources/downie-2011.txt', root), 'utf8');
const source = normalizeText(paper);
const cards: Card[] = readdirSync(new URL('decks/', root))
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const r = loadDeck({ name: file, data: JSON.parse(readFileSync(new URL(`decks/${file}`, root), 'utf8')) });
    if (!r.ok) throw new Error(r.error);
    return r.value.cards;
  });
const byId = (id: string): Card => {
  const c = cards.find((x) => x.id === id);
  if (!c) throw new Error(`no card ${id}`);
  return c;
};

/** Every effect of a card, its choice's options and their chances, flattened. */
function allEffects(c: Card): Effect[] {
  const flat = (effects: readonly Effect[]): Effect[] => effects.flatMap((e) => (e.op === 'chance' ? [e, ...flat(e.then), ...flat(e.else ?? [])] : [e]));
  return [...flat(c.effects), ...(c.choice?.options.flatMap((o) => flat(o.effects)) ?? [])];
}
const moves = (c: Card, track: string) => allEffects(c).some((e) => (e.op === 'add' || e.op === 'scale') && e.track === track);

/** The text of the sentence that a footnote reference ends. */
function sentenceOfFootnote(n: number): string {
  const ref = footnoteReferences(paper).find((r) => r.number === n);
  if (!ref) throw new Error(`no footnote ${n}`);
  const start = Math.max(paper.lastIndexOf('. ', ref.start - 2), paper.lastIndexOf('.\n', ref.start - 2)) + 2;
  return normalizeText(paper.slice(start, ref.start)).text;
}

describe('cards whose quote now supports them', () => {
  it('tco-arms-pipeline cites footnote 54: weapons and cash heading south', () => {
    const c = byId('tco-arms-pipeline');
    expect(c.citation.footnotes).toContain(54);
    expect(sectionOf(c)).toBe('§4 Manage Expectations');
    expect(c.citation.quote).toMatch(/weapons and cash headed south/);
    expect(sentenceOfFootnote(54)).toContain(normalizeText(c.citation.quote).text);
    expect(c.tags).toContain('guns-cash');
  });

  it('palermo-model quotes Palermo\'s success, not the caveat, for its positive effects', () => {
    const c = byId('palermo-model');
    expect(c.citation.quote).not.toMatch(/disingenuous/);
    expect(c.citation.quote).toMatch(/Palermo did eventually create a .rule of law. culture/);
    expect(c.effects.every((e) => e.op === 'add' && e.value > 0)).toBe(true);
    expect(c.effects.map((e) => e.op === 'add' && e.track)).toEqual(['ruleOfLaw', 'publicSupport']);
  });

  it('mullen-visit-2009 quotes the visit, not the UNITAS approval (which is unitas-2009\'s)', () => {
    const c = byId('mullen-visit-2009');
    expect(c.citation.quote).toMatch(/Admiral Michael Mullen, visited Mexico in March 2009 and met with both/);
    expect(c.citation.quote).not.toMatch(/UNITAS/);
    expect(byId('unitas-2009').citation.quote).toMatch(/UNITAS/);
    // He met both secretaries: both services' relationships move.
    expect(moves(c, 'relationship.sedena') && moves(c, 'relationship.semar')).toBe(true);
  });

  it.each(['perry-style-rapport', 'hurricane-relief'])('%s cites "A Maturing, But Still Fragile" relationship, where its quote is', (id) => {
    const c = byId(id);
    expect(sectionOf(c)).toBe('§2 A Maturing, But Still Fragile Relationship');
    expect(sectionProblems([c], paper, source)).toEqual([]);
  });

  it('d-us-problem-thesis quotes the thesis about US follow-through that its US-commitment loss stands for', () => {
    const c = byId('d-us-problem-thesis');
    expect(c.citation.quote).toMatch(/the United States is not willing to address the drug war effectively/);
    expect(c.effects).toContainEqual({ op: 'add', track: 'usCommitment', value: -4 });
  });
});

describe('citations name the part of the paper their quote is in', () => {
  it('holds for every shipped card', () => {
    expect(sectionProblems(cards, paper, source)).toEqual([]);
  });

  it('finds the old wrong sections', () => {
    const old = [
      { ...byId('perry-style-rapport'), citation: { ...byId('perry-style-rapport').citation, section: '§2 Historical Context (Perry, 1995-97)' } },
      { ...byId('hurricane-relief'), citation: { ...byId('hurricane-relief').citation, section: '§2 Historical Context (Katrina, 2005)' } },
    ];
    expect(sectionProblems(old, paper, source).map((p) => [p.card, p.found])).toEqual([
      ['perry-style-rapport', ['§2 A Maturing, But Still Fragile Relationship']],
      ['hurricane-relief', ['§2 A Maturing, But Still Fragile Relationship']],
    ]);
  });

  it('accepts a footnote printed under the next part when its text calls it (fn 45, Option C)', () => {
    const c = byId('c-comrades-drift-apart');
    expect(c.citation.footnotes).toEqual([45]);
    expect(sectionProblems([c], paper, source)).toEqual([]);
    expect(sectionProblems([{ ...c, citation: { ...c.citation, footnotes: [] } }], paper, source)).toHaveLength(1);
  });
});

describe('usCommitment means Mexico\'s perception that the US follows through', () => {
  it('is never moved by a Mexican choice (what Washington thinks of it belongs elsewhere)', () => {
    const offenders = cards.filter((c) => c.choice?.role === 'mexico' && c.choice.options.some((o) => o.effects.some((e) => e.op === 'add' && e.track === 'usCommitment')));
    expect(offenders.map((c) => c.id)).toEqual([]);
  });

  it.each<[string, string]>([
    // US displeasure with a Mexican choice: pressure on Mexico's own drug policy, or a cooler relationship.
    ['legalization-debate-2010', 'sovereigntyTension'],
    ['decriminalization-2009', 'sovereigntyTension'],
    ['c-decriminalization', 'sovereigntyTension'],
    ['c-legalization-calls', 'sovereigntyTension'],
    ['b-fresh-start', 'relationship'],
    ['d-quiet-stand-down', 'relationship'],
    ['d-intelligence-withheld', 'relationship'],
    ['tco-aim-higher', 'relationship'],
    ['us-public-criticism-stings', 'relationship.sedena'],
  ])('%s moves %s, not usCommitment', (id, track) => {
    const c = byId(id);
    expect(moves(c, 'usCommitment')).toBe(false);
    expect(moves(c, track)).toBe(true);
  });

  it('still falls when the US does not deliver', () => {
    for (const id of ['merida-critics-2010', 'aid-delivery-delays', 'us-shared-responsibility-doubts', 'us-deeds-not-words', 'guns-southbound-complaint']) {
      expect(allEffects(byId(id)).some((e) => e.op === 'add' && e.track === 'usCommitment' && e.value < 0), id).toBe(true);
    }
  });
});

describe('every quote', () => {
  it('is verbatim in the paper and at most 25 words', () => {
    for (const c of cards) {
      expect(findQuote(source, c.citation.quote), c.id).not.toBeNull();
      expect(c.citation.quote.split(/\s+/).length, c.id).toBeLessThanOrEqual(25);
    }
  });
});
