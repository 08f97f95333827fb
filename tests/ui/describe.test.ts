import { describe, expect, it } from 'vitest';
import { ROLE_ACTIONS, type Card, type Condition, type Effect } from '../../src/engine';
import { createStrings, type Language } from '../../src/i18n';
import { describeCondition, describeEffects, flagName } from '../../src/i18n/describe';
import { labelTellsCapital } from '../../src/ui/dom/turn';
import { scenario } from '../helpers';

// Every card's condition and effects and every team's lever, in words, in both languages: what the
// player (and the printed deck) reads carries no engine identifier, no doubled word, no "(was X)"
// that equals X, and no undefined or NaN.

const scenarios = ['transition-2012', 'calderon-2006', 'window-2011'].map((id) => scenario(id));
const deck: Card[] = [...new Map(scenarios.flatMap((s) => s.deck).map((c) => [c.id, c])).values()];

function flagsOf(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) => (e.op === 'flag' ? [e.flag] : e.op === 'chance' ? [...flagsOf(e.then), ...flagsOf(e.else ?? [])] : []));
}
function conditionFlags(c: Condition | undefined): string[] {
  return [...(c?.flags?.all ?? []), ...(c?.flags?.none ?? [])];
}

const flags = new Set([
  ...deck.flatMap((c) => [...conditionFlags(c.when), ...flagsOf(c.effects), ...(c.choice?.options.flatMap((o) => flagsOf(o.effects)) ?? [])]),
  ...ROLE_ACTIONS.flatMap((a) => [...conditionFlags(a.when), ...flagsOf(a.effects)]),
  'accommodationKnown',
  'intelligenceWithheld',
]);
// The identifiers a player must never read: camelCase flags, card ids and action ids.
const identifiers = [...flags, ...deck.map((c) => c.id), ...ROLE_ACTIONS.map((a) => a.id)].filter((id) => /[a-z][A-Z]/.test(id) || id.includes(':'));

/** Every text the deck and the levers give the player, labelled for the failure message. */
function texts(language: Language): [string, string][] {
  const { t } = createStrings(language);
  const out: [string, string][] = [];
  for (const card of deck) {
    out.push([`${card.id} when`, describeCondition(t, card.when)], [`${card.id} effects`, describeEffects(t, card.effects)]);
    for (const o of card.choice?.options ?? []) {
      const told = labelTellsCapital(o.label[language]) ? { capitalShownFor: card.choice?.role } : {};
      out.push([`${card.id}/${o.id}`, `${o.label[language]} — ${describeEffects(t, o.effects, told)}`]);
    }
  }
  for (const a of ROLE_ACTIONS) {
    out.push([`${a.id} when`, describeCondition(t, a.when)], [`${a.id} effects`, `${t(`actions.${a.id}.name`)}: ${t(`actions.${a.id}.text`)} ${describeEffects(t, a.effects, { capitalShownFor: a.role })}`]);
  }
  for (const f of [...flags, `done:${ROLE_ACTIONS[0]?.id ?? ''}`]) out.push([`flag ${f}`, flagName(t, f)]);
  return out;
}

describe.each(['en', 'es'] as const)('cards and levers in words (%s)', (language) => {
  const all = texts(language);

  it('covers the whole deck and every lever', () => {
    expect(deck.length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(deck.length * 2 + ROLE_ACTIONS.length * 2);
  });

  it('names no engine identifier (flags, card ids, action ids)', () => {
    const leaks = all.flatMap(([where, text]) => identifiers.filter((id) => new RegExp(`(^|[^\\w])${id.replace(/[:.]/g, '\\$&')}($|[^\\w])`).test(text)).map((id) => `${where}: ${id} in "${text}"`));
    expect(leaks).toEqual([]);
    // No camelCase word at all, whatever its origin.
    expect(all.filter(([, text]) => /\b[a-z]+[A-Z][a-zA-Z]*\b/.test(text))).toEqual([]);
  });

  it('doubles no word', () => {
    // Letters in any script: "llegaría a" is not "a a".
    expect(all.filter(([, text]) => /(?<![\p{L}\p{N}])([\p{L}\p{N}]+) \1(?![\p{L}\p{N}])/iu.test(text))).toEqual([]);
  });

  it('says no "(was X)" equal to the new value, and no undefined or NaN', () => {
    for (const [where, text] of all) {
      expect(text, where).not.toMatch(/undefined|NaN|\{\{|turnView\.|print\.|actions\./);
      const was = /(\d[\d,.]*)\D{0,20}\(was (\d[\d,.]*)\)/.exec(text);
      if (was) expect(was[1], where).not.toBe(was[2]);
    }
  });

  it("does not repeat a cost the option's label already shows", () => {
    const { t } = createStrings(language);
    for (const card of deck) {
      for (const o of card.choice?.options ?? []) {
        const role = card.choice?.role;
        const spends = o.effects.some((e) => e.op === 'capital' && e.role === role);
        const capitalText = t('print.capital', { role: role ?? 'us', value: '' }).trim();
        const told = labelTellsCapital(o.label[language]) ? { capitalShownFor: role } : {};
        const effects = describeEffects(t, o.effects, told);
        // Said once: by the label ("costs 2 capital", "cuesta 2 de capital") or else by the effects.
        if (labelTellsCapital(o.label[language])) expect(effects, `${card.id}/${o.id}`).not.toContain(capitalText);
        else if (spends) expect(effects, `${card.id}/${o.id}`).toContain(capitalText);
      }
    }
  });
});

describe('flags in words', () => {
  const { t } = createStrings('en');
  it.each([
    ['meridaFollowUp', 'a Mérida follow-up agreed'],
    ['statePoliceBill', 'the state police bill passed'],
    ['done:proposeCombinedCommand', '“Propose a combined command” already played'],
    ['someNewFact', 'Some new fact'],
  ])('%s reads "%s"', (flag, words) => expect(flagName(t, flag)).toBe(words));

  it('describes a flagged condition in words', () => {
    expect(describeCondition(t, { flags: { all: ['meridaFollowUp'], none: ['combinedCommand'] } })).toBe('after: a Mérida follow-up agreed; unless: a combined command established');
    expect(describeCondition(t, { strategies: ['A', 'C+LE'] })).toBe('strategy A / C with law enforcement');
  });
});
