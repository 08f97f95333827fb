import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../engine';
import type { Language } from '../i18n';
import { FONT_FAMILIES, type KitFont, type Paper } from '../print/html';
import { tableKitHtml } from '../print/kit';

// `npm run deck -- print`: the table kit (src/print) as one standalone HTML file. This layer reads
// the typefaces from node_modules and hands them to the pure builder as base64, so the file prints
// the same offline, on any machine.

const ROOT = join(import.meta.dirname, '../..');

/** The faces the kit uses: serif for cards and quotes, sans for the body, condensed for headings. */
const FACES: readonly { readonly pkg: string; readonly family: string; readonly weight: number; readonly style: 'normal' | 'italic' }[] = [
  { pkg: 'source-serif-4', family: FONT_FAMILIES.serif, weight: 400, style: 'normal' },
  { pkg: 'source-serif-4', family: FONT_FAMILIES.serif, weight: 400, style: 'italic' },
  { pkg: 'ibm-plex-sans', family: FONT_FAMILIES.sans, weight: 400, style: 'normal' },
  { pkg: 'ibm-plex-sans', family: FONT_FAMILIES.sans, weight: 400, style: 'italic' },
  { pkg: 'ibm-plex-sans', family: FONT_FAMILIES.sans, weight: 600, style: 'normal' },
  { pkg: 'barlow-condensed', family: FONT_FAMILIES.heading, weight: 600, style: 'normal' },
  { pkg: 'barlow-condensed', family: FONT_FAMILIES.heading, weight: 700, style: 'normal' },
];

const SUBSETS = ['latin', 'latin-ext'] as const;

/**
 * The kit's typefaces from the @fontsource packages (latin and latin-ext subsets, each with the
 * unicode-range the package declares). Throws if a package is missing: the kit needs them.
 */
export function readKitFonts(root: string = ROOT): KitFont[] {
  const ranges = new Map<string, Record<string, string>>();
  const rangesOf = (pkg: string) => {
    let r = ranges.get(pkg);
    if (!r) ranges.set(pkg, (r = JSON.parse(readFileSync(join(root, 'node_modules/@fontsource', pkg, 'unicode.json'), 'utf8')) as Record<string, string>));
    return r;
  };
  return FACES.flatMap((face) =>
    SUBSETS.map((subset) => ({
      family: face.family,
      weight: face.weight,
      style: face.style,
      unicodeRange: rangesOf(face.pkg)[subset] ?? 'U+0000-00FF',
      woff2Base64: readFileSync(join(root, 'node_modules/@fontsource', face.pkg, 'files', `${face.pkg}-${subset}-${face.weight}-${face.style}.woff2`)).toString('base64'),
    })),
  );
}

export interface PrintRequest {
  readonly scenario: Scenario;
  readonly language: Language;
  readonly paper: Paper;
}

/** The kit's HTML for a scenario, language and paper, with the typefaces embedded. */
export function tableKitFile(request: PrintRequest, fonts: readonly KitFont[] = readKitFonts()): string {
  return tableKitHtml({ ...request, fonts });
}
