import type { Phase, Role } from './types';

// Why a move is refused, as a closed set of codes with typed values: the engine and the machine
// decide the reason, each language renders it (the English below is the command line's; the UI
// renders every code in its own language, exhaustively, in i18n/refusals.ts). Values a player
// typed are kept as they came, for the renderer to quote briefly.

export type Refusal =
  // The engine's rules.
  | { readonly code: 'wrongPhase'; readonly action: string; readonly phase: Phase }
  | { readonly code: 'gameOver' }
  | { readonly code: 'unknownParty'; readonly party: string }
  | { readonly code: 'unknownOption'; readonly option: string }
  | { readonly code: 'optionNeedsLawEnforcement' }
  | { readonly code: 'notThisCard'; readonly card: string; readonly awaiting: string | null }
  | { readonly code: 'unknownCardOption'; readonly card: string; readonly option: string }
  | { readonly code: 'cardOptionTooDear'; readonly option: string; readonly cost: number; readonly role: Role; readonly capital: number }
  | { readonly code: 'unknownRole'; readonly role: string }
  | { readonly code: 'notYourTurn'; readonly role: Role; readonly due: Role | null }
  | { readonly code: 'unknownAction'; readonly action: string }
  | { readonly code: 'notYourAction'; readonly action: string; readonly owner: Role; readonly role: Role }
  | { readonly code: 'actionTwice'; readonly action: string }
  | { readonly code: 'actionUnavailable'; readonly action: string }
  | { readonly code: 'overBudget'; readonly cost: number; readonly role: Role; readonly capital: number }
  | { readonly code: 'stanceNotMexico' }
  | { readonly code: 'stanceNotAllowed'; readonly stance: string }
  // The control cell's acts (facilitator.ts).
  | { readonly code: 'reasonRequired'; readonly action: string }
  | { readonly code: 'unknownCard'; readonly card: string }
  | { readonly code: 'cardPlayed'; readonly card: string }
  | { readonly code: 'injectNeedsTitle' }
  | { readonly code: 'badEffect'; readonly track: string; readonly value: string }
  | { readonly code: 'cardNotThisYear'; readonly card: string }
  | { readonly code: 'badSeats' }
  // The machine's flow.
  | { readonly code: 'noGame' }
  | { readonly code: 'noReport'; readonly phase: Phase }
  | { readonly code: 'computerSeat'; readonly role: Role }
  | { readonly code: 'gameInProgress' }
  /** A move sent by a seat that may not make it (a team for another, a player for the control cell). */
  | { readonly code: 'notYourSeat'; readonly by: string; readonly due: string | null }
  | { readonly code: 'notNow'; readonly event: string };

export type RefusalCode = Refusal['code'];

/** A player's value quoted in a message: short, whatever was sent. */
export function quoted(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : (() => {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  })();
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}

/** The reason in English, for the command line, logs and errors. */
export function refusalText(r: Refusal): string {
  switch (r.code) {
    case 'wrongPhase':
      return `${r.action} is not allowed in the ${r.phase} phase`;
    case 'gameOver':
      return 'the game is over';
    case 'unknownParty':
      return `unknown party ${quoted(r.party)}`;
    case 'unknownOption':
      return `unknown option ${quoted(r.option)} (expected A, B, C or D)`;
    case 'optionNeedsLawEnforcement':
      return 'Option C needs its sub-choice: with or without a law-enforcement component';
    case 'notThisCard':
      return `the card awaiting a choice is ${quoted(r.awaiting ?? 'none')}, not ${quoted(r.card)}`;
    case 'unknownCardOption':
      return `card ${quoted(r.card)} has no choice ${quoted(r.option)}`;
    case 'cardOptionTooDear':
      return `${quoted(r.option)} costs ${r.cost} political capital but ${r.role} has ${r.capital}`;
    case 'unknownRole':
      return `unknown role ${quoted(r.role)}`;
    case 'notYourTurn':
      return `it is ${r.due ?? 'nobody'}'s turn to decide, not ${r.role}'s`;
    case 'unknownAction':
      return `unknown action ${quoted(r.action)}`;
    case 'notYourAction':
      return `${quoted(r.action)} is an action of ${r.owner}, not of ${r.role}`;
    case 'actionTwice':
      return `${quoted(r.action)} is chosen twice`;
    case 'actionUnavailable':
      return `${quoted(r.action)} is not available now`;
    case 'overBudget':
      return `the actions cost ${r.cost} but ${r.role} has ${r.capital} political capital`;
    case 'stanceNotMexico':
      return "only Mexico's presidency sets a stance";
    case 'stanceNotAllowed':
      return `stance ${quoted(r.stance)} is not allowed under the strategy in force`;
    case 'reasonRequired':
      return `${r.action} needs a reason for the exercise log`;
    case 'unknownCard':
      return `there is no card ${quoted(r.card)} in this scenario's deck`;
    case 'cardPlayed':
      return `card ${quoted(r.card)} has already been played in this game`;
    case 'injectNeedsTitle':
      return 'a card written on the spot needs a title';
    case 'badEffect':
      return `${quoted(r.track)} cannot be set to ${quoted(r.value)}`;
    case 'cardNotThisYear':
      return `card ${quoted(r.card)} was not drawn this year`;
    case 'badSeats':
      return 'every role must be played by a person or the computer';
    case 'notYourSeat':
      return `${r.by} may not make this move (due: ${r.due ?? 'nobody'})`;
    case 'noGame':
      return 'no game is in progress';
    case 'noReport':
      return `there is no report to close in the ${r.phase} phase`;
    case 'computerSeat':
      return `${r.role} is played by the computer`;
    case 'gameInProgress':
      return 'a game is in progress: start a new game first';
    case 'notNow':
      return `${quoted(r.event)} is not allowed now`;
  }
}
