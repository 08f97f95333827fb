import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/engine';
import { CARD_PROVENANCES } from '../../src/engine/scenario-types';
import { loadDeck, shippedScenario } from '../../src/scenario';
import { HISTORY_END, historyProblems } from '../../src/scenario/deck-check';

// Every card says where it comes from (the paper's history, an echo of it, or our extrapolation),
// and only the paper's events are drawn inside the history (up to the 2012 election).

const dir = new URL('../../scenarios/decks/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const raw = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { id: string; cards: Record<string, unknown>[] };
const cards: Card[] = files.flatMap((file) => {
  const r = loadDeck({ name: file, data: raw(file) });
  if (!r.ok) throw new Error(r.error);
  return r.value.cards;
});

/** A valid card to vary. */
function card(over: Partial<Card> & { id: string }): Card {
  const base = cards.find((c) => c.id === 'tijuana-model');
  if (!base) throw new Error('tijuana-model is gone');
  return { ...base, ...over };
}

describe('provenance in the schema', () => {
  const deck = (c: Record<string, unknown>) => ({ name: 'scenarios/decks/mine.json', data: { id: 'mine', cards: [c] } });
  const withoutProvenance = () => {
    const c = { ...raw('options.json').cards[0] };
    delete c.provenance;
    return c;
  };

  it('is required: a card without it gets an error naming the file, the card and the path', () => {
    const r = loadDeck(deck(withoutProvenance()));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^scenarios\/decks\/mine\.json: cards\[0\] \("intrusive-cooperation"\)\.provenance: missing: .*history, echo, extrapolation/);
  });

  it('must be one of history, echo, extrapolation', () => {
    const r = loadDeck(deck({ ...withoutProvenance(), provenance: 'rumour' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/cards\[0\] \("intrusive-cooperation"\)\.provenance: expected one of history, echo, extrapolation; got "rumour"/);
  });

  it.each(CARD_PROVENANCES)('accepts "%s"', (provenance) => {
    const r = loadDeck(deck({ ...withoutProvenance(), provenance }));
    expect(r.ok ? r.value.cards[0]?.provenance : r.error).toBe(provenance);
  });

  it('is set on every shipped card and reaches the loaded scenario', () => {
    expect(cards.length).toBe(142);
    for (const file of files) for (const c of raw(file).cards) expect(CARD_PROVENANCES, `${file}: ${String(c.id)}`).toContain(c.provenance);
    const s = shippedScenario('calderon-2006');
    if (!s.ok) throw new Error(s.error);
    expect(s.value.deck.find((c) => c.id === 'merida-initiative-2007')?.provenance).toBe('history');
    expect(s.value.deck.find((c) => c.id === 'hurricane-relief')?.provenance).toBe('echo');
    expect(s.value.deck.find((c) => c.id === 'palermo-model')?.provenance).toBe('extrapolation');
  });
});

describe('the history rule', () => {
  it.each<[string, Card, RegExp | null]>([
    ['a history card inside the history', card({ id: 'h', provenance: 'history', when: { years: { from: 2009, to: 2010 } } }), null],
    ['a history card without an end', card({ id: 'h', provenance: 'history', when: { years: { from: 2009 } } }), /is history .* run past 2012/],
    ['a history card after the history', card({ id: 'h', provenance: 'history', when: { years: { from: 2011, to: 2014 } } }), /is history .*2011-2014 run past 2012/],
    ['a card with no years at all', card({ id: 'x', provenance: 'echo', when: { strategies: ['A'] } }), /has no when\.years\.from, so it could be drawn in any year/],
    ['a card with no conditions', card({ id: 'x', provenance: 'extrapolation', when: undefined }), /has no when\.years\.from/],
    ['a card with only an end year', card({ id: 'x', provenance: 'extrapolation', when: { years: { to: 2020 } } }), /has no when\.years\.from/],
    ['an echo from 2013', card({ id: 'x', provenance: 'echo', when: { years: { from: 2013 } } }), null],
    ['an extrapolation open from 2008', card({ id: 'x', provenance: 'extrapolation', when: { years: { from: 2008 } } }), /is extrapolation but can be drawn inside the history \(when\.years 2008-…\)/],
    ['an echo from 2012', card({ id: 'x', provenance: 'echo', when: { years: { from: 2012 } } }), /is echo but can be drawn inside the history/],
    ['an extrapolation over an explicit range the paper supports', card({ id: 'x', provenance: 'extrapolation', when: { years: { from: 2011, to: 2015 } } }), null],
    ['an echo entirely inside the history', card({ id: 'x', provenance: 'echo', when: { years: { from: 2008, to: 2010 } } }), /lie inside the history: make it a history card/],
  ])('%s', (_name, c, problem) => {
    const found = historyProblems([c]);
    if (problem) {
      expect(found).toHaveLength(1);
      expect(found[0]?.card).toBe(c.id);
      expect(found[0]?.problem).toMatch(problem);
    } else expect(found).toEqual([]);
  });

  it('holds for every shipped card', () => {
    expect(historyProblems(cards)).toEqual([]);
  });

  it('keeps echoes and extrapolations out of the history, except over an explicit range', () => {
    for (const c of cards.filter((x) => x.provenance !== 'history')) {
      const y = c.when?.years;
      if ((y?.from ?? 0) <= HISTORY_END) expect(y?.to, `${c.id} starts in ${y?.from}`).toBeGreaterThan(HISTORY_END);
    }
    // The one explicit range: the paper (July 2011) says the three-year Mérida support is ending.
    expect(cards.filter((c) => c.provenance !== 'history' && (c.when?.years?.from ?? 0) <= HISTORY_END).map((c) => c.id)).toEqual(['us-merida-support-ending']);
  });

  it('draws no card without a year limit in the Calderón years', () => {
    for (const c of cards.filter((x) => x.provenance === 'history')) {
      expect(c.when?.years?.to, c.id).toBeLessThanOrEqual(HISTORY_END);
      expect(c.when?.years?.from, c.id).toBeGreaterThanOrEqual(2006);
    }
  });
});
