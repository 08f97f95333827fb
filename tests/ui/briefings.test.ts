import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  BAND_FLOORS,
  headlineRelationship,
  MODEL,
  RELATIONSHIP_BANDS,
  relationshipBand,
  ROLES,
  STANCES,
  type Card,
  type Role,
  type Scenario,
} from '../../src/engine';
import { en, es, LANGUAGES, type Language } from '../../src/i18n';
import { briefing, hasWrittenBriefing, type Briefing } from '../../src/i18n/briefings';
import { GLOSSARY, glossaryEntry, type GlossaryEntry, type PaperQuote } from '../../src/i18n/glossary';
import { linkTerms, type LinkedPiece } from '../../src/i18n/glossary-links';
import { findQuote, normalizeText } from '../../src/scenario';
import { scenario } from '../helpers';

// Briefings, the glossary and term linking: complete in both languages, read from the engine (so
// they cannot go stale), and honest to the paper (every quote is verbatim).

const SCENARIO_IDS = ['transition-2012', 'window-2011', 'calderon-2006'] as const;
const TABLES = { en, es } as const;
const paper = normalizeText(readFileSync(new URL('../../scenarios/sources/downie-2011.txt', import.meta.url), 'utf8'));

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const bodyOf = (b: Briefing) => [b.situation, b.you, ...b.others.map((o) => o.wants), b.goodOutcome].join(' ');
const cases = SCENARIO_IDS.flatMap((id) => ROLES.flatMap((role) => LANGUAGES.map((language) => [id, role, language] as const)));

function expectVerbatim(quote: PaperQuote, where: string): void {
  expect(findQuote(paper, quote.text), `${where}: "${quote.text}" is not in the paper`).not.toBeNull();
  expect(words(quote.text), `${where}: quote longer than 25 words`).toBeLessThanOrEqual(25);
  expect(quote.section, where).toMatch(/^(§\d|Executive Summary)/);
}

describe('briefings', () => {
  it.each(cases)('%s, %s, %s: complete, from the engine, one screen long', (id, role, language) => {
    const s = scenario(id);
    const b = briefing(s, role, language);
    const strings = TABLES[language];
    expect(hasWrittenBriefing(id)).toBe(true);
    for (const text of [b.title, b.situation, b.you, b.goodOutcome, b.control.summary, b.quote.text, b.quote.source]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\$\{|\{\{|\[object/);
    }
    expect(b.title).toContain(s.title[language]);
    expect(b.title).toContain(strings.roles[role]);

    // What you control is the engine's: the same levers, costs and capital.
    expect(b.control.levers.map((l) => l.id)).toEqual(actionsOf(role).map((a) => a.id));
    expect(b.control.levers.map((l) => l.cost)).toEqual(actionsOf(role).map((a) => a.cost));
    for (const lever of b.control.levers) {
      expect(lever.name).toBe((strings.actions as Record<string, { name: string }>)[lever.id]?.name);
      expect(lever.name).not.toBe(lever.id);
    }
    expect(b.control.capital).toBe(MODEL.capitalPerYear[role]);
    expect(b.control.carryOver).toBe(MODEL.capitalCarryOver);
    expect(b.control.summary).toContain(String(MODEL.capitalPerYear[role]));
    if (role === 'mexico') expect(b.control.stances?.map((x) => x.id)).toEqual([...STANCES]);
    else expect(b.control.stances).toBeUndefined();

    // The others: every other role, once, with what it wants.
    expect(b.others.map((o) => o.role)).toEqual(ROLES.filter((r) => r !== role));
    for (const o of b.others) expect(o.wants.trim()).not.toBe('');

    // The situation names the scenario's starting numbers, read from its tracks.
    const headline = headlineRelationship(s.start.tracks);
    expect(b.situation).toContain(strings.bands[relationshipBand(headline)]);
    expect(b.situation).toContain(new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US').format(s.start.tracks.violence));

    // One screen: ~120-180 words of body in English; Spanish runs longer.
    const n = words(bodyOf(b));
    expect(n).toBeGreaterThanOrEqual(120);
    expect(n).toBeLessThanOrEqual(language === 'en' ? 190 : 225);

    expectVerbatim(b.quote, `${id}/${role}`);
    expect(b.quote.source).toContain(b.quote.section);
  });

  it.each(SCENARIO_IDS.flatMap((id) => ROLES.map((role) => [id, role] as const)))('%s, %s: Spanish differs from English', (id, role) => {
    const [a, b] = LANGUAGES.map((language) => briefing(scenario(id), role, language)) as [Briefing, Briefing];
    for (const key of ['title', 'situation', 'you', 'goodOutcome'] as const) expect(b[key], key).not.toBe(a[key]);
    expect(b.control.summary).not.toBe(a.control.summary);
    b.others.forEach((o, i) => expect(o.wants).not.toBe(a.others[i]?.wants));
    expect(b.control.levers.map((l) => l.name)).not.toEqual(a.control.levers.map((l) => l.name));
    expect(b.quote.text).toBe(a.quote.text);
  });

  it('each role in a scenario cites its own passage', () => {
    for (const id of SCENARIO_IDS) {
      const quotes = ROLES.map((role) => briefing(scenario(id), role, 'en').quote.text);
      expect(new Set(quotes).size).toBe(ROLES.length);
    }
  });

  it('follows the data: other starting values or other capital give other numbers, never stale text', () => {
    const s = scenario('transition-2012');
    const changed: Scenario = { ...s, start: { ...s.start, tracks: { ...s.start.tracks, violence: 4321, 'relationship.sedena': 5, 'relationship.semar': 10 } } };
    const b = briefing(changed, 'us', 'en');
    expect(b.situation).toContain('4,321');
    expect(b.situation).toContain(en.bands.Adversarial);
    expect(briefing(changed, 'us', 'es').situation).toContain(es.bands.Adversarial);
    expect(b.goodOutcome).toContain(`${en.bands.Collaborative} (${BAND_FLOORS.Collaborative}+)`);
  });

  it('names the favourite of the next election from the scenario', () => {
    const s = scenario('window-2011');
    const flipped: Scenario = { ...s, elections: { ...s.elections, '2012': { PAN: 70, PRI: 20, PRD: 10 } } };
    expect(briefing(s, 'us', 'en').situation).toContain('the PRI favoured');
    expect(briefing(flipped, 'us', 'en').situation).toContain('the PAN favoured');
  });

  it('briefs a scenario the game does not ship from its own description and numbers', () => {
    const s = scenario('transition-2012');
    const custom: Scenario = { ...s, id: 'my-class-2024', title: { en: 'My class', es: 'Mi clase' }, description: { en: 'A custom start.', es: 'Un inicio propio.' } };
    expect(hasWrittenBriefing(custom.id)).toBe(false);
    for (const role of ROLES) {
      const b = briefing(custom, role, 'es');
      expect(b.situation).toMatch(/^Un inicio propio\. /);
      expect(b.title).toBe(`Mi clase: ${es.roles[role]}`);
      expect(b.control.levers.length).toBe(actionsOf(role).length);
    }
  });
});

const REQUIRED_IDS = [
  'sedena', 'semar', 'tco', 'plaza', 'sexenio', 'merida-initiative', 'usnorthcom', 'political-capital', 'stance',
  ...RELATIONSHIP_BANDS.map((b) => `band-${b.toLowerCase()}`),
  'institutionalization', 'intelligence-sharing', 'pri', 'pan', 'prd', 'option-a', 'option-b', 'option-c', 'option-d',
];

describe('the glossary', () => {
  it('has every required entry, in both languages', () => {
    for (const id of REQUIRED_IDS) expect(glossaryEntry(id), id).toBeDefined();
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const e of GLOSSARY) {
      for (const language of LANGUAGES) {
        expect(e.terms[language].length, `${e.id} ${language}`).toBeGreaterThan(0);
        expect(e.headword[language].trim(), e.id).not.toBe('');
        expect(e.definition[language].trim(), e.id).not.toBe('');
        expect(words(e.definition[language]), `${e.id} ${language}: one or two sentences`).toBeLessThanOrEqual(50);
      }
      expect(e.definition.es, e.id).not.toBe(e.definition.en);
    }
  });

  it('quotes the paper verbatim where it quotes it', () => {
    for (const e of GLOSSARY) if (e.quote) expectVerbatim(e.quote, e.id);
    expect(GLOSSARY.filter((e) => e.quote).length).toBeGreaterThan(GLOSSARY.length / 2);
  });

  it('reads the band ranges from BAND_FLOORS', () => {
    RELATIONSHIP_BANDS.forEach((band, i) => {
      const e = glossaryEntry(`band-${band.toLowerCase()}`) as GlossaryEntry;
      const next = RELATIONSHIP_BANDS[i + 1];
      const expected = [BAND_FLOORS[band], next ? BAND_FLOORS[next] - 1 : 100];
      expect(e.range).toEqual(expected);
      expect(relationshipBand(expected[0] as number)).toBe(band);
      expect(relationshipBand(expected[1] as number)).toBe(band);
      for (const language of LANGUAGES) {
        expect(e.definition[language]).toContain(`${expected[0]}–${expected[1]}`);
        expect(e.terms[language]).toContain(TABLES[language].bands[band]);
      }
    });
  });

  it('reads political capital, stances and intelligence levels from the engine', () => {
    const capital = glossaryEntry('political-capital') as GlossaryEntry;
    for (const language of LANGUAGES) {
      for (const role of ROLES) expect(capital.definition[language]).toContain(`${TABLES[language].roles[role]} ${MODEL.capitalPerYear[role]}`);
      for (const s of STANCES) expect(glossaryEntry('stance')?.definition[language]).toContain(TABLES[language].stances[s]);
      for (const level of Object.values(TABLES[language].intel)) expect(glossaryEntry('intelligence-sharing')?.definition[language]).toContain(level);
    }
  });
});

const link = (term: string, id: string) => ({ term, id });

describe('linkTerms', () => {
  it.each<[string, Language, LinkedPiece[]]>([
    // An acronym inside a word does not match.
    ['SEMARNAT signs a deal with SEMAR.', 'en', ['SEMARNAT signs a deal with ', link('SEMAR', 'semar'), '.']],
    // First occurrence only.
    ['SEDENA met SEDENA, and SEDENA left.', 'en', [link('SEDENA', 'sedena'), ' met SEDENA, and SEDENA left.']],
    // Longest match first; the shorter term still links where it stands alone.
    ['Sovereignty tension rose over sovereignty.', 'en', [link('Sovereignty tension', 'sovereignty-tension'), ' rose over ', link('sovereignty', 'sovereignty'), '.']],
    ['The Mérida Initiative was signed in Mérida.', 'en', ['The ', link('Mérida Initiative', 'merida-initiative'), ' was signed in Mérida.']],
    // A repeated long term is consumed whole: no shorter entry links inside it.
    ['sovereignty tension, then sovereignty tension again', 'en', [link('sovereignty tension', 'sovereignty-tension'), ', then sovereignty tension again']],
    // Acronyms and band names match only as written; other words in any case.
    ['Sedena and a distant relationship, then Distant.', 'en', ['Sedena and a distant relationship, then ', link('Distant', 'band-distant'), '.']],
    ['Plazas and TCOs; the TCO.', 'en', [link('Plazas', 'plaza'), ' and ', link('TCOs', 'tco'), '; the TCO.']],
    ["SEDENA's liaison officer went to USNORTHCOM.", 'en', [link('SEDENA', 'sedena'), "'s ", link('liaison officer', 'liaison-officer'), ' went to ', link('USNORTHCOM', 'usnorthcom'), '.']],
    // Spanish terms link in Spanish text; English terms do not.
    ['La SEDENA y la Iniciativa Mérida pelean por la plaza.', 'es', ['La ', link('SEDENA', 'sedena'), ' y la ', link('Iniciativa Mérida', 'merida-initiative'), ' pelean por la ', link('plaza', 'plaza'), '.']],
    ['The Mérida Initiative y el sexenio', 'es', ['The Mérida Initiative y el ', link('sexenio', 'sexenio')]],
    ['El pan del PAN, con la Opción B.', 'es', ['El pan del ', link('PAN', 'pan'), ', con la ', link('Opción B', 'option-b'), '.']],
    ['La relación es Colaborativa.', 'es', ['La relación es ', link('Colaborativa', 'band-collaborative'), '.']],
    // At equal length the exact (band) term wins; in lower case the word links to its own entry.
    ['Institutionalized ties, institutionalized.', 'en', [link('Institutionalized', 'band-institutionalized'), ' ties, ', link('institutionalized', 'institutionalization'), '.']],
    ['Institucionalizada, pero aún no institucionalizada.', 'es', [link('Institucionalizada', 'band-institutionalized'), ', pero aún no ', link('institucionalizada', 'institutionalization'), '.']],
    ['', 'en', []],
    ['No glossary words here.', 'en', ['No glossary words here.']],
  ])('%j (%s)', (text, language, expected) => {
    expect(linkTerms(text, language)).toEqual(expected);
  });

  it('gives back the text it was given, and links each entry at most once', () => {
    for (const [language, text] of corpus()) {
      const pieces = linkTerms(text, language);
      expect(pieces.map((p) => (typeof p === 'string' ? p : p.term)).join('')).toBe(text);
      const ids = pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.id]));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

/** Every card's words, every UI string and every brief, by language. */
function corpus(): [Language, string][] {
  const cards = new Map<string, Card>();
  for (const id of SCENARIO_IDS) for (const card of scenario(id).deck) cards.set(card.id, card);
  const out: [Language, string][] = [];
  const leaves = (table: unknown): string[] => (typeof table === 'string' ? [table] : Object.values(table as object).flatMap(leaves));
  for (const language of LANGUAGES) {
    for (const card of cards.values()) {
      out.push([language, card.title[language]], [language, card.text[language]]);
      if (card.choice) out.push([language, card.choice.prompt[language]], ...card.choice.options.map((o): [Language, string] => [language, o.label[language]]));
    }
    for (const text of leaves(TABLES[language])) out.push([language, text]);
    for (const id of SCENARIO_IDS) {
      for (const role of ROLES as readonly Role[]) out.push(...[bodyOf(briefing(scenario(id), role, language))].map((t): [Language, string] => [language, t]));
    }
  }
  return out;
}

describe('the glossary is honest', () => {
  it('every term of an optional entry appears in a card, a UI string or a brief, in its language', () => {
    const texts = corpus();
    const missing: string[] = [];
    for (const entry of GLOSSARY) {
      if (REQUIRED_IDS.includes(entry.id)) continue;
      for (const language of LANGUAGES) {
        for (const term of entry.terms[language]) {
          const only: GlossaryEntry = { ...entry, terms: { en: [], es: [], [language]: [term] } };
          const found = texts.some(([l, text]) => l === language && linkTerms(text, language, [only]).some((p) => typeof p !== 'string'));
          if (!found) missing.push(`${entry.id} (${language}): "${term}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
