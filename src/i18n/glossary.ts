import {
  BAND_FLOORS,
  INTEL_LEVELS,
  MODEL,
  RELATIONSHIP_BANDS,
  ROLES,
  STANCES,
  TRACK_BOUNDS,
  type Localized,
  type RelationshipBand,
} from '../engine';
import { en, type Strings } from './en';
import { es } from './es';

// The glossary: the paper's terms and the game's own, in English and Spanish, each defined in the
// game's terms and, where the paper defines the term, with a short verbatim quote (≤ 25 words) and
// where it is. Numbers (band ranges, political capital, intelligence levels, stances) are read from
// the engine, never typed here, so the glossary cannot drift from the rules.

/** A short verbatim passage of the paper and where it is, in the form the cards cite. */
export interface PaperQuote {
  readonly text: string;
  readonly section: string;
  readonly footnotes?: readonly number[];
}

export interface GlossaryEntry {
  readonly id: string;
  /** How the entry is titled in the glossary panel. */
  readonly headword: Localized;
  /** The words that link to the entry in each language, e.g. ['SEDENA', 'Secretariat of National Defense']. */
  readonly terms: { readonly en: readonly string[]; readonly es: readonly string[] };
  readonly definition: Localized;
  readonly quote?: PaperQuote;
  /** Match every term exactly as written (acronyms are always matched so). */
  readonly caseSensitive?: boolean;
  /** A relationship band's range on the 0-100 headline, inclusive, from BAND_FLOORS. */
  readonly range?: readonly [number, number];
}

// --- Entries computed from the engine -----------------------------------------------------------

const RELATIONSHIP_MAX = TRACK_BOUNDS['relationship.sedena'][1];

/** A band's inclusive range: from its floor to just below the next band's floor (the top band to 100). */
export function bandRange(band: RelationshipBand): readonly [number, number] {
  const next = RELATIONSHIP_BANDS[RELATIONSHIP_BANDS.indexOf(band) + 1];
  return [BAND_FLOORS[band], next === undefined ? RELATIONSHIP_MAX : BAND_FLOORS[next] - 1];
}

const BAND_TEXT: Record<RelationshipBand, { en: string; es: string; quote?: PaperQuote }> = {
  Adversarial: {
    en: 'Each side sees the other as a threat; the Mexican military prepares, as of old, to defend against the United States.',
    es: 'Cada parte ve a la otra como amenaza; las fuerzas armadas mexicanas se preparan, como antaño, para defenderse de Estados Unidos.',
    quote: { text: 'the Mexican military has traditionally considered the US military its adversary in both a historical and a structural sense', section: '§2 Historical Context' },
  },
  Distant: {
    en: 'Polite, formal and limited to routine meetings: the traditional state of the relationship, and where it drifts back without a shared mission.',
    es: 'Cortés, formal y limitada a reuniones de rutina: el estado tradicional de la relación, al que vuelve sin una misión compartida.',
    quote: { text: 'Over time the US/Mexico defense relationship could easily revert to its pre-Calderón state, with polite, but distant, relations.', section: '§3 Option C' },
  },
  Cooperative: {
    en: 'Regular exchanges, training and visits; the two militaries work together on some tasks, but at arm’s length.',
    es: 'Intercambios, capacitación y visitas regulares; las dos fuerzas armadas colaboran en algunas tareas, pero a distancia.',
  },
  Collaborative: {
    en: 'Shared intelligence, operations and planning against a common threat: the best relationship in decades, reached around 2010.',
    es: 'Inteligencia, operaciones y planeación compartidas contra una amenaza común: la mejor relación en décadas, alcanzada hacia 2010.',
    quote: { text: 'US/Mexican defense relations are better today than they have ever been', section: '§1 Introduction', footnotes: [1] },
  },
  Institutionalized: {
    en: 'Ties anchored in agreements, standing boards, liaison posts and combined units, which outlast the people who built them.',
    es: 'Lazos anclados en acuerdos, juntas permanentes, puestos de enlace y unidades combinadas, que sobreviven a quienes los crearon.',
    quote: { text: 'Once formally established, signed agreements, international boards, and combined units and organizations are more difficult to dismantle.', section: '§4 Expand and Institutionalize' },
  },
  Integrated: {
    en: 'A bi- or tri-national command in Mexico under Mexican leadership, the paper’s lofty long-term goal, as NORAD is for the US and Canada.',
    es: 'Un mando binacional o trinacional en México bajo liderazgo mexicano, la ambiciosa meta de largo plazo del estudio, como el NORAD para EE. UU. y Canadá.',
    quote: { text: 'a bi-national or even tri-national (Mexico, US, Canada) command in Mexico under Mexican civilian or military leadership', section: '§4 Expand and Institutionalize' },
  },
};

function bandEntry(band: RelationshipBand): GlossaryEntry {
  const range = bandRange(band);
  const [from, to] = range;
  const text = BAND_TEXT[band];
  return {
    id: `band-${band.toLowerCase()}`,
    headword: { en: en.bands[band], es: es.bands[band] },
    terms: { en: [en.bands[band]], es: [es.bands[band]] },
    definition: {
      en: `A band of the relationship, ${from}–${to} on the 0–${RELATIONSHIP_MAX} headline. ${text.en}`,
      es: `Una franja de la relación, ${from}–${to} en el indicador general de 0–${RELATIONSHIP_MAX}. ${text.es}`,
    },
    ...(text.quote ? { quote: text.quote } : {}),
    caseSensitive: true,
    range,
  };
}

const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const capitalList = (strings: Strings, and: string) =>
  list(ROLES.map((r) => `${strings.roles[r]} ${MODEL.capitalPerYear[r]}`), and);

const COMPUTED: readonly GlossaryEntry[] = [
  {
    id: 'political-capital',
    headword: { en: 'Political capital', es: 'Capital político' },
    terms: { en: ['political capital'], es: ['capital político'] },
    definition: {
      en: `What each team spends on its levers every year: ${capitalList(en, 'and')}; up to ${MODEL.capitalCarryOver} unspent points carry over to the next year.`,
      es: `Lo que cada equipo gasta cada año en sus palancas: ${capitalList(es, 'y')}; se conservan hasta ${MODEL.capitalCarryOver} puntos sin gastar para el año siguiente.`,
    },
  },
  {
    id: 'stance',
    headword: { en: 'Posture (stance)', es: 'Postura' },
    terms: { en: ['posture', 'stance'], es: ['postura'] },
    definition: {
      en: `Mexico's posture toward US offers each year: ${list(STANCES.map((s) => en.stances[s]), 'or')}. Offers that need Mexico's consent are refused when it is closed and accepted half the time when guarded.`,
      es: `La postura de México ante las ofertas de EE. UU. cada año: ${list(STANCES.map((s) => es.stances[s]), 'o')}. Las ofertas que requieren su consentimiento se rechazan si está cerrada y se aceptan la mitad de las veces si es cautelosa.`,
    },
  },
  {
    id: 'intelligence-sharing',
    headword: { en: 'Intelligence sharing', es: 'Intercambio de inteligencia' },
    terms: { en: ['intelligence sharing'], es: ['intercambio de inteligencia'] },
    definition: {
      en: `How much intelligence passes between the two countries, in ${INTEL_LEVELS.length} levels: ${list(INTEL_LEVELS.map((l) => en.intel[l]), 'and')}. It follows trust; under Option D the US may withhold it.`,
      es: `Cuánta inteligencia pasa entre los dos países, en ${INTEL_LEVELS.length} niveles: ${list(INTEL_LEVELS.map((l) => es.intel[l]), 'y')}. Sigue a la confianza; con la Opción D, EE. UU. puede retenerla.`,
    },
    quote: { text: 'unwilling to pass information or intelligence to Mexico for fear that such information would be passed almost immediately to the TCOs', section: '§3 Option D' },
  },
  ...RELATIONSHIP_BANDS.map(bandEntry),
];

// --- Entries written here -------------------------------------------------------------------------

type Written = Omit<GlossaryEntry, 'range'>;

const entry = (id: string, headword: Localized, terms: GlossaryEntry['terms'], definition: Localized, quote?: PaperQuote): Written =>
  quote ? { id, headword, terms, definition, quote } : { id, headword, terms, definition };

const WRITTEN: readonly Written[] = [
  entry(
    'sedena', { en: 'SEDENA (Secretariat of National Defense)', es: 'SEDENA (Secretaría de la Defensa Nacional)' },
    { en: ['SEDENA', 'Secretariat of National Defense'], es: ['SEDENA', 'Secretaría de la Defensa Nacional'] },
    {
      en: 'The ministry of the Army and Air Force, headed by a four-star general. Historically the most wary of the US; its ties are a track of their own on the board.',
      es: 'La secretaría del Ejército y la Fuerza Aérea, encabezada por un general de cuatro estrellas. Históricamente la más recelosa de EE. UU.; sus lazos son un indicador propio en el tablero.',
    },
    { text: 'The Mexican Secretariat of National Defense (SEDENA—the Army and Air Force under the Secretary of National Defense)', section: '§2 The Catalyst for Improved Relations' },
  ),
  entry(
    'semar', { en: 'SEMAR (Navy Secretariat)', es: 'SEMAR (Secretaría de Marina)' },
    { en: ['SEMAR', 'Navy Secretariat'], es: ['SEMAR', 'Secretaría de Marina'] },
    {
      en: 'The ministry of the Navy and the Marines, headed by a four-star admiral. More cordial and practical with the US than SEDENA; its ties are a track of their own.',
      es: 'La secretaría de la Armada y la Infantería de Marina, encabezada por un almirante de cuatro estrellas. Más cordial y práctica con EE. UU. que la SEDENA; sus lazos son un indicador propio.',
    },
    { text: 'The Secretary of the Navy is a four star Navy admiral, who controls the Navy and Marine Corps.', section: '§2 Historical Context', footnotes: [8] },
  ),
  entry(
    'tco', { en: 'TCO (transnational criminal organization)', es: 'TCO (organización criminal transnacional)' },
    { en: ['TCO', 'TCOs', 'transnational criminal organization', 'transnational criminal organizations'], es: ['TCO', 'organización criminal transnacional', 'organizaciones criminales transnacionales'] },
    {
      en: 'The paper’s name for the drug cartels, which also traffic arms and money and turn to kidnapping and extortion. In the game they are the red team.',
      es: 'El nombre que el estudio da a los cárteles, que también trafican armas y dinero y recurren al secuestro y la extorsión. En el juego son el equipo rojo.',
    },
    { text: 'to use the military (vs. the police) in the lead role to combat transnational criminal organizations (TCOs)', section: 'Executive Summary' },
  ),
  entry(
    'plaza', { en: 'Plaza', es: 'Plaza' },
    { en: ['plaza', 'plazas'], es: ['plaza', 'plazas'] },
    {
      en: 'A border crossing and the trafficking corridor that feeds it. Most of the killing is cartels fighting each other for the plazas.',
      es: 'Un cruce fronterizo y el corredor de tráfico que lo alimenta. La mayoría de los homicidios son de cárteles que se disputan las plazas.',
    },
    { text: 'The violence has taken place primarily in border zones and drug trafficking corridors leading to the US market, called “plazas.”', section: '§3 Option A', footnotes: [32] },
  ),
  entry(
    'sexenio', { en: 'Sexenio', es: 'Sexenio' },
    { en: ['sexenio', 'sexenios'], es: ['sexenio', 'sexenios'] },
    {
      en: 'Mexico’s six-year presidential term, with no re-election. In the game a sexenio is six turns; it ends with an election and the new president’s choice of strategy.',
      es: 'El periodo presidencial de seis años en México, sin reelección. En el juego un sexenio son seis turnos; termina con una elección y la estrategia que elige el nuevo presidente.',
    },
    { text: 'through the end of his “sexenio (six-year term).”', section: '§3 Where is the Relationship Going', footnotes: [27] },
  ),
  entry(
    'merida-initiative', { en: 'Mérida Initiative', es: 'Iniciativa Mérida' },
    { en: ['Mérida Initiative', 'Merida Initiative'], es: ['Iniciativa Mérida', 'Iniciativa Merida'] },
    {
      en: 'The US aid program agreed by Presidents Bush and Calderón in 2007: equipment, training and exchanges. Its slow delivery made the US look halfhearted.',
      es: 'El programa de ayuda de EE. UU. acordado por los presidentes Bush y Calderón en 2007: equipo, capacitación e intercambios. Su lenta entrega hizo ver a EE. UU. poco comprometido.',
    },
    { text: 'Presidents Calderón and Bush agreed upon this program in the city of Mérida, Mexico, in October 2007.', section: '§2 The Catalyst for Improved Relations' },
  ),
  entry(
    'usnorthcom', { en: 'USNORTHCOM (US Northern Command)', es: 'USNORTHCOM (Comando Norte de EE. UU.)' },
    { en: ['USNORTHCOM', 'NORTHCOM', 'US Northern Command', 'Northern Command'], es: ['USNORTHCOM', 'NORTHCOM', 'Comando Norte'] },
    {
      en: 'The US combatant command created after 9/11 that took Mexico into its area in 2002, to Mexico’s offense; later the hub of the military relationship.',
      es: 'El comando de combate de EE. UU. creado tras el 11 de septiembre, que incluyó a México en su área en 2002, para disgusto de México; después, el eje de la relación militar.',
    },
    { text: 'assigned it with missions including homeland defense, defense support of civilian authorities, and, later, security cooperation with Mexico, Canada, and the Bahamas', section: '§2 Historical Context' },
  ),
  entry(
    'institutionalization', { en: 'Institutionalization', es: 'Institucionalización' },
    { en: ['institutionalization', 'institutionalize', 'institutionalized'], es: ['institucionalización', 'institucionalizar', 'institucionalizada'] },
    {
      en: 'Agreements, boards, liaison posts and combined units. Built slowly and at a cost, it damps political shocks and slows the drift back to distance.',
      es: 'Acuerdos, juntas, puestos de enlace y unidades combinadas. Se construye despacio y con costo; amortigua los choques políticos y frena el regreso a la distancia.',
    },
    { text: 'Such institutionalized arrangements help mitigate and dampen the impact of changes resulting from political transitions.', section: '§4 Expand and Institutionalize' },
  ),
  entry(
    'pri', { en: 'PRI (Institutional Revolutionary Party)', es: 'PRI (Partido Revolucionario Institucional)' },
    { en: ['PRI', 'Institutional Revolutionary Party'], es: ['PRI', 'Partido Revolucionario Institucional'] },
    {
      en: 'Ruled Mexico for 70 years until 2000 and was favoured to win in 2012. A PRI president is likely to move the lead to the police, and critics feared a return to accommodation.',
      es: 'Gobernó México 70 años hasta 2000 y era favorito para 2012. Un presidente priista probablemente daría el mando a la policía, y sus críticos temían un regreso al acomodo.',
    },
    { text: 'the Institutional Revolutionary Party (PRI), which held power for 70 years until 2000', section: '§3 Where is the Relationship Going', footnotes: [29] },
  ),
  entry(
    'pan', { en: 'PAN (National Action Party)', es: 'PAN (Partido Acción Nacional)' },
    { en: ['PAN', 'National Action Party'], es: ['PAN', 'Partido Acción Nacional'] },
    {
      en: 'Calderón’s centrist party, in office since 2000. A PAN successor is the likeliest to stay the course (Option A), though even a PAN president would want to stand apart from Calderón.',
      es: 'El partido de centro de Calderón, en el poder desde 2000. Un sucesor panista es el más probable que mantenga el rumbo (Opción A), aunque incluso un panista querría distinguirse de Calderón.',
    },
    { text: 'the centrist National Action Party (PAN), which has held office since 2000', section: '§3 Where is the Relationship Going', footnotes: [29] },
  ),
  entry(
    'prd', { en: 'PRD (Democratic Revolutionary Party)', es: 'PRD (Partido de la Revolución Democrática)' },
    { en: ['PRD', 'Democratic Revolutionary Party'], es: ['PRD', 'Partido de la Revolución Democrática'] },
    {
      en: 'The party of the left, which lost the 2006 election by less than a point. A PRD president leans to socially focused alternatives (Option C).',
      es: 'El partido de izquierda, que perdió la elección de 2006 por menos de un punto. Un presidente perredista se inclina por alternativas sociales (Opción C).',
    },
    { text: 'the leftist Democratic Revolutionary Party (PRD)', section: '§3 Where is the Relationship Going', footnotes: [29] },
  ),
  entry(
    'option-a', { en: 'Option A: stay the course', es: 'Opción A: mantener el rumbo' },
    { en: ['Option A'], es: ['Opción A'] },
    { en: 'The military keeps the lead against the cartels, alongside the US: the best outlook for the relationship.', es: 'Las fuerzas armadas siguen al frente contra los cárteles, junto a EE. UU.: el mejor panorama para la relación.' },
    { text: 'Maintain the Calderón administration’s current approach.', section: 'Executive Summary' },
  ),
  entry(
    'option-b', { en: 'Option B: law enforcement lead', es: 'Opción B: mando policial' },
    { en: ['Option B'], es: ['Opción B'] },
    { en: 'The police take over the lead once reformed, after about four years; ties stay close, then settle lower but positive.', es: 'La policía asume el mando una vez reformada, tras unos cuatro años; los lazos siguen estrechos y luego se asientan más bajos, pero positivos.' },
    { text: 'Place law enforcement (vs. the military) in the lead role in confronting the TCOs.', section: 'Executive Summary' },
  ),
  entry(
    'option-c', { en: 'Option C: socially focused alternatives', es: 'Opción C: alternativas sociales' },
    { en: ['Option C'], es: ['Opción C'] },
    { en: 'Social programs for a culture of lawfulness; with a law-enforcement component it plays like B, without one the Army turns away.', es: 'Programas sociales para una cultura de la legalidad; con componente policial se juega como la B, sin él el Ejército se aleja.' },
    { text: 'Adopt socially focused alternatives to address the societal causes underpinning Mexico’s culture of lawlessness and impunity.', section: 'Executive Summary' },
  ),
  entry(
    'option-d', { en: 'Option D: accommodate the cartels', es: 'Opción D: acomodo con los cárteles' },
    { en: ['Option D'], es: ['Opción D'] },
    { en: 'A tacit or open bargain with the cartels: violence may dip, impunity grows, and the relationship and intelligence sharing collapse.', es: 'Un pacto tácito o abierto con los cárteles: la violencia puede bajar, crece la impunidad y se desploman la relación y el intercambio de inteligencia.' },
    { text: 'Accommodate or negotiate with the TCOs.', section: 'Executive Summary' },
  ),
  entry(
    'sovereignty', { en: 'Sovereignty', es: 'Soberanía' },
    { en: ['sovereignty'], es: ['soberanía'] },
    {
      en: 'Mexico’s control of its own territory, guarded against a neighbor that invaded it. Any semblance of US encroachment costs the relationship.',
      es: 'El control de México sobre su propio territorio, celado ante un vecino que lo invadió. Cualquier apariencia de intromisión de EE. UU. le cuesta a la relación.',
    },
    { text: 'the mission of Mexico’s armed forces is to defend their sovereign territory', section: '§2 Historical Context' },
  ),
  entry(
    'sovereignty-tension', { en: 'Sovereignty tension', es: 'Tensión por soberanía' },
    { en: ['sovereignty tension'], es: ['tensión por soberanía'] },
    {
      en: 'A track: how sharply Mexico feels US intrusion. Intrusive operations, public criticism and command changes raise it; managing expectations lowers it.',
      es: 'Un indicador: cuánto resiente México la intromisión de EE. UU. Las operaciones intrusivas, las críticas públicas y los cambios de mando la elevan; manejar las expectativas la reduce.',
    },
  ),
  entry(
    'us-commitment', { en: 'US commitment', es: 'Compromiso de EE. UU.' },
    { en: ['US commitment'], es: ['compromiso de EE. UU.'] },
    {
      en: 'A track: Mexico’s perception that the US follows through, with deliveries, funding and action on guns, cash and demand: deeds, not words.',
      es: 'Un indicador: la percepción de México de que EE. UU. cumple, con entregas, fondos y acción contra armas, dinero y demanda: hechos, no palabras.',
    },
    { text: 'we must show in deeds, not words, that we are committed to partnership', section: '§4 Recommendations' },
  ),
  entry(
    'personal-ties', { en: 'Personal ties', es: 'Lazos personales' },
    { en: ['personal ties'], es: ['lazos personales'] },
    {
      en: 'A track: friendships among officers of both countries. They warm the relationship but fade as officers rotate, unless institutionalized.',
      es: 'Un indicador: las amistades entre oficiales de ambos países. Acercan la relación, pero se desvanecen con la rotación, salvo que se institucionalicen.',
    },
    { text: 'those relationships are likely to diminish over time unless they have been institutionalized', section: '§3 Option C', footnotes: [45] },
  ),
  entry(
    'accommodation', { en: 'Accommodation', es: 'Acomodo' },
    { en: ['accommodation', 'accommodate'], es: ['acomodo'] },
    {
      en: 'A government’s tacit or negotiated tolerance of the cartels in exchange for less violence, as the old PRI did: Option D.',
      es: 'La tolerancia tácita o negociada de un gobierno hacia los cárteles a cambio de menos violencia, como hacía el viejo PRI: la Opción D.',
    },
    { text: 'The modality would be government negotiation or accommodation with the TCOs.', section: '§3 Option D' },
  ),
  entry(
    'norad', { en: 'NORAD', es: 'NORAD' },
    { en: ['NORAD'], es: ['NORAD'] },
    {
      en: 'The North American Aerospace Defense Command, a bi-national US/Canada command since 1957: the paper’s model of an institution that outlasts politics.',
      es: 'El Mando de Defensa Aeroespacial de América del Norte, binacional de EE. UU. y Canadá desde 1957: el modelo del estudio de una institución que sobrevive a la política.',
    },
    { text: 'the North American Aerospace Defense Command, currently a bi-national US/Canada command', section: '§3 Option A', footnotes: [36] },
  ),
  entry(
    'unitas', { en: 'UNITAS', es: 'UNITAS' },
    { en: ['UNITAS'], es: ['UNITAS'] },
    {
      en: 'The multinational naval exercise the Mexican Senate let the Navy join in 2009: a milestone of SEMAR’s ties with the US.',
      es: 'El ejercicio naval multinacional en el que el Senado permitió participar a la Armada en 2009: un hito de los lazos de la SEMAR con EE. UU.',
    },
    { text: 'participation by the Mexican Navy in the April to May 2009 multinational UNITAS exercise', section: '§2 The Catalyst for Improved Relations' },
  ),
  entry(
    'combatant-command', { en: 'Combatant command', es: 'Comando de combate' },
    { en: ['combatant command'], es: ['comando de combate'] },
    {
      en: 'A US regional command, such as USSOUTHCOM or USNORTHCOM. Placing Mexico in one’s area read in Mexico as a snub to sovereignty (2000, 2002).',
      es: 'Un comando regional de EE. UU., como USSOUTHCOM o USNORTHCOM. Incluir a México en su área se leyó en México como una afrenta a la soberanía (2000, 2002).',
    },
    { text: 'geographic “Combatant Commands,” such as the US Southern Command or the US European Command, handle functional coordination and security cooperation issues for foreign countries', section: '§2 Historical Context', footnotes: [11] },
  ),
  entry(
    'liaison-officer', { en: 'Liaison officer', es: 'Oficial de enlace' },
    { en: ['liaison officer', 'liaison officers'], es: ['oficial de enlace', 'oficiales de enlace'] },
    {
      en: 'An officer posted to the other country’s headquarters. SEMAR placed one at USNORTHCOM in 2007, SEDENA in 2009: institutionalization in person.',
      es: 'Un oficial destacado en el cuartel general del otro país. La SEMAR colocó uno en USNORTHCOM en 2007 y la SEDENA en 2009: la institucionalización en persona.',
    },
    { text: 'SEDENA established a liaison officer position at USNORTHCOM in 2009', section: '§2 The Catalyst for Improved Relations' },
  ),
  entry(
    'combined-command', { en: 'Combined command', es: 'Mando combinado' },
    { en: ['combined command', 'bi-national command'], es: ['mando combinado', 'mando binacional'] },
    {
      en: 'A bi- or tri-national command in Mexico under a Mexican commander: the top US lever, possible only when the relationship and its institutions are strong.',
      es: 'Un mando binacional o trinacional en México bajo un comandante mexicano: la palanca más alta de EE. UU., posible solo cuando la relación y sus instituciones son sólidas.',
    },
    { text: 'A bi-national US/Mexico command, or even a tri-national US/Canada/Mexico command in Mexico, under the command of a Mexican military official', section: '§3 Option A', footnotes: [36] },
  ),
  entry(
    'palermo-model', { en: 'Palermo Model', es: 'Modelo Palermo' },
    { en: ['Palermo'], es: ['Palermo'] },
    {
      en: 'How Palermo beat the mafia’s hold with schools, jobs and civic pressure for a culture of lawfulness (while Italy’s state still prosecuted): Option C’s example.',
      es: 'Cómo Palermo rompió el control de la mafia con escuelas, empleos y presión cívica por una cultura de la legalidad (mientras el Estado italiano la perseguía): el ejemplo de la Opción C.',
    },
    { text: 'the “Palermo Model,” which helped that city in Italy to successfully confront the mafia in Sicily in the 1980s and 1990s', section: '§3 Option C', footnotes: [40] },
  ),
  entry(
    'tijuana-model', { en: 'Tijuana Model', es: 'Modelo Tijuana' },
    { en: ['Tijuana Model'], es: ['Modelo Tijuana'] },
    {
      en: 'The Army zone commander in Baja California coordinating police, military and other agencies from his base: the military supporting the police, as under Option B.',
      es: 'El comandante de zona militar en Baja California coordinando a policías, militares y otras dependencias desde su base: las fuerzas armadas apoyando a la policía, como en la Opción B.',
    },
    { text: 'the former Army Zone Commander helped coordinate the efforts of the police, military, and other federal and state entities', section: '§3 Option B', footnotes: [39] },
  ),
  entry(
    'culture-of-lawfulness', { en: 'Culture of lawfulness', es: 'Cultura de la legalidad' },
    { en: ['culture of lawfulness'], es: ['cultura de la legalidad'] },
    {
      en: 'A society in which obeying the law is the norm, built through schools, media and civic life; the aim of Option C and of the social programs lever.',
      es: 'Una sociedad en la que obedecer la ley es la norma, construida con escuelas, medios y vida cívica; la meta de la Opción C y de la palanca de programas sociales.',
    },
    { text: 'social approaches designed to foster a “culture of lawfulness” in Mexico that could include policy changes such as decriminalization or legalization', section: '§3 Option C' },
  ),
  entry(
    'impunity', { en: 'Impunity', es: 'Impunidad' },
    { en: ['impunity'], es: ['impunidad'] },
    {
      en: 'Crime going unpunished; the opposite of the rule of law. It grows under accommodation and shrinks as courts, police and lawfulness improve.',
      es: 'El delito sin castigo; lo contrario del Estado de derecho. Crece con el acomodo y se reduce al mejorar tribunales, policía y legalidad.',
    },
    { text: 'a dramatic increase in impunity, making a mockery of the rule of law', section: '§3 Option D' },
  ),
  entry(
    'rule-of-law', { en: 'Rule of law', es: 'Estado de derecho' },
    { en: ['rule of law'], es: ['Estado de derecho'] },
    {
      en: 'A track, the inverse of impunity: courts, honest police and a culture of lawfulness. It moves slowly, years of effort for a few points.',
      es: 'Un indicador, lo inverso de la impunidad: tribunales, policía honesta y cultura de la legalidad. Se mueve despacio: años de esfuerzo por unos cuantos puntos.',
    },
  ),
  entry(
    'kingpin', { en: 'Kingpin', es: 'Capo' },
    { en: ['kingpin', 'kingpins'], es: ['capo', 'capos'] },
    {
      en: 'A cartel leader. Striking one takes shared intelligence and, even after the police lead, occasional military raids.',
      es: 'Un jefe de cártel. Golpearlo requiere inteligencia compartida y, aun con la policía al mando, incursiones militares ocasionales.',
    },
    { text: 'capturing highly armed and entrenched kingpins', section: '§3 Option B' },
  ),
  entry(
    'window-of-opportunity', { en: 'Window of opportunity', es: 'Ventana de oportunidad' },
    { en: ['window of opportunity'], es: ['ventana de oportunidad'] },
    {
      en: 'Calderón’s last months in office, in which visible success could persuade the next president to stay the course: the paper’s first recommendation.',
      es: 'Los últimos meses de Calderón en el cargo, en los que un éxito visible podría convencer al siguiente presidente de mantener el rumbo: la primera recomendación del estudio.',
    },
    { text: 'Demonstrate success during a rapidly closing “Window of Opportunity.”', section: 'Executive Summary' },
  ),
  entry(
    'shared-responsibility', { en: 'Shared responsibility', es: 'Responsabilidad compartida' },
    { en: ['shared responsibility'], es: ['responsabilidad compartida'] },
    {
      en: 'The principle that US demand, guns and cash feed Mexico’s violence, so the US must act too. Slow US follow-through lowers US commitment.',
      es: 'El principio de que la demanda, las armas y el dinero de EE. UU. alimentan la violencia en México, así que EE. UU. también debe actuar. Si no cumple, baja su compromiso.',
    },
    { text: 'Mexico perceives a lack of US commitment to the principle of shared responsibility', section: '§3 Option A', footnotes: [34] },
  ),
  entry(
    'decriminalization', { en: 'Decriminalization', es: 'Despenalización' },
    { en: ['decriminalisation', 'decriminalized'], es: ['despenalización', 'despenalizan'] },
    {
      en: 'Removing criminal penalties for possessing small amounts of some drugs, so the police can focus on trafficking; one of Option C’s debates.',
      es: 'Eliminar las penas por poseer pequeñas cantidades de algunas drogas, para que la policía se concentre en el tráfico; uno de los debates de la Opción C.',
    },
    { text: 'removing criminal penalties for the possession or personal consumption of quantities of certain drugs under a small, stipulated limit', section: '§3 Option C' },
  ),
  entry(
    'legalization', { en: 'Legalization', es: 'Legalización' },
    { en: ['legalization', 'legalizing'], es: ['legalización', 'legalizar'] },
    {
      en: 'Making the drug trade legal to take its profits from the cartels, as former presidents urged in 2009–2010; one of Option C’s debates.',
      es: 'Hacer legal el comercio de drogas para quitar sus ganancias a los cárteles, como pidieron expresidentes en 2009–2010; uno de los debates de la Opción C.',
    },
    { text: 'The objective underlying any legalization strategy would be to gain control over the enormous profits the TCOs gain through their illicit sale of drugs.', section: '§3 Option C' },
  ),
  entry(
    'leaked-cables', { en: 'The leaked cables', es: 'Los cables filtrados' },
    { en: ['leaked cables', 'cables'], es: ['cables filtrados', 'cables'] },
    {
      en: 'US diplomatic cables published in late 2010 that criticized Mexico’s effort; with Ambassador Pascual’s resignation in 2011 they chilled ties, most of all with SEDENA.',
      es: 'Cables diplomáticos de EE. UU. publicados a fines de 2010 que criticaban el esfuerzo de México; con la renuncia del embajador Pascual en 2011 enfriaron los lazos, sobre todo con la SEDENA.',
    },
    { text: 'the public revelation of diplomatic documents in late 2010 caused damage to the environment', section: '§2 A Maturing, But Still Fragile Relationship' },
  ),
  entry(
    'corporatism', { en: 'PRI corporatism', es: 'Corporativismo priista' },
    { en: ['corporatist'], es: ['corporativista'] },
    {
      en: 'How the old PRI kept stability: buying off dissidents with jobs and favors, and letting the cartels grow under corruption. The root of the fear of Option D.',
      es: 'Cómo el viejo PRI mantenía la estabilidad: comprando a los disidentes con empleos y favores, y dejando crecer a los cárteles bajo la corrupción. La raíz del temor a la Opción D.',
    },
    { text: 'the PRI maintained stability and avoided party fragmentation through a corporatist approach', section: '§3 Option D' },
  ),
  entry(
    'squadron-201', { en: 'Squadron 201', es: 'Escuadrón 201' },
    { en: ['Squadron 201'], es: ['Escuadrón 201'] },
    {
      en: 'The “Aztec Eagles,” Mexican fighter pilots who flew with US forces in the Philippines in the Second World War: the high point of wartime cooperation, which then faded.',
      es: 'Las “Águilas Aztecas”, pilotos de combate mexicanos que volaron con las fuerzas de EE. UU. en Filipinas en la Segunda Guerra Mundial: el punto alto de la cooperación en la guerra, que luego se desvaneció.',
    },
    { text: 'Mexico sent the famous Mexican Fighter Squadron 201, the “Aztec Eagles,” to fly close air support missions for US troops in the Philippines', section: '§2 A Maturing, But Still Fragile Relationship' },
  ),
  entry(
    'democratic-security', { en: 'Democratic Security', es: 'Seguridad Democrática' },
    { en: ['Democratic Security'], es: ['Seguridad Democrática'] },
    {
      en: 'President Uribe’s strategy in Colombia: social programs inside a campaign to dismantle the cartels, the paper’s case that Option C needs a law-enforcement component.',
      es: 'La estrategia del presidente Uribe en Colombia: programas sociales dentro de una campaña para desmantelar a los cárteles, el argumento del estudio de que la Opción C necesita un componente policial.',
    },
    { text: 'these programs were integrated into a strategy whose principal objective was to dismantle and destroy the major drug cartels', section: '§3 Option C', footnotes: [43] },
  ),
];

/** Every glossary entry: the paper's terms and the game's, in English and Spanish. */
export const GLOSSARY: readonly GlossaryEntry[] = [...WRITTEN.slice(0, 8), ...COMPUTED, ...WRITTEN.slice(8)];

const BY_ID = new Map(GLOSSARY.map((e) => [e.id, e]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return BY_ID.get(id);
}
