import type { NetRefusal } from '../../exercise/protocol';
import type { Language, Translate } from '../../i18n';
import { exerciseRefusalMessage } from '../../i18n/exercise-refusals';

// Why the room refused a player's message, in the player's language (issue 12). The exercise's own
// refusals are worded by i18n/exercise-refusals.ts, as on the console, but for the pause, which
// a player cannot lift; the room's own refusals have a player's wording here (the console words
// them for the control cell: console/remote.ts).

/** The refusal as the player reads it: one sentence, capital first. */
export function playerRefusalText(refusal: NetRefusal, language: Language, t: Translate): string {
  const text = (() => {
    switch (refusal.code) {
      case 'exercise':
        return refusal.refusal.code === 'paused' ? t('net.refused.paused') : exerciseRefusalMessage(refusal.refusal, language, t);
      case 'malformed':
        return t('net.refused.malformed', { where: refusal.where });
      case 'unknownPlayer':
        return t('net.refused.unknownPlayer', { player: refusal.player });
      case 'unknownTeam':
        return t('net.refused.unknownTeam', { team: refusal.team });
      case 'roomFull':
        return t('net.refused.roomFull', { count: refusal.max });
      case 'noRoom':
        return t('net.refused.noRoom', { room: refusal.room });
      case 'facilitatorOnly':
      case 'reasonRequired':
      case 'notSeated':
      case 'badKey':
      case 'tooFast':
      case 'serverError':
        return t(`net.refused.${refusal.code}`);
    }
  })();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
