import type { RelationshipBand } from '../../engine';
import { BAND_RAMP, colorNumber, FONTS, MEANINGS, mix, SERIES, SURFACES } from '../theme/palette';

// The board's colours and type, every one taken from the page's palette (src/ui/theme/palette.ts)
// so that a colour means the same thing on the board as in the folder beside it: the table is the
// board's ground, chalk its text, cream paper its cards; better/worse, SEDENA/SEMAR, the US and
// Mexico, the cartels each keep their hue. Phaser takes fills as numbers and text colours as
// strings: COLORS has both where both are used.

/** The page's three families (styles.css --font-ui, --font-paper, --font-display). */
export const FONT = FONTS.ui;
export const PAPER_FONT = FONTS.paper;
export const DISPLAY_FONT = FONTS.display;
/** The weights the page ships (src/main.ts imports 400 and 600 of Plex and Source Serif, 500 and 600 of Barlow). */
export const BOLD = '600';
export const DISPLAY_WEIGHT = '600';

export const COLORS = {
  /** The war-room table. */
  background: colorNumber(SURFACES.table),
  panel: colorNumber(SURFACES.tableRaised),
  panelEdge: colorNumber(SURFACES.tableEdge),
  /** Chalk on the table. */
  text: SURFACES.chalk,
  textDim: SURFACES.chalkDim,
  /** Text written on a better/worse fill (a short gauge's label on its bar). */
  onFill: SURFACES.onFill,
  /** The relationship itself (its marker and line): chalk, the brightest thing on the table. */
  headline: colorNumber(SURFACES.chalk),
  sedena: colorNumber(MEANINGS.sedena.chalk),
  semar: colorNumber(MEANINGS.semar.chalk),
  /** Institutionalization carries no meaning of its own: a series colour (palette SERIES). */
  institutions: colorNumber(SERIES.institutions),
  /** Better and worse for the relationship: fills for bars and chips, chalk for lines and text. */
  good: colorNumber(MEANINGS.better.fill),
  bad: colorNumber(MEANINGS.worse.fill),
  goodChalk: colorNumber(MEANINGS.better.chalk),
  badChalk: colorNumber(MEANINGS.worse.chalk),
  neutral: colorNumber(SURFACES.chalkDim),
  /** Attention (a hovered card, the election's winner): brass. */
  accent: colorNumber(SURFACES.accent),
  /** The map: the US and Mexico in their own hues, laid dark on the table so chalk reads on them. */
  usLand: colorNumber(mix(SURFACES.tableRaised, MEANINGS.us.fill, 0.32)),
  mexicoLand: colorNumber(mix(SURFACES.tableRaised, MEANINGS.mexico.fill, 0.3)),
  otherLand: colorNumber(SURFACES.tableRaised),
  sea: colorNumber(SURFACES.table),
  /** The border: chalk, the line the whole game is about. */
  border: colorNumber(SURFACES.chalk),
  /** The cards: cream paper, its edge, ink. */
  card: colorNumber(SURFACES.paper),
  cardEdge: colorNumber(SURFACES.paperEdge),
  cardText: SURFACES.ink,
  /** A text's outline where it lies on a picture (the map): the table's colour. */
  outline: SURFACES.table,
} as const;

/**
 * The relationship's six bands, worst to best (palette BAND_RAMP). The ramp's last two steps are
 * too close to tell apart on the track (31 RGB units: tests/ui/theme.test.ts wants 40), so the
 * best band, Integrated, is lightened a quarter of the way to chalk; the others are the ramp's.
 */
export const BAND_COLORS: Readonly<Record<RelationshipBand, number>> = {
  Adversarial: colorNumber(BAND_RAMP.Adversarial),
  Distant: colorNumber(BAND_RAMP.Distant),
  Cooperative: colorNumber(BAND_RAMP.Cooperative),
  Collaborative: colorNumber(BAND_RAMP.Collaborative),
  Institutionalized: colorNumber(BAND_RAMP.Institutionalized),
  Integrated: colorNumber(mix(BAND_RAMP.Integrated, SURFACES.chalk, 0.25)),
};

export function hex(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/**
 * One colour per alternative of a debrief comparison, in the order of its bands (the player's own
 * choice first), distinct for colour-blind readers (palette SERIES.alternatives) on the table; the
 * historical path is drawn apart, dim chalk and dashed, and the player's game in chalk.
 */
export const ALTERNATIVE_COLORS = SERIES.alternatives.map(colorNumber);
export const HISTORICAL_COLOR = colorNumber(SURFACES.chalkDim);
export const YOUR_GAME_COLOR = colorNumber(SURFACES.chalk);

export function alternativeColor(kind: 'same' | 'other' | 'historical', index: number): number {
  return kind === 'historical' ? HISTORICAL_COLOR : (ALTERNATIVE_COLORS[index % ALTERNATIVE_COLORS.length] ?? YOUR_GAME_COLOR);
}

/**
 * The colour of each track's line on the debrief's charts: its meaning where it has one (SEDENA,
 * SEMAR, the US's commitment, Mexico's public, the cartels' power, violence as "worse"), else a
 * series colour with no meaning (palette SERIES).
 */
export const TRACK_COLORS: Readonly<Record<string, number>> = {
  relationship: COLORS.headline,
  'relationship.sedena': COLORS.sedena,
  'relationship.semar': COLORS.semar,
  institutionalization: COLORS.institutions,
  personalTies: colorNumber(SERIES.personalTies),
  sovereigntyTension: colorNumber(SERIES.sovereigntyTension),
  tcoPower: colorNumber(MEANINGS.tco.chalk),
  publicSupport: colorNumber(MEANINGS.mexico.chalk),
  policeCapacity: colorNumber(SERIES.policeCapacity),
  ruleOfLaw: colorNumber(SERIES.ruleOfLaw),
  usCommitment: colorNumber(MEANINGS.us.chalk),
  violence: COLORS.badChalk,
};

/** The colour of a "better" or "worse" change: chalk for a chip or line on the table. */
export function changeColor(better: boolean): number {
  return better ? COLORS.goodChalk : COLORS.badChalk;
}
