import {
  actionsOf,
  BAND_FLOORS,
  headlineRelationship,
  MODEL,
  relationshipBand,
  ROLES,
  STANCES,
  type Party,
  type RelationshipBand,
  type Role,
  type Scenario,
  type Stance,
} from '../engine';
import { en } from './en';
import { es } from './es';
import type { PaperQuote } from './glossary';
import type { Language } from './index';

// One screen per scenario and role, read before play: the situation in the paper's terms, who you
// are, what you control, what the others want and what a good outcome is, with one short verbatim
// quote from the paper. Everything the engine knows (levers, their costs, political capital, the
// starting tracks, band names and floors, the favourite in the next election) is read from the
// engine and the scenario, so a brief never goes stale when a number changes. The prose is ours.

export interface BriefingLever {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly cost: number;
  readonly risky: boolean;
  /** Needs Mexico's consent (refused when Mexico is closed to the US). */
  readonly consent: boolean;
  /** Played at most once a game. */
  readonly once: boolean;
}

export interface Briefing {
  readonly scenario: string;
  readonly role: Role;
  readonly language: Language;
  readonly title: string;
  readonly situation: string;
  readonly you: string;
  readonly control: {
    /** Political capital a year (MODEL.capitalPerYear). */
    readonly capital: number;
    /** Unspent capital carried into the next year, at most (MODEL.capitalCarryOver). */
    readonly carryOver: number;
    /** The two numbers in a sentence. */
    readonly summary: string;
    readonly levers: readonly BriefingLever[];
    /** Mexico's yearly posture toward US offers; only Mexico's presidency sets it. */
    readonly stances?: readonly { readonly id: Stance; readonly name: string }[];
  };
  readonly others: readonly { readonly role: Role; readonly name: string; readonly wants: string }[];
  readonly goodOutcome: string;
  readonly quote: PaperQuote & { readonly source: string };
}

// --- What a brief reads from the scenario and the engine -----------------------------------------

/** The facts a situation or outcome names, formatted for the language. */
export interface BriefingFacts {
  /** The year of the starting values, and the first year the players decide. */
  readonly startYear: number;
  readonly firstYear: number;
  /** The year of the term the first year is (1-6). */
  readonly termYear: number;
  readonly electionYear: number;
  readonly party: Party;
  /** The party with the greatest weight in the next election. */
  readonly favourite: Party;
  readonly relationship: string;
  readonly band: string;
  readonly sedena: string;
  readonly semar: string;
  readonly violence: string;
  readonly support: string;
  readonly intel: string;
  readonly bandName: (band: RelationshipBand) => string;
  /** A band with its floor: "Collaborative (55+)". */
  readonly bandFrom: (band: RelationshipBand) => string;
}

const TABLES = { en, es } as const;
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-MX' };

export function briefingFacts(scenario: Scenario, language: Language): BriefingFacts {
  const strings = TABLES[language];
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 });
  const { tracks } = scenario.start;
  const headline = headlineRelationship(tracks);
  const firstYear = scenario.opening === 'election' ? scenario.startYear : scenario.startYear + 1;
  const termYear = scenario.opening === 'election' ? 6 : scenario.startYearInTerm + 1;
  // The election that closes the term the game opens in.
  const electionYear = firstYear + (6 - termYear);
  const weights = scenario.elections[String(electionYear)];
  const favourite = weights
    ? (Object.entries(weights) as [Party, number][]).reduce((best, next) => (next[1] > best[1] ? next : best))[0]
    : scenario.party;
  const bandName = (band: RelationshipBand) => strings.bands[band];
  return {
    startYear: scenario.startYear,
    firstYear,
    termYear,
    electionYear,
    party: scenario.party,
    favourite,
    relationship: number.format(headline),
    band: bandName(relationshipBand(headline)),
    sedena: number.format(tracks['relationship.sedena']),
    semar: number.format(tracks['relationship.semar']),
    violence: number.format(tracks.violence),
    support: number.format(tracks.publicSupport),
    intel: strings.intel[scenario.start.intelligenceSharing],
    bandName,
    bandFrom: (band) => `${bandName(band)} (${BAND_FLOORS[band]}+)`,
  };
}

// --- The prose -----------------------------------------------------------------------------------

type Text = Readonly<Record<Language, (f: BriefingFacts) => string>>;
const fixed = (en: string, es: string): Text => ({ en: () => en, es: () => es });

interface ScenarioBrief {
  readonly situation: Text;
  /** A sentence added to a role's "you", for this scenario. */
  readonly you?: Partial<Record<Role, Text>>;
  readonly wants?: Partial<Record<Role, Text>>;
  readonly goodOutcome?: Partial<Record<Role, Text>>;
  readonly quotes: Readonly<Record<Role, PaperQuote>>;
}

const YOU: Record<Role, Text> = {
  us: fixed(
    "You are the United States: the Pentagon, USNORTHCOM and the agencies behind them. You cannot choose Mexico's strategy, only shape its conditions.",
    'Usted es Estados Unidos: el Pentágono, USNORTHCOM y las dependencias detrás de ellos. No puede elegir la estrategia de México, solo moldear sus condiciones.',
  ),
  mexico: fixed(
    "You are Mexico's presidency: you fund police reform, social programs and messaging, and set Mexico's posture toward US offers.",
    'Usted es la Presidencia de México: financia la reforma policial, los programas sociales y la comunicación, y fija la postura ante las ofertas de EE. UU.',
  ),
  sedena: fixed(
    'You are SEDENA: the Army and Air Force under a four-star general, guardians of sovereignty, who never asked for the policing mission you now carry.',
    'Usted es la SEDENA: el Ejército y la Fuerza Aérea bajo un general de cuatro estrellas, guardianes de la soberanía, que nunca pidieron la misión policial que hoy llevan.',
  ),
  semar: fixed(
    'You are SEMAR: the Navy and the Marines under a four-star admiral, long more practical with the US than the Army.',
    'Usted es la SEMAR: la Armada y la Infantería de Marina bajo un almirante de cuatro estrellas, desde hace tiempo más práctica con EE. UU. que el Ejército.',
  ),
  tco: fixed(
    'You are the cartels, the red team, fighting each other and the state for the plazas, the corridors to the US market.',
    'Usted encarna a los cárteles, el equipo rojo, que pelean entre sí y contra el Estado por las plazas, los corredores hacia el mercado de EE. UU.',
  ),
};

const WANTS: Record<Role, Text> = {
  us: fixed(
    'Mexico fighting the cartels alongside it, intelligence flowing, and ties that outlast the next election.',
    'Un México que combata a los cárteles a su lado, inteligencia compartida y lazos que sobrevivan a la próxima elección.',
  ),
  mexico: fixed(
    'Visible success and public support, and US help that never looks like encroachment.',
    'Éxitos visibles, apoyo público y una ayuda de EE. UU. que nunca parezca intromisión.',
  ),
  sedena: fixed(
    'Out of the streets, and cooperation with the US on its own terms, at a formal distance.',
    'Salir de las calles y cooperar con EE. UU. en sus términos, a una distancia formal.',
  ),
  semar: fixed(
    'Practical operations, exercises and shared intelligence with the US, whatever the politics.',
    'Operaciones prácticas, ejercicios e inteligencia compartida con EE. UU., sea cual sea la política.',
  ),
  tco: fixed(
    'Impunity: a state that looks away, police it can buy, and guns and cash from the north.',
    'Impunidad: un Estado que mire a otro lado, policías comprables, y armas y dinero del norte.',
  ),
};

const GOOD_OUTCOME: Record<Role, Text> = {
  us: {
    en: (f) => `The relationship ends ${f.bandFrom('Collaborative')} or better and institutionalized enough to damp the next political shock, with Mexico still fighting the cartels.`,
    es: (f) => `La relación termina ${f.bandFrom('Collaborative')} o mejor, y lo bastante institucionalizada para amortiguar el siguiente choque político, con México aún combatiendo a los cárteles.`,
  },
  mexico: fixed(
    'Cartel power and violence fall, public support holds, the police grow able to lead, and US help comes without a sovereignty crisis.',
    'Bajan el poder de los cárteles y la violencia, se sostiene el apoyo público, la policía puede tomar el mando y la ayuda de EE. UU. llega sin crisis de soberanía.',
  ),
  sedena: fixed(
    'The cartels weaken, the police become able to take over the streets, and ties with the US grow at a pace that respects sovereignty.',
    'Los cárteles se debilitan, la policía puede hacerse cargo de las calles y los lazos con EE. UU. crecen a un ritmo que respeta la soberanía.',
  ),
  semar: fixed(
    'Ties with the US Navy stay close whatever the strategy, and your Marines strike the kingpins on shared information.',
    'Los lazos con la Armada de EE. UU. siguen estrechos sea cual sea la estrategia, y su Infantería de Marina golpea a los capos con información compartida.',
  ),
  tco: fixed(
    'Your power grows while the state looks away: an accommodation (Option D), or a strategy abandoned because the public tired of it.',
    'Su poder crece mientras el Estado mira hacia otro lado: un acomodo (Opción D), o una estrategia abandonada porque el público se cansó de ella.',
  ),
};

const BRIEFS: Readonly<Record<string, ScenarioBrief>> = {
  'transition-2012': {
    situation: {
      en: (f) =>
        `July ${f.firstYear}: Calderón's sexenio (${f.party}) ends in December and Mexico elects his successor; the ${f.favourite} is favoured. Six years of military-led war on the cartels have brought about ${f.violence} killings a year, and support for the strategy is down to ${f.support}%. The relationship is ${f.band} (${f.relationship}; SEDENA ${f.sedena}, SEMAR ${f.semar}), the best in decades but not yet institutionalized.`,
      es: (f) =>
        `Julio de ${f.firstYear}: el sexenio de Calderón (${f.party}) termina en diciembre y México elige a su sucesor; el ${f.favourite} es el favorito. Seis años de guerra contra los cárteles encabezada por las fuerzas armadas dejan unos ${f.violence} homicidios al año, y el apoyo a la estrategia ha caído a ${f.support}%. La relación es ${f.band} (${f.relationship}; SEDENA ${f.sedena}, SEMAR ${f.semar}), la mejor en décadas, pero aún no institucionalizada.`,
    },
    you: {
      us: fixed('The new president will judge US help by deeds, not words.', 'El nuevo presidente juzgará la ayuda de EE. UU. por hechos, no por palabras.'),
      mexico: fixed(
        'After the vote you are the incoming president and choose the strategy, Option A to D, for six years.',
        'Tras la elección, usted es el presidente entrante y elige la estrategia, de la Opción A a la D, para seis años.',
      ),
    },
    wants: {
      mexico: fixed(
        'A strategy the public will back; a new president may call the old one a failure and change course.',
        'Una estrategia con respaldo público; un nuevo presidente puede declarar fallida la anterior y cambiar de rumbo.',
      ),
    },
    quotes: {
      us: { text: 'Such institutionalized arrangements help mitigate and dampen the impact of changes resulting from political transitions.', section: '§4 Expand and Institutionalize' },
      mexico: { text: 'the new administration will use the presidential transition as an opportunity to assess its options', section: '§3 Where is the Relationship Going' },
      sedena: { text: 'Without such a shared objective, the Mexican military could return to their traditional missions', section: '§3 Option A', footnotes: [37] },
      semar: { text: 'US relations with the Mexican Navy would most likely continue because of the range of interaction that these forces maintain', section: '§3 Option C' },
      tco: { text: 'the cartels could continue their drug trafficking business focused on the US market without concern for confrontation with government security forces', section: '§3 Option D' },
    },
  },
  'window-2011': {
    situation: {
      en: (f) =>
        `July ${f.firstYear}, as the paper is written: President Calderón (${f.party}) is in year ${f.termYear} of 6, with the ${f.electionYear} election ahead and the ${f.favourite} favoured. Killings reached about ${f.violence} in ${f.startYear}. The relationship is ${f.band} (${f.relationship}), but the leaked cables and Ambassador Pascual's resignation have chilled it, most with SEDENA (${f.sedena}; SEMAR ${f.semar}). Mérida aid is slow.`,
      es: (f) =>
        `Julio de ${f.firstYear}, cuando se escribe el estudio: el presidente Calderón (${f.party}) está en el año ${f.termYear} de 6, con la elección de ${f.electionYear} por delante y el ${f.favourite} como favorito. Los homicidios llegaron a unos ${f.violence} en ${f.startYear}. La relación es ${f.band} (${f.relationship}), pero los cables filtrados y la renuncia del embajador Pascual la enfriaron, sobre todo con la SEDENA (${f.sedena}; SEMAR ${f.semar}). La ayuda de Mérida llega lenta.`,
    },
    you: {
      us: {
        en: (f) => `Your first task is the closing window of opportunity: help Calderón show visible success before the ${f.electionYear} vote.`,
        es: (f) => `Su primera tarea es la ventana de oportunidad que se cierra: ayudar a Calderón a mostrar éxitos visibles antes de la elección de ${f.electionYear}.`,
      },
      mexico: {
        en: (f) => `You govern Calderón's last two years; after the ${f.electionYear} vote, as the incoming president, you choose the strategy, Option A to D.`,
        es: (f) => `Gobierna los dos últimos años de Calderón; tras la elección de ${f.electionYear}, como presidente entrante, elige la estrategia, de la Opción A a la D.`,
      },
      sedena: fixed('The cables stung you most: they questioned your will to act.', 'Los cables le dolieron más que a nadie: cuestionaban su voluntad de actuar.'),
    },
    goodOutcome: {
      us: {
        en: (f) => `Calderón's strategy looks like a success by ${f.electionYear}, so the next president stays the course, and the relationship holds ${f.bandFrom('Collaborative')} without a sovereignty crisis.`,
        es: (f) => `La estrategia de Calderón parece un éxito en ${f.electionYear}, así que el siguiente presidente mantiene el rumbo, y la relación se sostiene ${f.bandFrom('Collaborative')} sin crisis de soberanía.`,
      },
    },
    quotes: {
      us: { text: 'There is a rapidly closing “window” of time while the administration remains in office.', section: '§4 Demonstrate Success' },
      mexico: { text: 'a government of any party will have an incentive to maintain that positive momentum toward greater rule of law', section: '§4 Demonstrate Success' },
      sedena: { text: 'Reportedly, these tensions had a chilling effect on US relations with the Mexican Army and Air Force.', section: '§2 A Maturing, But Still Fragile Relationship', footnotes: [25] },
      semar: { text: 'Arturo Beltrán Leyva (later killed in an assault by Mexican Marines acting on the same information)', section: '§2 A Maturing, But Still Fragile Relationship', footnotes: [23] },
      tco: { text: 'crimes such as kidnapping and extortion are now integral to their overall operations', section: '§3 Option D' },
    },
  },
  'calderon-2006': {
    situation: {
      en: (f) =>
        `December ${f.startYear}: Felipe Calderón (${f.party}) takes office after a razor-thin election, sends the military against the cartels and orders it to work with the United States. Killings run at about ${f.violence} a year, and rising. The relationship is ${f.band} (${f.relationship}): formal, even prickly, with SEDENA (${f.sedena}), warmer with SEMAR (${f.semar}); intelligence sharing is ${f.intel}.`,
      es: (f) =>
        `Diciembre de ${f.startYear}: Felipe Calderón (${f.party}) asume tras una elección cerradísima, envía a las fuerzas armadas contra los cárteles y les ordena trabajar con Estados Unidos. Hay unos ${f.violence} homicidios al año, y van en aumento. La relación es ${f.band} (${f.relationship}): formal, incluso áspera, con la SEDENA (${f.sedena}), más cálida con la SEMAR (${f.semar}); el intercambio de inteligencia es ${f.intel}.`,
    },
    you: {
      us: fixed('Aid, visits and liaison officers are yours to offer; Mexico decides how much to accept.', 'La ayuda, las visitas y los oficiales de enlace son suyos para ofrecer; México decide cuánto acepta.'),
      mexico: {
        en: (f) => `You are Calderón's government until the ${f.electionYear} election: the military leads (Option A) while police reform begins.`,
        es: (f) => `Usted es el gobierno de Calderón hasta la elección de ${f.electionYear}: las fuerzas armadas encabezan (Opción A) mientras empieza la reforma policial.`,
      },
    },
    goodOutcome: {
      us: {
        en: (f) => `History or better: from ${f.bandName('Distant')} in ${f.startYear} to ${f.bandFrom('Collaborative')} by 2010, with enough institutions built to soften the 2011 chill.`,
        es: (f) => `La historia o algo mejor: de ${f.bandName('Distant')} en ${f.startYear} a ${f.bandFrom('Collaborative')} hacia 2010, con instituciones suficientes para suavizar el enfriamiento de 2011.`,
      },
    },
    quotes: {
      us: { text: 'the Mexican military gradually became willing to accept US assistance, equipment, training, information, and intelligence exchanges', section: '§2 The Catalyst for Improved Relations' },
      mexico: { text: 'Calderón assessed that the police lacked professionalism and were too corrupt to fight the narcotraffickers', section: '§2 The Catalyst for Improved Relations' },
      sedena: { text: 'The Mexican military neither asked for nor wanted this nontraditional mission', section: '§2 The Catalyst for Improved Relations' },
      semar: { text: 'relations with SEMAR have been much more cordial and practical in an operational sense than with the Secretariat of National Defense', section: '§2 Historical Context', footnotes: [15] },
      tco: { text: 'The violence has taken place primarily in border zones and drug trafficking corridors leading to the US market, called “plazas.”', section: '§3 Option A', footnotes: [32] },
    },
  },
};

/** A scenario the game does not ship (users may add their own): its description and its numbers. */
function fallbackBrief(scenario: Scenario): ScenarioBrief {
  const numbers: Text = {
    en: (f) => `At the start the relationship is ${f.band} (${f.relationship}; SEDENA ${f.sedena}, SEMAR ${f.semar}), with about ${f.violence} killings a year and intelligence sharing ${f.intel}; the ${f.party} governs.`,
    es: (f) => `Al inicio la relación es ${f.band} (${f.relationship}; SEDENA ${f.sedena}, SEMAR ${f.semar}), con unos ${f.violence} homicidios al año y un intercambio de inteligencia ${f.intel}; gobierna el ${f.party}.`,
  };
  return {
    situation: { en: (f) => `${scenario.description.en} ${numbers.en(f)}`, es: (f) => `${scenario.description.es} ${numbers.es(f)}` },
    quotes: (BRIEFS['transition-2012'] as ScenarioBrief).quotes,
  };
}

/** Whether the game has a brief written for this scenario (others get a generic one). */
export function hasWrittenBriefing(scenarioId: string): boolean {
  return scenarioId in BRIEFS;
}

/** "Downie 2011, §3 Option D (fn 37)", as the cards cite. */
export function citeSource(quote: PaperQuote, language: Language): string {
  const fn = quote.footnotes?.length ? ` (${TABLES[language].print.footnotes} ${quote.footnotes.join(', ')})` : '';
  return `Downie 2011, ${quote.section}${fn}`;
}

type ActionStrings = Readonly<Record<string, { readonly name: string; readonly text: string }>>;

export function briefing(scenario: Scenario, role: Role, language: Language): Briefing {
  const strings = TABLES[language];
  const facts = briefingFacts(scenario, language);
  const brief = BRIEFS[scenario.id] ?? fallbackBrief(scenario);
  const say = (text: Text) => text[language](facts);
  const actions = strings.actions as ActionStrings;
  const capital = MODEL.capitalPerYear[role];
  const carryOver = MODEL.capitalCarryOver;
  const extra = brief.you?.[role];
  return {
    scenario: scenario.id,
    role,
    language,
    title: `${scenario.title[language]}: ${strings.roles[role]}`,
    situation: say(brief.situation),
    you: extra ? `${say(YOU[role])} ${say(extra)}` : say(YOU[role]),
    control: {
      capital,
      carryOver,
      summary:
        language === 'es'
          ? `${capital} de capital político al año; hasta ${carryOver} sin gastar pasan al año siguiente.`
          : `${capital} political capital a year; up to ${carryOver} unspent carry over to the next year.`,
      levers: actionsOf(role).map((a) => ({
        id: a.id,
        name: actions[a.id]?.name ?? a.id,
        text: actions[a.id]?.text ?? '',
        cost: a.cost,
        risky: a.risky === true,
        consent: a.consent === true,
        once: a.once === true,
      })),
      ...(role === 'mexico' ? { stances: STANCES.map((id) => ({ id, name: strings.stances[id] })) } : {}),
    },
    others: ROLES.filter((r) => r !== role).map((r) => ({ role: r, name: strings.roles[r], wants: say(brief.wants?.[r] ?? WANTS[r]) })),
    goodOutcome: say(brief.goodOutcome?.[role] ?? GOOD_OUTCOME[role]),
    quote: { ...brief.quotes[role], source: citeSource(brief.quotes[role], language) },
  };
}
