import { describe, expect, it } from 'vitest';
import type { Refusal, RefusalCode } from '../../src/engine';
import { createStrings } from '../../src/i18n';
import { refusalMessage } from '../../src/i18n/refusals';

// Every refusal code reads in both languages, with its values, and never as the English the
// engine writes for the command line.

const SAMPLES: Readonly<Record<RefusalCode, Refusal>> = {
  wrongPhase: { code: 'wrongPhase', action: 'DECIDE', phase: 'report' },
  gameOver: { code: 'gameOver' },
  unknownParty: { code: 'unknownParty', party: 'XYZ' },
  unknownOption: { code: 'unknownOption', option: 'E' },
  optionNeedsLawEnforcement: { code: 'optionNeedsLawEnforcement' },
  notThisCard: { code: 'notThisCard', card: 'x', awaiting: 'y' },
  unknownCardOption: { code: 'unknownCardOption', card: 'x', option: 'z' },
  cardOptionTooDear: { code: 'cardOptionTooDear', option: 'o', cost: 3, role: 'us', capital: 1 },
  unknownRole: { code: 'unknownRole', role: 'france' },
  notYourTurn: { code: 'notYourTurn', role: 'us', due: 'mexico' },
  unknownAction: { code: 'unknownAction', action: 'nuke' },
  notYourAction: { code: 'notYourAction', action: 'continuityPrograms', owner: 'us', role: 'mexico' },
  actionTwice: { code: 'actionTwice', action: 'continuityPrograms' },
  actionUnavailable: { code: 'actionUnavailable', action: 'continuityPrograms' },
  overBudget: { code: 'overBudget', cost: 5, role: 'us', capital: 2 },
  stanceNotMexico: { code: 'stanceNotMexico' },
  stanceNotAllowed: { code: 'stanceNotAllowed', stance: 'open' },
  noGame: { code: 'noGame' },
  noReport: { code: 'noReport', phase: 'decisions' },
  computerSeat: { code: 'computerSeat', role: 'sedena' },
  gameInProgress: { code: 'gameInProgress' },
  notNow: { code: 'notNow', event: 'DELEGATE' },
  reasonRequired: { code: 'reasonRequired', action: 'OVERRIDE' },
  unknownCard: { code: 'unknownCard', card: 'no-such-card' },
  cardPlayed: { code: 'cardPlayed', card: 'old-card' },
  injectNeedsTitle: { code: 'injectNeedsTitle' },
  badEffect: { code: 'badEffect', track: 'violence', value: 'lots' },
  cardNotThisYear: { code: 'cardNotThisYear', card: 'old-card' },
  badSeats: { code: 'badSeats' },
  notYourSeat: { code: 'notYourSeat', by: 'us', due: 'mexico' },
};

describe('refusal messages', () => {
  const en = createStrings('en');
  const es = createStrings('es');

  it.each(Object.values(SAMPLES))('$code reads in English and in Spanish, differently', (r) => {
    const english = refusalMessage(r, 'en', en.t);
    const spanish = refusalMessage(r, 'es', es.t);
    expect(english.length).toBeGreaterThan(5);
    expect(spanish.length).toBeGreaterThan(5);
    expect(spanish).not.toBe(english);
    // No i18n key leaks through as text.
    expect(english).not.toMatch(/\b(roles|phases|actions|stances)\./);
    expect(spanish).not.toMatch(/\b(roles|phases|actions|stances)\./);
  });

  it('names roles, phases and numbers in the player language', () => {
    expect(refusalMessage(SAMPLES.overBudget, 'es', es.t)).toBe('esas acciones cuestan 5 de capital político y Estados Unidos tiene 2');
    expect(refusalMessage(SAMPLES.wrongPhase, 'es', es.t)).toContain('informe');
    expect(refusalMessage(SAMPLES.computerSeat, 'en', en.t)).toBe('SEDENA is played by the computer');
  });

  it('quotes a huge value briefly', () => {
    const message = refusalMessage({ code: 'unknownAction', action: 'x'.repeat(1_000_000) }, 'es', es.t);
    expect(message.length).toBeLessThan(120);
  });
});
