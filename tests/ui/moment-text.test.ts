import { describe, expect, it } from 'vitest';
import { logEntries, makeConfig, momentsOf, playGame, type Moment, type MomentKind, type Reason } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { momentText } from '../../src/i18n/moments';
import { reasonText } from '../../src/ui/debrief/debrief-data';
import { scenario } from '../helpers';

// Every kind of moment reads in both languages, with no key, "undefined" or NaN in the text.

describe('moment texts', () => {
  const en = createStrings('en');
  const es = createStrings('es');
  const seen = new Map<MomentKind, Moment>();
  for (const id of ['transition-2012', 'calderon-2006']) {
    const sc = scenario(id);
    for (let seed = 1; seed <= 60 && seen.size < 10; seed++) {
      const state = playGame(sc, makeConfig(sc, { seed, sexenios: 3, usPolicy: seed % 3 === 0 ? 'hawkish' : 'recommended', fixedStrategies: seed % 4 === 0 ? ['D', 'B'] : [] }));
      for (const m of momentsOf(logEntries(state), state, sc, sc.party)) if (!seen.has(m.kind)) seen.set(m.kind, m);
    }
  }

  it('games produce every kind of moment', () => {
    for (const kind of ['election', 'strategy', 'band', 'intelligence', 'offerRefused', 'handover', 'sexenioEnd'] as const) expect(seen.has(kind), kind).toBe(true);
  });

  it.each([...seen.values()].map((m) => [m.kind, m] as const))('%s reads in English and Spanish', (_kind, m) => {
    const a = momentText(m, 'en', en.t, reasonText);
    const b = momentText(m, 'es', es.t, reasonText);
    for (const text of [a.headline, a.body, b.headline, b.body]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|NaN|\b(strategies|bands|intel|roles|actions|reasons)\.[A-Za-z]/);
    }
    expect(b.headline).not.toBe(a.headline);
  });

  it('an election names the chances, the winner and why', () => {
    const m = seen.get('election');
    if (m?.kind !== 'election') throw new Error('an election');
    const text = momentText(m, 'en', en.t, reasonText);
    expect(text.headline).toContain(m.winner);
    expect(text.body).toMatch(/Chances going in: \w+ \d+% · \w+ \d+% · \w+ \d+%/);
    expect(text.body).toContain(`the ${m.why.incumbent}, in power`);
  });
});

describe('a strategy reason', () => {
  const en = createStrings('en');
  const es = createStrings('es');
  const reason = (before: number): Reason => ({ code: 'ai.strategy', values: { party: 'PRI', strategy: 'A', support: 40, violence: 12200, violenceBefore: before, commitment: 60, factors: ['lowSupport', 'violenceRose'] } });

  it('names each factor in the language, and the party\'s tendency when there is none', () => {
    expect(reasonText(reason(9000), en.t)).toMatch(/; support had collapsed, violence had risen\.$/);
    const none: Reason = { code: 'ai.strategy', values: { party: 'PRI', strategy: 'A', support: 40, violence: 12200, violenceBefore: 9000, commitment: 60, factors: [] } };
    expect(reasonText(none, es.t)).toMatch(/la tendencia habitual del partido\.$/);
  });

  it('does not say the violence twice when it did not change', () => {
    expect(reasonText(reason(12200), en.t)).toContain('violence at 12,200 a year, US');
    expect(reasonText(reason(12200), es.t)).not.toMatch(/antes/);
    expect(reasonText(reason(9000), en.t)).toContain('(was 9,000)');
  });
});
