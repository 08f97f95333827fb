import { describe, expect, it } from 'vitest';
import type { Moment, Reason, Refusal } from '../../src/engine';
import { createStrings, en, es, type Language } from '../../src/i18n';
import { exerciseRefusalMessage } from '../../src/i18n/exercise-refusals';
import { EXERCISE_REPORT, type ReportFormat } from '../../src/i18n/exercise-report';
import { momentText } from '../../src/i18n/moments';
import { reasonText } from '../../src/i18n/reasons';
import { refusalMessage } from '../../src/i18n/refusals';

// Counts and role names read grammatically in both languages: a number agrees with its noun and
// verb ("queda 1", "quedan 2"; "1 card", "2 cards"), and Spanish names a role inside a sentence
// with its article ("La Presidencia de México rechaza la oferta").

const strings = { en: createStrings('en'), es: createStrings('es') } as const;
const t = (language: Language) => strings[language].t;

describe('counts agree with their nouns and verbs', () => {
  // [key, other values, language, count 1, count 2]
  const table: [string, Record<string, unknown>, Language, string, string][] = [
    ['turnView.left', {}, 'en', '1 left', '2 left'],
    ['turnView.left', {}, 'es', 'queda 1', 'quedan 2'],
    ['teach.moment.more', {}, 'en', '1 more to read before play goes on.', '2 more to read before play goes on.'],
    ['teach.moment.more', {}, 'es', 'Queda 1 por leer antes de seguir.', 'Quedan 2 por leer antes de seguir.'],
    ['teach.moment.capitalLost', {}, 'en', 'The 1 political capital spent on it is gone.', 'The 2 political capital spent on it is gone.'],
    ['teach.moment.capitalLost', {}, 'es', 'Se pierde 1 punto de capital político invertido.', 'Se pierden los 2 puntos de capital político invertidos.'],
    ['print.cards', {}, 'en', '1 card', '2 cards'],
    ['print.cards', {}, 'es', '1 carta', '2 cartas'],
    ['teach.slots.row', { scenario: 'S', year: 2013, date: 'D' }, 'en', 'S, year 2013 · saved D · 1 move', 'S, year 2013 · saved D · 2 moves'],
    ['teach.slots.row', { scenario: 'S', year: 2013, date: 'D' }, 'es', 'S, año 2013 · guardada el D · 1 jugada', 'S, año 2013 · guardada el D · 2 jugadas'],
    ['exercise.console.settingsMinutes', { phase: 'P' }, 'en', 'P 1 min', 'P 2 min'],
    ['exercise.console.settingsMinutes', { phase: 'P' }, 'es', 'P, 1 minuto', 'P, 2 minutos'],
    ['exercise.console.netRefused.roomFull', {}, 'en', 'the room is full (1 player)', 'the room is full (2 players)'],
    ['exercise.console.netRefused.roomFull', {}, 'es', 'la sala está llena (1 jugador)', 'la sala está llena (2 jugadores)'],
    ['net.refused.roomFull', {}, 'en', 'the room is full (1 player)', 'the room is full (2 players)'],
    ['net.refused.roomFull', {}, 'es', 'la sala está llena (1 jugador)', 'la sala está llena (2 jugadores)'],
    ['net.join.players', {}, 'en', '1 seated', '2 seated'],
    ['net.join.players', {}, 'es', '1 sentado', '2 sentados'],
  ];
  it.each(table)('%s (%s, %s)', (key, values, language, one, two) => {
    expect(t(language)(key, { ...values, count: 1 })).toBe(one);
    expect(t(language)(key, { ...values, count: 2 })).toBe(two);
  });

  it('has an _other form for every _one form, in both tables', () => {
    const keys = (table: object, prefix = ''): string[] =>
      Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
    for (const table of [en, es]) {
      const all = new Set(keys(table));
      for (const key of all) if (key.endsWith('_one')) expect(all, key).toContain(key.replace(/_one$/, '_other'));
    }
  });

  it('says a refused offer and the capital it cost in agreement, in both languages', () => {
    const refused = (capitalSpent: number): Moment => ({ kind: 'offerRefused', year: 2013, offeredBy: 'sedena', action: 'joinExercise', refusedBy: 'mexico', odds: 0.5, capitalSpent });
    const say = (language: Language, m: Moment) => momentText(m, language, t(language), reasonText);
    expect(say('es', refused(1)).headline).toMatch(/^La Presidencia de México rechaza la oferta: /);
    expect(say('es', refused(1)).body).toContain('una oferta de la SEDENA el 50% de las veces');
    expect(say('es', refused(1)).body).toContain('Se pierde 1 punto de capital político invertido.');
    expect(say('es', refused(2)).body).toContain('Se pierden los 2 puntos de capital político invertidos.');
    expect(say('en', refused(1)).headline).toMatch(/^Mexico's presidency refuses the offer: /);
    expect(say('en', refused(1)).body).toContain('accepts a SEDENA offer 50% of the time');
    expect(say('en', refused(1)).body).toContain('The 1 political capital spent on it is gone.');
    expect(say('en', refused(2)).body).toContain('The 2 political capital spent on it is gone.');
  });

  it("words the after-action report's counts", () => {
    const f: ReportFormat = { num: String, strategy: (s) => s ?? '' };
    const continuity = (years: number) => ({ id: 'continuity', from: 10, to: 20, sharedMissionYears: years }) as const;
    const expectations = (offers: number) => ({ id: 'expectations', refusedOffers: offers, tensionMax: 40 }) as const;
    const { en: e, es: s } = EXERCISE_REPORT;
    expect(e.summary.events(1, 1)).toBe('1 of 1 inject released');
    expect(e.summary.events(2, 1)).toBe('1 of 2 injects released');
    expect(s.summary.events(1, 1)).toBe('1 de 1 inyección liberada');
    expect(s.summary.events(2, 1)).toBe('1 de 2 inyecciones liberadas');
    expect(e.prompts.evidence(continuity(1), f)).toContain('with 1 year of shared mission');
    expect(e.prompts.evidence(continuity(2), f)).toContain('with 2 years of shared mission');
    expect(s.prompts.evidence(continuity(1), f)).toContain('con 1 año de misión compartida');
    expect(s.prompts.evidence(continuity(2), f)).toContain('con 2 años de misión compartida');
    expect(e.prompts.evidence(expectations(1), f)).toContain('1 US offer refused');
    expect(e.prompts.evidence(expectations(2), f)).toContain('2 US offers refused');
    expect(s.prompts.evidence(expectations(1), f)).toContain('1 oferta de EE. UU. rechazada');
    expect(s.prompts.evidence(expectations(2), f)).toContain('2 ofertas de EE. UU. rechazadas');
  });
});

describe('role names inside Spanish sentences', () => {
  it('takes its article, and its verb agrees with it', () => {
    const overBudget = (role: Extract<Refusal, { code: 'overBudget' }>['role']): Refusal => ({ code: 'overBudget', cost: 5, role, capital: 2 });
    expect(refusalMessage(overBudget('mexico'), 'es', t('es'))).toBe('esas acciones cuestan 5 de capital político y la Presidencia de México tiene 2');
    expect(refusalMessage(overBudget('tco'), 'es', t('es'))).toBe('esas acciones cuestan 5 de capital político y los cárteles tienen 2');
    expect(refusalMessage(overBudget('us'), 'es', t('es'))).toBe('esas acciones cuestan 5 de capital político y Estados Unidos tiene 2');
    expect(refusalMessage({ code: 'notYourTurn', role: 'us', due: 'sedena' }, 'es', t('es'))).toBe('le toca decidir a la SEDENA, no a Estados Unidos');
    expect(refusalMessage({ code: 'notYourSeat', by: 'us', due: 'tco' }, 'es', t('es'))).toBe('solo los cárteles pueden hacer esta jugada ahora, no Estados Unidos');
    expect(refusalMessage({ code: 'computerSeat', role: 'semar' }, 'es', t('es'))).toBe('el rol de la SEMAR lo juega la computadora');
    expect(exerciseRefusalMessage({ code: 'notYourRole', team: 'navy', role: 'mexico' }, 'es', t('es'))).toBe('el equipo "navy" no juega el rol de la Presidencia de México');
    // English is as it was.
    expect(refusalMessage(overBudget('us'), 'en', t('en'))).toBe('those actions cost 5 political capital and United States has 2');
  });

  it("names the role in a computer player's card choice by the form each language needs", () => {
    const choice = (role: 'tco' | 'mexico', track: 'violence' | 'none'): Reason => ({ code: 'ai.cardChoice', values: { role, option: 'X', track } }) as Reason;
    expect(reasonText(choice('tco', 'none'), t('es'))).toBe('La elección de los cárteles: «X».');
    expect(reasonText(choice('mexico', 'violence'), t('es'))).toBe('La elección de la Presidencia de México: «X», por ser lo mejor para Violencia (homicidios al año).');
    expect(reasonText(choice('tco', 'none'), t('en'))).toBe('The cartels (red team) chose "X".');
    const least: Reason = { code: 'ai.us.leastEffort', values: { role: 'us', option: 'X' } };
    expect(reasonText(least, t('es'))).toBe('Sin iniciativa de EE. UU.: Estados Unidos eligió lo que menos compromete, «X».');
    expect(reasonText(least, t('en'))).toBe('No US initiative: the United States took the least effort, "X".');
  });

  it('names the role whose capital an effect changes', () => {
    expect(t('es')('print.capital', { role: 'mexico', value: '+1' })).toBe('capital de la Presidencia de México +1');
    expect(t('es')('print.capital', { role: 'tco', value: '−1' })).toBe('capital de los cárteles −1');
    expect(t('en')('print.capital', { role: 'us', value: '+1' })).toBe('United States capital +1');
  });

  it('waits for a role by its name in a sentence', () => {
    expect(t('es')('net.team.waitingFor', { role: t('es')('roleInSentence.mexico') })).toBe('Esperando a la Presidencia de México…');
    expect(t('en')('net.team.waitingFor', { role: t('en')('roleInSentence.tco') })).toBe('Waiting for the cartels…');
  });
});
