import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/engine';
import { ERRATA, findQuote, loadDeck, passageInContext, passageText, readPaper, type PassageInContext, type PassagePiece } from '../../src/scenario';
import { cleanText, footnoteReferences, joinsAtLineEnd, passageBounds } from '../../src/scenario/quotes';

// The "passage in context" dialog's text: words broken at line ends joined, footnote references
// dropped, cut on word boundaries, and the paper's slips marked where they appear.

const text = readFileSync(new URL('../../scenarios/sources/downie-2011.txt', import.meta.url), 'utf8');
const paper = readPaper(text);
const cards: Card[] = readdirSync(new URL('../../scenarios/decks/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const r = loadDeck({ name: file, data: JSON.parse(readFileSync(new URL(`../../scenarios/decks/${file}`, import.meta.url), 'utf8')) });
    if (!r.ok) throw new Error(r.error);
    return r.value.cards;
  });

/** The cleaned text of a made-up page. */
const clean = (page: string) => {
  const p = readPaper(page);
  return cleanText(p, 0, page.length).text;
};
const around = (quote: string): PassageInContext => {
  const at = findQuote(paper.normalized, quote);
  if (!at) throw new Error(`not in the paper: ${quote}`);
  return passageInContext(paper, at);
};
const whole = (p: PassageInContext) => passageText([...p.before, ...p.quote, ...p.after]);
const slips = (p: PassageInContext) => [...p.before, ...p.quote, ...p.after].filter((x): x is Exclude<PassagePiece, string> => typeof x !== 'string');

describe('cleaning a passage', () => {
  it.each<[string, string, string]>([
    ['joins a word hyphenated at a line end', 'the po-\ntential options', 'the potential options'],
    ['joins across the blank line of a page break', 'Mexican sover- \n\neignty and more', 'Mexican sovereignty and more'],
    ['keeps a hyphen the word has elsewhere', 'military-to-\nmilitary ties; military-to-military', 'military-to-military ties; military-to-military'],
    ['keeps a hyphen between two words', 'confidence-\nbuilding measures and building', 'confidence-building measures and building'],
    ['keeps a dash at a line end, without a space', 'our countries—\ncontinues', 'our countries—continues'],
    ['drops a footnote number glued to a full stop', 'most surprised of all.1 The Mexican military', 'most surprised of all. The Mexican military'],
    ['drops a footnote number glued to a word', 'the US Northern Command12 and assigned', 'the US Northern Command and assigned'],
    ['drops a footnote number after a year', 'in 2012.28 The question', 'in 2012. The question'],
    ['drops a footnote number after a closing quote', 'separates [Mexico].”6 Within', 'separates [Mexico].” Within'],
    ['drops a footnote number set apart after a sentence', 'of all drugs. 42 On his blog', 'of all drugs. On his blog'],
    ['keeps numbers that are numbers', 'nearly 6,000 deaths, 1.3 horas; 2010.  47 percent of those', 'nearly 6,000 deaths, 1.3 horas; 2010. 47 percent of those'],
    ['keeps a web address whole', 'see http://www.example.org/joint-\nstatement-of-2010 now', 'see http://www.example.org/joint-statement-of-2010 now'],
    ['collapses line breaks and spaces', '  one\n two   three \n', 'one two three'],
  ])('%s', (_name, page, expected) => {
    expect(clean(page)).toBe(expected);
  });

  it('finds every one of the paper\'s 54 footnote references, once each', () => {
    const refs = footnoteReferences(text);
    expect(refs.map((r) => r.number)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
  });

  it('decides line-end hyphens by how the paper writes the word elsewhere', () => {
    expect(joinsAtLineEnd('(US', 'NORTHCOM).', paper.words)).toBe(true);
    expect(joinsAtLineEnd('bi-na', 'tional', paper.words)).toBe(true);
    expect(joinsAtLineEnd('military-to', 'military', paper.words)).toBe(false);
    expect(joinsAtLineEnd('http://www.cfr.org/mexico/joint', 'statement', paper.words)).toBe(false);
  });

  it('shows the paper\'s passages joined and without footnote numbers', () => {
    const gates = around('Gates emphasized that the DOD would help train and develop educational');
    expect(whole(gates)).toContain('deferential to Mexican sovereignty. Subsequently, the Mexican military');
    expect(whole(gates)).not.toMatch(/sover- ?eignty|\.20 /);
    const partner = around('realistic objectives that can be accomplished through a');
    expect(whole(partner)).toContain('through a bi-national partnership. Mexico’s domestic');
    expect(whole(partner)).not.toMatch(/Volume 1 Number 1/);
  });

  it('gives every card a clean passage that starts and ends on word boundaries', () => {
    for (const c of cards) {
      const at = findQuote(paper.normalized, c.citation.quote);
      if (!at) throw new Error(c.id);
      const { from, to } = passageBounds(text, at);
      expect(from === 0 || /\s/.test(text[from - 1] as string), `${c.id} starts inside a word`).toBe(true);
      expect(to === text.length || /\s/.test(text[to] as string), `${c.id} ends inside a word`).toBe(true);
      const p = whole(passageInContext(paper, at));
      expect(p, c.id).toBe(p.trim());
      expect(p, c.id).not.toMatch(/\p{L}-\s|\s-\p{L}|\s{2}/u);
      expect(p, `${c.id} keeps a footnote number`).not.toMatch(/[a-z][.,;:?!”]?\d{1,2}\s/);
    }
  });

  it.each([15, 60, 200])('cuts within %i characters of the quote at a sentence, or else between words', (radius) => {
    for (const c of cards) {
      const at = findQuote(paper.normalized, c.citation.quote);
      if (!at) throw new Error(c.id);
      const { from, to } = passageBounds(text, at, radius);
      expect(from === 0 || /\s/.test(text[from - 1] as string), `${c.id} starts inside a word`).toBe(true);
      expect(to === text.length || /\s/.test(text[to] as string), `${c.id} ends inside a word`).toBe(true);
      expect(from).toBeLessThanOrEqual(at.start);
      expect(to).toBeGreaterThanOrEqual(at.end);
    }
    const at = findQuote(paper.normalized, 'neither asked for nor wanted this nontraditional mission');
    if (!at) throw new Error('quote');
    // A sentence starts within reach: the passage starts with it.
    const start = { 15: 'military ', 60: 'The Mexican military ', 200: 'He also published a national strategy' }[radius] ?? '';
    expect(passageText(passageInContext(paper, at, radius).before).startsWith(start)).toBe(true);
  });
});

describe('the paper\'s slips, marked where they appear', () => {
  it.each<[string, string, string, string]>([
    ['inauguration-2012', 'What strategy will Mexico adopt to address the TCO threat?', 'December 2013', 'December 2012'],
    ['calderon-inauguration-2006', 'the potentially paradigmatic change that occurred after the Calderón administration', 'December 2007', 'December 2006'],
    ['option-d-not-b', 'The structure and sheer numbers of modern TCOs would make the old', 'Option B', 'Option D'],
    ['gutierrez-rebollo-1997', 'Although praised by his US counterpart Barry McCaffrey for his integrity', '1998', '1997'],
    ['deaths-since-2007', 'The violence has taken place primarily in border zones', 'nearly 6,000 narcotics-related deaths per year since 2007', 'about 2,275 in 2007 (fn 32)'],
  ])('%s', (id, quote, slip, correction) => {
    const p = around(quote);
    const marked = slips(p);
    expect(marked.map((s) => s.erratum)).toEqual([id]);
    expect(marked[0]?.slip).toBe(slip);
    expect(marked[0]?.correction.en).toBe(correction);
    expect(marked[0]?.note.es).not.toBe('');
    // Marked in place: the words before it are the paper's words before the slip.
    const erratum = ERRATA.find((e) => e.id === id);
    const pieces = [...p.before, ...p.quote, ...p.after];
    const before = passageText(pieces.slice(0, pieces.findIndex((x) => typeof x !== 'string')));
    expect(before.endsWith(erratum?.context.slice(0, erratum.context.indexOf(slip)) ?? 'x')).toBe(true);
  });

  it('marks nothing in a passage without a slip', () => {
    expect(slips(around('the public revelation of diplomatic documents in late 2010'))).toEqual([]);
  });

  it('marks a slip that falls inside a card\'s passage for the cards that show it', () => {
    const shown = cards.filter((c) => {
      const at = findQuote(paper.normalized, c.citation.quote);
      return at && slips(passageInContext(paper, at)).length > 0;
    });
    expect(shown.map((c) => c.id)).toEqual(expect.arrayContaining(['violence-2008', 'corporatist-bargain', 'echo-gutierrez-vetting', 'd-too-many-players']));
  });

  it('lists each slip once, verbatim in the paper, with a correction and a note in both languages', () => {
    const full = cleanText(paper, 0, text.length).text;
    for (const e of ERRATA) {
      expect(e.context, e.id).toContain(e.slip);
      expect(full.split(e.context).length - 1, `${e.id} appears once`).toBe(1);
      for (const l of ['en', 'es'] as const) expect(e.correction[l] && e.note[l], `${e.id} ${l}`).toBeTruthy();
    }
    expect(ERRATA.map((e) => e.id)).toEqual(['inauguration-2012', 'calderon-inauguration-2006', 'option-d-not-b', 'gutierrez-rebollo-1997', 'deaths-since-2007']);
  });
});
