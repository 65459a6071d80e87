import { charAfterSpaces, isOneOf, isSpaceAt } from './chars';
import type { Atom } from './atoms';
import { PRICE_UNITS, RATE_PERIODS, RATE_SHARES } from './grammar/rates';
import { nounPhraseAfter, type NounPhrase } from './noun-phrase';

export interface Ratio {
  end: number;
  value: number;
  /** The noun of the "per one" side: "one soldier for three prisoners" is prisoners per soldier. */
  per: NounPhrase | null;
  counted: NounPhrase | null;
}

// "for every", "per each", and a plain "per" ("three prisoners per soldier"): group 1 when every or each is said.
const EVERY = /^\s+(?:(?:for|per)\s+(every|each)\s+(?:single\s+)?|per\s+(?:an?\s+)?)/i;
const TIME = /^(?:day|night|week|month|year|hour|minute)s?$/i;
// What a rate or a price is given per, from the tables: "per day", "per person", "per barrel".
const RATE_TERMS = new RegExp(
  `^(?:${[...RATE_PERIODS, ...RATE_SHARES, ...PRICE_UNITS]
    .map((e) => e.word)
    .filter((w) => /^\p{L}+$/u.test(w))
    .join('|')}|people)s?$`,
  'iu',
);
const PROPORTION = /^\s+(?:in|out of)\s+(?:every\s+)?/i;

const PER_BASE = /^\s+(?:per|for every|in every|out of every)\s+$/i;
/** 100, 1,000, 10,000...: the bases a proportion is given per. */
const isRoundBase = (n: number) => n >= 100 && Number.isInteger(Math.log10(n));
const perBase = (text: string, from: number, to: number) =>
  to > from && to - from < 20 && PER_BASE.test(text.slice(from, to));

/**
 * "three out of four voters", "one out of 61", "nine out of 10", "19 out of 100": a share, told over a small or
 * round base or of one; "won 34 out of 42 seats" tells two counts, of what was won and of what there was.
 */
const proportionBase = (part: number, whole: number, words: string) =>
  /every/i.test(words) || part === 1 || whole <= 10 || isRoundBase(whole);

// "2 in 24 hours": a count over a length of time, not a share of a base.
const TIME_AFTER_BASE = /^\s+(?:second|minute|hour|day|night|week|month|year)s?\b/i;

// "a 3:1 margin", "a 2:1 lead", "the ratio was 4:1": a ratio written with a colon, told by a word of
// comparison around it ("won 2:1" is a score, "at 10:30" a time).
const COLON_BASE = /^:(\d{1,3})(?![\d:.])/;
const COLON_RATIO_AFTER = /^\s+(?:lead|margin|ratio|majority|edge|advantage|split|odds)\b/i;
const COLON_RATIO_BEFORE = /\b(?:ratio|odds)\b[^.;:\d]{0,40}\b(?:of|was|is|at)\s+$/i;
function colonRatio(text: string, at: number): { end: number; base: number } | null {
  const base = COLON_BASE.exec(text.slice(at, at + 5));
  if (!base || Number(base[1]) === 0) return null;
  const end = at + base[0].length;
  const start = text.lastIndexOf(' ', at) + 1;
  return COLON_RATIO_AFTER.test(text.slice(end, end + 12)) ||
    COLON_RATIO_BEFORE.test(text.slice(Math.max(0, start - 50), start))
    ? { end, base: Number(base[1]) }
    : null;
}

/** Whether the first letter after the spaces at `at` is one of `letters` (lower case): a cheap test before a pattern. */
function nextLetterIs(text: string, at: number, letters: string): boolean {
  let i = at;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i > at && i < text.length && letters.includes(text[i]!.toLowerCase());
}

/**
 * Ratios as news writes them: "one Russian soldier for three Ukrainian prisoners", "three Ukrainians
 * for every Russian soldier", "one in five adults", "three out of four voters". `first` is the noun phrase
 * right after the figure, which the caller has read already.
 */
export function ratioAt(
  text: string,
  atoms: Atom[],
  i: number,
  figureEnd: number,
  sentenceEnd: number,
  first: NounPhrase | null,
  nextIsFigure: boolean,
): Ratio | null {
  const atom = atoms[i]!;
  // "27 in 2023-24", "372 in 2019": a year or a date after the figure is no term of a ratio.
  const next = nextIsFigure ? atoms[i + 1] : undefined;
  // "5 per 100,000", "12.5 deaths per 100,000 people": a proportion of a round base.
  const perRoundBase = next && isRoundBase(next.value) ? perBase(text, first?.end ?? figureEnd, next.start) : false;
  if (perRoundBase) {
    const counted = first ?? nounPhraseAfter(text, next!.end, sentenceEnd);
    return { end: next!.end, value: atom.value / next!.value, per: null, counted };
  }
  const proportion = nextLetterIs(text, figureEnd, 'io')
    ? PROPORTION.exec(text.slice(figureEnd, figureEnd + 16))
    : null;
  const colon = text[figureEnd] === ':' ? colonRatio(text, figureEnd) : null;
  if (colon) return { end: colon.end, value: atom.value / colon.base, per: null, counted: null };
  if (
    proportion &&
    next &&
    next.start === figureEnd + proportion[0].length &&
    next.value > atom.value &&
    !TIME_AFTER_BASE.test(text.slice(next.end, next.end + 12)) &&
    (!proportion[0].includes('out') || proportionBase(atom.value, next.value, proportion[0]))
  ) {
    const counted = nounPhraseAfter(text, next.end, sentenceEnd);
    return { end: next.end, value: atom.value / next.value, per: null, counted };
  }
  if (!first || first.partitive) return null;
  if (!isOneOf(charAfterSpaces(text, first.end), 'fFpP')) return null;
  const rest = text.slice(first.end, first.end + 30);
  const every = EVERY.exec(rest);
  if (every) {
    const at = first.end + every[0].length;
    const unitAtom = next && next.start === at ? next : null;
    const per = nounPhraseAfter(text, unitAtom ? unitAtom.end : at, sentenceEnd);
    // "per day", "per person" make a rate, read elsewhere; "for every day" is no ratio either.
    if (!per || (every[1] ? TIME : RATE_TERMS).test(per.head)) return null;
    const value = atom.value / (unitAtom?.value ?? 1);
    // "one soldier for every three prisoners" is three prisoners per soldier, as the other word order says.
    return value < 1
      ? { end: per.end, value: 1 / value, per: first, counted: per }
      : { end: per.end, value, per, counted: first };
  }
  const forOther = /^\s+for\s+/i.exec(rest);
  if (forOther && atom.value === 1 && next && next.start === first.end + forOther[0].length) {
    const counted = nounPhraseAfter(text, next.end, sentenceEnd);
    if (!counted) return null;
    return { end: counted.end, value: next.value, per: first, counted };
  }
  return null;
}
