import { hyphenateSync } from 'hyphen/es';
import './soft-hyphens.css';

// Long Spanish words broken with a hyphen at the end of a line. Browsers hyphenate only with a
// dictionary (`hyphens: auto`), which a browser may not have: then a word too long for a narrow
// panel at a large text size breaks anywhere, without a hyphen ("ESTRATÉGIC / AS"). So the panels'
// Spanish words of `LONG_WORD` letters or more are given break points between their syllables:
// each an empty <span class="shy">, whose soft hyphen the stylesheet draws on a phone's width (on a
// wider screen the words wrap between them as before). The text itself is untouched (textContent,
// accessible names, copy and search see the words as written); the strings in i18n are untouched,
// and Phaser's text is not HTML. Words of other languages (a quote from the paper is marked
// lang="en") are left alone.

/** Words of this many letters or more get break points (about a line of a heading on a phone). */
export const LONG_WORD = 10;

export const BREAK_CLASS = 'shy';

/** The fewest letters left before and after a break. */
const MIN_PART = 2;
/** Marks the breaks hyphen's patterns find (a soft hyphen, which no word of the page contains). */
const MARK = '\u00ad';

/**
 * Where a Spanish word may be hyphenated (the indexes the second part starts at), by the Spanish
 * hyphenation patterns of TeX (the `hyphen` package, Liang's algorithm): "ins-ti-tu-cio-na-li-za-ción",
 * "gue-rri-lla". A word with letters other than Spanish ones gets none, and neither does an acronym
 * (all capitals: "USNORTHCOM").
 */
export function syllableBreaks(word: string): number[] {
  if (!/^[a-zñáéíóúü]+$/iu.test(word) || word === word.toUpperCase()) return [];
  const breaks: number[] = [];
  let at = 0;
  const parts = hyphenateSync(word, { hyphenChar: MARK, minWordLength: MIN_PART * 2 }).split(MARK);
  for (const part of parts.slice(0, -1)) {
    at += part.length;
    breaks.push(at);
  }
  return breaks.filter((b) => b >= MIN_PART && word.length - b >= MIN_PART);
}

/** Elements whose text is not the page's prose, or cannot hold an element. */
const SKIPPED = 'script, style, textarea, select, option, svg, code, pre, [contenteditable]';

/**
 * Gives the long Spanish words in `root`'s text their break points. A text directly in a flex or
 * grid box is left alone: each piece of it would become a box of its own, spaced by the gap.
 * Idempotent: a word already broken is in pieces shorter than `minLength`.
 */
export function softHyphenate(root: Element, minLength = LONG_WORD): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const word = `\\p{L}{${minLength},}`;
  const hasLong = new RegExp(word, 'u');
  const long = new RegExp(word, 'gu');
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !hasLong.test(node.textContent ?? '') || parent.closest(SKIPPED)) continue;
    if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('es')) found.push(node as Text);
  }
  // Styles are read for all the texts first, and the page changed after: one style pass, not one a text.
  const view = doc.defaultView;
  const boxed = new Set(found.filter((text) => text.parentElement && view && /flex|grid/.test(view.getComputedStyle(text.parentElement).display)));
  for (const text of found) {
    if (boxed.has(text)) continue;
    const data = text.data;
    const parts: (string | Node)[] = [];
    let done = 0;
    for (const match of data.matchAll(long)) {
      for (const b of syllableBreaks(match[0])) {
        const at = match.index + b;
        const mark = doc.createElement('span');
        mark.className = BREAK_CLASS;
        parts.push(data.slice(done, at), mark);
        done = at;
      }
    }
    if (done === 0) continue;
    parts.push(data.slice(done));
    text.replaceWith(...parts);
  }
}
