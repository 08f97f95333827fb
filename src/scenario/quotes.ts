// Finding a card's verbatim quote in the paper. Matching ignores line breaks, hyphenation at line
// ends and repeated spaces (the paper's text is laid out in columns), treats curly and straight
// quotes alike, and ignores hyphens and dashes so that "bi-national" matches "bi-na-⏎tional".

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

/** The passage around a quote, cut at paragraph breaks where possible, for showing it in context. */
export function passageAround(source: string, location: QuoteLocation, radius = 700): { before: string; quote: string; after: string } {
  let from = Math.max(0, location.start - radius);
  let to = Math.min(source.length, location.end + radius);
  const paraStart = source.lastIndexOf('\n\n', location.start);
  if (paraStart >= from) from = paraStart + 2;
  const paraEnd = source.indexOf('\n\n', location.end);
  if (paraEnd >= 0 && paraEnd <= to) to = paraEnd;
  return { before: source.slice(from, location.start), quote: source.slice(location.start, location.end), after: source.slice(location.end, to) };
}
