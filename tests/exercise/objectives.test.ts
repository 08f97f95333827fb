import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAND_FLOORS, intelRank, readTrack, ROLES, type GameState } from '../../src/engine';
import { OBJECTIVE_IDS, OBJECTIVES, objectiveMet, objectivesFor, objectiveTrack, listedObjective, type ListedObjective } from '../../src/exercise/objectives';
import { LANGUAGES } from '../../src/i18n';
import { objectiveValueText, objectiveWords, teamObjective } from '../../src/i18n/exercise-objectives';
import { runToEnd } from '../../src/machine';
import { findQuote, normalizeText } from '../../src/scenario';
import { config, scenario, withTracks } from '../helpers';

// The objectives a facilitator gives the teams: drawn from the paper (every quote verbatim), worded
// in both languages from their own thresholds, and judged on real games by the engine's tracks.

const paper = normalizeText(readFileSync(new URL('../../scenarios/sources/downie-2011.txt', import.meta.url), 'utf8'));
const sc = scenario('transition-2012');
/** The list, each read through the type every objective has. */
const LIST: readonly ListedObjective[] = OBJECTIVES;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Games the computer plays to the end, on fixed seeds. */
const GAMES: readonly GameState[] = Array.from({ length: 24 }, (_, i) => runToEnd(sc, config(sc, { seed: 101 + i })));

describe('the listed objectives', () => {
  it('give every role of the game two or more, with unique ids', () => {
    expect(new Set(OBJECTIVE_IDS).size).toBe(LIST.length);
    for (const role of ROLES) expect(objectivesFor(role).length, role).toBeGreaterThanOrEqual(2);
  });

  it.each(LIST.map((o) => [o.id, o] as const))('%s cites the paper verbatim', (_id, o) => {
    expect(findQuote(paper, o.source.quote), `"${o.source.quote}" is not in the paper`).not.toBeNull();
    expect(words(o.source.quote)).toBeLessThanOrEqual(25);
    expect(o.source.section).toMatch(/^§\d /);
  });

  it.each(LIST.map((o) => [o.id, o] as const))('%s is worded in English and Spanish, with its threshold', (_id, o) => {
    const en = objectiveWords(o, 'en');
    const es = objectiveWords(o, 'es');
    for (const w of [en, es]) {
      expect(w.title.length).toBeGreaterThan(10);
      expect(w.why.length).toBeGreaterThan(10);
      expect(w.title).not.toContain('undefined');
    }
    expect(es.title).not.toBe(en.title);
    expect(es.why).not.toBe(en.why);
    // The title names the test's threshold (a number, a band or a level), read from the test.
    const test = o.test;
    if (test.kind === 'band') expect(en.title).toContain(test.atLeast);
    else if (test.track !== 'intelligenceSharing') expect(en.title.replace(/,/g, '')).toContain(String(test.atLeast ?? test.atMost));
  });

  it('become a team objective with its words, in the exercise language', () => {
    for (const language of LANGUAGES) {
      const o = teamObjective('us-collaborative', language);
      expect(o).toEqual({ id: 'us-collaborative', text: objectiveWords(listedObjective('us-collaborative') as ListedObjective, language).title, listed: 'us-collaborative' });
    }
  });
});

describe('objectiveMet', () => {
  const game = GAMES[0] as GameState;

  it('reads the end of the game for an end test, and the worst year for an every-year test', () => {
    for (const o of LIST) {
      const { value } = objectiveMet(o, game);
      const track = objectiveTrack(o);
      const end = readTrack(game.tracks, game.intelligenceSharing, track);
      const years = game.history.map((r) => readTrack(r.tracks, r.intelligenceSharing, track));
      if (o.test.when === 'end') expect(value, o.id).toBe(end);
      else if (o.test.kind === 'track' && o.test.atMost !== undefined) expect(value, o.id).toBe(Math.max(...years));
      else expect(value, o.id).toBe(Math.min(...years));
    }
  });

  // Thresholds are inclusive: at the line is met, one step past it is not.
  it.each([
    ['us-institutionalize', { institutionalization: 60 }, true],
    ['us-institutionalize', { institutionalization: 59.9 }, false],
    ['mexico-violence', { violence: 10000 }, true],
    ['mexico-violence', { violence: 10001 }, false],
    ['tco-power', { tcoPower: 60 }, true],
    ['tco-power', { tcoPower: 59.9 }, false],
    ['sedena-ties', { 'relationship.sedena': BAND_FLOORS.Collaborative }, true],
    ['sedena-ties', { 'relationship.sedena': BAND_FLOORS.Collaborative - 0.1 }, false],
    ['us-collaborative', { 'relationship.sedena': 55, 'relationship.semar': 55 }, true],
    ['us-collaborative', { 'relationship.sedena': 54.9, 'relationship.semar': 54.9 }, false],
  ] as const)('%s with %j: met is %s', (id, tracks, met) => {
    const o = listedObjective(id) as ListedObjective;
    expect(objectiveMet(o, withTracks(game, tracks)).met).toBe(met);
  });

  it('reads intelligence sharing by its level', () => {
    const us = listedObjective('us-intelligence') as ListedObjective;
    const tco = listedObjective('tco-intelligence-cut') as ListedObjective;
    for (const [level, usMet, tcoMet] of [['none', false, true], ['functional', false, true], ['routine', true, false], ['deep', true, false]] as const) {
      const g = { ...game, intelligenceSharing: level };
      expect(objectiveMet(us, g)).toEqual({ met: usMet, value: intelRank(level) });
      expect(objectiveMet(tco, g).met).toBe(tcoMet);
    }
  });

  it('gives none away and puts none out of reach: each is met in some played games and missed in others', () => {
    for (const o of LIST) {
      const met = GAMES.filter((g) => objectiveMet(o, g).met).length;
      expect(met, `${o.id}: met in ${met} of ${GAMES.length}`).toBeGreaterThan(0);
      expect(met, `${o.id}: met in ${met} of ${GAMES.length}`).toBeLessThan(GAMES.length);
    }
  });

  it('words a value in the objective’s own terms', () => {
    expect(objectiveValueText(listedObjective('us-collaborative') as ListedObjective, 58.2, 'en')).toBe('Collaborative (58.2)');
    expect(objectiveValueText(listedObjective('us-collaborative') as ListedObjective, 58.2, 'es')).toBe('Colaborativa (58.2)');
    expect(objectiveValueText(listedObjective('us-intelligence') as ListedObjective, 1, 'en')).toBe('functional only');
    expect(objectiveValueText(listedObjective('mexico-violence') as ListedObjective, 12200, 'en')).toBe('12,200');
  });
});
