import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { actionsOf, BAND_FLOORS, MISSIONS, NUMERIC_TRACKS, OPTION_IDS, RELATIONSHIP_BANDS, ROLE_ACTIONS, ROLES, type Effect, type Scenario } from '../../src/engine';
import { en, es, type Language } from '../../src/i18n';
import { findQuote, normalizeText } from '../../src/scenario';
import { describeCondition, describeEffects } from '../../src/print/describe';
import { CARD_SIZE_CLASSES, sizeClass } from '../../src/print/event-cards';
import { tableKitHtml } from '../../src/print/kit';
import { OPTION_QUOTES } from '../../src/print/option-cards';
import { scenario } from '../helpers';

const TABLES = { en, es } as const;
const LANGS: readonly Language[] = ['en', 'es'];

function kit(language: Language, s: Scenario = scenario(), paper: 'a4' | 'letter' = 'a4') {
  const html = tableKitHtml({ scenario: s, language, paper, fonts: [] });
  const window = new Window();
  window.document.write(html);
  return { html, document: window.document };
}

type Doc = ReturnType<typeof kit>['document'];

/** The text a player reads: the body without the corner reference codes (and optionally without the paper's quotes). */
function visibleText(document: Doc, { withoutQuotes = false } = {}): string {
  const drop = withoutQuotes ? '.ref, .quote, .cite, style' : '.ref, style';
  type Node = Doc['body']['childNodes'][number];
  // Every element boundary is a word boundary.
  const text = (node: Node): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeType !== 1) return '';
    const el = node as unknown as Doc['body'];
    if (el.matches(drop)) return '';
    return [...el.childNodes].map(text).join(' ');
  };
  return text(document.body as unknown as Node).replace(/\s+/g, ' ');
}

/** Every flag a deck or a lever names. */
function flagsIn(effects: readonly Effect[], into: Set<string>): Set<string> {
  for (const e of effects) {
    if (e.op === 'flag') into.add(e.flag);
    if (e.op === 'chance') {
      flagsIn(e.then, into);
      flagsIn(e.else ?? [], into);
    }
  }
  return into;
}

function engineIdentifiers(s: Scenario): string[] {
  const flags = new Set<string>(s.start.flags);
  for (const c of s.deck) {
    flagsIn(c.effects, flags);
    for (const o of c.choice?.options ?? []) flagsIn(o.effects, flags);
    for (const f of [...(c.when?.flags?.all ?? []), ...(c.when?.flags?.none ?? [])]) flags.add(f);
  }
  for (const a of ROLE_ACTIONS) flagsIn(a.effects, flags);
  // Identifiers that are not plain words: camelCase, dotted or kebab-case.
  return [...s.deck.map((c) => c.id), ...ROLE_ACTIONS.map((a) => a.id), ...flags, ...MISSIONS, ...NUMERIC_TRACKS].filter((id) => /[A-Z.-]/.test(id));
}

describe.each(LANGS)('the table kit (%s)', (language) => {
  const s = scenario();
  const t = TABLES[language];
  const { html, document } = kit(language, s);

  it('has the four option cards, C with its law-enforcement sub-choice', () => {
    const cards = [...document.querySelectorAll('.option-card')];
    expect(cards.map((c) => c.getAttribute('data-option'))).toEqual([...OPTION_IDS]);
    for (const c of cards) {
      expect(c.querySelector('.game')).not.toBeNull();
      expect(c.querySelector('.paper .quote')?.textContent).toMatch(/\w/);
    }
    const c = cards[2]?.textContent ?? '';
    expect(c).toContain(language === 'en' ? 'With a law-enforcement component' : 'Con componente policial');
    expect(c).toContain(language === 'en' ? 'Without one' : 'Sin componente policial');
  });

  it('has a track sheet with all six bands and their ranges from BAND_FLOORS', () => {
    const sheets = document.querySelectorAll('[data-section="tracks"]');
    expect(sheets.length).toBe(1);
    const bands = [...(sheets[0]?.querySelectorAll('.bands .b') ?? [])];
    expect(bands.map((b) => b.getAttribute('data-band'))).toEqual([...RELATIONSHIP_BANDS]);
    RELATIONSHIP_BANDS.forEach((band, i) => {
      const next = RELATIONSHIP_BANDS[i + 1];
      const range = `${BAND_FLOORS[band]}–${next ? BAND_FLOORS[next] - 1 : 100}`;
      expect(bands[i]?.textContent).toBe(`${t.bands[band]}${range}`);
    });
    // Each track with its start value, and intelligence sharing with its levels.
    const start = (track: string) => sheets[0]?.querySelector(`[data-track="${track}"] .start`)?.textContent;
    expect(start('relationship.sedena')).toBe(String(s.start.tracks['relationship.sedena']));
    expect(start('violence')).toBe(new Intl.NumberFormat(language === 'es' ? 'es-MX' : 'en-US').format(s.start.tracks.violence));
    expect(sheets[0]?.querySelector('[data-track="intelligenceSharing"] .ticked')?.textContent).toBe(t.intel[s.start.intelligenceSharing]);
  });

  it('has five role sheets whose levers are the engine’s actions', () => {
    const sheets = [...document.querySelectorAll('.role-sheet')];
    expect(sheets.length).toBe(ROLES.length);
    for (const role of ROLES) {
      const sheet = document.querySelector(`.role-sheet.${role}`);
      const levers = [...(sheet?.querySelectorAll('tr[data-lever]') ?? [])].map((r) => r.getAttribute('data-lever'));
      const actions = t.actions as Record<string, { name: string }>;
      expect(levers).toEqual(actionsOf(role).map((a) => actions[a.id]?.name));
      const costs = [...(sheet?.querySelectorAll('tr[data-lever] td.cost') ?? [])].map((c) => Number(c.textContent));
      expect(costs).toEqual(actionsOf(role).map((a) => a.cost));
    }
    expect(document.querySelector('.role-sheet.mexico')?.textContent).toContain(t.stances.guarded);
  });

  it('has the one-page rules and the glossary', () => {
    expect(document.querySelectorAll('[data-section="rules"]').length).toBe(1);
    expect(document.querySelectorAll('[data-section="glossary"]').length).toBe(1);
    const rules = document.querySelector('[data-section="rules"]')?.textContent ?? '';
    for (const role of ROLES) expect(rules.toLowerCase()).toContain(t.roles[role].toLowerCase());
    expect(rules).toContain(language === 'en' ? 'toss a coin' : 'lance una moneda');
    expect(rules).toContain('d6');
  });

  it('has every card of the scenario’s deck exactly once, at poker size, nine to a sheet', () => {
    const ids = [...document.querySelectorAll('article.card')].map((c) => c.getAttribute('data-card'));
    expect([...ids].sort()).toEqual(s.deck.map((c) => c.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    const sheets = [...document.querySelectorAll('[data-section="cards"]')];
    expect(sheets.length).toBe(Math.ceil(s.deck.length / 9));
    for (const sheet of sheets) expect(sheet.querySelectorAll('article.card').length).toBeLessThanOrEqual(9);
    expect(html).toMatch(/grid-template-columns: repeat\(3, 63\.5mm\); grid-template-rows: repeat\(3, 88\.9mm\)/);
    // Every card: its provenance, its quote and citation; its id only as a labelled reference code.
    for (const card of document.querySelectorAll('article.card')) {
      expect(card.querySelector('.provenance')?.textContent).toMatch(/\w/);
      expect(card.querySelector('.quote')?.textContent).toMatch(/^“.+”$/);
      expect(card.querySelector('.cite')?.textContent).toMatch(/^Downie 2011, §/);
      expect(card.querySelector('.ref')?.textContent).toBe(`Ref. ${card.getAttribute('data-card')}`);
    }
  });

  it('shows no engine identifier outside the reference codes', () => {
    const text = visibleText(document);
    for (const id of engineIdentifiers(s)) {
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(text, id).not.toMatch(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`));
    }
    // Nor any camelCase token at all.
    expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
  });

  it('has no doubled words and no "(was X)" that repeats the new value', () => {
    const text = visibleText(document);
    // Within each line a player reads (a heading, a paragraph, a list item, a cell), the paper's
    // verbatim quotes aside ("General Guillermo Galván Galván" is a name).
    const lines = [...document.querySelectorAll('h1, h2, h3, h4, p:not(.quote), li, dt, dd, td, th')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    expect(lines.filter((line) => /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}]*) \1(?![\p{L}\p{N}])/u.test(line))).toEqual([]);
    expect(text.match(/(\S+) \((?:was|era) \1\)/g) ?? []).toEqual([]);
    // A choice that costs capital says so once.
    for (const li of document.querySelectorAll('.choice li')) expect((li.textContent ?? '').match(/capital/g)?.length ?? 0, li.textContent ?? '').toBeLessThanOrEqual(1);
  });
});

describe('the Spanish kit', () => {
  it('has no English words of the interface (the paper’s quotes and section names stay in English)', () => {
    const text = visibleText(kit('es').document, { withoutQuotes: true });
    for (const word of ['Effects', 'When:', 'Choice', ' costs ', ' spends ', ' gains ', 'Option ', ' roll ', 'heads', 'Track sheet', 'Role sheet', 'Rules summary', 'The other teams', ' or more', 'Cut along', 'returns to the deck', 'weight ']) {
      expect(text, word).not.toContain(word);
    }
  });
});

describe('the kit’s words for the rules', () => {
  it('turns chances into dice and flags into named facts', () => {
    expect(describeEffects([{ op: 'chance', p: 0.4, then: [{ op: 'add', track: 'publicSupport', value: -3 }] }], 'en')).toBe('roll 1–4 on a d10 (40%): Support −3');
    expect(describeEffects([{ op: 'chance', p: 0.5, then: [{ op: 'add', track: 'violence', value: 100 }], else: [] }], 'es')).toBe('moneda, águila (50 %): Violencia +100');
    expect(describeEffects([{ op: 'chance', p: 0.35, then: [{ op: 'scale', track: 'violence', factor: 1.12 }] }], 'en')).toBe('roll 1–35 on a d100 (35%): Violence +12%');
    expect(describeEffects([{ op: 'flag', flag: 'meridaFollowUp', value: true }], 'en')).toBe('tick “Mérida follow-up agreed” on the track sheet');
    expect(describeEffects([{ op: 'flag', flag: 'someNewFlag', value: true }], 'en')).toBe('tick “Some new flag” on the track sheet');
    expect(describeEffects([{ op: 'capital', role: 'us', value: -2 }], 'en')).toBe('the United States spends 2 political capital');
    expect(describeCondition({ strategies: ['A', 'B', 'C+LE', 'C'], flags: { none: ['statePoliceBill'] } }, 'en')).toBe('not under Option D; until “State police bill passed” is ticked');
    expect(describeCondition({ tracks: [{ track: 'intelligenceSharing', min: 2 }] }, 'es')).toBe('Inteligencia «rutinario» o más');
  });

  it.each<[Language, Effect, string]>([
    ['es', { op: 'capital', role: 'mexico', value: -1 }, 'la Presidencia de México gasta 1 de capital político'],
    ['es', { op: 'capital', role: 'sedena', value: 2 }, 'la SEDENA gana 2 de capital político'],
    ['es', { op: 'capital', role: 'tco', value: -2 }, 'los cárteles gastan 2 de capital político'],
    ['es', { op: 'capital', role: 'us', value: 1 }, 'Estados Unidos gana 1 de capital político'],
    ['en', { op: 'capital', role: 'mexico', value: -1 }, "Mexico's presidency spends 1 political capital"],
    ['en', { op: 'capital', role: 'tco', value: 1 }, 'the cartels gain 1 political capital'],
  ])('puts a role spending or gaining capital as a subject with its article (%s)', (language, effect, words) => {
    expect(describeEffects([effect], language)).toBe(words);
  });

  it('names the role that makes a card’s choice with its article, and agrees the verb', () => {
    const { document } = kit('es', scenario('calderon-2006'));
    const labels = new Set([...document.querySelectorAll('.choice .label')].map((el) => el.textContent ?? ''));
    const good = ['Decide la Presidencia de México:', 'Decide la SEDENA:', 'Decide la SEMAR:', 'Deciden los cárteles:', 'Decide Estados Unidos:'];
    for (const label of labels) expect(good, label).toContain(label);
    expect(labels).toContain('Decide la Presidencia de México:');
    expect(labels).toContain('Deciden los cárteles:');
    const text = visibleText(document);
    // Never a bare role as the subject: "Presidencia de México gasta…", "Decide Presidencia de México".
    expect(text).not.toMatch(/(?<!la )Presidencia de México (gasta|gana)|Decide Presidencia|(?<!la )SEDENA (gasta|gana)|cárteles (gasta|gana)\b/);
    expect(text).toContain('la Presidencia de México gasta 1 de capital político');
    expect(text).toMatch(/Decisiones en este orden: Presidencia de México, SEDENA, SEMAR, los cárteles/);
  });

  it('sets longer cards in smaller size classes, never fewer than there are cards', () => {
    const s = scenario();
    const classes = CARD_SIZE_CLASSES.map((c) => c.className);
    for (const language of LANGS) for (const card of s.deck) expect(classes).toContain(sizeClass(card, language));
    expect(CARD_SIZE_CLASSES.map((c) => c.upTo)).toEqual([...CARD_SIZE_CLASSES.map((c) => c.upTo)].sort((a, b) => a - b));
  });

  it('quotes the paper verbatim on the option cards', () => {
    const paper = normalizeText(readFileSync(join(import.meta.dirname, '../../scenarios/sources/downie-2011.txt'), 'utf8'));
    for (const option of OPTION_IDS) expect(findQuote(paper, OPTION_QUOTES[option].text), option).not.toBeNull();
  });

  it('prints A4 or Letter, and another scenario’s deck and start values', () => {
    expect(kit('en', scenario(), 'letter').html).toMatch(/@page \{ size: letter; margin: 0; \}/);
    expect(kit('en').html).toMatch(/@page \{ size: A4; margin: 0; \}/);
    const calderon = scenario('calderon-2006');
    const { document } = kit('en', calderon);
    expect(document.querySelectorAll('article.card').length).toBe(calderon.deck.length);
    expect(document.querySelector('[data-track="relationship.semar"] .start')?.textContent).toBe(String(calderon.start.tracks['relationship.semar']));
    // Its scheduled cards say when they are played.
    const first = calderon.schedule[0];
    if (first) expect(document.querySelector(`[data-card="${first.card}"] .tags`)?.textContent).toContain(`scheduled: play it in ${first.year}`);
  });
});
