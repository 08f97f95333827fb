import { describe, expect, it } from 'vitest';
import { NUMERIC_TRACKS, type Cause, type GameState } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { causeLabel, entriesOfYear, trackChanges } from '../../src/ui/view/changes';
import { at, game, playUntil, sc } from './play';
import { sign } from '../helpers';

// "What changed and why" in the report: one line per track, its causes adding up to the change.

const en = createStrings('en').t;
const es = createStrings('es').t;

/** Tracks at the end of `year` and at the end of the year before (the start record for the first). */
function yearEnds(g: GameState, year: number): { before: GameState['tracks']; after: GameState['tracks'] } {
  const i = g.history.findIndex((r) => r.year === year);
  const after = g.history[i]?.tracks;
  const before = i > 0 ? g.history[i - 1]?.tracks : g.start.tracks;
  if (!after || !before) throw new Error(`no record for ${year}`);
  return { before, after };
}

describe('trackChanges over a played year', () => {
  // Seeds and years: the report of a middle year (the first year starts after the transition's shocks).
  const cases = [
    [5, 2015],
    [3, 2014],
    [7, 2016],
  ] as const;

  describe.each(cases)('seed %i, the report of %i', (seed, year) => {
    const g = game(playUntil(['us'], seed, at('report', year)));
    const changes = trackChanges(entriesOfYear(g, year), en, sc, 'en');
    const { before, after } = yearEnds(g, year);

    // trackChanges' comment promises "the board's track order", but rows come in the order the
    // year first touched each track (reported, not asserted).
    it('lists every track that changed, once', () => {
      const tracks = changes.map((c) => c.track);
      expect(new Set(tracks).size).toBe(tracks.length);
      const changed = NUMERIC_TRACKS.filter((t) => Math.abs(after[t] - before[t]) >= 0.05);
      expect([...tracks].sort()).toEqual([...changed].sort());
    });

    it("gives each track's values at the start and end of the year, as the history records them", () => {
      for (const c of changes) {
        expect(c.from, c.track).toBe(before[c.track]);
        expect(c.to, c.track).toBe(after[c.track]);
        expect(c.label).toBe(en(`tracks.${c.track}`));
      }
    });

    it('splits each change into causes that add up to it', () => {
      for (const c of changes) {
        const sum = c.causes.reduce((s, x) => s + x.delta, 0);
        // Each share is rounded to 0.1 and shares under 0.05 are dropped.
        expect(Math.abs(sum - (c.to - c.from)), `${c.track}: ${JSON.stringify(c.causes)}`).toBeLessThanOrEqual(0.05 * (c.causes.length + 2));
        expect(c.causes.length).toBeGreaterThan(0);
        for (const cause of c.causes) {
          expect(cause.cause).not.toMatch(/^(causes|actions|roles|strategies)\./);
          expect(cause.cause).not.toContain('{{');
        }
        const sizes = c.causes.map((x) => Math.abs(x.delta));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      }
    });
  });

  it("names the transition's strategy as the cause of its shocks", () => {
    const actor = playUntil(['mexico'], 5, at('transition'));
    actor.send(sign(actor, { type: 'CHOOSE_OPTION', option: 'C', lawEnforcement: false }));
    const after = game(actor);
    const changes = trackChanges(entriesOfYear(after, 2012), en, sc, 'en');
    const sedena = changes.find((c) => c.track === 'relationship.sedena');
    // The shock (−6 for SEDENA, damped by the institutions already built) is the only cause.
    expect(sedena?.causes.map((c) => c.cause)).toEqual(['new strategy: C: social alternatives without law enforcement']);
    expect(sedena?.causes[0]?.delta).toBeLessThan(-1);
    expect(sedena?.causes[0]?.delta).toBeCloseTo((sedena?.to ?? 0) - (sedena?.from ?? 0), 5);
    expect(trackChanges(entriesOfYear(after, 2012), es, sc, 'es').find((c) => c.track === 'relationship.sedena')?.causes[0]?.cause).toBe(
      'nueva estrategia: C: alternativas sociales sin componente policial',
    );
  });

  it('finds no changes in a year with no entries', () => {
    expect(trackChanges([], en, sc, 'en')).toEqual([]);
  });
});

describe('causeLabel', () => {
  const card = sc.deck.find((c) => c.choice && c.choice.options.length > 1);
  if (!card?.choice) throw new Error('the deck has no card with a choice');
  const option = card.choice.options[1];
  if (!option) throw new Error('no second option');

  const cases: [string, Cause, string, string][] = [
    ['a rule', { kind: 'rule', id: 'drift' }, 'drift without a shared mission', 'deriva sin misión compartida'],
    ['a rule', { kind: 'rule', id: 'rotation' }, 'officers rotate', ''],
    ['a card', { kind: 'card', id: card.id }, card.title.en, card.title.es],
    ['a card choice', { kind: 'card', id: card.id, choice: option.id }, `${card.title.en}: ${option.label.en}`, `${card.title.es}: ${option.label.es}`],
    ['an unknown card', { kind: 'card', id: 'no-such-card' }, 'no-such-card', 'no-such-card'],
    ['an action', { kind: 'action', id: 'continuityPrograms', role: 'us' }, 'United States: Continuity programs', 'Estados Unidos: Programas de continuidad'],
    ['an action', { kind: 'action', id: 'marineRaid', role: 'semar' }, 'SEMAR: Marine raid', ''],
    ['a strategy', { kind: 'strategy', id: 'B' }, 'new strategy: B: law enforcement lead', 'nueva estrategia: B: mando de las fuerzas policiales'],
    ['a strategy', { kind: 'strategy', id: 'C+LE' }, 'new strategy: C: social alternatives with law enforcement', ''],
  ];

  it.each(cases)('names %s in English and Spanish', (_what, cause, english, spanish) => {
    expect(causeLabel(cause, en, sc, 'en')).toBe(english);
    const inSpanish = causeLabel(cause, es, sc, 'es');
    if (spanish) expect(inSpanish).toBe(spanish);
    expect(inSpanish).not.toMatch(/^(causes|actions|roles|strategies|board)\./);
    if (cause.kind !== 'card' || cause.id !== 'no-such-card') expect(inSpanish).not.toBe(english);
  });

  it('has a label for every rule the resolution logs, in both languages', () => {
    const g = game(playUntil([], 5, () => false));
    const rules = new Set<string>();
    for (const e of g.log.flat()) if (e.type === 'track' && e.cause.kind === 'rule') rules.add(e.cause.id);
    expect(rules.size).toBeGreaterThan(10);
    for (const id of rules) {
      expect(causeLabel({ kind: 'rule', id }, en, sc, 'en')).not.toBe(`causes.${id}`);
      expect(causeLabel({ kind: 'rule', id }, es, sc, 'es')).not.toBe(`causes.${id}`);
    }
  });
});
