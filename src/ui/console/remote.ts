import type { Exercise, ExerciseCommand, NetRefusal } from '../../exercise';
import type { Language, Translate } from '../../i18n';
import { exerciseRefusalMessage } from '../../i18n/exercise-refusals';
import { words } from './context';

// The console's seam to a networked room (issue 12): the exercise is held by the room's server,
// the console sends the control cell's commands there and draws what comes back. The networking
// code implements `RemoteExercise`; the console only uses it.

/** An exercise held by a room server instead of this browser: the console sends the control cell's commands there and draws what comes back. */
export interface RemoteExercise {
  /** The exercise as the room last sent it (null until the first view). */
  current(): Exercise | null;
  /** Sends a command for the facilitator's seat. */
  send(command: ExerciseCommand): void;
  /** Every new exercise the room sends, and every refusal of a command this console sent; returns how to stop. */
  subscribe(onExercise: (exercise: Exercise) => void, onRefused: (refusal: NetRefusal) => void): () => void;
  /** The room's own section (join code, QR code, players waiting and seated), drawn by the networking UI and placed by the console at the top of its running screen. */
  roomSection(): HTMLElement | null;
  /** Leaves the room (the exercise stays on the server). */
  close(): void;
}

/** Why the room refused a command of this console, in the reader's language. */
export function netRefusalMessage(refusal: NetRefusal, language: Language, t: Translate): string {
  const c = words(t);
  switch (refusal.code) {
    case 'exercise':
      return exerciseRefusalMessage(refusal.refusal, language, t);
    case 'malformed':
      return c('netRefused.malformed', { where: refusal.where });
    case 'facilitatorOnly':
    case 'reasonRequired':
      // The server's own words (English) after ours, so that nothing it said is lost.
      return c(`netRefused.${refusal.code}`, { message: refusal.message });
    case 'unknownPlayer':
      return c('netRefused.unknownPlayer', { player: refusal.player });
    case 'unknownTeam':
      return c('netRefused.unknownTeam', { team: refusal.team });
    case 'roomFull':
      return c('netRefused.roomFull', { count: refusal.max });
    case 'noRoom':
      return c('netRefused.noRoom', { room: refusal.room });
    case 'notSeated':
    case 'badKey':
    case 'tooFast':
    case 'serverError':
      return c(`netRefused.${refusal.code}`);
  }
}
