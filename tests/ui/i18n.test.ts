import { describe, expect, it } from 'vitest';
import aiPlansSource from '../../src/engine/ai.ts?raw';
import cardChoiceSource from '../../src/engine/card-choice.ts?raw';
import resolutionSource from '../../src/engine/resolution.ts?raw';
import paper from '../../scenarios/sources/downie-2011.txt?raw';
import {
  CARD_TAGS,
  INTEL_LEVELS,
  makeConfig,
  MISSIONS,
  PARTIES,
  PHASES,
  playGame,
  RELATIONSHIP_BANDS,
  ROLE_ACTIONS,
  ROLES,
  STANCES,
  STRATEGY_TOKENS,
  TRACK_NAMES,
  US_POLICIES,
  type Reason,
} from '../../src/engine';
import { createStrings, en, es } from '../../src/i18n';
import { findQuote, normalizeText } from '../../src/scenario';
import { reasonText } from '../../src/ui/debrief/debrief-data';
import { scenario } from '../helpers';

// The computer players' reasons: their plans (ai.ts) and their card choices (card-choice.ts).
const aiSource = `${aiPlansSource}\n${cardChoiceSource}`;

// Every string the player sees exists in English and Spanish, with the same placeholders, for
// every id the engine can put in front of them.

type Table = { readonly [key: string]: string | Table };

function leaves(table: Table, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const enLeaves = leaves(en);
const esLeaves = leaves(es);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const languages = [['en', createStrings('en').t], ['es', createStrings('es').t]] as const;

/** A key the player might see, checked in both languages: i18next returns the key when it is missing. */
function expectKey(key: string): void {
  for (const [lang, t] of languages) {
    const text = t(key);
    expect(text, `${lang}: ${key}`).not.toBe(key);
    expect(text, `${lang}: ${key}`).not.toBe('');
  }
}

describe('the string tables', () => {
  it('have exactly the same keys in English and Spanish', () => {
    expect([...esLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have the same {{placeholders}} in each string', () => {
    for (const [key, text] of enLeaves) expect(placeholders(esLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('translate every UI string, leaving only proper names, acronyms, quotes and formulas alike', () => {
    const alike = [...enLeaves].filter(([key, text]) => esLeaves.get(key) === text).map(([key]) => key);
    expect(alike.sort()).toEqual(
      [
        'bands.Adversarial', // the same word in Spanish
        'errors.loadRefused', // only the full stop
        'optionCards.A.quote', 'optionCards.B.quote', 'optionCards.C.quote', 'optionCards.D.quote', // verbatim from the paper
        'parties.PAN', 'parties.PRD', 'parties.PRI',
        'places.ciudad-juarez', 'places.merida', 'places.monterrey', 'places.tijuana', 'places.veracruz', // place names
        'print.scale', 'print.trackMax', 'print.trackMin', // formulas
        'roles.sedena', 'roles.semar', 'trackShort.relationship.sedena', 'trackShort.relationship.semar',
        'strategyShort.A', 'strategyShort.B', 'strategyShort.D',
        'tags.social', // the same word in Spanish
      ].sort(),
    );
  });
});

describe('a string for every id the engine uses', () => {
  it.each(ROLE_ACTIONS.map((a) => [a.id]))('action %s', (id) => {
    expectKey(`actions.${id}.name`);
    expectKey(`actions.${id}.text`);
  });

  /** The literals a call passes, skipping the values it only compares with (`x === 'D' ? 'a' : 'b'`). */
  const calledWith = (source: string, fn: string) =>
    [...source.matchAll(new RegExp(`\\b${fn}\\(([^)]*)\\)`, 'g'))].flatMap((m) => [...(m[1] ?? '').replace(/===\s*'[^']*'/g, '').matchAll(/'([^']+)'/g)].map((x) => x[1] as string));
  // The resolution names each rule it applies as RULE.<id> (its causes are made once, from RULE_IDS).
  const rules = [...new Set([...calledWith(resolutionSource, 'rule'), ...[...resolutionSource.matchAll(/\bRULE\.(\w+)/g)].map((m) => m[1] as string)])];

  it('finds the rules in the resolution', () => {
    expect(rules).toEqual(expect.arrayContaining(['sharedMission', 'drift', 'usPressure', 'intrusiveCooperation', 'usWithholdsIntelligence', 'intelligenceFollowsTrust', 'handover']));
    expect(rules).not.toContain('D');
    expect(rules).not.toContain('accommodation');
  });

  it.each(rules.map((r) => [r]))('rule cause %s', (id) => expectKey(`causes.${id}`));

  const codes = [...new Set([...aiSource.matchAll(/code: '([^']+)'/g)].map((m) => m[1] as string))];
  it('finds the reason codes of the computer players', () => {
    // serviceDecision builds its code from the role.
    expect(aiSource).toContain('code: `ai.${role}`');
    codes.push('ai.sedena', 'ai.semar');
    expect(codes.length).toBeGreaterThanOrEqual(10);
    for (const code of codes) expectKey(`reasons.${code}`);
  });

  it.each([...aiSource.matchAll(/factors\.push\('([^']+)'\)/g)].map((m) => [m[1] as string]).concat([['tendency']]))('strategy factor %s', (f) => expectKey(`factors.${f}`));
  it.each([['accommodation'], ['window'], ['building']])('US situation %s', (s) => {
    expect(aiSource).toContain(`'${s}'`);
    expectKey(`situations.${s}`);
  });

  const groups: [string, readonly string[], string[]][] = [
    ['track', TRACK_NAMES, ['tracks', 'trackShort']],
    ['band', RELATIONSHIP_BANDS, ['bands']],
    ['role', ROLES, ['roles']],
    ['party', PARTIES, ['parties']],
    ['strategy token', STRATEGY_TOKENS, ['strategies', 'strategyShort']],
    ['mission', MISSIONS, ['missions']],
    ['stance', STANCES, ['stances']],
    ['card tag', CARD_TAGS, ['tags']],
    ['phase', PHASES, ['phases']],
    ['intelligence level', INTEL_LEVELS, ['intel']],
    ['debrief "by"', ['human', 'computer', 'fixed', 'scenario'], ['debrief.by']],
    ['setup mode', ['soloUs', 'soloMexico', 'seminar'], ['setup.modes']],
  ];
  it.each(groups)('every %s', (_what, ids, sections) => {
    for (const id of ids) for (const section of sections) expectKey(`${section}.${id}`);
  });
});

describe('the reasons the computer gives, in words', () => {
  // Games under every US policy, and the history scenario, to meet every reason code and value.
  const transition = scenario('transition-2012');
  const calderon = scenario('calderon-2006');
  const reasons: Reason[] = [];
  for (const usPolicy of US_POLICIES.filter((p) => p !== 'historical')) {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const g = playGame(transition, makeConfig(transition, { seed, usPolicy, sexenios: 2 }));
      for (const e of g.log.flat()) if ((e.type === 'decision' || e.type === 'strategy' || e.type === 'cardChoice') && e.reason) reasons.push(e.reason);
    }
  }
  const history = playGame(calderon, makeConfig(calderon, { seed: 1, usPolicy: 'historical', mexicoPolicy: 'historical' }));
  for (const e of history.log.flat()) if ((e.type === 'decision' || e.type === 'cardChoice') && e.reason) reasons.push(e.reason);

  it('meets every reason code of the computer players', () => {
    const met = new Set(reasons.map((r) => r.code));
    for (const code of ['ai.strategy', 'ai.mexico', 'ai.sedena', 'ai.semar', 'ai.tco', 'ai.us.recommended', 'ai.us.passive', 'ai.us.hawkish', 'ai.historical', 'ai.cardChoice']) expect(met, code).toContain(code);
  });

  it.each(languages)('reads every reason with every value filled in (%s)', (_lang, t) => {
    for (const reason of reasons) {
      const text = reasonText(reason, t);
      expect(text, JSON.stringify(reason)).not.toMatch(/\{\{|\breasons\.|\bfactors\.|\bsituations\.|\bmissions\.|\bstances\.|\broles\.|\btracks\.|\bstrategyShort\.|undefined|NaN/);
    }
  });
});

describe("the option cards' quotes", () => {
  const source = normalizeText(paper);

  it.each(['A', 'B', 'C', 'D'])("quote option %s verbatim from the paper's summary of options", (option) => {
    for (const [lang, t] of languages) {
      const quote = t(`optionCards.${option}.quote`);
      expect(findQuote(source, quote), `${lang}: ${quote}`).not.toBeNull();
    }
  });
});
