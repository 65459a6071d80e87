import { isDigit, isLetterAt, isSpaceAt, startsWithUpper } from './chars';

export interface Span {
  start: number;
  end: number;
}

// Abbreviations that end with a period but rarely end a sentence in news copy.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt st sen rep gov pres jr sr inc corp co ltd no vs etc u.s u.k u.n a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e approx est'.split(
    ' ',
  ),
);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[']);

/** Where the sentence that ends with the mark at `i` ends (after closing quotes), or -1 when it goes on. */
function endAfterMark(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  const end = j;
  if (j >= text.length || !isSpaceAt(text, j)) return -1;
  while (j < text.length && isSpaceAt(text, j)) j++;
  if (j < text.length && OPENERS.has(text[j]!)) j++;
  if (j >= text.length || !(isDigit(text[j]!) || startsWithUpper(text[j]!))) return -1;
  if (text[i] === '.' && closesAbbreviation(text, i)) return -1;
  return end;
}

/** Whether the period at `i` closes an abbreviation or an initial ("Col.", "U.S.", "L.") rather than a sentence. */
export function closesAbbreviation(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 20 && (text[k - 1] === '.' || isLetterAt(text, k - 1))) k--;
  const word = text.slice(k, i).toLowerCase();
  return ABBREVIATIONS.has(word) || (word.length === 1 && word !== '.');
}

const BULLETS = new Set(['•', '·', '-', '*', '–', '—']);

/**
 * Where a line break that starts at `i` ends a sentence, or -1 when the sentence goes on. A blank line
 * always ends one; a single break ends one when the next line opens like a sentence or a list item (a
 * capital, a digit, a quote, a bullet): "137 miners trapped\n105 miners rescued" are two items of a list.
 */
function endOfLineBreak(text: string, i: number): number {
  let lastBreak = i;
  let j = i + 1;
  while (j < text.length && isSpaceAt(text, j)) {
    if (text[j] === '\n') lastBreak = j;
    j++;
  }
  if (lastBreak > i) return lastBreak + 1;
  const next = text[j] ?? '';
  return next !== '' && (isDigit(next) || startsWithUpper(next) || OPENERS.has(next) || BULLETS.has(next)) ? i + 1 : -1;
}

// Only these characters can end a sentence; a regular expression finds them far faster than a loop.
const MARKS = /[.!?\n]/g;

/**
 * The last text split and its sentences: a text's claims and its fingerprints are read one after the other
 * (an imported article, a checked page), and splitting it again was a third of its fingerprints' time.
 */
let last: { text: string; spans: readonly Span[] } = { text: '', spans: [] };

/**
 * Splits text into sentences. Paragraph breaks always end a sentence; a period, question or exclamation
 * mark ends one when followed by space and an upper-case letter, digit or opening quote, unless the word
 * before it is a known abbreviation or a single initial. A scanner by hand: this runs over every text.
 */
export function splitSentences(text: string): readonly Span[] {
  if (text !== last.text) last = { text, spans: split(text) };
  return last.spans;
}

function split(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpaceAt(text, s)) s++;
    let e = end;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const end = text[i] === '\n' ? endOfLineBreak(text, i) : endAfterMark(text, i);
    if (end < 0) continue;
    push(end);
    MARKS.lastIndex = end;
  }
  push(text.length);
  return spans;
}

/** The sentence span containing offset `at` (the last one when past the end). */
export function sentenceAt(spans: readonly Span[], at: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}
