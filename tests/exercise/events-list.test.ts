import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlayerMove } from '../../src/engine';
import { applyCommand, createExercise, exerciseGame, type Exercise } from '../../src/exercise';
import { eventsListFrom, SAMPLE_EVENTS, SAMPLE_EVENTS_SCENARIO } from '../../src/exercise/events-list';
import { LANGUAGES } from '../../src/i18n';
import { sampleEventsList } from '../../src/i18n/exercise-events';
import { config, scenario } from '../helpers';
import { SETTINGS, T0 } from './fixtures';

// The sample master events list shipped with the game: real cards of the transition-2012 deck, in
// the years that scenario plays, worded in both languages, and released by a real exercise.

const sc = scenario(SAMPLE_EVENTS_SCENARIO);
const firstYear = sc.startYear + 1;
const lastYear = sc.startYear + 6 * sc.sexenios;

describe('the sample master events list', () => {
  it('has 8 to 10 injects with unique ids and cards', () => {
    expect(SAMPLE_EVENTS.length).toBeGreaterThanOrEqual(8);
    expect(SAMPLE_EVENTS.length).toBeLessThanOrEqual(10);
    expect(new Set(SAMPLE_EVENTS.map((e) => e.id)).size).toBe(SAMPLE_EVENTS.length);
    expect(new Set(SAMPLE_EVENTS.map((e) => e.card)).size).toBe(SAMPLE_EVENTS.length);
  });

  it("uses only cards of the scenario's deck", () => {
    const deck = new Set(sc.deck.map((c) => c.id));
    for (const e of SAMPLE_EVENTS) expect(deck.has(e.card), e.card).toBe(true);
  });

  it('schedules its injects in the years the scenario plays, and holds the rest', () => {
    for (const e of SAMPLE_EVENTS) {
      if (e.schedule.kind === 'hold') continue;
      expect(e.schedule.year, e.id).toBeGreaterThanOrEqual(firstYear);
      expect(e.schedule.year, e.id).toBeLessThanOrEqual(lastYear);
    }
    expect(SAMPLE_EVENTS.some((e) => e.schedule.kind === 'hold')).toBe(true);
  });

  it('is worded in English and Spanish: the same entries, different words', () => {
    const [en, es] = LANGUAGES.map((l) => sampleEventsList(l)) as [ReturnType<typeof sampleEventsList>, ReturnType<typeof sampleEventsList>];
    expect(en.map(({ objective: _o, expectedResponse: _r, ...rest }) => rest)).toEqual(es.map(({ objective: _o, expectedResponse: _r, ...rest }) => rest));
    en.forEach((inject, i) => {
      const other = es[i] as (typeof es)[number];
      for (const text of [inject.objective, inject.expectedResponse, other.objective, other.expectedResponse]) expect(text.length).toBeGreaterThan(20);
      expect(other.objective).not.toBe(inject.objective);
      expect(other.expectedResponse).not.toBe(inject.expectedResponse);
      expect(inject.released).toBeNull();
    });
  });

  it('joins the words to the entries as injects of the deck', () => {
    const words = Object.fromEntries(SAMPLE_EVENTS.map((e) => [e.id, { objective: `o:${e.id}`, expectedResponse: `r:${e.id}` }])) as Parameters<typeof eventsListFrom>[0];
    const list = eventsListFrom(words);
    expect(list.map((i) => [i.id, i.card, i.objective, i.schedule])).toEqual(SAMPLE_EVENTS.map((e) => [e.id, { kind: 'deck', card: e.card }, `o:${e.id}`, e.schedule]));
  });

  it('is released in its years by an exercise that plays the scenario, and the held injects wait', () => {
    const created = createExercise({
      id: 'mel',
      title: 'MEL',
      scenario: sc,
      config: config(sc, { seed: 5 }),
      settings: SETTINGS,
      teams: [{ id: 'blue', name: 'Blue', role: 'us', objectives: [] }],
      eventsList: sampleEventsList('en'),
      now: T0,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.refusal));
    let exercise: Exercise = created.exercise;
    for (let i = 0; i < 200; i++) {
      const game = exerciseGame(sc, exercise);
      if (game.phase === 'debrief') break;
      const move = (game.phase === 'report' ? { type: 'CONTINUE', by: 'us' } : { type: 'DELEGATE', by: 'us' }) as PlayerMove;
      const result = applyCommand(exercise, { kind: 'team', team: 'blue' }, { type: 'move', move }, { scenario: sc, now: T0 + i * 1000 });
      if (!result.ok) throw new Error(JSON.stringify(result.refusal));
      exercise = result.exercise;
    }
    expect(exerciseGame(sc, exercise).phase).toBe('debrief');
    for (const e of SAMPLE_EVENTS) {
      const inject = exercise.eventsList.find((i) => i.id === e.id);
      if (e.schedule.kind === 'hold') expect(inject?.released, e.id).toBeNull();
      else expect(inject?.released?.year, e.id).toBe(e.schedule.year);
    }
  });

  it('is the list the facilitator guide prints', () => {
    const guide = readFileSync(new URL('../../docs/facilitator-guide.md', import.meta.url), 'utf8');
    for (const e of SAMPLE_EVENTS) {
      expect(guide, e.id).toContain(e.id);
      expect(guide, e.card).toContain(e.card);
      expect(guide, sc.deck.find((c) => c.id === e.card)?.title.en).toContain(sc.deck.find((c) => c.id === e.card)?.title.en ?? '');
    }
  });
});
