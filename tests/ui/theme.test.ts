import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAND_RAMP, colorNumber, contrast, cssVar, MEANINGS, paletteProperties, SURFACES } from '../../src/ui/theme/palette';

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
