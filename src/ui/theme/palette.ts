// The game's one palette: a dark war-room table, a manila briefing folder for the side panel, cream
// paper for the cards, and a few colours that always mean the same thing wherever they appear —
// better/worse for the relationship, SEDENA (olive) and SEMAR (navy), the United States (indigo) and
// Mexico (rosa mexicano), the cartels' red team (graphite). styles.css declares each of these as a
// CSS custom property of the same name (`table` → `--table`, `betterInk` → `--better-ink`), and
// tests/ui/theme.test.ts keeps the two equal and every text pair at 4.5:1 or more, so the Phaser
// board can draw with the same colours as the page.
//
// Each meaning comes in three shades: `fill` (a chip or a bar, with `onFill` text on it), `ink` (text
// or lines on paper and on the folder), and `chalk` (text or lines on the dark table and board).

/** The surfaces, from the table out: where text of each kind stands. */
export const SURFACES = {
  /** The war-room table: the page's ground, the toolbar and the board. */
  table: '#151b19',
  tableRaised: '#1f2825',
  tableEdge: '#3b4843',
  /** Text on the table. */
  chalk: '#ece6d6',
  chalkDim: '#b4ad9b',
  /** The briefing folder: the side panel. */
  folder: '#e6d7b2',
  folderDeep: '#d8c596',
  folderEdge: '#9c8660',
  /** Text on the folder and on paper. */
  ink: '#1f1b14',
  inkDim: '#54493a',
  /** The paper of the cards (event cards, option cards, the paper's passages). */
  paper: '#fbf6e9',
  paperEdge: '#b3a079',
  /** Text on the coloured fills of the meanings below. */
  onFill: '#ffffff',
  /** Focus rings, links on the table, what asks for attention: brass. */
  accent: '#e0a526',
  /** Links and attention on the folder and paper. */
  accentInk: '#6a4000',
} as const;

export interface Meaning {
  readonly fill: string;
  readonly ink: string;
  readonly chalk: string;
}

/** Colours that carry a meaning; nothing else uses their hues. */
export const MEANINGS = {
  /** The relationship improves (a rise, a gain, a good outcome). */
  better: { fill: '#1d7468', ink: '#125249', chalk: '#5ccab6' },
  /** The relationship worsens (a fall, a risk, a refusal, an error). */
  worse: { fill: '#a23a2c', ink: '#8a2c20', chalk: '#f08b74' },
  /** SEDENA, the Army and Air Force secretariat: olive drab. */
  sedena: { fill: '#55632a', ink: '#46521f', chalk: '#b6c76c' },
  /** SEMAR, the Navy and Marines: navy. */
  semar: { fill: '#1f3a68', ink: '#1f3a68', chalk: '#8aaee6' },
  /** The United States. */
  us: { fill: '#56479a', ink: '#4a3c8a', chalk: '#b7a6ee' },
  /** Mexico and its presidency: rosa mexicano. */
  mexico: { fill: '#a8235c', ink: '#8f1d4e', chalk: '#f48bbb' },
  /** The cartels (the red team): graphite, never the brick of "worse". */
  tco: { fill: '#35312d', ink: '#35312d', chalk: '#cfc8bd' },
} as const satisfies Record<string, Meaning>;

export type MeaningName = keyof typeof MEANINGS;

/**
 * The relationship's six bands, worst to best, from brick through sand to teal (DESIGN §2.1): the
 * same "worse → better" axis as MEANINGS, in steps. For the board's track (board/theme.ts BAND_COLORS).
 */
export const BAND_RAMP = {
  Adversarial: '#8e2f24',
  Distant: '#a8582e',
  Cooperative: '#a88a3a',
  Collaborative: '#5f8a4a',
  Institutionalized: '#2a7a6c',
  Integrated: '#1d5f73',
} as const;

/** The three families, each for one job (fonts from @fontsource, imported in src/main.ts). */
export const FONTS = {
  /** Everything one reads in the interface. */
  ui: "'IBM Plex Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  /** The cards and the paper's words. */
  paper: "'Source Serif 4', Georgia, 'Times New Roman', serif",
  /** Headings, the brand, and numbers on gauges. */
  display: "'Barlow Condensed', 'Arial Narrow', 'IBM Plex Sans', sans-serif",
} as const;

/** `'#1d7468'` → `0x1d7468`, for Phaser, which takes colours as numbers. */
export function colorNumber(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `better` → `--better`, `tableRaised` → `--table-raised`: the CSS custom property of a palette name. */
export function cssVar(name: string): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Every custom property styles.css must declare, with its value: the surfaces as they are, and each
 * meaning as `--<name>` (fill), `--<name>-ink` and `--<name>-chalk`.
 */
export function paletteProperties(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(SURFACES)) out[cssVar(name)] = value;
  for (const [name, m] of Object.entries(MEANINGS)) {
    out[cssVar(name)] = m.fill;
    out[`${cssVar(name)}-ink`] = m.ink;
    out[`${cssVar(name)}-chalk`] = m.chalk;
  }
  return out;
}

/**
 * Colours for lines that carry no meaning of their own, only a legend's name: tracks no meaning
 * owns (the board's institutions bar, some of the debrief's lines), and the alternatives of a
 * debrief comparison (Okabe–Ito, distinct for colour-blind readers). Each stands out from the
 * table by 4.5:1 or more (tests/ui/theme.test.ts), so it can also colour text there.
 */
export const SERIES = {
  institutions: '#dcc9a0',
  personalTies: '#8fdc82',
  sovereigntyTension: '#f2a65e',
  policeCapacity: '#d4a0f0',
  ruleOfLaw: '#7fd3e6',
  alternatives: ['#e69f00', '#56b4e9', '#2ec4a0', '#f0e442', '#cc79a7', '#d55e00'],
} as const;

/** `a` mixed with `t` of `b` (0 to 1), channel by channel: a meaning's hue laid dark on the table. */
export function mix(a: string, b: string, t: number): string {
  const w = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - w) + channel(b, i) * w).toString(16).padStart(2, '0')).join('')}`;
}
