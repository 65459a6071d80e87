export interface Span {
  start: number;
  end: number;
}

// Abbreviations that end with a period but rarely end a sentence in news copy.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt st sen rep gov pres jr sr inc corp co ltd no vs etc u.s u.k u.n a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e approx est'.split(' '),
);

/**
 * Splits text into sentences. Paragraph breaks always end a sentence; a period, question or exclamation
 * mark ends one when followed by space and an upper-case letter, digit or opening quote, unless the word
 * before it is a known abbreviation or a single initial.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const boundary = /\n\s*\n|[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.') {
      const word = /([\p{L}.]+)\.["'”’)\]]*$/u.exec(text.slice(Math.max(0, m.index - 20), end));
      const w = word?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w)) continue;
    }
    push(end);
  }
  push(text.length);
  return spans;
}

/** The sentence span containing offset `at` (the last one when past the end). */
export function sentenceAt(spans: Span[], at: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}
