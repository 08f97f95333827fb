import { quoted, type Refusal } from '../engine';
import type { Language, Translate } from './index';

// A refused move, told in the player's language: one exhaustive function per language over the
// engine's and the machine's closed set of codes (engine/refusals.ts). Roles, phases, actions and
// stances are named as the rest of the UI names them; a value the player sent is quoted briefly.

type Render = (r: Refusal, t: Translate) => string;

const role = (t: Translate, id: string | null) => (id ? t(`roles.${id}`) : '—');
const phase = (t: Translate, id: string) => t(`phases.${id}`);
const action = (t: Translate, id: string) => t(`actions.${id}.name`, { defaultValue: quoted(id) });
const stance = (t: Translate, id: string) => t(`stances.${id}`, { defaultValue: quoted(id) });
const track = (t: Translate, id: string) => t(`tracks.${id}`, { defaultValue: quoted(id) });
/** A seat: a role, or the control cell. */
const seat = (t: Translate, id: string) => (id === 'facilitator' ? t('exercise.facilitator') : role(t, id));

// Spanish names a role inside a sentence with its article ("le toca a la SEDENA"), and its verb
// agrees with it: "los cárteles" is the one plural role name.
const roleEs = (t: Translate, id: string | null) => (id ? t(`roleInSentence.${id}`) : '—');
const seatEs = (t: Translate, id: string) => (id === 'facilitator' ? t('exercise.facilitator') : roleEs(t, id));
const agrees = (id: string | null, singular: string, plural: string) => (id === 'tco' ? plural : singular);

function unreachable(r: never): string {
  return String((r as { code: unknown }).code);
}

const english: Render = (r, t) => {
  switch (r.code) {
    case 'wrongPhase':
      return `that move is not allowed during the ${phase(t, r.phase)} phase`;
    case 'gameOver':
      return 'the game is over';
    case 'unknownParty':
      return `there is no party ${quoted(r.party)}`;
    case 'unknownOption':
      return `there is no option ${quoted(r.option)} (the options are A, B, C and D)`;
    case 'optionNeedsLawEnforcement':
      return 'Option C needs its sub-choice: with or without a law-enforcement component';
    case 'notThisCard':
      return r.awaiting ? `the card awaiting a choice is ${quoted(r.awaiting)}, not ${quoted(r.card)}` : 'no card is awaiting a choice';
    case 'unknownCardOption':
      return `card ${quoted(r.card)} has no choice ${quoted(r.option)}`;
    case 'cardOptionTooDear':
      return `that choice costs ${r.cost} political capital and ${role(t, r.role)} has ${r.capital}`;
    case 'unknownRole':
      return `there is no role ${quoted(r.role)}`;
    case 'notYourTurn':
      return `it is ${role(t, r.due)}'s turn to decide, not ${role(t, r.role)}'s`;
    case 'unknownAction':
      return `there is no action ${quoted(r.action)}`;
    case 'notYourAction':
      return `“${action(t, r.action)}” belongs to ${role(t, r.owner)}, not to ${role(t, r.role)}`;
    case 'actionTwice':
      return `“${action(t, r.action)}” is chosen twice`;
    case 'actionUnavailable':
      return `“${action(t, r.action)}” is not available now`;
    case 'overBudget':
      return `those actions cost ${r.cost} political capital and ${role(t, r.role)} has ${r.capital}`;
    case 'stanceNotMexico':
      return "only Mexico's presidency sets a stance";
    case 'stanceNotAllowed':
      return `the stance “${stance(t, r.stance)}” is not allowed under the strategy in force`;
    case 'reasonRequired':
      return 'the control cell must give a reason, for the exercise log';
    case 'unknownCard':
      return `there is no card ${quoted(r.card)} in this scenario's deck`;
    case 'cardPlayed':
      return `card ${quoted(r.card)} has already been played in this game`;
    case 'injectNeedsTitle':
      return 'a card written on the spot needs a title';
    case 'badEffect':
      return `${track(t, r.track)} cannot be set to ${quoted(r.value)}`;
    case 'cardNotThisYear':
      return `card ${quoted(r.card)} was not drawn this year`;
    case 'badSeats':
      return 'every role must be played by a team or the computer';
    case 'notYourSeat':
      return r.due ? `only ${seat(t, r.due)} may make this move now, not ${seat(t, r.by)}` : `${seat(t, r.by)} may not make this move now`;
    case 'noGame':
      return 'no game is in progress';
    case 'noReport':
      return `there is no report to close during the ${phase(t, r.phase)} phase`;
    case 'computerSeat':
      return `${role(t, r.role)} is played by the computer`;
    case 'gameInProgress':
      return 'a game is in progress: start a new game first';
    case 'notNow':
      return 'that is not allowed now';
    default:
      return unreachable(r);
  }
};

const spanish: Render = (r, t) => {
  switch (r.code) {
    case 'wrongPhase':
      return `esa jugada no está permitida en la fase de ${phase(t, r.phase)}`;
    case 'gameOver':
      return 'la partida ha terminado';
    case 'unknownParty':
      return `no existe el partido ${quoted(r.party)}`;
    case 'unknownOption':
      return `no existe la opción ${quoted(r.option)} (las opciones son A, B, C y D)`;
    case 'optionNeedsLawEnforcement':
      return 'la opción C exige elegir: con o sin un componente policial';
    case 'notThisCard':
      return r.awaiting ? `la carta que espera una decisión es ${quoted(r.awaiting)}, no ${quoted(r.card)}` : 'ninguna carta espera una decisión';
    case 'unknownCardOption':
      return `la carta ${quoted(r.card)} no tiene la opción ${quoted(r.option)}`;
    case 'cardOptionTooDear':
      return `esa opción cuesta ${r.cost} de capital político y ${roleEs(t, r.role)} ${agrees(r.role, 'tiene', 'tienen')} ${r.capital}`;
    case 'unknownRole':
      return `no existe el rol ${quoted(r.role)}`;
    case 'notYourTurn':
      return `le toca decidir a ${roleEs(t, r.due)}, no a ${roleEs(t, r.role)}`;
    case 'unknownAction':
      return `no existe la acción ${quoted(r.action)}`;
    case 'notYourAction':
      return `«${action(t, r.action)}» corresponde a ${roleEs(t, r.owner)}, no a ${roleEs(t, r.role)}`;
    case 'actionTwice':
      return `«${action(t, r.action)}» está elegida dos veces`;
    case 'actionUnavailable':
      return `«${action(t, r.action)}» no está disponible ahora`;
    case 'overBudget':
      return `esas acciones cuestan ${r.cost} de capital político y ${roleEs(t, r.role)} ${agrees(r.role, 'tiene', 'tienen')} ${r.capital}`;
    case 'stanceNotMexico':
      return 'solo la Presidencia de México fija la postura';
    case 'stanceNotAllowed':
      return `la postura «${stance(t, r.stance)}» no está permitida con la estrategia vigente`;
    case 'reasonRequired':
      return 'la célula de control debe dar un motivo, para el registro del ejercicio';
    case 'unknownCard':
      return `no hay ninguna carta ${quoted(r.card)} en el mazo de este escenario`;
    case 'cardPlayed':
      return `la carta ${quoted(r.card)} ya se jugó en esta partida`;
    case 'injectNeedsTitle':
      return 'una carta escrita en el momento necesita un título';
    case 'badEffect':
      return `${track(t, r.track)} no puede tomar el valor ${quoted(r.value)}`;
    case 'cardNotThisYear':
      return `la carta ${quoted(r.card)} no salió este año`;
    case 'badSeats':
      return 'cada rol debe jugarlo un equipo o la computadora';
    case 'notYourSeat':
      return r.due ? `solo ${seatEs(t, r.due)} ${agrees(r.due, 'puede', 'pueden')} hacer esta jugada ahora, no ${seatEs(t, r.by)}` : `${seatEs(t, r.by)} no ${agrees(r.by, 'puede', 'pueden')} hacer esta jugada ahora`;
    case 'noGame':
      return 'no hay ninguna partida en curso';
    case 'noReport':
      return `no hay ningún informe que cerrar en la fase de ${phase(t, r.phase)}`;
    case 'computerSeat':
      return `el rol de ${roleEs(t, r.role)} lo juega la computadora`;
    case 'gameInProgress':
      return 'hay una partida en curso: empiece antes una nueva';
    case 'notNow':
      return 'eso no está permitido ahora';
    default:
      return unreachable(r);
  }
};

const RENDER: Readonly<Record<Language, Render>> = { en: english, es: spanish };

/** Why a move was refused, in `language`. */
export function refusalMessage(r: Refusal, language: Language, t: Translate): string {
  return RENDER[language](r, t);
}
