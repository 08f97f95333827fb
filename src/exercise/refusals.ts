import type { Refusal } from '../engine';

// Why the exercise refused a command: a closed code with typed values, rendered in each language by
// i18n/exercise-refusals.ts and in English here (for logs and tests).

export type ExerciseRefusal =
  /** The control cell's powers each need a reason, for the log and the hot wash. */
  | { readonly code: 'reasonRequired'; readonly command: string }
  | { readonly code: 'textRequired'; readonly command: string }
  | { readonly code: 'paused' }
  | { readonly code: 'over' }
  | { readonly code: 'facilitatorOnly'; readonly command: string }
  | { readonly code: 'readOnly' }
  | { readonly code: 'unknownTeam'; readonly team: string }
  | { readonly code: 'notYourRole'; readonly team: string; readonly role: string }
  | { readonly code: 'wrongMode'; readonly command: string; readonly mode: string }
  | { readonly code: 'notDeciding' }
  | { readonly code: 'unknownInject'; readonly inject: string }
  | { readonly code: 'alreadyReleased'; readonly inject: string }
  | { readonly code: 'unknownCard'; readonly card: string }
  | { readonly code: 'badValue'; readonly field: string; readonly value: string }
  | { readonly code: 'nothingToUndo' }
  | { readonly code: 'noSuchYear'; readonly year: number }
  | { readonly code: 'badRoster'; readonly problem: 'empty' | 'duplicateRole' | 'duplicateId' | 'noName' }
  /** A seat has written its share of notes, or the exercise holds all it can keep. */
  | { readonly code: 'tooManyNotes'; readonly scope: 'seat' | 'exercise'; readonly limit: number }
  /** The game's own rules refused the move. */
  | { readonly code: 'game'; readonly refusal: Refusal; readonly reason: string };

export type ExerciseRefusalCode = ExerciseRefusal['code'];

export function exerciseRefusalText(r: ExerciseRefusal): string {
  switch (r.code) {
    case 'reasonRequired':
      return `${r.command} needs a reason for the exercise log`;
    case 'textRequired':
      return `${r.command} needs some text`;
    case 'paused':
      return 'the exercise is paused';
    case 'over':
      return 'the exercise is over (the hot wash has begun)';
    case 'facilitatorOnly':
      return `only the facilitator may ${r.command}`;
    case 'readOnly':
      return 'the projector only watches';
    case 'unknownTeam':
      return `there is no team "${r.team}"`;
    case 'notYourRole':
      return `team "${r.team}" does not play ${r.role}`;
    case 'wrongMode':
      return `${r.command} is not how teams decide in this exercise (${r.mode})`;
    case 'notDeciding':
      return 'no team is deciding now';
    case 'unknownInject':
      return `there is no inject "${r.inject}" in the events list`;
    case 'alreadyReleased':
      return `inject "${r.inject}" has already been released`;
    case 'unknownCard':
      return `there is no card "${r.card}" in this scenario's deck`;
    case 'badValue':
      return `${r.field} cannot be ${r.value}`;
    case 'nothingToUndo':
      return 'there is no earlier phase to go back to';
    case 'noSuchYear':
      return `the exercise has not played the year ${r.year}`;
    case 'badRoster':
      return { empty: 'the roster has no team', duplicateRole: 'two teams play the same role', duplicateId: 'two teams have the same id', noName: 'a team has no name' }[r.problem];
    case 'tooManyNotes':
      return r.scope === 'seat' ? `this seat has written ${r.limit} notes, the most one seat may` : `the exercise holds ${r.limit} notes, the most it keeps`;
    case 'game':
      return r.reason;
  }
}
