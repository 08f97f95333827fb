import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, Scenario } from '../engine';
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

/**
 * What went wrong with a file, in words, from Node's error code: a person running `deck print`
 * should not have to look up "ENOENT". `writing` says whether the file was being written, where a
 * missing file means a missing folder.
 */
export function fileProblem(error: unknown, writing: boolean): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return writing ? 'the folder does not exist' : 'the file does not exist';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return writing ? 'permission denied (you may not write there)' : 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ELOOP':
      return 'too many symbolic links in the path';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use';
    case undefined:
      return error instanceof Error ? `${error.message.split('\n')[0]?.slice(0, 120)}` : 'an unknown error';
    default:
      return `the system refused (error ${code})`;
  }
}

/** Writes the kit's HTML to `path`, or says in words why it could not. */
export function writeKitFile(path: string, html: string): Result<string> {
  try {
    writeFileSync(path, html);
    return { ok: true, value: path };
  } catch (e) {
    return { ok: false, error: fileProblem(e, true) };
  }
}
