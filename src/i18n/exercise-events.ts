import type { Inject } from '../exercise/types';
import { eventsListFrom, type InjectWords, type SampleInjectId } from '../exercise/events-list';
import type { Language } from './index';

// The sample master events list's words (exercise/events-list.ts holds its cards and years): for
// each inject, what the control cell puts it to the room for and the response it expects, in
// English and Spanish. The facilitator reads them on the console; the room sees only the card.

const WORDS: Readonly<Record<Language, Readonly<Record<SampleInjectId, InjectWords>>>> = {
  en: {
    'mel-merida-follow-up': {
      objective: 'Test US follow-through as the Mérida package ends (§4, a comprehensive strategy).',
      expectedResponse: 'The US team negotiates a follow-up strategy with Mexico and pays for it in capital, rather than extending the old programme or letting it lapse.',
    },
    'mel-before-rotation': {
      objective: 'Make the teams choose between people and institutions before the officers who built the ties rotate (§4, expand and institutionalize).',
      expectedResponse: 'The US writes the arrangements into signed agreements; Mexico keeps sovereignty tension low enough to accept them.',
    },
    'mel-arms-pipeline': {
      objective: 'Bring the southbound flow of guns and cash to the table and give the red team a move (§4, manage expectations).',
      expectedResponse: 'The red team chooses between heavy weapons and bribes; the US answers with a southbound enforcement effort or acknowledges its share of the problem.',
    },
    'mel-command-remark': {
      objective: "Strike the relationship with a sovereignty shock and see how much the year's institutions damp it (§2, the SOUTHCOM remark of 2000).",
      expectedResponse: 'The US moves to repair the damage (invites the Secretary of National Defense); SEDENA registers the snub; Mexico stays guarded rather than closed.',
    },
    'mel-public-criticism': {
      objective: 'A second political shock, aimed at SEDENA, later in the term: compare its cost with the first.',
      expectedResponse: 'The US walks the testimony back privately; the room notices whether higher institutionalization made this shock cheaper than the last.',
    },
    'mel-hurricane': {
      objective: 'Show the functional channel that survives any strategy: disaster relief (§2, Katrina 2005).',
      expectedResponse: 'Both militaries cooperate; the discussion asks which ties would remain if the strategy turned to accommodation.',
    },
    'mel-kidnapping-wave': {
      objective: 'Show the cartels diversifying into kidnapping and extortion, which makes any bargain with them unstable (§3, Option D).',
      expectedResponse: 'Mexico invests in the police or social programmes; the red team presses on public support; the room weighs what an accommodation would buy.',
    },
    'mel-realistic-objectives': {
      objective: 'Make the two governments set shared goals they can reach (§4, manage expectations).',
      expectedResponse: 'The US agrees a short list of attainable goals rather than pressing for sweeping reforms Mexico cannot pass.',
    },
    'mel-intelligence-withheld': {
      objective: 'Held: release if the incoming president chooses Option D. Put the US before the choice the paper foresees.',
      expectedResponse: 'The US cuts off sensitive intelligence or keeps a narrow channel with trusted Navy units, and says what it would take to restore it.',
    },
    'mel-combined-command': {
      objective: "Held: release if the relationship reaches Institutionalized. Debate the paper's lofty goal, a bi-national command under Mexican leadership.",
      expectedResponse: 'The US backs a command in Mexico under Mexican leadership, or waits; folding Mexico into NORAD is the sovereignty trap to avoid.',
    },
  },
  es: {
    'mel-merida-follow-up': {
      objective: 'Poner a prueba el cumplimiento de EE. UU. al terminar el paquete de Mérida (§4, una estrategia integral).',
      expectedResponse: 'El equipo de EE. UU. negocia con México una estrategia de seguimiento y la paga con capital, en lugar de prorrogar el programa o dejarlo expirar.',
    },
    'mel-before-rotation': {
      objective: 'Obligar a elegir entre personas e instituciones antes de que roten los oficiales que construyeron los lazos (§4, ampliar e institucionalizar).',
      expectedResponse: 'EE. UU. pone los arreglos por escrito en acuerdos firmados; México mantiene la tensión por la soberanía lo bastante baja para aceptarlos.',
    },
    'mel-arms-pipeline': {
      objective: 'Llevar a la mesa el flujo de armas y dinero hacia el sur y dar una jugada al equipo rojo (§4, manejar las expectativas).',
      expectedResponse: 'El equipo rojo elige entre armas pesadas y sobornos; EE. UU. responde con un esfuerzo de control hacia el sur o reconoce su parte del problema.',
    },
    'mel-command-remark': {
      objective: 'Golpear la relación con un choque de soberanía y ver cuánto lo amortiguan las instituciones del momento (§2, el comentario sobre el SOUTHCOM de 2000).',
      expectedResponse: 'EE. UU. repara el daño (invita al secretario de la Defensa Nacional); la SEDENA acusa el desaire; México se mantiene cauteloso, no cerrado.',
    },
    'mel-public-criticism': {
      objective: 'Un segundo choque político, dirigido a la SEDENA, más tarde en el sexenio: comparar su costo con el del primero.',
      expectedResponse: 'EE. UU. se retracta en privado; la sala observa si una mayor institucionalización hizo este choque más barato que el anterior.',
    },
    'mel-hurricane': {
      objective: 'Mostrar el canal funcional que sobrevive a cualquier estrategia: la ayuda ante desastres (§2, Katrina 2005).',
      expectedResponse: 'Las dos fuerzas armadas cooperan; la discusión pregunta qué lazos quedarían si la estrategia girara hacia el acomodo.',
    },
    'mel-kidnapping-wave': {
      objective: 'Mostrar a los cárteles diversificándose hacia el secuestro y la extorsión, lo que vuelve inestable cualquier pacto con ellos (§3, Opción D).',
      expectedResponse: 'México invierte en la policía o en programas sociales; el equipo rojo presiona sobre el apoyo público; la sala sopesa qué compraría un acomodo.',
    },
    'mel-realistic-objectives': {
      objective: 'Hacer que los dos gobiernos fijen metas compartidas alcanzables (§4, manejar las expectativas).',
      expectedResponse: 'EE. UU. acuerda una lista corta de metas alcanzables en lugar de exigir reformas de fondo que México no puede aprobar.',
    },
    'mel-intelligence-withheld': {
      objective: 'En reserva: liberarla si el presidente entrante elige la Opción D. Pone a EE. UU. ante la decisión que el estudio prevé.',
      expectedResponse: 'EE. UU. corta la inteligencia sensible o mantiene un canal estrecho con unidades navales de confianza, y dice qué haría falta para restablecerla.',
    },
    'mel-combined-command': {
      objective: 'En reserva: liberarla si la relación llega a Institucionalizada. Debatir la meta ambiciosa del estudio: un mando binacional bajo liderazgo mexicano.',
      expectedResponse: 'EE. UU. respalda un mando en México bajo liderazgo mexicano, o espera; integrar a México en el NORAD es la trampa de soberanía que hay que evitar.',
    },
  },
};

/** The sample master events list for transition-2012, in `language`, ready to give to a new exercise. */
export function sampleEventsList(language: Language): Inject[] {
  return eventsListFrom(WORDS[language]);
}
