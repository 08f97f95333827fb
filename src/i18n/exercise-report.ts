import type { MomentKind } from '../engine';
import type { DecideMode } from '../exercise/types';
import type { FlowAct, RecommendationEvidence, RecommendationId } from '../exercise/hotwash';
import type { Language } from './index';

// The after-action report's words (ui/exercise-report/ renders it), in English and Spanish. The
// game's own names (tracks, bands, roles, actions, strategies, moments) come from the main string
// tables; this table holds what only the report says. Both languages implement one interface, so a
// missing string is a type error, not a gap in a printed report.

/** How a report formats the values it cites, in its language. */
export interface ReportFormat {
  readonly num: (value: number) => string;
  readonly strategy: (token: string | null) => string;
}

export type PromptMomentKind = Exclude<MomentKind, 'sexenioEnd'>;

export interface ExerciseReportStrings {
  readonly documentTitle: string;
  readonly source: string;
  readonly sections: {
    readonly summary: string;
    readonly timeline: string;
    readonly tracks: string;
    readonly charts: string;
    readonly objectives: string;
    readonly prompts: string;
    readonly notes: string;
  };
  readonly summary: {
    readonly scenario: string;
    readonly seed: string;
    readonly teams: string;
    readonly decideLabel: string;
    readonly decide: Readonly<Record<DecideMode, string>>;
    readonly duration: string;
    readonly outcomeLabel: string;
    readonly outcome: (band: string, value: string, year: number) => string;
    readonly unfinished: (year: number) => string;
    readonly strategy: string;
    readonly events: (total: number, released: number) => string;
    readonly eventsLabel: string;
  };
  readonly columns: {
    readonly time: string;
    readonly year: string;
    readonly who: string;
    readonly what: string;
    readonly why: string;
    readonly track: string;
    readonly objective: string;
    readonly result: string;
    readonly value: string;
  };
  readonly who: {
    readonly controlCell: string;
    readonly projector: string;
    readonly observer: (name: string) => string;
    readonly team: (team: string, role: string) => string;
  };
  readonly timeline: {
    readonly noAction: string;
    readonly byComputer: string;
    readonly stance: (stance: string) => string;
    readonly strategy: (strategy: string) => string;
    readonly cardChoice: (card: string, choice: string) => string;
    readonly card: (title: string) => string;
    readonly cardScheduled: (title: string) => string;
    readonly cardInjected: (title: string) => string;
    readonly inject: (title: string) => string;
    readonly injectPlanned: (id: string) => string;
    readonly customCard: (title: string, text: string) => string;
    readonly ruling: {
      readonly accept: string;
      readonly override: (track: string, value: string) => string;
      readonly overrideIntel: (level: string) => string;
      readonly cancel: (card: string) => string;
      readonly free: (text: string) => string;
    };
    readonly flow: Readonly<Record<Exclude<FlowAct, 'sealed' | 'revealed' | 'extend'>, string>>;
    readonly sealed: (team: string) => string;
    readonly revealed: (teams: string) => string;
    readonly extend: (minutes: string) => string;
    readonly private: string;
    readonly empty: string;
  };
  readonly objectives: {
    readonly met: string;
    readonly notMet: string;
    readonly forTheRoom: string;
    readonly none: string;
    readonly typed: string;
  };
  readonly prompts: {
    readonly intro: string;
    readonly fromPaper: string;
    readonly fromGame: string;
    readonly fromInjects: string;
    readonly fromObjectives: string;
    readonly recommendation: Readonly<Record<RecommendationId, { readonly title: string; readonly question: string }>>;
    readonly evidence: (e: RecommendationEvidence, f: ReportFormat) => string;
    readonly moment: Readonly<Record<PromptMomentKind, string>>;
    readonly inject: (objective: string, expected: string) => string;
    readonly objectiveMissed: (team: string, objective: string, value: string) => string;
    readonly objectiveOpen: (team: string, objective: string) => string;
    readonly none: string;
  };
  readonly notes: {
    readonly none: string;
    readonly about: (what: string) => string;
  };
  readonly charts: {
    readonly relationship: string;
    readonly ties: string;
    readonly security: string;
    readonly violence: string;
    readonly intelligence: string;
  };
  /** The intelligence-sharing column of the CSV, which holds the level's rank. */
  readonly intelColumn: (name: string) => string;
}

/** The noun (or phrase) that agrees with a count: "1 year", "2 years"; "1 oferta rechazada". */
const agree = (n: number, one: string, other: string) => (n === 1 ? one : other);
const sign = (n: number, f: ReportFormat) => (n > 0 ? `+${f.num(n)}` : n < 0 ? `−${f.num(-n)}` : '±0');

const english: ExerciseReportStrings = {
  documentTitle: 'After-action report',
  source: 'After R. Downie, Critical Strategic Decisions in Mexico: the Future of US/Mexican Defense Relations (CHDS, July 2011).',
  sections: {
    summary: 'The exercise at a glance',
    timeline: 'What happened, in order',
    tracks: 'The tracks year by year',
    charts: 'The tracks over time',
    objectives: "The teams' objectives",
    prompts: 'Questions for the discussion',
    notes: "The observers' notes",
  },
  summary: {
    scenario: 'Scenario',
    seed: 'Seed (replays the same world)',
    teams: 'Teams',
    decideLabel: 'How the teams decided',
    decide: { inTurn: 'in turn, on the console', secret: 'in secret, revealed together' },
    duration: 'Duration',
    outcomeLabel: 'Outcome',
    outcome: (band, value, year) => `The relationship stands ${band} (${value}) in ${year}.`,
    unfinished: (year) => `The exercise stopped before the end of the game, in ${year}.`,
    strategy: "Mexico's strategy",
    eventsLabel: 'Master events list',
    events: (total, released) => `${released} of ${total} ${agree(total, 'inject', 'injects')} released`,
  },
  columns: { time: 'Time', year: 'Year', who: 'Who', what: 'What', why: 'Why', track: 'Track', objective: 'Objective', result: 'Result', value: 'Value' },
  who: {
    controlCell: 'Control cell',
    projector: 'Projector',
    observer: (name) => `Observer ${name}`,
    team: (team, role) => `${team} (${role})`,
  },
  timeline: {
    noAction: 'no action',
    byComputer: 'played by the computer',
    stance: (stance) => `stance: ${stance}`,
    strategy: (strategy) => `Strategy chosen: ${strategy}`,
    cardChoice: (card, choice) => `${card}: ${choice}`,
    card: (title) => `Card drawn: ${title}`,
    cardScheduled: (title) => `Scheduled card: ${title}`,
    cardInjected: (title) => `Card in play by inject: ${title}`,
    inject: (title) => `Inject: ${title}`,
    injectPlanned: (id) => `events list: ${id}`,
    customCard: (title, text) => `${title}${text ? ` — ${text}` : ''}`,
    ruling: {
      accept: "Ruling: the engine's result stands",
      override: (track, value) => `Ruling: ${track} set to ${value}`,
      overrideIntel: (level) => `Ruling: intelligence sharing set to ${level}`,
      cancel: (card) => `Ruling: the effects of “${card}” cancelled`,
      free: (text) => `Ruling: ${text}`,
    },
    flow: {
      setup: 'The exercise begins',
      roster: 'The roster changes',
      settings: 'The settings change',
      injectPlanned: 'An inject is added to the events list',
      injectDropped: 'An inject is taken off the events list',
      pause: 'Paused',
      resume: 'Resumed',
      skip: 'Phase closed by the control cell',
      undo: 'Back to the start of the phase',
      fork: 'Exercise forked from an earlier year',
      clockExpired: 'Time is up for the phase',
      hotwash: 'The hot wash begins',
    },
    sealed: (team) => `${team} has decided (sealed)`,
    revealed: (teams) => `Decisions revealed: ${teams}`,
    extend: (minutes) => `Phase extended by ${minutes} min`,
    private: 'control cell only',
    empty: 'Nothing was recorded.',
  },
  objectives: { met: 'Met', notMet: 'Not met', forTheRoom: 'For the room to judge', none: 'No objectives were set for this team.', typed: "set by the facilitator" },
  prompts: {
    intro: "Start with what each team meant to do and what happened; then test the paper's recommendations against this exercise; then the turning points.",
    fromPaper: "The paper's five recommendations to the United States (§4)",
    fromGame: 'The moments the exercise turned',
    fromInjects: 'The injects: expected and actual responses',
    fromObjectives: 'Objectives to talk through',
    recommendation: {
      window: { title: 'Demonstrate success in the window of opportunity', question: 'Did the outgoing government look successful enough for the next one to stay the course? What could the United States have done, visibly and without encroaching, before the choice?' },
      continuity: { title: 'Offer continuity in the defense relationship', question: 'Which shared missions kept the militaries working together, and which years did they drift apart?' },
      institutionalize: { title: 'Expand and institutionalize the linkages', question: 'Did the institutions built damp the shocks of this exercise? Where would one more agreement, board or combined unit have changed the outcome?' },
      comprehensive: { title: 'A comprehensive strategy that shows solidarity', question: 'Did the United States show in deeds, not words, that it was a partner: aid on time, a follow-up to Mérida, guns and cash southbound, demand?' },
      expectations: { title: 'Realistic objectives and managed expectations', question: 'Did either side ask for what the other could not deliver? How did refused offers and sovereignty tension shape the relationship?' },
    },
    evidence: (e, f) => {
      switch (e.id) {
        case 'window':
          return `In this exercise: support for the strategy stood at ${f.num(e.supportBefore)} and violence at ${f.num(e.violenceBefore)} killings a year when the incoming president chose ${f.strategy(e.strategy)}.`;
        case 'continuity':
          return `In this exercise: personal ties went from ${f.num(e.from)} to ${f.num(e.to)}, with ${e.sharedMissionYears} ${agree(e.sharedMissionYears, 'year', 'years')} of shared mission.`;
        case 'institutionalize':
          return `In this exercise: institutionalization went from ${f.num(e.from)} to ${f.num(e.to)}${e.worstDropYear !== null ? `; the relationship's worst year was ${e.worstDropYear} (${sign(-e.worstDrop, f)})` : '; the relationship never fell from one year to the next'}.`;
        case 'comprehensive':
          return `In this exercise: US commitment went from ${f.num(e.commitmentFrom)} to ${f.num(e.commitmentTo)}, police capacity from ${f.num(e.policeFrom)} to ${f.num(e.policeTo)}.`;
        case 'expectations':
          return `In this exercise: ${e.refusedOffers} ${agree(e.refusedOffers, 'US offer', 'US offers')} refused; sovereignty tension peaked at ${f.num(e.tensionMax)}.`;
      }
    },
    moment: {
      election: 'Did the vote go the way the teams expected, and what in the campaign years moved it?',
      strategy: 'Why this strategy? Would the teams choose it again, knowing what followed?',
      band: 'What moved the relationship across this line, and could the teams have seen it coming?',
      intelligence: 'What changed the flow of intelligence, and who gained from it?',
      offerRefused: 'Why did Mexico say no, and what would have made the offer acceptable?',
      handover: 'Were the police ready to lead? What did the hand-over cost the military relationship?',
      accommodationKnown: 'What did the United States do once it knew, and what should it have done?',
      fragmentation: 'Why did the bargain break down, and who paid for it?',
    },
    inject: (objective, expected) => `Purpose: ${objective} Expected: ${expected} What did the teams actually do, and why?`,
    objectiveMissed: (team, objective, value) => `${team} did not meet “${objective}” (${value}). What would it have taken?`,
    objectiveOpen: (team, objective) => `${team}: was “${objective}” achieved? The room decides.`,
    none: 'No prompts.',
  },
  notes: { none: 'No notes were taken.', about: (what) => `about ${what}` },
  charts: {
    relationship: 'The relationship and its bands: headline, SEDENA and SEMAR',
    ties: 'Institutions, personal ties, US commitment and sovereignty tension',
    security: 'Cartel power, public support, police capacity and rule of law',
    violence: 'Violence: killings a year',
    intelligence: 'Intelligence sharing',
  },
  intelColumn: (name) => `${name} (0–3)`,
};

const spanish: ExerciseReportStrings = {
  documentTitle: 'Informe posterior a la acción',
  source: 'Basado en R. Downie, Critical Strategic Decisions in Mexico: the Future of US/Mexican Defense Relations (CHDS, julio de 2011).',
  sections: {
    summary: 'El ejercicio de un vistazo',
    timeline: 'Lo que ocurrió, en orden',
    tracks: 'Los indicadores año por año',
    charts: 'Los indicadores a lo largo del tiempo',
    objectives: 'Los objetivos de los equipos',
    prompts: 'Preguntas para la discusión',
    notes: 'Las notas de los observadores',
  },
  summary: {
    scenario: 'Escenario',
    seed: 'Semilla (reproduce el mismo mundo)',
    teams: 'Equipos',
    decideLabel: 'Cómo decidieron los equipos',
    decide: { inTurn: 'por turnos, en la consola', secret: 'en secreto, reveladas a la vez' },
    duration: 'Duración',
    outcomeLabel: 'Resultado',
    outcome: (band, value, year) => `La relación queda ${band} (${value}) en ${year}.`,
    unfinished: (year) => `El ejercicio se detuvo antes del final de la partida, en ${year}.`,
    strategy: 'Estrategia de México',
    eventsLabel: 'Lista maestra de eventos',
    events: (total, released) => `${released} de ${total} ${agree(total, 'inyección liberada', 'inyecciones liberadas')}`,
  },
  columns: { time: 'Hora', year: 'Año', who: 'Quién', what: 'Qué', why: 'Por qué', track: 'Indicador', objective: 'Objetivo', result: 'Resultado', value: 'Valor' },
  who: {
    controlCell: 'Célula de control',
    projector: 'Proyector',
    observer: (name) => `Observador ${name}`,
    team: (team, role) => `${team} (${role})`,
  },
  timeline: {
    noAction: 'ninguna acción',
    byComputer: 'jugado por la computadora',
    stance: (stance) => `postura: ${stance}`,
    strategy: (strategy) => `Estrategia elegida: ${strategy}`,
    cardChoice: (card, choice) => `${card}: ${choice}`,
    card: (title) => `Carta robada: ${title}`,
    cardScheduled: (title) => `Carta programada: ${title}`,
    cardInjected: (title) => `Carta en juego por inyección: ${title}`,
    inject: (title) => `Inyección: ${title}`,
    injectPlanned: (id) => `lista de eventos: ${id}`,
    customCard: (title, text) => `${title}${text ? ` — ${text}` : ''}`,
    ruling: {
      accept: 'Fallo: el resultado del motor se mantiene',
      override: (track, value) => `Fallo: ${track} fijado en ${value}`,
      overrideIntel: (level) => `Fallo: intercambio de inteligencia fijado en ${level}`,
      cancel: (card) => `Fallo: se anulan los efectos de «${card}»`,
      free: (text) => `Fallo: ${text}`,
    },
    flow: {
      setup: 'Comienza el ejercicio',
      roster: 'Cambia la lista de equipos',
      settings: 'Cambia la configuración',
      injectPlanned: 'Se añade una inyección a la lista de eventos',
      injectDropped: 'Se quita una inyección de la lista de eventos',
      pause: 'En pausa',
      resume: 'Se reanuda',
      skip: 'La célula de control cierra la fase',
      undo: 'Vuelta al inicio de la fase',
      fork: 'Ejercicio bifurcado desde un año anterior',
      clockExpired: 'Se acabó el tiempo de la fase',
      hotwash: 'Comienza la evaluación en caliente',
    },
    sealed: (team) => `${team} ha decidido (en sobre cerrado)`,
    revealed: (teams) => `Decisiones reveladas: ${teams}`,
    extend: (minutes) => `Fase prolongada ${minutes} min`,
    private: 'solo la célula de control',
    empty: 'No se registró nada.',
  },
  objectives: { met: 'Cumplido', notMet: 'No cumplido', forTheRoom: 'Lo juzga la sala', none: 'No se fijaron objetivos para este equipo.', typed: 'fijado por el facilitador' },
  prompts: {
    intro: 'Empiece por lo que cada equipo quería hacer y lo que ocurrió; luego contraste las recomendaciones del estudio con este ejercicio; después, los momentos decisivos.',
    fromPaper: 'Las cinco recomendaciones del estudio a Estados Unidos (§4)',
    fromGame: 'Los momentos en que el ejercicio dio un giro',
    fromInjects: 'Las inyecciones: respuestas esperadas y reales',
    fromObjectives: 'Objetivos para comentar',
    recommendation: {
      window: { title: 'Demostrar éxitos en la ventana de oportunidad', question: '¿Parecía el gobierno saliente lo bastante exitoso para que el siguiente mantuviera el rumbo? ¿Qué pudo hacer Estados Unidos, de forma visible y sin intromisión, antes de la decisión?' },
      continuity: { title: 'Dar continuidad a la relación de defensa', question: '¿Qué misiones compartidas mantuvieron juntas a las fuerzas armadas, y en qué años se distanciaron?' },
      institutionalize: { title: 'Ampliar e institucionalizar los vínculos', question: '¿Amortiguaron las instituciones construidas los choques de este ejercicio? ¿Dónde habría cambiado el resultado un acuerdo, una junta o una unidad combinada más?' },
      comprehensive: { title: 'Una estrategia integral que muestre solidaridad', question: '¿Demostró Estados Unidos con hechos, no con palabras, que era un socio: ayuda a tiempo, un seguimiento de Mérida, armas y dinero hacia el sur, demanda?' },
      expectations: { title: 'Objetivos realistas y expectativas manejadas', question: '¿Pidió alguna de las partes lo que la otra no podía dar? ¿Cómo marcaron la relación las ofertas rechazadas y la tensión por la soberanía?' },
    },
    evidence: (e, f) => {
      switch (e.id) {
        case 'window':
          return `En este ejercicio: el apoyo a la estrategia estaba en ${f.num(e.supportBefore)} y la violencia en ${f.num(e.violenceBefore)} homicidios al año cuando el presidente entrante eligió ${f.strategy(e.strategy)}.`;
        case 'continuity':
          return `En este ejercicio: los lazos personales pasaron de ${f.num(e.from)} a ${f.num(e.to)}, con ${e.sharedMissionYears} ${agree(e.sharedMissionYears, 'año', 'años')} de misión compartida.`;
        case 'institutionalize':
          return `En este ejercicio: la institucionalización pasó de ${f.num(e.from)} a ${f.num(e.to)}${e.worstDropYear !== null ? `; el peor año de la relación fue ${e.worstDropYear} (${sign(-e.worstDrop, f)})` : '; la relación nunca bajó de un año al siguiente'}.`;
        case 'comprehensive':
          return `En este ejercicio: el compromiso de EE. UU. pasó de ${f.num(e.commitmentFrom)} a ${f.num(e.commitmentTo)}, y la capacidad policial de ${f.num(e.policeFrom)} a ${f.num(e.policeTo)}.`;
        case 'expectations':
          return `En este ejercicio: ${e.refusedOffers} ${agree(e.refusedOffers, 'oferta de EE. UU. rechazada', 'ofertas de EE. UU. rechazadas')}; la tensión por la soberanía llegó a ${f.num(e.tensionMax)}.`;
      }
    },
    moment: {
      election: '¿Salió la votación como esperaban los equipos, y qué la movió en los años de campaña?',
      strategy: '¿Por qué esta estrategia? ¿La elegirían de nuevo los equipos, sabiendo lo que siguió?',
      band: '¿Qué hizo cruzar esta línea a la relación, y podían los equipos haberlo previsto?',
      intelligence: '¿Qué cambió el flujo de inteligencia, y quién ganó con ello?',
      offerRefused: '¿Por qué dijo que no México, y qué habría hecho aceptable la oferta?',
      handover: '¿Estaba lista la policía para tomar el mando? ¿Qué le costó el relevo a la relación militar?',
      accommodationKnown: '¿Qué hizo Estados Unidos al saberlo, y qué debió hacer?',
      fragmentation: '¿Por qué se rompió el pacto, y quién pagó por ello?',
    },
    inject: (objective, expected) => `Propósito: ${objective} Se esperaba: ${expected} ¿Qué hicieron en realidad los equipos, y por qué?`,
    objectiveMissed: (team, objective, value) => `${team} no cumplió «${objective}» (${value}). ¿Qué habría hecho falta?`,
    objectiveOpen: (team, objective) => `${team}: ¿se logró «${objective}»? Lo decide la sala.`,
    none: 'Sin preguntas.',
  },
  notes: { none: 'No se tomaron notas.', about: (what) => `sobre ${what}` },
  charts: {
    relationship: 'La relación y sus bandas: general, SEDENA y SEMAR',
    ties: 'Instituciones, lazos personales, compromiso de EE. UU. y tensión por la soberanía',
    security: 'Poder de los cárteles, apoyo público, capacidad policial y Estado de derecho',
    violence: 'Violencia: homicidios al año',
    intelligence: 'Intercambio de inteligencia',
  },
  intelColumn: (name) => `${name} (0–3)`,
};

export const EXERCISE_REPORT: Readonly<Record<Language, ExerciseReportStrings>> = { en: english, es: spanish };

export function exerciseReportStrings(language: Language): ExerciseReportStrings {
  return EXERCISE_REPORT[language];
}
