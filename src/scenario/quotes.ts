import { ERRATA, type Erratum } from './errata';

// Finding a card's verbatim quote in the paper. Matching ignores line breaks, hyphenation at line
// ends and repeated spaces (the paper's text is laid out in columns), treats curly and straight
// quotes alike, and ignores hyphens and dashes so that "bi-national" matches "bi-na-⏎tional".
// Then the passage around a quote, cleaned for reading, with the paper's slips marked (errata.ts).

const APOSTROPHES = /[\u2018\u2019\u02bc]/;
const DOUBLE_QUOTES = /[\u201c\u201d]/;
const HYPHENS = /[-\u2010\u2011\u2012\u2013\u2014\u00ad]/;

export interface NormalizedText {
  readonly text: string;
  /** For each character of `text`, its index in the original. */
  readonly origin: readonly number[];
}

export function normalizeText(source: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; i++) {
    let ch = source[i] as string;
    if (HYPHENS.test(ch)) {
      // A hyphen or dash, and with it any line break that follows it, joins what it separates.
      let j = i + 1;
      while (j < source.length && /[ \t]/.test(source[j] as string)) j++;
      if (source[j] === '\n' || source[j] === '\r') {
        while (j < source.length && /\s/.test(source[j] as string)) j++;
        i = j - 1;
      }
      continue;
    }
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        origin.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    if (APOSTROPHES.test(ch)) ch = "'";
    else if (DOUBLE_QUOTES.test(ch)) ch = '"';
    text += ch;
    origin.push(i);
  }
  return { text, origin };
}

export interface QuoteLocation {
  /** Start and end (exclusive) of the quoted passage in the original text. */
  readonly start: number;
  readonly end: number;
}

export function findQuote(source: NormalizedText, quote: string): QuoteLocation | null {
  const needle = normalizeText(quote).text;
  if (!needle) return null;
  const at = source.text.indexOf(needle);
  if (at < 0) return null;
  const start = source.origin[at] ?? 0;
  const end = (source.origin[at + needle.length - 1] ?? start) + 1;
  return { start, end };
}

// --- The passage in context ---------------------------------------------------------------------

/** The paper's text with what cleaning a passage needs: its words and its footnote references. */
export interface Paper {
  readonly source: string;
  readonly normalized: NormalizedText;
  /** Every word written whole somewhere in the paper (lower case), for hyphens at line ends. */
  readonly words: ReadonlySet<string>;
  readonly footnotes: readonly FootnoteReference[];
}

/** A footnote reference in the text ("all.1 The", "drugs. 42 On"): the characters to drop. */
export interface FootnoteReference {
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

/** A slip of the paper's where it appears in a passage: the words as printed, and the correction. */
export interface MarkedSlip {
  readonly slip: string;
  readonly erratum: string;
  readonly correction: Erratum['correction'];
  readonly note: Erratum['note'];
}

export type PassagePiece = string | MarkedSlip;

export interface PassageInContext {
  readonly before: readonly PassagePiece[];
  readonly quote: readonly PassagePiece[];
  readonly after: readonly PassagePiece[];
}

/** The paper has 54 footnotes; a bigger number glued to a word is something else. */
const LAST_FOOTNOTE = 54;
/** "all.1 The", "Command12 and", "2010.32 The", "States].”6": digits glued to a word or mark. */
const GLUED_FOOTNOTE = /(?<=[\p{L}.,;:?!"”’)\]])(\d{1,2})(?=[\s.,;:)]|$)/gu;
/** "drugs. 42 On", "Calderón. 31⏎": a number set apart after a sentence, before a capital or a line end. */
const SPACED_FOOTNOTE = /(?<=[.?!"”])([ \t]+)(\d{1,2})(?=[ \t]*(?:\r?\n|$)|[ \t]+\p{Lu})/gu;
/** A hyphen at a line end, the line break after it (and any blank line of a page break), and the next word. */
const HYPHEN_AT_LINE_END = /(\S+)[-\u00ad\u2010\u2011]([ \t]*(?:\r?\n[ \t]*)+)(?=(\S+))/gu;
/** A dash or slash at a line end: it stays, the line break goes ("countries—⏎continues", "US/⏎Mexico"). */
const DASH_AT_LINE_END = /[\u2013\u2014/]([ \t]*(?:\r?\n[ \t]*)+)(?=\S)/gu;
/** The journal's running head at a page break, with the page number before or after it. */
const RUNNING_HEAD = /(?:\n[ \t]*\d{1,2}[ \t]*)?\n\s*July 2011[ \t]+Volume 1 Number 1[ \t]*\n[ \t]*Strategic Issues in U\.S\.-Latin American Relations[ \t]*\n\s*Critical Strategic Decisions in Mexico: the Future of US\/Mexican Defense Relations[ \t]*(?:\n\s*\d{1,2}[ \t]*(?=\n))?/g;
/**
 * A blank line after a finished sentence, or before a heading, a footnote or a caption; a page
 * break in mid-sentence also leaves a blank line, before a word in lower case ("painful, ⏎⏎and").
 */
const PARAGRAPH_BREAK = /(?<=[.?!:"”)][ \t]*)\n[ \t]*\n|\n[ \t]*\n(?=\s*[\d\p{Lu}"“(•])/gu;

export function footnoteReferences(source: string): FootnoteReference[] {
  const refs: FootnoteReference[] = [];
  for (const m of source.matchAll(GLUED_FOOTNOTE)) {
    const number = Number(m[1]);
    const at = m.index;
    if (number < 1 || number > LAST_FOOTNOTE) continue;
    const mark = source[at - 1];
    if (mark === '.' || mark === ',') {
      // "1.3 horas" and "6,000" are numbers; "in 2012.28" is a year and a footnote.
      const digits = /\d+$/.exec(source.slice(Math.max(0, at - 12), at - 1))?.[0];
      if (digits && !(mark === '.' && digits.length === 4)) continue;
    }
    refs.push({ number, start: at, end: at + (m[1] as string).length });
  }
  for (const m of source.matchAll(SPACED_FOOTNOTE)) {
    const number = Number(m[2]);
    if (number >= 1 && number <= LAST_FOOTNOTE) refs.push({ number, start: m.index, end: m.index + m[0].length });
  }
  return refs.sort((a, b) => a.start - b.start);
}

const wordAtEnd = (token: string) => (/[\p{L}\p{N}'’-]+$/u.exec(token)?.[0] ?? '').toLowerCase();
const wordAtStart = (token: string) => (/^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u.exec(token)?.[1] ?? '').toLowerCase();

function wordsOf(source: string): Set<string> {
  const words = new Set<string>();
  let brokenBefore = false;
  for (const line of source.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    tokens.forEach((token, i) => {
      // Leave out the halves of a word broken at a line end: "po-" and "tential".
      if (i === 0 && brokenBefore) return;
      if (i === tokens.length - 1 && /[-\u00ad\u2010\u2011]$/.test(token)) return;
      const word = wordAtStart(token);
      if (word) words.add(word.replace(/-+$/, ''));
    });
    if (tokens.length > 0) brokenBefore = /[-\u00ad\u2010\u2011]\s*$/.test(line);
  }
  return words;
}

let cachedPaper: Paper | null = null;

export function readPaper(source: string): Paper {
  if (cachedPaper?.source === source) return cachedPaper;
  cachedPaper = { source, normalized: normalizeText(source), words: wordsOf(source), footnotes: footnoteReferences(source) };
  return cachedPaper;
}

/**
 * Whether a hyphen at a line end only broke a word ("po-⏎tential" is "potential") or belongs to it
 * ("military-to-⏎military", "confidence-⏎building", a web address): decided by how the paper
 * writes the word elsewhere, and otherwise by whether the second half is a word of its own.
 */
export function joinsAtLineEnd(left: string, right: string, words: ReadonlySet<string>): boolean {
  if (/https?:|www\.|\/\S/.test(left)) return false;
  const head = wordAtEnd(left);
  const tail = wordAtStart(right);
  if (words.has(`${head}-${tail}`)) return false;
  if (words.has(head + tail)) return true;
  // Typesetting breaks a word into syllables, rarely into two words: "confidence-⏎building" keeps it.
  const lastPart = head.split('-').pop() ?? head;
  return !(tail.length >= 5 && lastPart.length >= 5 && words.has(tail));
}

/** The cleaned text of source[from, to), and for each of its characters the index it comes from. */
export function cleanText(paper: Paper, from: number, to: number): NormalizedText {
  const { source } = paper;
  const dropped = new Uint8Array(Math.max(0, to - from));
  const drop = (a: number, b: number) => dropped.fill(1, Math.max(a, from) - from, Math.max(Math.min(b, to) - from, 0));
  for (const ref of paper.footnotes) if (ref.start >= from && ref.end <= to) drop(ref.start, ref.end);
  // Running heads go; the words on either side of them then meet across blank lines.
  let slice = source.slice(from, to);
  for (const m of slice.matchAll(RUNNING_HEAD)) {
    drop(from + m.index, from + m.index + m[0].length);
    slice = slice.slice(0, m.index) + '\n'.repeat(m[0].length) + slice.slice(m.index + m[0].length);
  }
  for (const m of slice.matchAll(HYPHEN_AT_LINE_END)) {
    // A word broken across a page may be interrupted by a footnote, a caption or the page number
    // ("bi-⏎⏎34⏎⏎July 2011"): leave those breaks as they are.
    if (/\n[ \t]*\n/.test(m[2] as string) && /^[\d\p{Lu}]/u.test(m[3] as string)) continue;
    const hyphen = from + m.index + (m[1] as string).length;
    const joined = joinsAtLineEnd(m[1] as string, m[3] as string, paper.words);
    drop(joined ? hyphen : hyphen + 1, hyphen + 1 + (m[2] as string).length);
  }
  for (const m of slice.matchAll(DASH_AT_LINE_END)) drop(from + m.index + 1, from + m.index + m[0].length);
  let text = '';
  const origin: number[] = [];
  let space = -1;
  for (let i = from; i < to; i++) {
    if (dropped[i - from]) continue;
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      if (space < 0) space = i;
      continue;
    }
    if (space >= 0 && text.length > 0) {
      text += ' ';
      origin.push(space);
    }
    space = -1;
    text += ch;
    origin.push(i);
  }
  return { text, origin };
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) last = m as RegExpExecArray;
  return last;
}

const SENTENCE_START = /[.?!]["”’)]?\d{0,2}\s+(?=["“(]?\p{Lu})/u;
const SENTENCE_END = /[.?!]["”’)]?(?:\d{1,2})?(?=\s)/u;

/**
 * Where the passage around a quote starts and ends: the quote's paragraph where it is short enough,
 * otherwise at most `radius` characters either side, cut at a sentence where one ends in reach and
 * never inside a word.
 */
export function passageBounds(text: string, location: QuoteLocation, radius = 700): { from: number; to: number } {
  // Running heads read as blank lines, so that a page break in mid-sentence is not a paragraph's end.
  const source = text.replace(RUNNING_HEAD, (head) => '\n'.repeat(head.length));
  let from = Math.max(0, location.start - radius);
  let to = Math.min(source.length, location.end + radius);
  const paraStart = lastMatch(PARAGRAPH_BREAK, source.slice(from, location.start));
  if (paraStart) from += paraStart.index + paraStart[0].length;
  else if (from > 0) {
    const sentence = SENTENCE_START.exec(source.slice(from, location.start));
    if (sentence) from += sentence.index + sentence[0].length;
    else if (!/\s/.test(source[from - 1] as string)) {
      const space = /\s/.exec(source.slice(from, location.start));
      from = space ? from + space.index + 1 : location.start;
    }
  }
  const paraEnd = new RegExp(PARAGRAPH_BREAK.source, 'u').exec(source.slice(location.end, to));
  if (paraEnd) {
    to = location.end + paraEnd.index;
    // A word broken by the page break ("the credibility of the US commitment… US-") is left out.
    const broken = /\s\S+[-\u00ad\u2010\u2011][ \t]*$/.exec(source.slice(location.end, to));
    if (broken) to = location.end + broken.index;
  } else if (to < source.length) {
    const sentence = lastMatch(SENTENCE_END, source.slice(location.end, to));
    if (sentence) to = location.end + sentence.index + sentence[0].length;
    else if (!/\s/.test(source[to] as string)) to = Math.max(location.end, location.end + (lastMatch(/\s/, source.slice(location.end, to))?.index ?? 0));
  }
  // Start and end on the paper's words, never inside a running head.
  from += /^\s*/.exec(source.slice(from, location.start))?.[0].length ?? 0;
  while (to > location.end && /\s/.test(source[to - 1] as string)) to--;
  return { from, to };
}

/** Where each erratum's slip lies in a cleaned text, in order. */
function slipsIn(text: string, errata: readonly Erratum[]): { start: number; end: number; erratum: Erratum }[] {
  const found: { start: number; end: number; erratum: Erratum }[] = [];
  for (const erratum of errata) {
    const offset = erratum.context.indexOf(erratum.slip);
    for (let at = text.indexOf(erratum.context); at >= 0; at = text.indexOf(erratum.context, at + 1)) {
      found.push({ start: at + offset, end: at + offset + erratum.slip.length, erratum });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The passage around a quote as a player reads it: words broken at line ends joined, footnote
 * references dropped, cut on word boundaries, and each of the paper's slips marked where it appears.
 */
export function passageInContext(paper: Paper, location: QuoteLocation, radius = 700, errata: readonly Erratum[] = ERRATA): PassageInContext {
  const { from, to } = passageBounds(paper.source, location, radius);
  const clean = cleanText(paper, from, to);
  const startOfQuote = clean.origin.findIndex((i) => i >= location.start);
  const endOfQuote = clean.origin.findIndex((i) => i >= location.end);
  const cuts = [0, startOfQuote < 0 ? clean.text.length : startOfQuote, endOfQuote < 0 ? clean.text.length : endOfQuote, clean.text.length];
  const slips = slipsIn(clean.text, errata);
  const piecesOf = (a: number, b: number): PassagePiece[] => {
    const pieces: PassagePiece[] = [];
    let at = a;
    for (const s of slips) {
      if (s.end <= a || s.end > b) continue;
      const start = Math.max(s.start, at);
      if (start > at) pieces.push(clean.text.slice(at, start));
      const e = s.erratum;
      pieces.push({ slip: clean.text.slice(start, s.end), erratum: e.id, correction: e.correction, note: e.note });
      at = s.end;
    }
    if (b > at) pieces.push(clean.text.slice(at, b));
    return pieces;
  };
  return { before: piecesOf(cuts[0] as number, cuts[1] as number), quote: piecesOf(cuts[1] as number, cuts[2] as number), after: piecesOf(cuts[2] as number, cuts[3] as number) };
}

/** A passage's pieces as plain text, each slip as printed. */
export function passageText(pieces: readonly PassagePiece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.slip)).join('');
}

/** The passage around a quote as plain, cleaned text (no slips marked). */
export function passageAround(source: string, location: QuoteLocation, radius = 700): { before: string; quote: string; after: string } {
  const p = passageInContext(readPaper(source), location, radius, []);
  return { before: passageText(p.before), quote: passageText(p.quote), after: passageText(p.after) };
}
