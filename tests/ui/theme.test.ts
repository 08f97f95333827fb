import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALTERNATIVE_COLORS, BAND_COLORS, COLORS, DISPLAY_FONT, FONT, hex, PAPER_FONT, TRACK_COLORS } from '../../src/ui/board/theme';
import { BAND_RAMP, colorNumber, contrast, cssVar, FONTS, MEANINGS, mix, paletteProperties, SERIES, SURFACES } from '../../src/ui/theme/palette';

// One palette, in two places: styles.css declares it for the page, palette.ts for the board. The
// two stay equal, every text colour stands out from its ground by 4.5:1 or more (WCAG 2 AA), and
// no two meanings share a colour.

const css = readFileSync(join(import.meta.dirname, '../../src/ui/styles.css'), 'utf8');
const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const declared = new Map([...root.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));

describe('the palette', () => {
  it('is declared in styles.css exactly as palette.ts has it', () => {
    const expected = paletteProperties();
    expect(Object.keys(expected).length).toBeGreaterThan(30);
    for (const [name, value] of Object.entries(expected)) expect([name, declared.get(name)]).toEqual([name, value]);
  });

  const S = SURFACES;
  const pairs: [string, string, string][] = [
    ['chalk', S.chalk, S.table],
    ['chalk on the toolbar', S.chalk, S.tableRaised],
    ['dim chalk', S.chalkDim, S.table],
    ['dim chalk on the toolbar', S.chalkDim, S.tableRaised],
    ['accent on the table', S.accent, S.table],
    ['ink on the folder', S.ink, S.folder],
    ['ink on the deep folder', S.ink, S.folderDeep],
    ['dim ink on the folder', S.inkDim, S.folder],
    ['dim ink on the deep folder', S.inkDim, S.folderDeep],
    ['dim ink on paper', S.inkDim, S.paper],
    ['accent ink on the folder', S.accentInk, S.folder],
    ['accent ink on the deep folder', S.accentInk, S.folderDeep],
    ['accent ink on paper', S.accentInk, S.paper],
    ['paper on a primary button (ink)', S.paper, S.ink],
    ...Object.entries(MEANINGS).flatMap(([name, m]): [string, string, string][] => [
      [`${name}: text on its fill`, S.onFill, m.fill],
      [`${name}: ink on the folder`, m.ink, S.folder],
      [`${name}: ink on the deep folder`, m.ink, S.folderDeep],
      [`${name}: ink on paper`, m.ink, S.paper],
      [`${name}: chalk on the table`, m.chalk, S.table],
      [`${name}: chalk on the toolbar`, m.chalk, S.tableRaised],
    ]),
  ];
  it.each(pairs)('%s has a contrast of 4.5:1 or more', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('the tints behind ink text keep it readable', () => {
    for (const tint of ['--better-tint', '--worse-tint', '--accent-tint']) expect(contrast(S.ink, declared.get(tint) ?? '#000000')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each meaning its own colours', () => {
    const fills = Object.values(MEANINGS).map((m) => m.fill);
    const chalks = Object.values(MEANINGS).map((m) => m.chalk);
    expect(new Set(fills).size).toBe(fills.length);
    expect(new Set(chalks).size).toBe(chalks.length);
  });

  it('runs its bands from worse to better', () => {
    expect(Object.keys(BAND_RAMP)).toEqual(['Adversarial', 'Distant', 'Cooperative', 'Collaborative', 'Institutionalized', 'Integrated']);
  });

  it('converts for Phaser and names its properties', () => {
    expect(colorNumber('#1d7468')).toBe(0x1d7468);
    expect(cssVar('tableRaised')).toBe('--table-raised');
    expect(cssVar('better')).toBe('--better');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
});

// The board draws with the same palette and type (issue 10, item 10): every colour and family in
// src/ui/board comes from palette.ts through board/theme.ts, and each text the board writes on
// the table, the map or a bar keeps 4.5:1.
describe('the board’s colours and type', () => {
  const S = SURFACES;
  const boardDir = join(import.meta.dirname, '../../src/ui/board');

  it('writes no colour of its own outside board/theme.ts', () => {
    for (const file of readdirSync(boardDir).filter((f) => f.endsWith('.ts') && f !== 'theme.ts')) {
      const source = readFileSync(join(boardDir, file), 'utf8');
      expect([file, source.match(/0x[0-9a-fA-F]{6}\b|['"`]#[0-9a-fA-F]{3,6}['"`]/g)]).toEqual([file, null]);
      // Nor a font family: the page's, through theme.ts.
      expect([file, /fontFamily:\s*['"`]/.test(source)]).toEqual([file, false]);
    }
  });

  it('uses the page’s font families', () => {
    expect(FONT).toBe(declared.get('--font-ui'));
    expect(PAPER_FONT).toBe(declared.get('--font-paper'));
    expect(DISPLAY_FONT).toBe(declared.get('--font-display'));
    expect([FONT, PAPER_FONT, DISPLAY_FONT]).toEqual([FONTS.ui, FONTS.paper, FONTS.display]);
  });

  it('gives each meaning the page’s colour: SEDENA, SEMAR, better, worse, the US, Mexico, the cartels', () => {
    expect(hex(COLORS.sedena)).toBe(MEANINGS.sedena.chalk);
    expect(hex(COLORS.semar)).toBe(MEANINGS.semar.chalk);
    expect(hex(COLORS.good)).toBe(MEANINGS.better.fill);
    expect(hex(COLORS.bad)).toBe(MEANINGS.worse.fill);
    expect(hex(COLORS.goodChalk)).toBe(MEANINGS.better.chalk);
    expect(hex(COLORS.badChalk)).toBe(MEANINGS.worse.chalk);
    expect(hex(TRACK_COLORS.usCommitment ?? 0)).toBe(MEANINGS.us.chalk);
    expect(hex(TRACK_COLORS.publicSupport ?? 0)).toBe(MEANINGS.mexico.chalk);
    expect(hex(TRACK_COLORS.tcoPower ?? 0)).toBe(MEANINGS.tco.chalk);
    expect(hex(COLORS.background)).toBe(S.table);
    expect(hex(COLORS.card)).toBe(S.paper);
    expect(COLORS.cardText).toBe(S.ink);
    expect(Object.fromEntries(Object.entries(BAND_COLORS).map(([k, v]) => [k, hex(v)]))).toEqual({ ...BAND_RAMP, Integrated: mix(BAND_RAMP.Integrated, S.chalk, 0.25) });
    expect(ALTERNATIVE_COLORS.map(hex)).toEqual(SERIES.alternatives);
  });

  it('keeps its bands distinct from one another', () => {
    const rgb = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
    const bands = Object.values(BAND_COLORS).map(hex);
    bands.forEach((a, i) => {
      for (const b of bands.slice(i + 1)) {
        const [x, y] = [rgb(a), rgb(b)];
        expect(Math.hypot(...x.map((v, k) => v - (y[k] ?? 0))), `${a} ${b}`).toBeGreaterThan(40);
      }
    });
  });

  const land = { us: mix(S.tableRaised, MEANINGS.us.fill, 0.32), mexico: mix(S.tableRaised, MEANINGS.mexico.fill, 0.3) };
  const boardPairs: [string, string, string][] = [
    ['chalk on the US', S.chalk, land.us],
    ['chalk on Mexico', S.chalk, land.mexico],
    ['dim chalk on the US (the map’s title)', S.chalkDim, land.us],
    ['dim chalk on Mexico', S.chalkDim, land.mexico],
    ['on-fill on the header band', S.onFill, S.tableRaised],
    ...Object.entries(SERIES).flatMap(([name, c]): [string, string, string][] => (typeof c === 'string' ? [[`${name} on the table`, c, S.table]] : c.map((x, i): [string, string, string] => [`alternative ${i} on the table`, x, S.table]))),
  ];
  it.each(boardPairs)('%s has a contrast of 4.5:1 or more', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('lays the US and Mexico dark on the table in their own hues', () => {
    expect(hex(COLORS.usLand)).toBe(land.us);
    expect(hex(COLORS.mexicoLand)).toBe(land.mexico);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#102030', '#ffffff', 0)).toBe('#102030');
  });
});
