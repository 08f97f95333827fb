import { quoted } from '../engine';
import type { ExerciseRefusal } from '../exercise/refusals';
import type { Language, Translate } from './index';
import { refusalMessage } from './refusals';

// A refused exercise command (exercise/refusals.ts), told in the facilitator's language: one
// exhaustive function per language over the closed set of codes, as i18n/refusals.ts does for the
// game's own moves (a 'game' refusal is handed to it). Commands are named as the console names
// them; a value someone typed is quoted briefly.

type Render = (r: ExerciseRefusal, t: Translate) => string;

/** What each command is called in a sentence ("… needs a reason"): the exercise's command types and the few other names it uses. */
const COMMANDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    move: 'a move',
    seal: 'a secret decision',
    roster: 'a change of roster',
    settings: 'a change of settings',
    inject: 'an inject',
    'inject title': 'a card written on the spot',
    planInject: 'an entry of the events list',
    release: 'releasing an inject',
    rule: 'a ruling',
    ruling: 'a free ruling',
    pause: 'a pause',
    resume: 'resuming',
    extend: 'extending the phase',
    skip: 'closing the phase',
    undo: 'undoing the phase',
    tick: 'the clock',
    note: 'a note',
    hotwash: 'the hot wash',
    fork: 'a fork',
  },
  es: {
    move: 'una jugada',
    seal: 'una decisión secreta',
    roster: 'un cambio de equipos',
    settings: 'un cambio de ajustes',
    inject: 'una inyección',
    'inject title': 'una carta escrita en el momento',
    planInject: 'una entrada de la lista de eventos',
    release: 'liberar una inyección',
    rule: 'un fallo',
    ruling: 'un fallo libre',
    pause: 'una pausa',
    resume: 'reanudar',
    extend: 'alargar la fase',
    skip: 'cerrar la fase',
    undo: 'deshacer la fase',
    tick: 'el reloj',
    note: 'una nota',
    hotwash: 'la sesión de balance',
    fork: 'una bifurcación',
  },
};

const command = (language: Language, id: string) => COMMANDS[language][id] ?? quoted(id);
const role = (t: Translate, id: string) => t(`roles.${id}`, { defaultValue: quoted(id) });
/** A role inside a Spanish sentence, with its article ("el rol de la SEDENA"). */
const roleEs = (t: Translate, id: string) => t(`roleInSentence.${id}`, { defaultValue: quoted(id) });

function unreachable(r: never): string {
  return String((r as { code: unknown }).code);
}

const english: Render = (r, t) => {
  switch (r.code) {
    case 'reasonRequired':
      return `${capital(command('en', r.command))} needs a reason, for the exercise log`;
    case 'textRequired':
      return `${capital(command('en', r.command))} needs some text`;
    case 'paused':
      return 'the exercise is paused: resume it first';
    case 'over':
      return 'the exercise is over: the hot wash has begun';
    case 'facilitatorOnly':
      return `only the control cell may make ${command('en', r.command)}`;
    case 'readOnly':
      return 'the projector only watches';
    case 'unknownTeam':
      return `there is no team ${quoted(r.team)}`;
    case 'notYourRole':
      return `team ${quoted(r.team)} does not play ${r.role === 'nobody' ? 'the role due now' : role(t, r.role)}`;
    case 'wrongMode':
      return r.mode === 'secret' ? 'in this exercise the teams decide in secret: seal the decision instead' : 'in this exercise the teams decide in turn, not in secret';
    case 'notDeciding':
      return 'no team is deciding now';
    case 'unknownInject':
      return `there is no inject ${quoted(r.inject)} in the events list`;
    case 'alreadyReleased':
      return `inject ${quoted(r.inject)} has already been released`;
    case 'unknownCard':
      return `there is no card ${quoted(r.card)} in this scenario's deck`;
    case 'badValue':
      return `${quoted(r.field)} cannot be ${quoted(r.value)}`;
    case 'nothingToUndo':
      return 'there is no earlier phase to go back to';
    case 'noSuchYear':
      return `the exercise has not played the year ${r.year}`;
    case 'badRoster':
      return { empty: 'the roster has no team', duplicateRole: 'two teams play the same role', duplicateId: 'two teams have the same id', noName: 'a team has no name' }[r.problem];
    case 'tooManyNotes':
      return r.scope === 'seat' ? `this seat has written ${r.limit} notes, the most one seat may write` : `the exercise holds ${r.limit} notes, the most it can keep`;
    case 'game':
      return refusalMessage(r.refusal, 'en', t);
    default:
      return unreachable(r);
  }
};

const spanish: Render = (r, t) => {
  switch (r.code) {
    case 'reasonRequired':
      return `${capital(command('es', r.command))} necesita un motivo, para el registro del ejercicio`;
    case 'textRequired':
      return `${capital(command('es', r.command))} necesita un texto`;
    case 'paused':
      return 'el ejercicio está en pausa: reanúdelo antes';
    case 'over':
      return 'el ejercicio ha terminado: ha comenzado la sesión de balance';
    case 'facilitatorOnly':
      return `solo la célula de control puede hacer ${command('es', r.command)}`;
    case 'readOnly':
      return 'el proyector solo observa';
    case 'unknownTeam':
      return `no existe el equipo ${quoted(r.team)}`;
    case 'notYourRole':
      return `el equipo ${quoted(r.team)} no juega ${r.role === 'nobody' ? 'el rol al que le toca ahora' : `el rol de ${roleEs(t, r.role)}`}`;
    case 'wrongMode':
      return r.mode === 'secret' ? 'en este ejercicio los equipos deciden en secreto: selle la decisión' : 'en este ejercicio los equipos deciden por turnos, no en secreto';
    case 'notDeciding':
      return 'ningún equipo está decidiendo ahora';
    case 'unknownInject':
      return `no hay ninguna inyección ${quoted(r.inject)} en la lista de eventos`;
    case 'alreadyReleased':
      return `la inyección ${quoted(r.inject)} ya se liberó`;
    case 'unknownCard':
      return `no hay ninguna carta ${quoted(r.card)} en el mazo de este escenario`;
    case 'badValue':
      return `${quoted(r.field)} no puede valer ${quoted(r.value)}`;
    case 'nothingToUndo':
      return 'no hay ninguna fase anterior a la que volver';
    case 'noSuchYear':
      return `el ejercicio no ha jugado el año ${r.year}`;
    case 'badRoster':
      return { empty: 'no hay ningún equipo', duplicateRole: 'dos equipos juegan el mismo rol', duplicateId: 'dos equipos tienen el mismo identificador', noName: 'un equipo no tiene nombre' }[r.problem];
    case 'tooManyNotes':
      return r.scope === 'seat' ? `este puesto ya ha escrito ${r.limit} notas, el máximo para un puesto` : `el ejercicio ya guarda ${r.limit} notas, el máximo que puede guardar`;
    case 'game':
      return refusalMessage(r.refusal, 'es', t);
    default:
      return unreachable(r);
  }
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const RENDER: Readonly<Record<Language, Render>> = { en: english, es: spanish };

/** Why the exercise refused a command, in `language`. */
export function exerciseRefusalMessage(r: ExerciseRefusal, language: Language, t: Translate): string {
  return RENDER[language](r, t);
}
