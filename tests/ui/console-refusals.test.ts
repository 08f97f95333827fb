import { describe, expect, it } from 'vitest';
import type { ExerciseRefusal, ExerciseRefusalCode } from '../../src/exercise';
import { createStrings, LANGUAGES } from '../../src/i18n';
import { exerciseRefusalMessage } from '../../src/i18n/exercise-refusals';

// Every refusal of an exercise command, told in each language (the console shows them to the
// control cell): one of each code, none empty, none falling back to a raw code.

const ONE_OF_EACH: Readonly<Record<ExerciseRefusalCode, ExerciseRefusal>> = {
  reasonRequired: { code: 'reasonRequired', command: 'pause' },
  textRequired: { code: 'textRequired', command: 'note' },
  paused: { code: 'paused' },
  over: { code: 'over' },
  facilitatorOnly: { code: 'facilitatorOnly', command: 'inject' },
  readOnly: { code: 'readOnly' },
  unknownTeam: { code: 'unknownTeam', team: 'blue' },
  notYourRole: { code: 'notYourRole', team: 'blue', role: 'us' },
  wrongMode: { code: 'wrongMode', command: 'move', mode: 'secret' },
  notDeciding: { code: 'notDeciding' },
  unknownInject: { code: 'unknownInject', inject: 'mel-9' },
  alreadyReleased: { code: 'alreadyReleased', inject: 'mel-1' },
  unknownCard: { code: 'unknownCard', card: 'nope' },
  badValue: { code: 'badValue', field: 'seconds', value: '-1' },
  nothingToUndo: { code: 'nothingToUndo' },
  noSuchYear: { code: 'noSuchYear', year: 2031 },
  badRoster: { code: 'badRoster', problem: 'duplicateRole' },
  tooManyNotes: { code: 'tooManyNotes', scope: 'seat', limit: 250 },
  game: { code: 'game', refusal: { code: 'gameOver' }, reason: 'the game is over' },
};

describe('exercise refusals in words', () => {
  for (const language of LANGUAGES) {
    const { t } = createStrings(language);
    it.each(Object.values(ONE_OF_EACH))(`$code in ${language}`, (refusal) => {
      const text = exerciseRefusalMessage(refusal, language, t);
      expect(text.length).toBeGreaterThan(8);
      expect(text).not.toBe(refusal.code);
    });
  }

  it('names the command in the reader’s language', () => {
    expect(exerciseRefusalMessage(ONE_OF_EACH.reasonRequired, 'en', createStrings('en').t)).toBe('A pause needs a reason, for the exercise log');
    expect(exerciseRefusalMessage(ONE_OF_EACH.reasonRequired, 'es', createStrings('es').t)).toBe('Una pausa necesita un motivo, para el registro del ejercicio');
    expect(exerciseRefusalMessage(ONE_OF_EACH.game, 'es', createStrings('es').t)).toBe('la partida ha terminado');
  });
});
