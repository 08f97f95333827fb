import { INTEL_LEVELS, relationshipBand } from '../engine';
import type { Objective } from '../exercise/types';
import { listedObjective, objectiveTrack, type ListedObjective, type ObjectiveId } from '../exercise/objectives';
import { en } from './en';
import { es } from './es';
import type { Language } from './index';

// The listed objectives' words (exercise/objectives.ts holds their tests), in English and Spanish:
// a title a team reads on the console and in the report, and a line on why it matters in the
// paper's terms. The threshold in a title comes from the objective's test, so the words cannot
// drift from the rule.

interface ObjectiveWords {
  /** `limit`: the test's threshold, already worded (a band, an intelligence level, a number). */
  readonly title: (limit: string) => string;
  readonly why: string;
}

const TABLES = { en, es } as const;
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-MX' };

const WORDS: Readonly<Record<Language, Readonly<Record<ObjectiveId, ObjectiveWords>>>> = {
  en: {
    'us-collaborative': { title: (x) => `Keep the relationship ${x} or better at the end`, why: 'Calderón-era cooperation was the best ever; the United States wants it to outlast the transition.' },
    'us-institutionalize': { title: (x) => `Institutionalize the linkages: institutionalization ${x} or more at the end`, why: 'Agreements, boards and combined units are harder to dismantle and damp the shocks of a political transition.' },
    'us-intelligence': { title: (x) => `Keep intelligence sharing ${x} or deeper at the end`, why: 'Shared intelligence is the working core of the partnership, and the first thing lost under accommodation.' },
    'us-follow-through': { title: (x) => `Show follow-through: US commitment ${x} or more at the end`, why: 'Slow Mérida deliveries made US support look halfhearted; Mexico judges by deeds, not words.' },
    'us-no-encroachment': { title: (x) => `Help without encroaching: sovereignty tension never above ${x}`, why: 'The paper asks for visible success without any semblance of encroachment on Mexican sovereignty.' },
    'mexico-violence': { title: (x) => `Bring violence down to ${x} killings a year or fewer by the end`, why: 'The toll passed 10,000 in 2010; a strategy that cannot lower it loses the public.' },
    'mexico-support': { title: (x) => `Win back the public: support ${x} or more at the end`, why: 'In 2010 half the public felt less safe; the next president may call a failing strategy a failure and change course.' },
    'mexico-sovereignty': { title: (x) => `Ease sovereignty tension to ${x} or below by the end`, why: 'US help is welcome only as long as it does not look like intrusion.' },
    'mexico-police': { title: (x) => `Build the police: police capacity ${x} or more at the end`, why: 'The police are the appropriate institution to lead, once reform and the state police bill give them the capacity.' },
    'mexico-cartels': { title: (x) => `Weaken the cartels: cartel power ${x} or below at the end`, why: 'Dismantling the organizations, not only containing their violence, is the point of the fight.' },
    'sedena-ties': { title: (x) => `Warm the Army's ties: SEDENA relationship ${x} or more at the end`, why: "SEDENA's ties with the US have been formal, even prickly; the Calderón years began to change that." },
    'sedena-police-lead': { title: (x) => `Hand the streets to the police: police capacity ${x} or more at the end`, why: 'The Army never wanted urban police work; a capable police lets it return to its own missions.' },
    'sedena-sovereignty': { title: (x) => `Keep sovereignty tension at ${x} or below at the end`, why: 'Public US criticism and intrusive cooperation chill relations with the Army and Air Force first.' },
    'semar-ties': { title: (x) => `Keep the Navy's ties close: SEMAR relationship ${x} or more at the end`, why: 'Relations with SEMAR have been more cordial and practical; the Navy wants to keep them so whatever the strategy.' },
    'semar-intelligence': { title: (x) => `Act on shared intelligence: sharing ${x} or deeper every year`, why: 'The Marines struck Beltrán Leyva on US information; that work needs the information to keep coming.' },
    'tco-power': { title: (x) => `Keep your power: cartel power ${x} or more at the end`, why: 'The organizations grew under a state that looked away; the red team wants that state back.' },
    'tco-intelligence-cut': { title: (x) => `Cut the intelligence: sharing ${x} or less at the end`, why: 'If the US stops passing intelligence, the military loses its sharpest tool against you.' },
    'tco-support-collapses': { title: (x) => `Exhaust the public: support ${x} or below at the end`, why: 'If the nation believes the cartels are winning, the next government may abandon the fight.' },
  },
  es: {
    'us-collaborative': { title: (x) => `Mantener la relación ${x} o mejor al final`, why: 'La cooperación de los años de Calderón fue la mejor de la historia; Estados Unidos quiere que sobreviva a la transición.' },
    'us-institutionalize': { title: (x) => `Institucionalizar los vínculos: institucionalización de ${x} o más al final`, why: 'Los acuerdos, las juntas y las unidades combinadas son más difíciles de desmantelar y amortiguan los choques de una transición política.' },
    'us-intelligence': { title: (x) => `Mantener el intercambio de inteligencia ${x} o más profundo al final`, why: 'La inteligencia compartida es el núcleo operativo de la asociación, y lo primero que se pierde con un acomodo.' },
    'us-follow-through': { title: (x) => `Cumplir lo prometido: compromiso de EE. UU. de ${x} o más al final`, why: 'La lentitud de las entregas de Mérida hizo ver tibio el apoyo de EE. UU.; México juzga por hechos, no por palabras.' },
    'us-no-encroachment': { title: (x) => `Ayudar sin invadir: tensión por la soberanía nunca por encima de ${x}`, why: 'El estudio pide éxitos visibles sin la menor apariencia de intromisión en la soberanía mexicana.' },
    'mexico-violence': { title: (x) => `Bajar la violencia a ${x} homicidios al año o menos al final`, why: 'En 2010 se superaron los 10 000 muertos; una estrategia que no los reduce pierde al público.' },
    'mexico-support': { title: (x) => `Recuperar al público: apoyo de ${x} o más al final`, why: 'En 2010 la mitad del público se sentía menos seguro; el siguiente presidente puede declarar fracasada una estrategia y cambiar de rumbo.' },
    'mexico-sovereignty': { title: (x) => `Bajar la tensión por la soberanía a ${x} o menos al final`, why: 'La ayuda de EE. UU. es bienvenida mientras no parezca una intromisión.' },
    'mexico-police': { title: (x) => `Construir la policía: capacidad policial de ${x} o más al final`, why: 'La policía es la institución adecuada para encabezar la lucha, cuando la reforma y la ley de policías estatales le den la capacidad.' },
    'mexico-cartels': { title: (x) => `Debilitar a los cárteles: poder de los cárteles de ${x} o menos al final`, why: 'Desmantelar las organizaciones, no solo contener su violencia, es el sentido de la lucha.' },
    'sedena-ties': { title: (x) => `Acercar al Ejército: relación con la SEDENA de ${x} o más al final`, why: 'Los lazos de la SEDENA con EE. UU. han sido formales, incluso ásperos; los años de Calderón empezaron a cambiarlo.' },
    'sedena-police-lead': { title: (x) => `Devolver las calles a la policía: capacidad policial de ${x} o más al final`, why: 'El Ejército nunca quiso el trabajo policial urbano; una policía capaz le permite volver a sus propias misiones.' },
    'sedena-sovereignty': { title: (x) => `Mantener la tensión por la soberanía en ${x} o menos al final`, why: 'Las críticas públicas de EE. UU. y la cooperación intrusiva enfrían primero la relación con el Ejército y la Fuerza Aérea.' },
    'semar-ties': { title: (x) => `Mantener cercana a la Armada: relación con la SEMAR de ${x} o más al final`, why: 'La relación con la SEMAR ha sido más cordial y práctica; la Armada quiere conservarla sea cual sea la estrategia.' },
    'semar-intelligence': { title: (x) => `Actuar con inteligencia compartida: intercambio ${x} o más profundo cada año`, why: 'La Infantería de Marina abatió a Beltrán Leyva con información de EE. UU.; ese trabajo necesita que la información siga llegando.' },
    'tco-power': { title: (x) => `Conservar su poder: poder de los cárteles de ${x} o más al final`, why: 'Las organizaciones crecieron bajo un Estado que miraba hacia otro lado; el equipo rojo quiere de vuelta ese Estado.' },
    'tco-intelligence-cut': { title: (x) => `Cortar la inteligencia: intercambio ${x} o menos al final`, why: 'Si EE. UU. deja de pasar inteligencia, las fuerzas armadas pierden su mejor herramienta contra usted.' },
    'tco-support-collapses': { title: (x) => `Agotar al público: apoyo de ${x} o menos al final`, why: 'Si el país cree que los cárteles van ganando, el siguiente gobierno puede abandonar la lucha.' },
  },
};

/** A value of the objective's track, worded: a band, an intelligence level, or a number. */
export function objectiveValueText(objective: ListedObjective, value: number, language: Language): string {
  const strings = TABLES[language];
  const track = objectiveTrack(objective);
  if (objective.test.kind === 'band') return `${strings.bands[relationshipBand(value)]} (${formatNumber(value, language)})`;
  if (track === 'intelligenceSharing') return strings.intel[INTEL_LEVELS[Math.round(value)] ?? 'none'];
  return formatNumber(value, language);
}

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
}

/** The threshold of an objective's test, worded. */
function limitText(objective: ListedObjective, language: Language): string {
  const test = objective.test;
  if (test.kind === 'band') return TABLES[language].bands[test.atLeast];
  const limit = test.atLeast ?? test.atMost ?? 0;
  if (test.track === 'intelligenceSharing') return TABLES[language].intel[INTEL_LEVELS[limit] ?? 'none'];
  return formatNumber(limit, language);
}

/** An objective's title and why, in `language`. */
export function objectiveWords(objective: ListedObjective, language: Language): { readonly title: string; readonly why: string } {
  const words = WORDS[language][objective.id as ObjectiveId];
  if (!words) return { title: objective.id, why: '' };
  return { title: words.title(limitText(objective, language)), why: words.why };
}

/** A listed objective as a team holds it (exercise/types.ts), worded in the exercise's language. */
export function teamObjective(id: ObjectiveId, language: Language): Objective {
  const objective = listedObjective(id);
  if (!objective) throw new Error(`no listed objective ${id}`);
  return { id, text: objectiveWords(objective, language).title, listed: id };
}
