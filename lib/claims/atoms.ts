import { charAfterSpaces, isDigit, isOneOf, isSpaceAt, isWordChar } from './chars';
import { CURRENCY_PREFIX, GLUED_UNIT_PREFIXES, letterSignAt, speaksOfRace, suffixAt, type Suffix } from './expression';
import type { FigureWords } from './figure-words';
import { CURRENCY_SIGN_CLASS, CURRENCY_WORDS, GLUED_ONLY_UNITS, IRREGULAR_PLURALS, MEASURE_UNITS } from './lexicon';
import {
  DIGIT_NAMES,
  fractionValue,
  isNumberWord,
  isScaleWord,
  MULTIPLES,
  numberWordsValue,
  SCALES,
} from './number-words';
import { matchesOf } from './matches';
import { IRREGULAR_PASTS } from './grammar/function-words';
import { alternatives, escapeRegExp, spacedAlternatives, wordSet } from './grammar/entries';
import {
  COMPARED_BY_FRACTION,
  SHARED_AS_FRACTION,
  SHARE_DENOMINATORS,
  HALF_PASSIVE_AUXILIARIES,
  HALVED_BY,
  MULTIPLE_WORDS,
  MULTIPLIED_AFTER,
  MULTIPLYING_BEFORE,
  NOT_MULTIPLYING_AFTER,
} from './grammar/multiples';
import { MOVED_BY_VERBS } from './grammar/changes';
import { PERCENT_FORMS } from './grammar/units';
import { VAGUE_AMOUNTS } from './grammar/vague';

const VAGUE_BY_WORDS = new Map(VAGUE_AMOUNTS.map((v) => [v.words, v]));

/** A bare number as written: digits ("14,800", "1.8"), number words ("Eighty-six"), with its scale ("1.8 million"). */
export interface Atom {
  start: number;
  end: number;
  value: number;
  /** Written in words ("seven") rather than digits. */
  word: boolean;
  /** The unit of its last significant digit, for implicit rounding ("1.8 million" → 100,000). */
  precision: number;
  /** A share written as a fraction ("three-quarters of"), its value in per cent. */
  fraction?: boolean;
  /** A share said with "every" and an ordinal ("every fifth"): one in five, a ratio (0.2). */
  every?: boolean;
  /** A multiple said in a word ("doubled", "tripling"): a ratio with no unit. */
  multiple?: boolean;
  /** A vague amount ("dozens of"): the interval its words allow. */
  vague?: [number, number];
  /** Written with a slash ("3/8", "2 1/4"): a fraction, not a date. */
  slash?: boolean;
  /** A time told on a stopwatch ("2:07:30", "3:43.13"): its value is in seconds. */
  stopwatch?: boolean;
  /** The scale written with it ("1.9 Bn": 1e9, "three million": 1e6), which a range's first end may share. */
  scale?: number;
}

// Plain (non-unicode, no look-behind) patterns scan fastest; the character before a match is checked by hand.
// "41 000" and "15 468": thousands set apart by a space, as European and agency copy writes them; ".05", but not
// after a letter, whose full stop ends an abbreviation ("Rs.9000.00"): the one look-behind, tried only at a stop.
// A group glued to a word by a hyphen starts a compound of its own: "among 13 200-year-old remains" is 13 and 200.
// "5,48,149.65" and "1,53,211": the Indian grouping, in twos above the thousands, as Indian reports write sums.
const DIGITS =
  /(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.-])|\d+(?:\.\d+)?|(?<![A-Za-z\d])\.\d+)/g;
const GROUPING = /[, \u00a0\u202f]/g;
// "2,1%", "7,5 %", "1,5 metres", "R14,82", "€7,50": a comma before one or two last digits is a decimal comma, as
// continental and South African copy write it, where a percent form, a unit or a currency vouches that the figure
// is one number (a thousands comma is followed by three digits).
const DECIMAL_COMMA = /,(\d{1,2})(?![\d,])/y;
const PERCENT_NEXT = new RegExp(
  `^\\s?(?:${PERCENT_FORMS.map((p) => escapeRegExp(p.word).replace(/ /g, '\\s?')).join('|')})(?![\\p{L}])`,
  'iu',
);
const PERCENT_REACH = Math.max(...PERCENT_FORMS.map((p) => p.word.length)) + 2;
const joinedBefore = (text: string, at: number, hyphen: boolean) =>
  isWordChar(text, at - 1) || text[at - 1] === '_' || (hyphen && text[at - 1] === '-');
// Sticky patterns read at a position of the whole text, without cutting a piece out of it first.
// A scale word may be glued to its figure ("£3.5million", "6.2million"), an abbreviation only spaced or glued
// in its short forms ("5 bn", "5bn").
// "a $3-billion deal", "the Rs 500-crore scheme": a scale word may be joined by a hyphen, an abbreviation not.
const SCALE_AFTER =
  /(?:(?:\s+|-?(?=hundred|thousand|million|billion|trillion|lakh|crore))(hundred|thousand|million|billion|trillion|lakhs?|crores?|cr|bn|mn|mln|tn)\b|(k|m|mn|mln|bn|b|tn|t)(?![\p{L}\p{N}]))/iuy;

const CURRENCY_NAMES = Object.keys(CURRENCY_WORDS)
  .filter((w) => /^\p{L}+$/u.test(w))
  .map(escapeRegExp)
  .join('|');
// "18 million-dollar verdicts", "two billion-euro contracts": a scale word hyphened to a currency before a plural
// tells the size of each thing counted, not the figure's scale; the figure counts the things. Before a singular, "a
// $5 million-dollar fund", the figure and its scale are the sum.
const CURRENCY_HYPHENED = new RegExp(`^-(?:${CURRENCY_NAMES})(?![\\p{L}-])`, 'iu');
// "1.2t yuan", "3t euros": a currency named after "t" makes it trillions, as a sign before it does ("$2.335T").
const CURRENCY_NAMED_AFTER = new RegExp(`^\\s+(?:${CURRENCY_NAMES})(?![\\p{L}-])`, 'iu');
// The plural may follow a noun that modifies it: "14 million-dollar road projects"; after an article the figure is
// the size of one thing ("a 5 million-dollar house sits").
const MODIFIER = /^\s+\p{Ll}+(?=\s)/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])an?\s+$/iu;
const scaleIsSize = (text: string, start: number, at: number) => {
  if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  const currency = CURRENCY_HYPHENED.exec(text.slice(at, at + 24));
  if (!currency) return false;
  const after = at + currency[0].length;
  const modifier = MODIFIER.exec(text.slice(after, after + 24));
  return countsPlural(text, after) || (modifier !== null && countsPlural(text, after + modifier[0].length));
};

const LENGTH_CONVERTED_BEFORE = /\d\s?(?:ft|feet|foot|in|inches|yd|yards?|miles?)\.?\s?\($/i;
// "282.01m": three whole digits or more and two decimals, a length to the centimetre rather than millions.
const TO_THE_CENTIMETRE = /^\d{3,}\.\d\d$/;
// "$40m-60m", "$40-60m": the second end of a range of sums in millions, whose currency and scale the first end wrote.
const SUM_RANGE_BEFORE = new RegExp(`${CURRENCY_SIGN_CLASS}\\s?\\d[\\d.,]*(?:m|mn|bn|b)?\\s?[-–]\\s?$`, 'i');

type WordClass = 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'a' | 'multiple';

function classOf(w: string): WordClass {
  if (w === 'a' || w === 'an') return 'a';
  if (w in MULTIPLES) return 'multiple';
  if (w === 'hundred') return 'hundred';
  if (w === 'dozen') return 'dozen';
  if (isScaleWord(w)) return 'scale';
  return /ty$/.test(w) ? 'tens' : 'unit';
}

// Which word may follow which in one number: "twenty-five", "two hundred and six", "a dozen"; not "three four".
function mayFollow(prev: WordClass, next: WordClass, viaAnd: boolean): boolean {
  if (prev === 'multiple' || next === 'multiple') return false;
  if (viaAnd) return (prev === 'hundred' || prev === 'scale') && (next === 'unit' || next === 'tens');
  if (prev === 'a') return next === 'hundred' || next === 'scale' || next === 'dozen';
  if (prev === 'unit') return next === 'hundred' || next === 'scale' || next === 'dozen';
  if (prev === 'tens') return next === 'unit' || next === 'scale' || next === 'dozen';
  if (prev === 'hundred') return next !== 'hundred' && next !== 'a';
  if (prev === 'scale') return next === 'unit' || next === 'tens' || next === 'hundred';
  return false;
}

const JOINER = /(?:(\s+and\s+)|[\s-]+)([A-Za-z]+)/y;

function wordAtom(text: string, start: number, head: string): Atom | null {
  const words = head.toLowerCase().split(/\s+/);
  let end = start + head.length;
  for (;;) {
    JOINER.lastIndex = end;
    const m = JOINER.exec(text);
    if (!m) break;
    const w = m[2]!.toLowerCase();
    if (!isNumberWord(w) || !mayFollow(classOf(words[words.length - 1]!), classOf(w), Boolean(m[1]))) break;
    if (classOf(w) === 'scale' && scaleIsSize(text, start, end + m[0].length)) break;
    words.push(w);
    end += m[0].length;
  }
  const value = numberWordsValue(words);
  if (value === null) return null;
  const last = words[words.length - 1]!;
  const precision = last === 'dozen' ? 12 : isScaleWord(last) ? SCALES[last]! : 1;
  return { start, end, value, word: true, precision, ...(isScaleWord(last) && { scale: SCALES[last] }) };
}

// "a couple of hundred protesters", "a couple of million dollars": two of the scale, not one.
const COUPLE_OF_BEFORE = /(?<![\p{L}\p{N}-])a\s+couple\s+of\s+$/iu;

/** Takes "a couple of" written before a bare scale word ("hundred", "million") into the atom. */
function withCoupleBefore(text: string, atom: Atom): void {
  if (atom.value !== atom.precision) return;
  const m = COUPLE_OF_BEFORE.exec(text.slice(Math.max(0, atom.start - 16), atom.start));
  if (!m) return;
  atom.start -= m[0].length;
  atom.value *= 2;
}

/** The unit of the last written digit: "1.25" → 0.01, "14,800" → 100. */
function digitPrecision(s: string): number {
  const dot = s.indexOf('.');
  if (dot >= 0) return 10 ** -(s.length - dot - 1);
  let zeros = 0;
  for (let i = s.length - 1; i >= 0 && (s[i] === '0' || s[i] === ','); i--) if (s[i] === '0') zeros++;
  return 10 ** zeros;
}

// "two-thirds of", "a quarter of", "half of"; not "the first half of" or "the third quarter".
// "cut the risk by roughly a third", "halved by half": a fraction of a change needs no "of".
// Not "by a quarter point", "by half a percentage point".
const POINT_AFTER = /^\s+(?:an?\s+)?(?:percentage\s+)?points?\b/i;
const PART_OF_POINT = /^[\s-](?:an?\s+)?(?:percentage[\s-])?points?\b/i;
const BY_BEFORE = /\bby\s+(?:(?:about|roughly|nearly|almost|around|some|more than|less than|over|under|up to)\s+)?$/i;
// "up from a third in 2020", "rose to a quarter last year": a share told as the end of a change, standing alone.
const CHANGE_END_BEFORE = new RegExp(`\\b(?:${alternatives(MOVED_BY_VERBS)})\\s+(?:from|to)\\s+$`, 'i');
const STANDS_ALONE_AFTER = /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|on|at|last|since|before|earlier|previously|and|to|from)\b)/i;
const NUMERATOR = /(?:^|[^\p{L}\p{N}-])(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]$/iu;
const ALWAYS_SHARES = wordSet(SHARE_DENOMINATORS);

const EVERY_BEFORE = /every\s$/i;
const WORD_BEFORE_HYPHEN = /(?:^|[^\p{L}-])(\p{L}+)-$/u;
const isUnit = (s: Suffix | null | 'time-reference'): boolean => s !== null && s !== 'time-reference';
const HALF_OF_UNSAID = /^\s+(?:the|its|their|his|her|our|this|that|these|those)\b/i;
// "with around half tallied", "nearly half counted", "about half were released": a bounded half of what the clause
// is about, done; a passive's auxiliaries may stand between.
const HALF_DONE_AFTER = new RegExp(
  `^(?:\\s+(?:${alternatives(HALF_PASSIVE_AUXILIARIES)}))*\\s+(?:\\p{Ll}+ed|${alternatives(IRREGULAR_PASTS)})\\b`,
  'u',
);
const BOUND_BEFORE_HALF = /\b(?:about|around|nearly|almost|roughly|more than|less than|over|under)\s+$/i;
// "cut its tax exemption in half": the fall "in half" measures, after a verb of cutting and what it cuts ("the
// cake was cut in half" names no amount cut).
const HALVED_BEFORE = new RegExp(`\\b(?:${alternatives(HALVED_BY)})\\s+[^.;:,!?]{1,60}\\sin\\s+$`, 'i');
// "a third lower risk", "two-thirds cheaper": a comparative the fraction measures.
// "a third lower", "more than a third (36%) lower": the share may be told again in brackets before its comparative.
const COMPARATIVE_AFTER = new RegExp(
  `^(?:\\s*\\([^()]{1,16}\\))?\\s+(?:${alternatives(COMPARED_BY_FRACTION)})\\b`,
  'i',
);
const SHARE_VERB_BEFORE = new RegExp(`\\b(?:${spacedAlternatives(SHARED_AS_FRACTION)})\\s+$`, 'i');

// "44-point-six billion", "2-point-25 percent": decimals spelt out for radio, as VOA writes them.
const SPOKEN_DECIMALS = new RegExp(`^-point-((?:${DIGIT_NAMES.join('|')})(?:-(?:${DIGIT_NAMES.join('|')}))*)\\b`, 'i');

/** A whole number followed by its decimals spelt out, as [end, value, precision]. */
function withSpokenDecimals(text: string, end: number, value: number, precision: number): [number, number, number] {
  const m = SPOKEN_DECIMALS.exec(text.slice(end, end + 40));
  if (!m) return [end, value, precision];
  const digits = m[1]!
    .toLowerCase()
    .split('-')
    .map((d) => numberWordsValue([d]))
    .join('');
  return [end + m[0].length, Number(`${value}.${digits}`), 10 ** -digits.length];
}

/** The fractions of a text, from its denominators. */
function fractionAtoms(text: string, denominators: RegExpExecArray[]): Atom[] {
  const out: Atom[] = [];
  for (const m of denominators) {
    const { denominator, of } = m.groups as { denominator: string; of?: string };
    const written = NUMERATOR.exec(text.slice(Math.max(0, m.index - 7), m.index));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "a quarter-point rise", "a half percentage point cut": a part of a point; in "two quarter-point rises"
    // the number counts the rises, not quarters.
    const ofPoint = PART_OF_POINT.test(after);
    const numerator =
      written && ofPoint && !/^(?:a|an|one)$/i.test(written[1]!) && !/s$/i.test(denominator) ? null : written;
    // "every fifth resident", "every tenth job": one in five, a share said with "every" and an ordinal.
    const every =
      numerator || /s$/i.test(denominator) ? null : EVERY_BEFORE.exec(text.slice(Math.max(0, m.index - 7), m.index));
    // Not "every fifth of July", a date.
    if (
      every &&
      !/^half$/i.test(denominator) &&
      !/^\s+of\s+\p{Lu}/u.test(text.slice(m.index + denominator.length, m.index + denominator.length + 8))
    ) {
      const share = fractionValue('one', denominator);
      const start = m.index - every[0].length;
      if (share !== null && !joinedBefore(text, start, true))
        out.push({ start, end: m.index + denominator.length, value: share, word: true, precision: 1, every: true });
      continue;
    }
    const start = numerator ? m.index - numerator[1]!.length - 1 : m.index;
    if (joinedBefore(text, start, true)) continue;
    // "half the population", "a two-thirds majority": a share said without "of".
    const ofUnsaid =
      (/^half$/i.test(denominator) &&
        (HALF_OF_UNSAID.test(after) ||
          (HALF_DONE_AFTER.test(after) && BOUND_BEFORE_HALF.test(text.slice(Math.max(0, start - 12), start))))) ||
      // "two-thirds", "one-third": a numerator hyphened to its denominator is a fraction, never an ordinal.
      (numerator !== null && text[m.index - 1] === '-') ||
      (numerator !== null && COMPARATIVE_AFTER.test(after)) ||
      // "over three fifths (61.4%) of patients": the share told again in brackets before its "of".
      (numerator !== null && !of && OF_AFTER_ASIDE.test(after)) ||
      // "a decrease of around two thirds": a plural part after a numerator counts no parts of a year or a match.
      (numerator !== null && ALWAYS_SHARES.has(denominator.toLowerCase()) && STANDS_ALONE_AFTER.test(after)) ||
      (/^half$/i.test(denominator) && HALVED_BEFORE.test(text.slice(Math.max(0, start - 80), start))) ||
      (numerator !== null &&
        STANDS_ALONE_AFTER.test(after) &&
        (CHANGE_END_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
          SHARE_VERB_BEFORE.test(text.slice(Math.max(0, start - 16), start))));
    if (
      !of &&
      !ofUnsaid &&
      !ofPoint &&
      (!BY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || POINT_AFTER.test(after))
    )
      continue;
    if (!numerator && !/^half$/i.test(denominator) && !ofPoint) continue;
    // "the third quarter", "the first half"; but "the quarter-point hike", "the half point rise" are parts of a point.
    if (
      !numerator &&
      !(ofPoint && /^(?:half|quarter)$/i.test(denominator)) &&
      /\b(?:first|second|last|latter|former|other|the)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    const share = fractionValue(numerator?.[1] ?? '', denominator);
    if (share === null || share > 1) continue;
    out.push({
      start,
      end: m.index + denominator.length,
      value: share * 100,
      word: true,
      precision: 1,
      fraction: true,
    });
  }
  return out;
}

// Plurals after "100m" that are races, not millions.
const RACES = new Set(['hurdles', 'races', 'heats', 'relays', 'sprints', 'runners', 'swimmers']);

// "1m people", and "the 100m tonne mark": a plural, or a unit of measure (which no length in metres is told in).
function countsPlural(text: string, at: number): boolean {
  // "5m iPhones": a brand may hold a capital after its first letter.
  const word = /^\s+([a-z][a-zA-Z]*)\b/.exec(text.slice(at, at + 24))?.[1];
  return (
    word !== undefined &&
    (word.endsWith('s') ||
      IRREGULAR_PLURALS[word] !== undefined ||
      (word in MEASURE_UNITS && !GLUED_ONLY_UNITS.has(word))) &&
    !RACES.has(word)
  );
}

// "1.8m of Sudan's 45 million people": a share of a count is a count.
const SHARE_OF = /^\s+of\s/;
const OF_AFTER_ASIDE = /^\s*\([^()]{1,16}\)\s+of\s/;
// "half a million", "a quarter of a million", "three-quarters of a billion".
const FRACTION_OF_A = /(?<![\p{L}\p{N}-])(?:(half)|(a|an|one|two|three)[\s-](thirds?|quarters?)\s+of)\s+$/iu;

/** Takes the fraction written before "a million" into the atom. */
function withFractionBefore(text: string, atom: Atom): void {
  const from = Math.max(0, atom.start - 24);
  const m = FRACTION_OF_A.exec(text.slice(from, atom.start));
  const share = m ? fractionValue(m[2] ?? '', m[1] ?? m[3]!) : null;
  if (!m || share === null) return;
  atom.start = from + m.index;
  atom.value *= share;
  atom.precision *= share;
}

// "two and a half", "six-and-a-half"; "two and half years", as Indian copy often writes it.
const AND_A_HALF = /[\s-]+and[\s-]+(?:a[\s-]+)?half\b/iy;

// After a round number only "and a half" itself, not before "of": "100 and half of them", "200 and a half of the
// staff" count, where "10 and a half feet" is one figure.
const AND_A_HALF_AFTER_ROUND = /[\s-]+and[\s-]+a[\s-]+half\b(?![\s-]+of\b)/iy;

/** "two and a half years", "10 and a half feet": a whole number and a half is one figure. */
function withHalf(text: string, end: number, value: number, precision: number): [number, number, number] {
  if (!isSpaceAt(text, end) && text[end] !== '-') return [end, value, precision];
  const half = precision === 1 ? AND_A_HALF : AND_A_HALF_AFTER_ROUND;
  half.lastIndex = end;
  return half.exec(text) ? [half.lastIndex, value + 0.5, 0.5] : [end, value, precision];
}

// "one and a half million": a scale word after the half scales the whole figure, as "1.5 million" is.
const WORD_SCALE_AFTER = /[\s-]+(hundred|thousand|million|billion|trillion|lakhs?|crores?)\b/iy;
function withScaleAfterHalf(text: string, atom: Atom): void {
  WORD_SCALE_AFTER.lastIndex = atom.end;
  const scale = WORD_SCALE_AFTER.exec(text);
  if (!scale) return;
  const factor = SCALES[scale[1]!.toLowerCase()]!;
  atom.end = WORD_SCALE_AFTER.lastIndex;
  atom.value *= factor;
  atom.precision *= factor;
  atom.scale = factor;
}

// "6.02×10^23", "6.02 X 10^23", "1.6 x 10²³": scientific notation, the exponent in digits or superscripts.
// The exponent in digits needs its mark: "4x100m" is a relay, not 4 × 10⁰.
const TIMES_TEN = /\s?[x×X]\s?10(?:(?:\^|\*\*)([-−]?\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?!\d|\.\d)/y;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const exponentOf = (written: string) =>
  Number(
    [...written]
      .map((c) => (c === '⁻' || c === '−' ? '-' : SUPERSCRIPTS.includes(c) ? String(SUPERSCRIPTS.indexOf(c)) : c))
      .join(''),
  );

// "3/8", "1⁄4 mile", "2 1/4", "5-1/4": fractions with the denominators of measures and old share prices. Not
// "24/7", "9/11" or "50/50", and not a date after "on", "by", "since"...
// "2/3rds", "3/4ths": a denominator with an ordinal's ending is the fraction word ("two-thirds"), a share.
const SLASH_FRACTION = /(?:(\d{1,3})[ \u00a0-])?(\d{1,2})[/⁄](\d{1,2})(?:(nds?|rds?|ths?)(?![\p{L}\d]))?(?![\d/])/gu;
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);
const DATE_LEAD = /\b(?:on|by|from|until|since|dated|before|after)\s+$/i;

function slashFractions(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of matchesOf(SLASH_FRACTION, text)) {
    const [numerator, denominator] = [Number(m[2]), Number(m[3])];
    if (!FRACTION_DENOMINATORS.has(denominator) || numerator >= denominator) continue;
    if (joinedBefore(text, m.index, false) || text[m.index - 1] === '/') continue;
    if (DATE_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const whole = m[1] ? Number(m[1]) : 0;
    const end = m.index + m[0].length;
    if (m[4]) {
      if (!whole)
        out.push({
          start: m.index,
          end,
          value: (100 * numerator) / denominator,
          word: false,
          precision: 1,
          fraction: true,
        });
      continue;
    }
    out.push({
      start: m.index,
      end,
      value: whole + numerator / denominator,
      word: false,
      precision: 1 / denominator,
      slash: true,
    });
  }
  return out;
}

// "2:07:30", "4:20:47", "3:43.13": race times, in hours, minutes and seconds or minutes, seconds and hundredths.
const STOPWATCH = /(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)(?![\d:])|(\d{1,2}):([0-5]\d\.\d{1,3})(?![\d:])/g;
// A clock reads the same: "at 10:30:15 GMT", "Updated 12:45:10"; but "crossed the finish line at 2:25:25", where
// the sentence speaks of a race, is the time run (in hours of one digit, as road races are run; a page's
// "Updated 12:45:10" stays a clock).
const CLOCK_LEAD = /\b(?:at|by|from|until|till|since|before|after|updated|published|posted|modified)\s+$/i;
const CLOCK_TAIL = /^\s*(?:a\.?m\b|p\.?m\b|gmt|utc|bst|cet|et\b|est\b|edt\b|pst\b|local)/i;

function stopwatchTimes(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of matchesOf(STOPWATCH, text)) {
    const end = m.index + m[0].length;
    if (joinedBefore(text, m.index, false) || text[m.index - 1] === ':' || text[m.index - 1] === '.') continue;
    if (CLOCK_TAIL.test(text.slice(end, end + 8))) continue;
    const lead = text.slice(Math.max(0, m.index - 12), m.index);
    if (CLOCK_LEAD.test(lead) && !(m[1]?.length === 1 && /\bat\s+$/.test(lead) && speaksOfRace(text, m.index, end)))
      continue;
    const [hours, minutes, seconds] = m[1] ? [m[1], m[2]!, m[3]!] : ['0', m[4]!, m[5]!];
    const value = Number((Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)).toPrecision(12));
    out.push({ start: m.index, end, value, word: false, precision: digitPrecision(seconds), stopwatch: true });
  }
  return out;
}

// "6 ½ minutes", "2¼ miles", "¾ of voters": the vulgar fractions of Unicode.
const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
const VULGAR = /[½⅓⅔¼¾⅕⅛⅜⅝⅞]/g;

/** The fraction written right after a whole number ("6 ½", "2¼"), as [end, value]; null when there is none. */
function vulgarAfter(text: string, end: number): [number, number] | null {
  const at = text[end] === ' ' || text[end] === '\u00a0' ? end + 1 : end;
  const share = VULGAR_FRACTIONS[text[at] ?? ''];
  return share === undefined ? null : [at + 1, share];
}

/** Fractions standing alone ("½ mile"), not after a whole number, which the digits read. */
function vulgarFractions(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of matchesOf(VULGAR, text)) {
    const prev = text[m.index - 1] === ' ' ? text[m.index - 2] : text[m.index - 1];
    if (isDigit(prev ?? '') || isWordChar(text, m.index - 1)) continue;
    out.push({
      start: m.index,
      end: m.index + 1,
      value: VULGAR_FRACTIONS[m[0]]!,
      word: false,
      precision: 0.125,
      slash: true,
    });
  }
  return out;
}

const MULTIPLE_BY_WORD = new Map(MULTIPLE_WORDS.map((m) => [m.word, m]));
const MULTIPLYING_LEAD = new RegExp(`\\b(?:${spacedAlternatives(MULTIPLYING_BEFORE)})\\s+$`, 'i');
const MULTIPLIED_NEXT = new RegExp(`^\\s+(?:${alternatives(MULTIPLIED_AFTER)})\\b`, 'i');
const NOT_MULTIPLYING_NEXT = new RegExp(`^\\s+(?:${spacedAlternatives(NOT_MULTIPLYING_AFTER)})\\b`, 'i');

/** "sales doubled", "more than double the offer": multiples, where the words around an ambiguous form show one. */
function multipleAtoms(text: string, found: RegExpExecArray[]): Atom[] {
  const out: Atom[] = [];
  for (const m of found) {
    const end = m.index + m[0].length;
    // "double-digit", "triple-A", "re-doubled": a compound, no multiple.
    if (joinedBefore(text, m.index, true) || text[end] === '-') continue;
    const after = text.slice(end, end + 16);
    if (NOT_MULTIPLYING_NEXT.test(after)) continue;
    const entry = MULTIPLE_BY_WORD.get(m[0].toLowerCase())!;
    if (
      entry.ambiguous &&
      !MULTIPLIED_NEXT.test(after) &&
      !MULTIPLYING_LEAD.test(text.slice(Math.max(0, m.index - 16), m.index))
    )
      continue;
    out.push({ start: m.index, end, value: entry.factor, word: true, precision: 1, multiple: true });
  }
  return out;
}

/** "M7.1": a unit's letter glued before a decimal, itself not glued to a word. */
const isUnitPrefixed = (text: string, at: number, raw: string) =>
  GLUED_UNIT_PREFIXES.has(text[at - 1] ?? '') && raw.includes('.') && !isWordChar(text, at - 2);

/** All numbers in a text, left to right, without overlaps; `words` are the text's figure words. */
export function findAtoms(text: string, words: FigureWords): Atom[] {
  const atoms: Atom[] = fractionAtoms(text, words.fractions);
  if (words.multiples.length) atoms.push(...multipleAtoms(text, words.multiples));
  if (text.includes('/') || text.includes('⁄')) atoms.push(...slashFractions(text));
  if (text.includes(':')) atoms.push(...stopwatchTimes(text));
  VULGAR.lastIndex = 0;
  if (VULGAR.test(text)) atoms.push(...vulgarFractions(text));
  for (const m of matchesOf(DIGITS, text)) {
    // Glued to letters ("MH17"), unless they are a currency ("EUR40m", "$A98 million").
    const lettered = letterSignAt(text, m.index) !== undefined;
    // "Freddie Mac.2", "started.3": digits glued to a word's full stop are a footnote mark or part of an
    // abbreviation, unless a currency's ("Rs.500").
    const afterStop = text[m.index - 1] === '.' && /[A-Za-z]/.test(text[m.index - 2] ?? '');
    if (
      (joinedBefore(text, m.index, false) || afterStop) &&
      !lettered &&
      !CURRENCY_PREFIX.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
      !isUnitPrefixed(text, m.index, m[1]!)
    )
      continue;
    const raw = m[1]!;
    let end = m.index + raw.length;
    const grouped = raw.length > 4 && /\D/.test(raw.replace('.', ''));
    let value = Number(grouped ? raw.replace(GROUPING, '') : raw);
    let precision = digitPrecision(grouped ? raw.replace(GROUPING, ',') : raw);
    const times = text[end] === ' ' ? text[end + 1] : text[end];
    if (times === 'x' || times === 'X' || times === '×') {
      TIMES_TEN.lastIndex = end;
      const power = TIMES_TEN.exec(text);
      if (power) {
        const factor = 10 ** exponentOf((power[1] ?? power[2])!);
        const scaled = Number((value * factor).toPrecision(12));
        atoms.push({
          start: m.index,
          end: TIMES_TEN.lastIndex,
          value: scaled,
          word: false,
          precision: precision * factor,
        });
        continue;
      }
    }
    if (!grouped && text[end] === ',' && !raw.includes('.')) {
      DECIMAL_COMMA.lastIndex = end;
      const decimals = DECIMAL_COMMA.exec(text);
      const after = decimals ? end + decimals[0].length : end;
      if (
        decimals &&
        (PERCENT_NEXT.test(text.slice(after, after + PERCENT_REACH)) ||
          isUnit(suffixAt(text, after)) ||
          lettered ||
          CURRENCY_PREFIX.test(text.slice(Math.max(0, m.index - 6), m.index)))
      ) {
        value = Number(`${raw}.${decimals[1]}`);
        precision = 10 ** -decimals[1]!.length;
        end = after;
      }
    }
    if (precision === 1 && text[end] === '-') [end, value, precision] = withSpokenDecimals(text, end, value, precision);
    if (precision >= 1) [end, value, precision] = withHalf(text, end, value, precision);
    const vulgar = precision === 1 ? vulgarAfter(text, end) : null;
    if (vulgar) [end, value, precision] = [vulgar[0], value + vulgar[1], 0.125];
    let scaled = 1;
    SCALE_AFTER.lastIndex = end;
    const scaleFirst = isSpaceAt(text, end)
      ? charAfterSpaces(text, end)
      : text[end] === '-'
        ? text[end + 1]
        : text[end];
    const scale = isOneOf(scaleFirst ?? '', 'htmbklcHTMBKLC') ? SCALE_AFTER.exec(text) : null;
    if (scale) {
      const factor = SCALES[(scale[1] ?? scale[2])!.toLowerCase()]!;
      // "m" and "b" alone are millions after a currency ("$3m"), before a plural ("1m people", "1.5m
      // tonnes") or a share ("1.8m of"); otherwise "100m" is metres.
      // A decimal is millions ("8.21m viewers", "drew 4.6m"): races and distances are run in whole metres.
      // Hundreds of millions are not told to the ten thousand: "a 282.01m intersection" is measured to the centimetre.
      const sum = CURRENCY_PREFIX.test(text.slice(Math.max(0, m.index - 6), m.index));
      // "t" alone is trillions only with a currency: "$2.335T", "1.2t yuan"; otherwise tonnes ("94,900t").
      const bare =
        (/^t$/i.test(scale[2] ?? '') &&
          !sum &&
          !CURRENCY_NAMED_AFTER.test(text.slice(end + scale[0].length, end + scale[0].length + 24))) ||
        (/^(m|b)$/i.test(scale[2] ?? '') &&
          (!raw.includes('.') || (/^m$/.test(scale[2]!) && TO_THE_CENTIMETRE.test(raw))) &&
          !sum &&
          !lettered &&
          !SUM_RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
          !countsPlural(text, end + scale[0].length) &&
          !SHARE_OF.test(text.slice(end + scale[0].length, end + scale[0].length + 5)));
      if (
        !bare &&
        !(
          /^m$/i.test(scale[2] ?? '') && LENGTH_CONVERTED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))
        ) &&
        !(scale[1] && scaleIsSize(text, m.index, end + scale[0].length))
      ) {
        // "Rs 4.78 lakh crore", "Rs 10 thousand crore": a greater scale word after the first multiplies it.
        SCALE_AFTER.lastIndex = end + scale[0].length;
        const next = scale[1] ? SCALE_AFTER.exec(text) : null;
        const further = next?.[1] ? SCALES[next[1].toLowerCase()]! : 0;
        scaled = further > factor ? factor * further : factor;
        // toPrecision: 4.1 × 1e6 is 4,099,999.9999999995 in binary.
        value = Number((value * scaled).toPrecision(12));
        precision *= scaled;
        end += scale[0].length + (further > factor ? next![0].length : 0);
      }
    }
    atoms.push({ start: m.index, end, value, word: false, precision, ...(scaled !== 1 && { scale: scaled }) });
  }
  for (const m of words.numbers) {
    const atom = joinedBefore(text, m.index, true) ? null : wordAtom(text, m.index, m[0]);
    if (!atom && text[m.index - 1] === '-') {
      // "three-four days", "five-six hours": the second end of a range of number words, which a unit must follow.
      const second = wordAtom(text, m.index, m[0]);
      const first = second && WORD_BEFORE_HYPHEN.exec(text.slice(Math.max(0, m.index - 10), m.index));
      if (second && first && isNumberWord(first[1]!.toLowerCase()) && isUnit(suffixAt(text, second.end)))
        atoms.push(second);
      continue;
    }
    if (atom && atom.precision >= 1) {
      [atom.end, atom.value, atom.precision] = withHalf(text, atom.end, atom.value, atom.precision);
      if (atom.precision === 0.5) withScaleAfterHalf(text, atom);
    }
    if (atom && atom.precision > 1 && /^an?\s/i.test(m[0])) withFractionBefore(text, atom);
    if (atom && atom.precision >= 100 && !/^an?\s/i.test(m[0])) withCoupleBefore(text, atom);
    if (atom) atoms.push(atom);
  }
  for (const m of words.vague) {
    const amount = VAGUE_BY_WORDS.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
    const end = m.index + m[0].length;
    atoms.push({ start: m.index, end, value: amount.low, word: true, precision: 1, vague: [amount.low, amount.high] });
  }
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  // An atom inside a longer one before it is dropped ("10" and "23" in "6.02 × 10^23").
  let reach = -1;
  return joinedParts(
    text,
    atoms.filter((a) => {
      if (a.start < reach) return false;
      reach = a.end;
      return true;
    }),
  );
}

// "1 million 56 thousand 317", "one million and 150,000": a number told in its parts, each below the scale before it,
// as translated copy writes one. Not before a hyphen or a letter ("2 million 18-year-olds").
const PART_JOIN = /^(?: | and )$/;
const PART_ENDS = /^(?:[^\p{L}\d-]|$)/u;
function joinedParts(text: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const last = out.at(-1);
    if (
      last?.scale !== undefined &&
      last.scale >= 1000 &&
      atom.value < last.scale &&
      (atom.scale ?? 1) < last.scale &&
      Number.isInteger(atom.value) &&
      !atom.vague &&
      // A small bare figure after a scale starts a figure of its own: "$5 million 2 years ago".
      (atom.scale !== undefined || atom.value >= 100 || text.slice(last.end, atom.start) === ' and ') &&
      PART_JOIN.test(text.slice(last.end, atom.start)) &&
      PART_ENDS.test(text.slice(atom.end, atom.end + 1))
    ) {
      out[out.length - 1] = {
        ...last,
        end: atom.end,
        value: last.value + atom.value,
        precision: Math.min(last.precision, atom.precision),
        ...(atom.scale !== undefined ? { scale: atom.scale } : { scale: undefined }),
      };
      continue;
    }
    out.push(atom);
  }
  return out;
}
