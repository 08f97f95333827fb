import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRATEGY_TOKENS, type Card } from '../../src/engine';
import { findQuote, loadDeck, normalizeText, passageAround, shippedScenario, SHIPPED_SCENARIO_IDS } from '../../src/scenario';
import { coverage, reachOf, sectionOf, settableFlags, strategiesOf } from '../../src/scenario/deck-check';

const dir = new URL('../../scenarios/', import.meta.url);
const paper = readFileSync(new URL('sources/downie-2011.txt', dir), 'utf8');
const source = normalizeText(paper);
const deckFiles = readdirSync(new URL('decks/', dir)).filter((f) => f.endsWith('.json'));
const cards: Card[] = deckFiles.flatMap((file) => {
  const r = loadDeck({ name: file, data: JSON.parse(readFileSync(new URL(`decks/${file}`, dir), 'utf8')) });
  if (!r.ok) throw new Error(r.error);
  return r.value.cards;
});
const scenarios = SHIPPED_SCENARIO_IDS.map((id) => {
  const s = shippedScenario(id);
  if (!s.ok) throw new Error(s.error);
  return s.value;
});

describe('the shipped deck', () => {
  it('has at least 60 cards, every one in a shipped scenario', () => {
    expect(cards.length).toBeGreaterThanOrEqual(60);
    const inScenarios = new Set(scenarios.flatMap((s) => s.deck.map((c) => c.id)));
    expect(cards.filter((c) => !inScenarios.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('gives every card both languages', () => {
    for (const c of cards) {
      for (const text of [c.title, c.text, c.choice?.prompt, ...(c.choice?.options.map((o) => o.label) ?? [])]) {
        if (!text) continue;
        expect(text.en.trim(), c.id).not.toBe('');
        expect(text.es.trim(), c.id).not.toBe('');
        expect(text.es, `${c.id} is not translated`).not.toBe(text.en);
      }
    }
  });

  it('cites every card with a verbatim quote of at most 25 words that is in the paper', () => {
    const missing = cards.filter((c) => !findQuote(source, c.citation.quote)).map((c) => c.id);
    expect(missing).toEqual([]);
    for (const c of cards) expect(c.citation.quote.split(/\s+/).length, c.id).toBeLessThanOrEqual(25);
  });

  it('names a section of the paper in every citation', () => {
    expect(cards.filter((c) => !sectionOf(c)).map((c) => `${c.id}: ${c.citation.section}`)).toEqual([]);
  });

  it('shows each quote in its context in the paper', () => {
    const card = cards.find((c) => c.id === 'pascual-resignation-2011');
    const at = card && findQuote(source, card.citation.quote);
    expect(at).toBeTruthy();
    if (at) {
      const passage = passageAround(paper, at);
      expect(passage.quote.replace(/\s+/g, ' ')).toContain('chilling effect');
      expect(passage.before.length + passage.after.length).toBeGreaterThan(100);
    }
  });

  it('copies none of the paper\'s errata', () => {
    for (const c of cards) {
      const all = [c.title.en, c.text.en, c.text.es, c.citation.quote, ...(c.choice?.options.map((o) => o.label.en) ?? [])].join(' ');
      expect(all, c.id).not.toMatch(/December 2013|diciembre de 2013|December 2007|diciembre de 2007|adoption of Option B could be quite problematic/);
      if (/Guti[eé]rrez/.test(all)) expect(all, c.id).not.toMatch(/1998/);
    }
  });
});

describe('reachability', () => {
  const flags = settableFlags(scenarios, cards);

  it('leaves no card that can never be drawn', () => {
    const never = cards.flatMap((c) => {
      const reach = reachOf(c, scenarios, flags);
      return reach.never ? [`${c.id}: ${reach.never}`] : [];
    });
    expect(never).toEqual([]);
  });

  it('gives each option cards that only it can draw', () => {
    const cov = coverage(cards);
    for (const token of STRATEGY_TOKENS) expect(cov.byStrategy[token].only, token).toBeGreaterThanOrEqual(3);
  });

  it('finds a card unreachable when its conditions cannot hold', () => {
    const base = cards[0] as Card;
    expect(reachOf({ ...base, id: 'x', when: { tracks: [{ track: 'tcoPower', min: 140 }] } }, scenarios, flags).never).toMatch(/tcoPower must be at least 140/);
    expect(reachOf({ ...base, id: 'x', when: { flags: { all: ['neverSet'] } } }, scenarios, flags).never).toMatch(/flag "neverSet" is never set/);
    expect(reachOf({ ...base, id: 'x', when: { strategies: ['D'], missions: ['militaryLead'] } }, scenarios, flags).never).toMatch(/no strategy/);
    expect(strategiesOf({ ...base, when: { missions: ['militarySupportsPolice'] } })).toEqual(['B', 'C+LE']);
  });
});
