import { GLOSSARY, type GlossaryEntry } from './glossary';
import type { Language } from './index';

// Glossary terms in a card or panel text, for the UI to render as buttons. Pure: the text is split
// into plain strings and matches, which joined give the text back. A term matches as a whole word;
// acronyms (two capitals in a row: "SEDENA", "TCOs") and the band names match only as written, other
// terms in any case. Scanning left to right, the longest term wins at each position, and each entry
// links once per text, at its first occurrence, so that a text is not a sea of links.

export interface TermLink {
  /** The words as they appear in the text. */
  readonly term: string;
  /** The glossary entry they link to. */
  readonly id: string;
}

export type LinkedPiece = string | TermLink;

interface Matcher {
  readonly term: string;
  readonly folded: string;
  readonly id: string;
  readonly exact: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const ACRONYM = /\p{Lu}{2}/u;

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

function matchersOf(glossary: readonly GlossaryEntry[], language: Language): Matcher[] {
  const matchers = glossary.flatMap((entry) =>
    entry.terms[language].map((term) => ({ term, folded: term.toLocaleLowerCase(language), id: entry.id, exact: entry.caseSensitive === true || ACRONYM.test(term) })),
  );
  // Longest first, so that "Mérida Initiative" wins over a shorter term inside it; at equal length an
  // exact term first, so that the band "Institutionalized" wins over the word "institutionalized".
  return matchers.sort((a, b) => b.term.length - a.term.length || Number(b.exact) - Number(a.exact));
}

const cache = new Map<string, Matcher[]>();

function matchers(glossary: readonly GlossaryEntry[], language: Language): Matcher[] {
  if (glossary !== GLOSSARY) return matchersOf(glossary, language);
  let found = cache.get(language);
  if (!found) cache.set(language, (found = matchersOf(glossary, language)));
  return found;
}

/** The matcher for the longest glossary term at `at`, whole word, or null. */
function termAt(text: string, folded: string, at: number, list: readonly Matcher[]): Matcher | null {
  for (const m of list) {
    const end = at + m.term.length;
    if (end > text.length || isWordChar(text[end])) continue;
    if (m.exact ? text.startsWith(m.term, at) : folded.startsWith(m.folded, at)) return m;
  }
  return null;
}

export function linkTerms(text: string, language: Language, glossary: readonly GlossaryEntry[] = GLOSSARY): LinkedPiece[] {
  const list = matchers(glossary, language);
  // Lower-casing keeps every character's position for the letters these texts use (Latin, accented).
  const lower = text.toLocaleLowerCase(language);
  const folded = lower.length === text.length ? lower : text;
  const pieces: LinkedPiece[] = [];
  const linked = new Set<string>();
  let plainFrom = 0;
  let at = 0;
  while (at < text.length) {
    const match = isWordChar(text[at - 1]) ? null : termAt(text, folded, at, list);
    if (!match) {
      at++;
      continue;
    }
    const end = at + match.term.length;
    // A term whose entry already has its link stays plain, but is consumed whole: a shorter term
    // inside it must not link instead.
    if (!linked.has(match.id)) {
      linked.add(match.id);
      if (at > plainFrom) pieces.push(text.slice(plainFrom, at));
      pieces.push({ term: text.slice(at, end), id: match.id });
      plainFrom = end;
    }
    at = end;
  }
  if (plainFrom < text.length) pieces.push(text.slice(plainFrom));
  return pieces;
}
