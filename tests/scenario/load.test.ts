import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeck, loadScenario, parseJson, shippedDeckFile, shippedScenario, SHIPPED_DECK_PATHS, SHIPPED_SCENARIO_IDS, type JsonFile } from '../../src/scenario';

const readShipped = (path: string) => JSON.parse(readFileSync(new URL(`../../scenarios/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** A valid card to break in one place at a time. */
function goodCard(): Record<string, unknown> {
  return {
    id: 'test-card',
    title: { en: 'Title', es: 'Título' },
    text: { en: 'Text', es: 'Texto' },
    tags: ['politics'],
    provenance: 'extrapolation',
    effects: [{ op: 'add', track: 'publicSupport', value: 2 }],
    citation: { section: '§3 Option B', quote: 'Offers opportunity to announce new strategy/fresh start.' },
  };
}

function deckWith(card: Record<string, unknown>): JsonFile {
  return { name: 'scenarios/decks/broken.json', data: { id: 'broken', cards: [goodCard(), card] } };
}

describe('shipped scenarios and decks', () => {
  it.each(SHIPPED_SCENARIO_IDS)('%s validates', (id) => {
    const result = shippedScenario(id);
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it.each(SHIPPED_DECK_PATHS)('%s validates', (path) => {
    const file = shippedDeckFile(path);
    if (!file.ok) throw new Error(file.error);
    const deck = loadDeck(file.value);
    expect(deck.ok ? 'ok' : deck.error).toBe('ok');
  });

  it('ships a starter deck of at least 12 cards for the 2012 transition', () => {
    const s = shippedScenario('transition-2012');
    expect(s.ok && s.value.deck.length).toBeGreaterThanOrEqual(12);
  });
});

describe('a broken card gets an error naming the file, the card and the path', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['unknown track in an effect', { ...goodCard(), id: 'bad-track', effects: [{ op: 'add', track: 'relationship.navy', value: 2 }] }, /broken\.json: cards\[1\] \("bad-track"\)\.effects\[0\]\.track: .*relationship\.sedena.*got "relationship\.navy"/],
    ['unknown effect op', { ...goodCard(), id: 'bad-op', effects: [{ op: 'eval', code: 'x' }] }, /cards\[1\] \("bad-op"\)\.effects\[0\].*"op" to be one of add, scale, flag, capital, chance/],
    ['missing quote', { ...goodCard(), id: 'no-quote', citation: { section: '§3' } }, /cards\[1\] \("no-quote"\)\.citation\.quote: .*expected string/i],
    ['quote too long', { ...goodCard(), id: 'long-quote', citation: { section: '§3', quote: Array.from({ length: 26 }, () => 'word').join(' ') } }, /citation\.quote: must be at most 25 words/],
    ['misspelt key', { ...goodCard(), id: 'typo', efects: [] }, /cards\[1\] \("typo"\).*efects/],
    ['missing Spanish', { ...goodCard(), id: 'no-es', title: { en: 'Only English' } }, /cards\[1\] \("no-es"\)\.title\.es/],
    ['bad condition range', { ...goodCard(), id: 'bad-range', when: { years: { from: 2020, to: 2015 } } }, /cards\[1\] \("bad-range"\)\.when\.years: "from" \(2020\) is after "to" \(2015\)/],
    ['unknown strategy in a condition', { ...goodCard(), id: 'bad-strategy', when: { strategies: ['E'] } }, /when\.strategies\[0\]: .*got "E"/],
    ['duplicate card id', { ...goodCard() }, /duplicate card id "test-card"/],
    ['a choice that only the rich can answer', { ...goodCard(), id: 'all-paid', choice: { role: 'us', prompt: { en: 'p', es: 'p' }, options: [{ id: 'a', label: { en: 'a', es: 'a' }, effects: [{ op: 'capital', role: 'us', value: -1 }] }, { id: 'b', label: { en: 'b', es: 'b' }, effects: [{ op: 'capital', role: 'us', value: -2 }] }] } }, /choice\.options: at least one option must cost no political capital/],
    ['an oversized effect', { ...goodCard(), id: 'huge', effects: [{ op: 'add', track: 'tcoPower', value: 80 }] }, /effects\[0\]\.value: 80 is too large/],
  ])('%s', (_name, card, message) => {
    const result = loadDeck(deckWith(card));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('nesting', () => {
  const nested = (depth: number) => {
    let e: Record<string, unknown> = { op: 'add', track: 'tcoPower', value: 1 };
    for (let i = 0; i < depth; i++) e = { op: 'chance', p: 0.5, then: [e] };
    return { ...goodCard(), id: 'nested', effects: [e] };
  };

  it('accepts chances nested four deep', () => {
    const result = loadDeck(deckWith(nested(4)));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it('refuses a fifth chance, naming where it is', () => {
    const result = loadDeck(deckWith(nested(5)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('scenarios/decks/broken.json: cards[1] ("nested").effects[0].then[0].then[0].then[0].then[0]: a "chance" here would nest more than 4 chances deep');
  });

  it('refuses effects nested 100,000 deep with a message, not a stack overflow', () => {
    const result = loadDeck(deckWith(nested(100_000)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe('scenarios/decks/broken.json: cards[1] ("nested").effects[0].then[0]…: nested more than 32 levels deep (objects and lists within each other)');
  });

  it('never quotes more than a short excerpt of a huge value', () => {
    const result = loadDeck(deckWith({ ...goodCard(), id: 'x'.repeat(1_000_000) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^scenarios\/decks\/broken\.json: cards\[1\] \("x{40}…"\)\.id: must be at most 80 characters; got "x{60}…"$/);
  });
});

describe('a broken scenario gets a precise error', () => {
  const base = readShipped('transition-2012.json');
  const readDeck = (path: string) => shippedDeckFile(path);
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['unknown deck file', { ...base, decks: ['decks/nope.json'] }, /decks\[0\]: cannot read "decks\/nope\.json"/],
    ['a deck named twice', { ...base, decks: [...(base.decks as string[]), (base.decks as string[])[0]] }, /^scenarios\/custom\.json: decks\[\d+\]: repeats decks\[0\] \("decks\/.*\.json"\)$/],
    ['schedule of an unknown card', { ...base, schedule: [{ year: 2014, card: 'no-such-card' }] }, /schedule\[0\]\.card: no card "no-such-card"/],
    ['start value out of bounds', { ...base, start: { ...(base.start as object), tracks: { ...((base.start as { tracks: object }).tracks), tcoPower: 140 } } }, /start\.tracks\.tcoPower: expected a value from 0 to 100; got 140/],
    ['start value of Infinity', { ...base, start: { ...(base.start as object), tracks: { ...((base.start as { tracks: object }).tracks), tcoPower: Infinity } } }, /start\.tracks\.tcoPower: .*got Infinity$/m],
    ['missing start track', { ...base, start: { ...(base.start as object), tracks: { violence: 1 } } }, /start\.tracks\.relationship\.sedena/],
    ['bad opening', { ...base, opening: 'midgame' }, /opening: .*got "midgame"/],
    ['historical action of another role', { ...base, historical: { decisions: { '2013': { us: { actions: ['marineRaid'] } } } } }, /historical\.decisions\.2013\.us\.actions\[0\]: "marineRaid" is an action of semar, not of us/],
  ])('%s', (_name, data, message) => {
    const result = loadScenario({ name: 'scenarios/custom.json', data }, readDeck);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['election weights that are all 0', { ...base, elections: { '2012': { PAN: 0, PRI: 0, PRD: 0 } } }, /elections\.2012: the weights must add up to 0\.000001 or more/],
    ['election weights too small to scale', { ...base, elections: { '2012': { PAN: 5e-324, PRI: 0, PRD: 0 } } }, /elections\.2012: the weights must add up to 0\.000001 or more/],
    ['election weights of 1e308', { ...base, elections: { '2012': { PAN: 1e308, PRI: 1e308, PRD: 1e308 } } }, /elections\.2012\.PAN: Too big/],
    ['a deck path of 10,000 characters', { ...base, decks: [`${'d'.repeat(10_000)}.json`] }, /^scenarios\/custom\.json: decks\[0\]: must be at most 200 characters; got "d{60}…"$/m],
    ['a scenario nested 10,000 deep', { ...base, $schema: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) as unknown }, /^scenarios\/custom\.json: \$schema(\[0\]){5}…: nested more than 32 levels deep/],
  ])('%s', (_name, data, message) => {
    const result = loadScenario({ name: 'scenarios/custom.json', data }, readDeck);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a track condition outside the track', { tracks: [{ track: 'intelligenceSharing', min: 10 }] }, /intelligenceSharing must be at least 10, outside its range 0-3/],
    ['a year of the term past six', { years: { from: 2013 }, yearInTerm: { from: 7 } }, /yearInTerm is outside 1-6/],
    ['a flag nothing sets', { years: { from: 2013 }, flags: { all: ['noSuchFlag'] } }, /flag "noSuchFlag" is never set by anything in the game/],
    ['a strategy and a mission that never meet', { years: { from: 2013 }, strategies: ['D'], missions: ['militaryLead'] }, /no strategy satisfies both its strategies and its missions/],
  ])('refuses a card that can never be drawn: %s', (_name, when, message) => {
    const extra = { name: 'scenarios/decks/extra.json', data: { id: 'extra', cards: [{ ...goodCard(), id: 'never-card', when }] } };
    const readWithExtra = (path: string) => (path === 'decks/extra.json' ? { ok: true as const, value: extra } : shippedDeckFile(path));
    const result = loadScenario({ name: 'scenarios/custom.json', data: { ...base, decks: [...(base.decks as string[]), 'decks/extra.json'] } }, readWithExtra);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^scenarios\/decks\/extra\.json: card "never-card" can never be drawn: /m);
      expect(result.error).toMatch(message);
    }
  });

  it.each([['0000'], ['9999'], ['2012'], ['2061']])('refuses historical decisions of %s, a year no game of the scenario reaches', (year) => {
    const data = { ...base, historical: { decisions: { [year]: { us: { actions: [] } } } } };
    const result = loadScenario({ name: 'scenarios/custom.json', data }, readDeck);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(`scenarios/custom.json: historical.decisions.${year}: ${year} is not a year of this scenario: expected 2013 to 2060 (the term it opens in and up to 8 sexenios of play from 2012)`);
  });

  it('accepts historical decisions from the first year to the last a game can reach', () => {
    const data = { ...base, historical: { decisions: { '2013': { us: { actions: [] } }, '2060': { mexico: { actions: [] } } } } };
    const result = loadScenario({ name: 'scenarios/custom.json', data }, readDeck);
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it('takes the years of a scenario that opens inside a term from the start of that term', () => {
    const inside = { ...base, startYear: 2010, opening: 'years', strategy: 'A', startYearInTerm: 4 };
    const load = (year: string) => loadScenario({ name: 'scenarios/custom.json', data: { ...inside, historical: { decisions: { [year]: { us: { actions: [] } } } } } }, readDeck);
    const early = load('2007');
    expect(early.ok ? 'ok' : early.error).toBe('ok');
    const before = load('2006');
    expect(before.ok ? 'ok' : before.error).toBe('scenarios/custom.json: historical.decisions.2006: 2006 is not a year of this scenario: expected 2007 to 2054 (the term it opens in and up to 8 sexenios of play from 2010)');
  });

  it.each([['0000'], ['2013'], ['2015'], ['2066']])('refuses election weights for %s, a year in which no election of the scenario falls', (year) => {
    const data = { ...base, elections: { [year]: { PAN: 30, PRI: 40, PRD: 30 } } };
    const result = loadScenario({ name: 'scenarios/custom.json', data }, readDeck);
    expect(result.ok ? 'ok' : result.error).toBe(`scenarios/custom.json: elections.${year}: no election of this scenario falls in ${year}: they fall every 6 years from 2012 (2012, 2018, 2024 … 2060)`);
  });

  it('accepts election weights for the years its elections fall, from a scenario that opens inside a term too', () => {
    const weights = { PAN: 30, PRI: 40, PRD: 30 };
    const onElection = loadScenario({ name: 'scenarios/custom.json', data: { ...base, elections: { '2012': weights, '2018': weights, '2060': weights } } }, readDeck);
    expect(onElection.ok ? 'ok' : onElection.error).toBe('ok');
    const inside = { ...base, startYear: 2010, opening: 'years', strategy: 'A', startYearInTerm: 4 };
    expect(loadScenario({ name: 'scenarios/custom.json', data: { ...inside, elections: { '2012': weights, '2018': weights } } }, readDeck).ok).toBe(true);
    const wrong = loadScenario({ name: 'scenarios/custom.json', data: { ...inside, elections: { '2010': weights } } }, readDeck);
    expect(wrong.ok ? 'ok' : wrong.error).toMatch(/^scenarios\/custom\.json: elections\.2010: no election of this scenario falls in 2010: they fall every 6 years from 2012/);
  });

  it('reads a file that an editor saved with a UTF-8 byte-order mark', () => {
    const r = parseJson('scenarios/custom.json', '\uFEFF{ "id": "x" }');
    expect(r.ok && r.value.data).toEqual({ id: 'x' });
  });

  it('reports bad JSON with the file name', () => {
    const r = parseJson('scenarios/custom.json', '{ "id": "x", }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^scenarios\/custom\.json: not valid JSON/);
  });
});
