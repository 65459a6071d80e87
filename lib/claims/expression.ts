import { alternativesOf } from '../alternatives';
import type { Atom } from './atoms';
import {
  charAfterSpaces,
  charBeforeSpaces,
  firstCharsOf,
  isAsciiLetter,
  isDigit,
  isLetterAt,
  isOneOf,
  isSpaceAt,
  isWordChar,
  lastCharsOf,
  wordBefore,
} from './chars';
import {
  APPROACHING,
  BOUNDS_AFTER,
  BOUNDS_AFTER_UNIT_NAME,
  BOUNDS_BEFORE,
  BOUNDS_CANCELLED,
  BOUNDS_CANCELLED_AFTER,
  ESTIMATES_BEFORE_VERB,
  GLUED_BOUNDS_AFTER,
  INCREMENTS_AFTER_BOUND,
  LEVELS_NAMED_BY_FIGURE,
  NEGATED_VERBS,
  NEGATION_ENDS,
  NEGATION_UNREACHED_AFTER,
  NEGATIONS,
  NEGATIVE_SUBJECTS,
  NEGATION_HELD_FOR,
  QUANTIFIER_PHRASE_PREPOSITIONS,
  TIME_SPENDING_VERBS,
  OVER_TIME_AS_FLOOR,
  OVER_TIME_AS_FLOOR_AFTER,
  OVER_TIME_AS_AGE_AFTER,
  SPANS_BEFORE_DURATION,
} from './grammar/bounds';
import { CHANGE_FROM_VERBS, MOVED_BY_VERBS, REVISED_BY_LEADS } from './grammar/changes';
import { BEFORE_A_VERB, COPULA_WORDS, HAVE_WORDS } from './head-words';
import {
  DURATION_ADJECTIVES,
  DURATION_TABLE,
  durationUnits,
  INTO_PART_WORDS,
  INTO_WORDS,
  LEFT_WORDS,
  MATCH_PARTS,
  RACE_CUES,
  RACE_PLACES,
  RACE_TIME_LEADS,
  SPRINT_CUES,
  STOPWATCH_LEADS,
  TIME_REFERENCES,
  REFERENCE_COMPARED,
  WHEN_AFTER_PERIOD,
} from './grammar/durations';
import {
  alternatives,
  escapeRegExp,
  firstCharacters,
  lastCharacters,
  spacedAlternatives,
  wordSet,
} from './grammar/entries';
import { RANGE_FROM_OPENERS, RANGE_JOINS, RANGE_OPENERS } from './grammar/ranges';
import { DETERMINERS } from './grammar/phrase';
import { PER_WORDS, PRICE_UNITS } from './grammar/rates';
import {
  LETTER_SIGNS,
  MONEY_NOUNS,
  MONEY_VALUATIONS,
  POUNDS_AS_MONEY_AFTER,
  POUNDS_AS_MONEY_BEFORE,
  POUNDS_AS_WEIGHT_AFTER,
  POUNDS_AS_WEIGHT_BEFORE,
  POUNDS_AS_WEIGHT_NAMED,
} from './grammar/currencies';
import { NEGATIVE_AFTER, NEGATIVE_WORDS } from './grammar/signs';
import { TALLY_AFTER } from './grammar/scores';
import { isNumberWord } from './number-words';
import { ORDINAL_COUNT_NOUNS } from './grammar/names';
import {
  MEASURE_ADJECTIVES,
  MEASURED_NOUNS,
  MEASURING_VERBS,
  PERCENT_FORMS,
  POLL_WORDS,
  SCALES_AFTER,
  SPACED_SYMBOLS,
  TEMPERATURE_LEADS,
  TEMPERATURE_SCALES,
  TEMPERATURE_VERB_LEADS,
  WEATHER_CUES,
} from './grammar/units';
import {
  CURRENCY_CODES,
  CURRENCY_CODES_AFTER,
  CURRENCY_CODES_CASED,
  CURRENCY_CODE_LAST_WORDS,
  CURRENCY_CODES_WRITTEN,
  CURRENCY_MARKS,
  CURRENCY_SIGN_CLASS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATION_ABBREVIATIONS,
  FUNCTION_WORDS,
  GLUED_ONLY_UNITS,
  IRREGULAR_PLURALS,
  MEASURE_UNITS,
  UNITS_BEFORE,
} from './lexicon';
import type { Kind, Qualifier } from './types';

/** A figure with what is fused to it: currency, sign, unit, range end, bound words. */
export interface Expression {
  /** Span of the figure itself (number, fused unit, range), without bound words. */
  start: number;
  end: number;
  /** Where bound words before the figure begin ("more than"), for reading the context before it. */
  outerStart: number;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  kind: Kind;
  unit: string;
  /** Index of the last atom this expression used (ranges use two). */
  lastAtom: number;
}

/**
 * Stated tolerance of an approximate figure: ±10%. News copy rounds approximations to about two significant
 * figures ("about 240", "some 1,200"), so a tenth either way covers what the writer could have rounded from.
 */
export const APPROX_TOLERANCE = 0.1;

const byLength = (a: string, b: string) => b.length - a.length;

/** A bound written before a figure: "more than", "about". */
interface Bound {
  phrase: string;
  qualifier: Qualifier;
}
// Longest first ("no more than" must win over "more than"), filed under their last character: only the
// phrases that end like the text before a figure are compared with it.
const BOUNDS_BY_LAST = new Map<string, Bound[]>();
for (const { phrase, bound: qualifier } of [...BOUNDS_BEFORE].sort((a, b) => byLength(a.phrase, b.phrase))) {
  const last = phrase[phrase.length - 1]!;
  BOUNDS_BY_LAST.set(last, [...(BOUNDS_BY_LAST.get(last) ?? []), { phrase, qualifier }]);
}
const SPAN_BEFORE_DURATION = wordSet(SPANS_BEFORE_DURATION);
/**
 * Every bound before a figure, as pattern alternatives (longest first), for the readers that look past one ("from
 * about 1,000").
 */
export const BOUND_BEFORE_ALTERNATIVES = alternativesOf(BOUNDS_BEFORE.map((b) => ({ words: escapeRegExp(b.phrase) })));
/** How far back a bound word may start. */
const QUALIFIER_REACH = 24;

/**
 * The bound words that end just before a figure ("more than 105", "(about 20"), read by comparing the
 * known phrases with the text before it rather than by a pattern tried at every position there. `from` is
 * where the bound's reading starts: the phrase, or the mark right before it when that is not a space.
 */
function qualifierBefore(text: string, start: number): { bound: Bound; from: number } | null {
  return boundEndingAt(text, start) ?? boundBeforeIncrement(text, start) ?? estimateBeforeVerb(text, start);
}
// "around the 4.5% mark", "near the $20 billion mark": an estimate before "the", the figure and the level it names.
// A level crossed or topped is the level's own figure ("has crossed the 3 percent mark", as economy reads it).
const THE_BEFORE = /\bthe\s+$/i;
const LEVEL_AFTER = new RegExp(`^\\s+(?:${alternatives(LEVELS_NAMED_BY_FIGURE)})\\b`, 'i');
function boundBeforeLevel(text: string, start: number, end: number): { bound: Bound; from: number } | null {
  // The patterns before a figure, anchored at its start, are tried only when the text there can end them.
  if (!isSpaceAt(text, start - 1) || !isOneOf(charBeforeSpaces(text, start), 'eE')) return null;
  const the = THE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (!the || !LEVEL_AFTER.test(text.slice(end, end + 16))) return null;
  const bound = boundEndingAt(text, start - the[0].length);
  return bound?.bound.qualifier === 'approx' ? bound : null;
}
// "almost sliced two minutes off", "nearly reaching 19.6 million": an estimate, a verb of which the figure is the
// object, then the figure.
const VERB_AFTER_ESTIMATE = new RegExp(
  `\\b(?:${alternatives(ESTIMATES_BEFORE_VERB)})\\s+(\\p{L}{2,}(?:ed|ing)\\s+)$`,
  'iu',
);
function estimateBeforeVerb(text: string, start: number): { bound: Bound; from: number } | null {
  if (!isSpaceAt(text, start - 1) || !isOneOf(charBeforeSpaces(text, start), 'dDgG')) return null;
  const verb = VERB_AFTER_ESTIMATE.exec(text.slice(Math.max(0, start - 32), start));
  return verb ? boundEndingAt(text, start - verb[1]!.length) : null;
}
// "at least another £1,400", "about an additional £6bn": an increment between the bound and its figure.
const INCREMENT_BEFORE = new RegExp(`\\b(?:${alternatives(INCREMENTS_AFTER_BOUND)})\\s+$`, 'i');
const INCREMENT_ENDS = lastCharsOf(INCREMENTS_AFTER_BOUND.map((i) => i.word));
function boundBeforeIncrement(text: string, start: number): { bound: Bound; from: number } | null {
  if (!isSpaceAt(text, start - 1) || !INCREMENT_ENDS.has(charBeforeSpaces(text, start))) return null;
  const increment = INCREMENT_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return increment ? boundEndingAt(text, start - increment[0].length) : null;
}
/**
 * Whether the text at `from` reads `phrase` (in lower case) in any case: compared in place while the text is
 * ASCII, as each figure's lead is compared with every bound that ends like it (a copy of the lead for each
 * was 4% of what the analysis allocated); beyond ASCII, by the lower case of the text itself.
 */
function isLowerCaseOf(text: string, from: number, phrase: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const c = text.charCodeAt(from + k);
    if (c > 127) return text.slice(from, from + phrase.length).toLowerCase() === phrase;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== phrase.charCodeAt(k)) return false;
  }
  return true;
}
function boundEndingAt(text: string, start: number): { bound: Bound; from: number } | null {
  const reach = Math.max(0, start - QUALIFIER_REACH);
  let end = start;
  while (end > reach && isSpaceAt(text, end - 1)) end--;
  const last = text[end - 1]?.toLowerCase();
  const candidates = last === undefined ? undefined : BOUNDS_BY_LAST.get(last);
  for (const bound of candidates ?? []) {
    const from = end - bound.phrase.length;
    if (from < reach || !isLowerCaseOf(text, from, bound.phrase)) continue;
    if (from === reach) return { bound, from };
    if (isLetterAt(text, from - 1)) continue;
    return { bound, from: isSpaceAt(text, from - 1) ? from : from - 1 };
  }
  return null;
}
const CANCELLED_BY = new Map(BOUNDS_CANCELLED.map((c) => [c.phrase, { before: new Set(c.before), kinds: c.kinds }]));
const OVER_FLOOR = new Set(OVER_TIME_AS_FLOOR.map((w) => w.word));
const CANCELLED_AFTER = new Map(
  // What the figure counts may come between ("up to 4,100 units from 3,800"), and a comma ("was up to 35,200t, from
  // 29,200t"); the figure after the word is not a year: "up to $5,000 from 2026" is still a ceiling.
  BOUNDS_CANCELLED_AFTER.map((c) => [
    c.phrase,
    new RegExp(
      `^(?:\\s+\\p{L}+){0,3}?,?\\s+(?:${c.after.map((a) => escapeRegExp(a).replace(/ /g, '\\s+')).join('|')})\\s+\\D{0,4}\\d(?!\\d{3}\\b)`,
      'iu',
    ),
  ]),
);
/** Whether the words after a figure cancel the bound read before it ("up to $6.86 billion from $5.42 billion"). */
const cancelledAfter = (text: string, phrase: string, end: number) =>
  CANCELLED_AFTER.get(phrase)?.test(text.slice(end, end + 40)) === true;

// "over 3 years of experience", but "over three days of the festival" spans part of a thing named with its determiner.
// "over 300 years old": an age exceeded.
const OVER_FLOOR_AFTER = new RegExp(
  `^\\s+(?:(?:${alternatives(OVER_TIME_AS_FLOOR_AFTER)})\\s+(?!(?:${alternatives(DETERMINERS)})\\b)|(?:${alternatives(OVER_TIME_AS_AGE_AFTER)})\\b)`,
  'i',
);
/**
 * Whether a bound read before a figure holds: not after the words that cancel it ("worried about"), and a
 * span word before a length of time ("over two days") only after the words that make it a floor ("for over 13 years").
 */
function boundHolds(text: string, phrase: string, from: number, kind: Kind, end = from): boolean {
  const cancelling = CANCELLED_BY.get(phrase);
  if (kind === 'duration' && SPAN_BEFORE_DURATION.has(phrase))
    return (
      OVER_FLOOR.has(wordBefore(text, from)?.word.toLowerCase() ?? '') ||
      OVER_FLOOR_AFTER.test(text.slice(end, end + 16))
    );
  const word = wordBefore(text, from)?.word.toLowerCase() ?? '';
  return !(cancelling?.before.has(word) && (!cancelling.kinds || cancelling.kinds.includes(kind)));
}

const NEGATED = new RegExp(`\\b(?:${alternatives(NEGATIONS)})\\s+(?:(?:${alternatives(NEGATED_VERBS)})\\s+)?$`, 'i');
// "No state had an adult obesity rate over 35 percent": a negative quantifier opening the bound's clause, no other
// clause opened between ("requires no money up front" is an object, "no longer" no quantifier).
const NEGATIVE_CLAUSE = new RegExp(
  `(?:^|[.;:,—–(]\\s*|\\b(?:that|and|but|while|as|so)\\s+)(?:${alternatives(NEGATIVE_SUBJECTS)})\\s+((?:(?!\\b(?:${alternatives(NEGATION_ENDS)})\\b)[^.;:,—–])*)$`,
  'i',
);
const UNREACHED = new RegExp(`\\b(?:${alternatives(NEGATION_UNREACHED_AFTER)})\\s+$`, 'i');
// "Nobody in the town of over": the bound still inside the quantifier's noun phrase, a chain of prepositional
// phrases (each a preposition and up to three words) after its head and before any verb.
const PREPOSITION = `(?:${alternatives(QUANTIFIER_PHRASE_PREPOSITIONS)})\\s+`;
const IN_QUANTIFIER_PHRASE = new RegExp(
  `^(?:[\\w'’-]+\\s+)?(?:${PREPOSITION}(?:[\\w'’.-]+\\s+){0,3}?)*${PREPOSITION}$`,
  'i',
);
// "No rain fell for more than 30 days": the length the negation held, unless the verb is one of spending it.
const HELD_FOR = new RegExp(`(?:^|\\s)([\\w'’-]+)\\s+(?:${alternatives(NEGATION_HELD_FOR)})\\s+$`, 'i');
const SPENDING = new Set(TIME_SPENDING_VERBS.map((w) => w.word));
const negationReaches = (clause: string, kind: Kind) => {
  if (IN_QUANTIFIER_PHRASE.test(clause)) return false;
  const held = kind === 'duration' ? HELD_FOR.exec(clause) : null;
  return !held || SPENDING.has(held[1]!.toLowerCase());
};
/**
 * "never been above", "not less than": a negation right before the bound, or a negative quantifier opening its
 * clause, unless the bound sizes a group it names ("none of the more than 200 passengers"), stands inside the
 * quantifier's own noun phrase ("nobody in the town of over 20,000 people") or is how long the negation held ("no
 * rain fell for more than 30 days").
 */
const isNegated = (text: string, from: number, kind: Kind) => {
  if (NEGATED.test(text.slice(Math.max(0, from - 20), from))) return true;
  const clause = NEGATIVE_CLAUSE.exec(text.slice(Math.max(0, from - 90), from));
  return (
    clause !== null && !UNREACHED.test(text.slice(Math.max(0, from - 12), from)) && negationReaches(clause[1]!, kind)
  );
};
const turnedOver = (q: Qualifier): Qualifier => (q === 'at_least' ? 'at_most' : q === 'at_most' ? 'at_least' : q);

/** The first letters of the bounds written after a figure, both cases: only these are read on. */
export const BOUND_AFTER_FIRST = [
  ...new Set(BOUNDS_AFTER.flatMap((b) => [b.phrase[0]!, b.phrase[0]!.toUpperCase()])),
].join('');
// How far a bound after a figure may reach: its longest phrase, after a space or two.
const BOUND_AFTER_REACH = Math.max(...BOUNDS_AFTER.map((b) => b.phrase.length)) + 3;
// Bounds glued to the figure ("157+", "50-plus"), tried only when the figure is followed by their first mark.
const GLUED_BOUND_FIRST = GLUED_BOUNDS_AFTER.map((b) => b.phrase[0]!).join('');
// A phrase that ends in a letter ends at a word's end; one that ends in a mark ("(approx)") ends there.
const wordBounded = (list: { phrase: string }[]) =>
  list.map((b) => escapeRegExp(b.phrase) + (/\w$/.test(b.phrase) ? '\\b' : '')).join('|');
// "157+" is at least 157; "40+83 aircraft" adds two counts, no bound.
const QUALIFIER_AFTER = new RegExp(
  `^\\s+(${wordBounded(BOUNDS_AFTER)})|^(${wordBounded(GLUED_BOUNDS_AFTER)})(?!\\d)`,
  'i',
);
/** How long the bound written a space after a figure is ("200 million or more Muslims"), or 0 when there is none. */
// The spaced bounds are read only where one of them can start.
const SPACED_BOUND_FIRSTS = firstCharsOf(BOUNDS_AFTER.map((b) => b.phrase));
export function spacedBoundAfter(text: string, end: number): number {
  if (!isSpaceAt(text, end) || !SPACED_BOUND_FIRSTS.has(charAfterSpaces(text, end))) return 0;
  const bound = QUALIFIER_AFTER.exec(text.slice(end, end + BOUND_AFTER_REACH));
  return bound?.[1] ? bound[0].length : 0;
}

// "33 knots (38 mph) or less": the figure told again in another unit, in brackets, before the bound.
const CONVERSION_AFTER = /^ \((?=[^()]*\d)[^()]{1,32}\)/;
function boundAfterConversion(text: string, end: number): RegExpExecArray | null {
  const conversion = CONVERSION_AFTER.exec(text.slice(end, end + 36));
  if (!conversion) return null;
  const at = end + conversion[0].length;
  const bound = QUALIFIER_AFTER.exec(text.slice(at, at + BOUND_AFTER_REACH));
  return bound?.[1] ? bound : null;
}
// "eight years of experience or less.", "10 years of service or more,": a length and what it is a length of, then
// the bound, which ends the phrase before a pause, a verb or an infinitive ("two years of talks and more delays"
// adds delays).
const WHAT_LASTED_AFTER = /^\s+of\s+\p{L}+(?=\s)/u;
const CLAUSE_END = new RegExp(
  `^\\s*(?:[,.;:)—–]|$|(?:${alternativesOf([...BEFORE_A_VERB, ...COPULA_WORDS, ...HAVE_WORDS].map((w) => ({ words: w.word })))})\\b)`,
);
function boundAfterWhatLasted(text: string, end: number): RegExpExecArray | null {
  const of = WHAT_LASTED_AFTER.exec(text.slice(end, end + 30));
  if (!of) return null;
  const at = end + of[0].length;
  const bound = QUALIFIER_AFTER.exec(text.slice(at, at + BOUND_AFTER_REACH));
  return bound?.[1] && CLAUSE_END.test(text.slice(at + bound[0].length, at + bound[0].length + 8)) ? bound : null;
}
const LETTER_SIGN = new Map(LETTER_SIGNS.map((c) => [c.word, c.currency]));
// A sum to the thousand ("67,000"), to the cent ("172.74", "14,82") or in millions and more ("2.5bn", "300 million"),
// as a letter sign's sums are written.
const SUM_TO_THE_CENT =
  /\d{1,3}(?:,\d{3})+(?![\d,])|\d+[.,]\d\d(?![\d.,])|\d+(?:\.\d+)?\s?(?:bn|mn|m|million|billion|trillion|tn|trn)(?![A-Za-z])/y;

/** The currency of a letter sign glued before the digits at `at` ("N67,000" → ngn), or undefined. */
export function letterSignAt(text: string, at: number): string | undefined {
  const currency = LETTER_SIGN.get(text[at - 1] ?? '');
  if (!currency || isWordChar(text, at - 2)) return undefined;
  SUM_TO_THE_CENT.lastIndex = at;
  return SUM_TO_THE_CENT.test(text) ? currency : undefined;
}

// "a 99th victim", "the 100th death": an ordinal glued to its digits, before a noun of a toll.
const ORDINAL_COUNT = new RegExp(`^(?:st|nd|rd|th)(?=\\s+(?:${alternatives(ORDINAL_COUNT_NOUNS)})\\b)`, 'i');
/** The length of an ordinal ending that makes the digits before `at` a toll so far ("99th victim"), or 0. */
export const ordinalCountAt = (text: string, at: number): number =>
  isOneOf(text[at] ?? '', 'sntrSNTR') ? (ORDINAL_COUNT.exec(text.slice(at, at + 24))?.[0].length ?? 0) : 0;

/** A currency sign or code written right before a figure, glued or not: "$", "$US", "S$", "EUR40m", "Rs 500". */
const CASED_CODES = new Set(CURRENCY_CODES_CASED.map((c) => c.replace('\\.?', '').toLowerCase()));
const ANY_CASE_PREFIX = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...Object.keys(CURRENCY_SYMBOLS), ...Object.keys(CURRENCY_CODES).filter((c) => !CASED_CODES.has(c))].map(escapeRegExp).join('|')})\\.?\\s?$`,
  'iu',
);
const CASED_PREFIX = new RegExp(`(?:^|[^\\p{L}])(?:${CURRENCY_CODES_CASED.join('|')})\\s?$`, 'u');
export const CURRENCY_PREFIX = { test: (s: string): boolean => ANY_CASE_PREFIX.test(s) || CASED_PREFIX.test(s) };
const CURRENCY_BEFORE = new RegExp(
  `(${Object.keys(CURRENCY_SYMBOLS).map(escapeRegExp).sort(byLength).join('|')})\\s?$`,
  'i',
);
// The longest code written before a sum ("US dollars"), its full stop and a space.
const CODE_REACH = Math.max(...Object.keys(CURRENCY_CODES).map((c) => c.length)) + 2;
const CURRENCY_CODE_BEFORE = new RegExp(`(?<![\\p{L}])(${CURRENCY_CODES_WRITTEN.join('|')})\\s?$`, 'u');
/** The currency code written right before `at` ("USD 2m", "Rs. 500", "US dollars 443 million"), or null. */
function codeBefore(text: string, at: number): RegExpExecArray | null {
  let end = isSpaceAt(text, at - 1) ? at - 1 : at;
  if (text[end - 1] === '.') end--;
  let from = end;
  while (from > end - 8 && isLetterAt(text, from - 1)) from--;
  // Most figures follow a word that ends no code ("were 105"): the pattern is not tried for them.
  if (!CURRENCY_CODE_LAST_WORDS.has(text.slice(from, end))) return null;
  const reach = Math.max(0, at - CODE_REACH);
  const code = CURRENCY_CODE_BEFORE.exec(text.slice(reach, at));
  if (!code) return null;
  // "weighed 8 pounds 6 ounces", "500 USD 20 times": a code after a figure is that figure's unit, not the next one's.
  const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, reach + code.index - 16), reach + code.index))?.[1] ?? '';
  return isDigit(previous[previous.length - 1] ?? '') || isNumberWord(previous.toLowerCase()) ? null : code;
}
// Codes written after a sum: "500 USD", "500USD".
const CODES_AFTER = CURRENCY_CODES_AFTER;
const CURRENCY_AFTER = new RegExp(
  `^(?:\\s+|-)(${Object.keys(CURRENCY_WORDS).sort(byLength).join('|')})\\b|^\\s?(${CODES_AFTER.join('|')})\\b`,
  'i',
);
const VAGUE_OF_CURRENCY = new RegExp(`^\\s+of\\s+(${Object.keys(CURRENCY_WORDS).sort(byLength).join('|')})\\b`, 'i');
// "48.8C", "104F": a capital right after the figure is a temperature scale.
const TEMPERATURE_AFTER = new RegExp(
  `^°?\\s?([${TEMPERATURE_SCALES.filter((t) => t.letter)
    .map((t) => t.word)
    .join('')}])(?![\\p{L}])`,
  'u',
);
const TEMPERATURE_SCALE = new RegExp(`^\\s+(${alternatives(TEMPERATURE_SCALES)})(?![\\p{L}])`, 'u');
const TEMPERATURE_UNIT = new Map(TEMPERATURE_SCALES.map((t) => [t.word, t.unit]));
// A space in a percent form stands for one white space ("per cent", and "percent" is listed too).
// "75-percent contained", "a two-percentage-point lead": a word form may be joined by a hyphen.
// A percent word as a pattern, its spaces matching a space or a hyphen ("per cent", "per-cent").
const percentForm = (p: { word: string }) => escapeRegExp(p.word).replace(/ /g, '[\\s-]');
const PERCENT_AFTER = new RegExp(
  `^(?:\\s|-(?=\\p{L}))?(${PERCENT_FORMS.map((p) => percentForm(p) + (/\w$/.test(p.word) ? '\\b' : '')).join('|')})`,
  'iu',
);
// "We have 26 [percent] of the student population out": a quote whose unit the editor wrote in, in square brackets.
const PERCENT_BRACKETED_AFTER = new RegExp(`^\\s?\\[(${PERCENT_FORMS.map(percentForm).join('|')})\\]`, 'iu');
const PERCENT_UNIT = new Map(PERCENT_FORMS.map((p) => [p.word, p.unit]));
const PERCENT_FACTOR = new Map(PERCENT_FORMS.map((p) => [p.word, p.factor ?? 1]));
const DURATION_UNITS = durationUnits();
const DURATION_NAMES = Object.keys(DURATION_UNITS).join('|');
// Plurals not made with -s ("centuries"), with the unit they are of.
const DURATION_PLURALS = new Map(DURATION_TABLE.filter((d) => d.plural).map((d) => [d.plural!, d.word]));
// "seven-day", and "1,500-year-old" when non-claims has kept it as the age of a thing.
const HYPHEN_DURATION = new RegExp(`^-(${DURATION_NAMES})s?(?:-old)?\\b`, 'i');
const SPACE_DURATION = new RegExp(
  `^\\s+(?:(?:${alternatives(DURATION_ADJECTIVES)})\\s+)?(${[DURATION_NAMES, ...DURATION_PLURALS.keys()].join('|')})s?\\b`,
  'i',
);
const ABBREVIATED_DURATION = new RegExp(`^[\\s-]?(${Object.keys(DURATION_ABBREVIATIONS).join('|')})\\b`, 'i');
const isDigitAt = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
const YEARS_OLD = /^\s+old\b/i;
// "the third period", "the final term": a part of a match, a determiner and one word before it at most.
const MATCH_PART = `(?:(?:${alternatives(DETERMINERS)})\\s+)?(?:[a-z-]+\\s+)?(?:${alternatives(MATCH_PARTS)})`;
// "12 months’ ago": a length in the possessive before the word that places it.
const TIME_REFERENCE_AFTER = new RegExp(
  `^['’]?\\s+(?:(?:${alternatives(TIME_REFERENCES)})\\b(?!\\s+(?:${alternatives(REFERENCE_COMPARED)})\\b)|(?:${alternatives(INTO_WORDS)})(?=\\s*(?:[,;:)—–]|\\.(?!\\d)|(?:with|when|and)\\b|$))|(?:${alternatives(INTO_PART_WORDS)})(?=\\s+${MATCH_PART}\\b))`,
  'i',
);
// "with three minutes of the third period remaining": the part of the match the time is left of may come first.
const LEFT_AFTER = new RegExp(`^(?:\\s+(?:of|in)\\s+${MATCH_PART})?\\s+(?:${alternatives(LEFT_WORDS)})\\b`, 'i');
// "with 52 seconds left", "with only two minutes to play": "with" and the figure, a bound between them.
const WITH_BEFORE = /\bwith\s+(?:(?:only|just|about|under|less\s+than)\s+)?[\p{L}\d.,-]+$/iu;
const MULTI_LETTER_UNITS = Object.keys(MEASURE_UNITS)
  .filter((u) => u.length > 1 && !GLUED_ONLY_UNITS.has(u))
  .sort(byLength);
// "84 offensive yards", "12 more miles": a word of which part of the measure may stand before a spelt unit.
const MEASURE_AFTER = new RegExp(
  `^(?:(?:\\s+(?:${alternatives(MEASURE_ADJECTIVES)})(?=\\s))?[\\s-]?(${MULTI_LETTER_UNITS.map((u) => escapeRegExp(u).replace(/ |-/g, '[\\s-]')).join('|')})(?:e?s)?(?![\\p{L}])|(${Object.keys(MEASURE_UNITS).map(escapeRegExp).sort(byLength).join('|')})(?![\\p{L}]))`,
  'iu',
);
const measureUnitAs = (written: string) =>
  written in MEASURE_UNITS
    ? written
    : [written.replace(/[\s-]+/g, ' '), written.replace(/[\s-]+/g, '-')].find((u) => u in MEASURE_UNITS)!;
const SPACED_SYMBOL_UNITS = new Map(SPACED_SYMBOLS.map((u) => [u.written, u.unit]));
const PLURAL_NEXT = /^\s+([a-z][a-zA-Z]*)\b/;
const pluralNext = (rest: string) => {
  const word = PLURAL_NEXT.exec(rest)?.[1];
  return word !== undefined && (word.endsWith('s') || IRREGULAR_PLURALS[word] !== undefined);
};
const SPACED_SYMBOL_AFTER = new RegExp(`^ (${[...SPACED_SYMBOL_UNITS.keys()].join('|')})(?![\\p{L}\\d])`, 'u');
// "$5 per person", "$30/MWh": what a price is given per, after a word or a slash.
const PRICE_PER = new RegExp(
  `^(?:\\s+(?:${alternatives(PER_WORDS)})\\s+|\\s?/\\s?)(${alternatives(PRICE_UNITS)})\\b(?!\\s+(?:${alternatives(WHEN_AFTER_PERIOD)})\\b)`,
  'i',
);

/** True when what a price is given per follows `at`: "$30/MWh", "3c a litre", "60c per litre". */
const PRICED_AS = new Map(PRICE_UNITS.flatMap((u) => (u.means ? [[u.word.toLowerCase(), u.means] as const] : [])));
export const pricePerAt = (text: string, at: number): boolean => PRICE_PER.test(text.slice(at, at + 24));
// "a magnitude of 3.8", "magnitude higher than 8", "a magnitude-6.4 quake": a unit named before the figure.
const UNIT_BEFORE = new RegExp(
  `\\b(${UNITS_BEFORE.filter((u) => !u.glued)
    .map((u) => u.word)
    .join('|')})(?:(?:\\s+of)?\\s+(?:(?:${spacedAlternatives(BOUNDS_AFTER_UNIT_NAME)})\\s+)?|-)$`,
  'i',
);
// "the magnitude of the first quake was 7.7", "its magnitude was 6.2": the unit as what a form of "be" states the
// figure of, what it is the unit of named after it in a few words.
const UNIT_STATED = new RegExp(
  `\\b(${UNITS_BEFORE.filter((u) => u.most !== undefined)
    .map((u) => u.word)
    .join(
      '|',
    )})(?:\\s+of\\s+(?:[\\p{L}'’-]+\\s+){1,4})?\\s*(?:${alternatives(COPULA_WORDS)})\\s+(?:(?:${spacedAlternatives(BOUNDS_AFTER_UNIT_NAME)})\\s+)?$`,
  'iu',
);
/** The unit named before a figure at `start` (UNITS_BEFORE), or undefined. */
function unitNamedBefore(text: string, start: number, value: number) {
  const lead = text.slice(Math.max(0, start - 40), start);
  const named = UNIT_BEFORE.exec(lead);
  if (named) return UNITS_BEFORE.find((u) => u.word === named[1]!.toLowerCase());
  const stated = UNIT_STATED.exec(lead);
  const unit = stated && UNITS_BEFORE.find((u) => u.word === stated[1]!.toLowerCase());
  return unit && value <= unit.most! ? unit : undefined;
}
// "a daily record high at 108", "record highs at 104, 100 and 100": a whole number a person could feel as weather,
// after the high or the low a sentence about the weather tells, is a temperature, its scale unsaid; so is each
// figure of a list after it.
const TEMPERATURE_LEAD = new RegExp(
  `\\b(?:${alternatives(TEMPERATURE_LEADS)})\\s+(?:-?\\d{1,3}(?:,\\s*|\\s+(?:and|or)\\s+))*$`,
  'i',
);
const WEATHER_CUE = new RegExp(`\\b(?:${alternatives(WEATHER_CUES)})\\b`, 'i');
// "Highs will reach 55", "with lows dropping to 35", "a high of around 75": a forecast's highs or lows sent to a
// figure by a verb, which speak of the weather by themselves; a bound may stand before the figure.
const TEMPERATURE_VERB_LEAD = new RegExp(
  `\\b(?:highs|lows)\\s+(?:${spacedAlternatives(TEMPERATURE_VERB_LEADS)})\\s+$`,
  'i',
);
const TEMPERATURE_BOUND_LEAD = new RegExp(
  `\\b(?:${alternatives(TEMPERATURE_LEADS)})\\s+(?:${BOUND_BEFORE_ALTERNATIVES.replace(/ /g, '\\s+')})\\s+$`,
  'i',
);
const isTemperatureToldBare = (text: string, start: number, value: number) => {
  if (!Number.isInteger(value) || value < -80 || value > 135) return false;
  const lead = text.slice(Math.max(0, start - 50), start);
  if (TEMPERATURE_VERB_LEAD.test(lead)) return true;
  // A count is never below zero: a bare whole figure below it, in a sentence about the weather, is a temperature
  // ("the coldest temperature recorded at the airport was -21").
  return (
    (value < 0 || TEMPERATURE_LEAD.test(lead) || TEMPERATURE_BOUND_LEAD.test(lead)) &&
    WEATHER_CUE.test(text.slice(Math.max(0, start - 160), start + 160))
  );
};
const TALLY_AFTER_PATTERN = new RegExp(`^\\s+(?:${spacedAlternatives(TALLY_AFTER)})\\b`, 'i');
// "3 points", "a 2-point lead", "the 3.5 point margin": read as percentage points only near POLL_WORDS.
const POINTS_AFTER = /^[\s-]points?\b/i;
const POLL_CONTEXT = new RegExp(`(?:^|[^\\p{L}])(?:${spacedAlternatives(POLL_WORDS)})(?![\\p{L}])`, 'iu');
// How far around the figure the poll words are looked for: about a sentence.
const POLL_REACH = 150;
// "cut by 0.25 points to 4.25 percent", "up two points from 45%": points moving a percentage are percentage points.
const TO_A_PERCENTAGE = new RegExp(
  `^[\\s-]points?,?\\s+(?:(?:higher|lower|up|down)\\s+)?(?:to|from|at)\\s+[\\d.,]+(?:\\s|-)?(?:${PERCENT_FORMS.map(percentForm).join('|')})(?![\\p{L}])`,
  'iu',
);
// "7.7 on the Richter scale", "9.0 on the open-ended Richter scale".
const SCALE_NAMED_AFTER = new RegExp(
  `^\\s+on\\s+the\\s+(?:[\\p{L}-]+\\s+)?(${spacedAlternatives(SCALES_AFTER)})\\s+scale\\b`,
  'iu',
);
const SCALE_UNIT = new Map(SCALES_AFTER.map((s) => [s.word.toLowerCase(), s.unit]));

// "a 7.6 quake", "the quake measured 7.6": a size on a scale told by the thing it sizes, the scale left unnamed.
const MEASURED_AFTER = new RegExp(`^\\s(${alternatives(MEASURED_NOUNS)})(?![\\p{L}\\d])`, 'iu');
const MEASURED_BEFORE = new RegExp(
  `\\b(${alternatives(MEASURED_NOUNS)}),?\\s+(?:(?:which|that)\\s+)?(?:${alternatives(MEASURING_VERBS)})\\s+$`,
  'iu',
);
const MEASURED_UNIT = new Map(MEASURED_NOUNS.map((n) => [n.word, n.unit]));
// Magnitudes are told to a tenth; a whole figure may be a quake's intensity on another scale ("the quake measured
// 7 on the Japanese scale", where 7 is the highest level), or count the things ("7 quakes").
const DECIMAL = /^\d+\.\d+$/;

/** The unit of a figure with a decimal that sizes a thing of MEASURED_NOUNS written right after it or before its verb. */
function measuredThingAround(text: string, start: number, end: number): Suffix | null {
  if (!DECIMAL.test(text.slice(start, end))) return null;
  const noun = (MEASURED_AFTER.exec(text.slice(end, end + 24)) ??
    MEASURED_BEFORE.exec(text.slice(Math.max(0, start - 60), start)))?.[1];
  return noun ? { length: 0, kind: 'other', unit: MEASURED_UNIT.get(noun.toLowerCase())! } : null;
}

// A race time is a length of time in seconds, with nothing more to read after it.
const STOPWATCH_SECONDS: Suffix = { length: 0, kind: 'duration', unit: 'second' };
const STOPWATCH_LEAD = new RegExp(`\\b(?:${spacedAlternatives(STOPWATCH_LEADS)})\\s+$`, 'i');
const RACE_CUE = new RegExp(`(?:\\d\\s?(?:m|sec|secs)\\b|\\b(?:${spacedAlternatives(RACE_CUES)})\\b)`, 'i');
const HUNDREDTHS = /^\d{1,2}\.\d\d$/;
/** Whether the text around a figure speaks of a race: "crossed the finish line at 2:25:25" is a time run, no clock. */
export const speaksOfRace = (text: string, start: number, end: number) =>
  RACE_CUE.test(text.slice(Math.max(0, start - 120), end + 120));

// "third in 9.84": a place in a race before "in" and the time.
const PLACE_IN = new RegExp(`\\b(?:${alternatives(RACE_PLACES)})\\s+in\\s+$`, 'i');
/**
 * "clocked 9.89", "a time of 9.71", "crossed in 9.89sec with De Grasse just behind in 9.91", "was third in 9.84": a
 * race time.
 */
function isRaceTime(text: string, start: number, end: number): boolean {
  if (!HUNDREDTHS.test(text.slice(start, end))) return false;
  const lead = text.slice(Math.max(0, start - 16), start);
  if (STOPWATCH_LEAD.test(lead)) return true;
  if (/\bin\s+$/.test(lead)) return PLACE_IN.test(lead) || speaksOfRace(text, start, end);
  // "dropped it from 9.74 to 9.58", "Justin Gatlin (9.89)": in a sentence about a sprint.
  return (
    (RACE_TIME_LEAD.test(lead) || (text[start - 1] === '(' && text[end] === ')')) &&
    SPRINT_CUE.test(text.slice(Math.max(0, start - 160), end + 160))
  );
}
const RACE_TIME_LEAD = new RegExp(`\\b(?:${alternatives(RACE_TIME_LEADS)})\\s+$`, 'i');
const SPRINT_CUE = new RegExp(`(?:\\d{2,3}\\s?m\\b|\\b(?:${alternatives(SPRINT_CUES)})\\b)`, 'i');

// "(margin of error 3.6)", "a margin of error of plus or minus 3": a poll's error, in percentage points.
const POLL_ERROR_BEFORE = /\bmargin\s+of\s+error\s+(?:of\s+)?(?:(?:plus\s+or\s+minus|\+\/-|±)\s*)?$/i;
const POLL_POINTS: Suffix = { length: 0, kind: 'percent', unit: 'pp' };

/** A unit told by the words around a bare figure rather than fused to it: poll points, a named scale, a race time. */
function unitInWords(text: string, start: number, end: number): Suffix | null {
  if (isOneOf(text[start - 1] ?? '', ' \u00a0(') && isRaceTime(text, start, end)) return STOPWATCH_SECONDS;
  if (
    text[start - 1] === ' ' &&
    POLL_ERROR_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    !/^\s?%/.test(text.slice(end, end + 2))
  )
    return POLL_POINTS;
  const next = charAfterSpaces(text, end);
  if ((next === 'p' || next === 'P' || text[end] === '-') && POINTS_AFTER.test(text.slice(end, end + 8))) {
    const around = text.slice(Math.max(0, start - POLL_REACH), end + POLL_REACH);
    return POLL_CONTEXT.test(around) || TO_A_PERCENTAGE.test(text.slice(end, end + 60))
      ? { length: POINTS_AFTER.exec(text.slice(end, end + 8))![0].length, kind: 'percent', unit: 'pp' }
      : null;
  }
  const measured = measuredThingAround(text, start, end);
  if (measured) return measured;
  if (next !== 'o' && next !== 'O') return null;
  const scale = SCALE_NAMED_AFTER.exec(text.slice(end, end + 48));
  return scale
    ? { length: 0, kind: 'other', unit: SCALE_UNIT.get(scale[1]!.toLowerCase().replace(/\s+/g, ' '))! }
    : null;
}

// "two minutes and 37 seconds", "2 hours, 5 minutes", and a space alone between the parts: "11 hours 40 minutes".
const DURATION_JOIN = /^(?:,\s*(?:and\s+)?|\s+and\s+| )$/;

/** The parts of time after a duration ("two minutes and 37 seconds"), each in a smaller unit, summed. */
function compoundDuration(
  text: string,
  atoms: Atom[],
  i: number,
  end: number,
  value: number,
  unit: string,
): { end: number; value: number; unit: string; lastAtom: number } | null {
  let days = value * DURATION_UNITS[unit]!;
  let smallest = unit;
  let at = end;
  let last = i;
  for (let j = i + 1; j < atoms.length && j < i + 4; j++) {
    if (!DURATION_JOIN.test(text.slice(at, atoms[j]!.start))) break;
    const part = suffixAt(text, atoms[j]!.end);
    if (!part || part === 'time-reference' || part.kind !== 'duration') break;
    if (!(DURATION_UNITS[part.unit]! < DURATION_UNITS[smallest]!)) break;
    days += atoms[j]!.value * DURATION_UNITS[part.unit]!;
    smallest = part.unit;
    at = atoms[j]!.end + part.length;
    last = j;
  }
  if (last === i) return null;
  // To a hundredth: a year is 365.25 days and a week 7, so "two years and three weeks" is 107.36 weeks.
  return { end: at, value: Math.round((days / DURATION_UNITS[smallest]!) * 100) / 100, unit: smallest, lastAtom: last };
}

const OF_A = /^\s+of\s+an?(?=\s)/i;
const POINT_OF_FRACTION = /^(?:\s+of\s+a|\s+a)?[\s-](?:percentage[\s-])?points?\b/i;

/** The unit a fraction is of ("of an hour", "of a mile"), with the length of the words up to its end. */
function fractionOfUnit(text: string, end: number): Suffix | null {
  // "a quarter-point rise", "a half percentage point", "three-quarters of a point": a part of a point.
  const point = POINT_OF_FRACTION.exec(text.slice(end, end + 28));
  if (point) return { length: point[0].length, kind: 'percent', unit: 'pp' };
  const of = OF_A.exec(text.slice(end, end + 8));
  if (!of) return null;
  const unit = suffixAt(text, end + of[0].length);
  // "a quarter of a percentage point": a part of a point, as central banks move rates.
  return unit &&
    unit !== 'time-reference' &&
    (unit.kind === 'duration' || unit.kind === 'other' || (unit.kind === 'percent' && unit.unit === 'pp'))
    ? { ...unit, length: of[0].length + unit.length }
    : null;
}

const POUNDS_AFTER = new RegExp(
  `^\\s+pounds?\\b(?:\\s+(${alternatives(POUNDS_AS_MONEY_AFTER)})\\b|\\s*\\(\\s*[\\d.,]+\\s*(${alternatives(POUNDS_AS_WEIGHT_AFTER)})\\b|\\s+of\\s+(\\p{L}+))?`,
  'iu',
);
const POUND_WORD = /^\s+pounds?\b/i;
const MONEY_NOUN_SET = new Set(MONEY_NOUNS.map((n) => n.word));

// Any bound of the table may stand between the verb and the figure: "weighing approximately eight pounds".
const PAID_BEFORE = new RegExp(
  `\\b(?:${alternatives(POUNDS_AS_MONEY_BEFORE)})\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?$`,
  'i',
);

/** "half a million pounds worth", "paid 40 million pounds", "10 pounds (4.5 kg)": money or a weight; null where the words do not tell. */
function poundsAt(text: string, start: number, end: number): Suffix | null {
  const m = POUNDS_AFTER.exec(text.slice(end, end + 32));
  if (!m) return null;
  const length = POUND_WORD.exec(m[0])![0].length;
  if (m[1] || PAID_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    return { length, kind: 'money', unit: 'gbp' };
  // "10 pounds (4.5 kg)", "12.5 million pounds of cod": a weight; "pounds of funding" stays unread.
  if (m[2] || (m[3] && !MONEY_NOUN_SET.has(m[3].toLowerCase()))) return { length, kind: 'other', unit: 'lb' };
  if (WEIGHED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return { length, kind: 'other', unit: 'lb' };
  // "revenue was 626 million pounds ($1.25 billion)": a sum where the sentence speaks of money; else "the weight of
  // the satellites was under 10 pounds": a weight where the sentence names one before the figure.
  const sentence = sentenceAround(text, start, end);
  if (SIGN_NEARBY.test(sentence) || MONEY_NOUN_IN.test(sentence)) return { length, kind: 'money', unit: 'gbp' };
  const lead = text.slice(Math.max(0, start - MONEY_REACH), start);
  return WEIGHT_NAMED.test(lead.slice(lead.lastIndexOf('. ') + 1)) ? { length, kind: 'other', unit: 'lb' } : null;
}
const WEIGHT_NAMED = new RegExp(`\\b(?:${alternatives(POUNDS_AS_WEIGHT_NAMED)})\\b`, 'i');
const WEIGHED_BEFORE = new RegExp(
  `\\b(?:${alternatives(POUNDS_AS_WEIGHT_BEFORE)})\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?$`,
  'i',
);
const MONEY_NOUN_IN = new RegExp(`\\b(?:${alternatives(MONEY_NOUNS)})\\b`, 'i');

/** The sentence around a figure, within MONEY_REACH of it: not past a sentence's end. */
function sentenceAround(text: string, start: number, end: number): string {
  const around = text.slice(Math.max(0, start - MONEY_REACH), end + MONEY_REACH);
  const at = start - Math.max(0, start - MONEY_REACH);
  return around.slice(around.lastIndexOf('. ', at) + 1, around.indexOf('. ', at + end - start) + 1 || undefined);
}

const IN_MONEY_NOUN = new RegExp(`^\\s+in\\s+(?:${alternatives(MONEY_NOUNS)})\\b`, 'i');
// A currency sign in the sentence around: not past a sentence's end.
const SIGN_NEARBY = new RegExp(
  `(${Object.keys(CURRENCY_SYMBOLS)
    .filter((k) => !/\p{L}/u.test(k))
    .map(escapeRegExp)
    .join('|')})\\s?\\d`,
  'u',
);
const MONEY_REACH = 100;

// "in current USD were India (120 billion)", "in US dollars, exports reached 4.2 billion": the sentence states the
// currency of its sums before them.
const IN_CURRENCY = new RegExp(
  `\\bin\\s+(?:(?:${alternatives(MONEY_VALUATIONS)})\\s+)?(?:\\d{4}\\s+)?(${[
    ...Object.keys(CURRENCY_CODES).filter((c) => /^[a-z]{3}$/.test(c)),
    ...Object.keys(CURRENCY_WORDS),
  ]
    .sort(byLength)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'i',
);
// A list of sums may run on far after the words that state their currency.
const STATED_REACH = 240;
/** "in current USD were India (120 billion)": a bare sum in millions or more, after its sentence stated the currency. */
function currencyStatedBefore(text: string, start: number, end: number, scale: number): Suffix | null {
  // "in USD, ... as 3.2 million people found work": a figure that counts its own plural is no sum.
  if (scale < 1e6 || pluralNext(text.slice(end, end + 30))) return null;
  const lead = text.slice(Math.max(0, start - STATED_REACH), start);
  const stated = IN_CURRENCY.exec(lead.slice(lead.lastIndexOf('. ') + 1))?.[1];
  if (!stated) return null;
  // A code is read as written, in capitals: "in all cases" names no currency.
  const code = CURRENCY_CODES[stated.toLowerCase()];
  const unit = code && stated === stated.toUpperCase() ? code : CURRENCY_WORDS[stated.toLowerCase()];
  return unit ? { length: 0, kind: 'money', unit } : null;
}

/** "24.7 billion in revenue and $6 billion in profit": the currency of a sum told by its neighbour. */
function currencyInSentence(text: string, start: number, end: number, scale: number): Suffix | null {
  if (scale < 1e6 || text[end] !== ' ' || !IN_MONEY_NOUN.test(text.slice(end, end + 24))) return null;
  const sign = SIGN_NEARBY.exec(sentenceAround(text, start, end));
  return sign ? { length: 0, kind: 'money', unit: CURRENCY_SYMBOLS[sign[1]!]! } : null;
}

const LIST_COMMA = /^,\s*$/;
const CHANGE_TO = new RegExp(`^\\s+to\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?$`, 'i');
// "2,300 and around 1,700 US dollars": the last figure of a list may carry its own bound.
const LIST_LAST = new RegExp(`^,?\\s+(?:and|or)\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?$`, 'i');

/**
 * "98, 98, 100, 106 and 103 degrees, respectively": a list of bare figures whose last carries a measure, a
 * percent or a currency named after it ("over 2,300 and around 1,700 US dollars") gives it to every figure of the list.
 */
function unitOfList(text: string, atoms: Atom[], i: number): Suffix | null {
  for (let j = i + 1; j < atoms.length && j < i + 12; j++) {
    const between = text.slice(atoms[j - 1]!.end, atoms[j]!.start);
    if (atoms[j]!.word || between.length > 24) return null;
    if (LIST_COMMA.test(between)) {
      if (suffixAt(text, atoms[j]!.end) !== null) return null;
      continue;
    }
    // "rose from 10 to 12 dollars": the old figure of a change is told in the new one's unit.
    const changed =
      j === i + 1 &&
      CHANGE_TO.test(between) &&
      isChangeFrom(text.slice(Math.max(0, atoms[i]!.start - CHANGE_FROM_REACH), atoms[i]!.start));
    // "below it by 290,000, or 1.7%": a figure told again in another unit, not a list; but in "42, 39, and 51
    // percent" the comma before "and" ends a longer list.
    const inLongerList = i > 0 && LIST_COMMA.test(text.slice(atoms[i - 1]!.end, atoms[i]!.start));
    if (!changed && (!LIST_LAST.test(between) || (j === i + 1 && between.includes(',') && !inLongerList))) return null;
    const unit = suffixAt(text, atoms[j]!.end);
    // "4.6 million or 33.49%": a figure told in millions is a count the share after it restates, never a share.
    if (unit !== null && unit !== 'time-reference' && unit.kind === 'percent' && (atoms[i]!.scale ?? 1) >= 1e6)
      return null;
    return unit !== null &&
      unit !== 'time-reference' &&
      (unit.kind === 'other' || unit.kind === 'percent' || unit.kind === 'money')
      ? { ...unit, length: 0 }
      : null;
  }
  return null;
}

// "eased to 6.8% from 7.9", "raised it to 25 metres from 20": the verb of change, the figure it came to, then "from".
const CHANGED_TO = new RegExp(
  `\\b(?:${alternatives(CHANGE_FROM_VERBS)})\\b[^.,;:()\\d]{0,50}\\bto\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?$`,
  'i',
);
const FROM_AFTER = new RegExp(`^\\s+from\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?$`, 'i');

/**
 * "inflation eased to 6.8% from 7.9": the figure a change came from, told bare right after the one it came to,
 * is in that figure's unit, a measure or a percent, as "rose from 10 to 12 dollars" gives the first its unit.
 */
function unitOfChangeTo(text: string, atoms: Atom[], i: number): Suffix | null {
  const previous = atoms[i - 1];
  if (!previous) return null;
  const unit = suffixAt(text, previous.end);
  if (unit === null || unit === 'time-reference' || (unit.kind !== 'other' && unit.kind !== 'percent')) return null;
  // "to 4.6% from 3.2 million": a figure told in millions is a count, never a share.
  if (unit.kind === 'percent' && (atoms[i]!.scale ?? 1) >= 1e6) return null;
  if (!FROM_AFTER.test(text.slice(previous.end + unit.length, atoms[i]!.start))) return null;
  return CHANGED_TO.test(text.slice(Math.max(0, previous.start - CHANGE_FROM_REACH), previous.start))
    ? { ...unit, length: 0 }
    : null;
}

// "polled 17.90 per cent of votes as compared to 18.10": a bare figure set against a share just told is a share.
const COMPARED_TO = /\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+$/i;
function shareComparedTo(text: string, atoms: Atom[], i: number, start: number, end: number): Suffix | null {
  const previous = atoms[i - 1];
  if (!previous || !COMPARED_TO.test(text.slice(Math.max(previous.end, start - 20), start))) return null;
  // "5% compared with 12 stores": a figure that counts its own plural is no share, nor is one told in millions ("a 72%
  // drop compared to 9.6 million in 2019").
  if (pluralNext(text.slice(end, end + 30)) || (atoms[i]!.scale ?? 1) >= 1e6) return null;
  const unit = suffixAt(text, previous.end);
  return unit !== null && unit !== 'time-reference' && unit.kind === 'percent' ? { ...unit, length: 0 } : null;
}

/** Letters glued before a decimal that name its unit ("M7.1"). */
export const GLUED_UNIT_PREFIXES = new Map(UNITS_BEFORE.filter((u) => u.glued).map((u) => [u.word, u.unit]));
// "minus 5", "-5": a sign before the figure; the words are tried only after their last letter.
// An en dash glued to the figure after a space is a minus as British copy sets it ("Lowest: –26.1 °C"); spaced, or
// between two figures ("10–20"), it joins a range.
const SIGN_BEFORE = new RegExp(`(?:^|[\\s(])((?:${alternatives(NEGATIVE_WORDS)})[\\s-]|[-−–])$`, 'i');
const NEGATIVE_WORD_LAST = lastCharacters(NEGATIVE_WORDS);
// The longest sign word, its space, and the space or bracket before it.
const SIGN_REACH = Math.max(...NEGATIVE_WORDS.map((n) => n.word.length)) + 2;
const PLUS_OR = /\bplus\s+or\s+$|±\s*$/i;
const PAIR_BEFORE_HYPHEN = /(?<![\d.,])\d{1,3} $/;
// "10 to 20", "10-20", "between 10 and 20", "two or three"; tried only after the first character of a join.
const RANGE_JOIN = new RegExp(`^\\s*(?:${alternatives(RANGE_JOINS)})\\s*`, 'i');
const RANGE_JOIN_FIRST = firstCharacters(RANGE_JOINS);

// "rose from 10 to 12", "is increasing from about 1,000 to 4,600" are changes between two figures, the old and
// the new; "cost from $200 to $4 million" is a range. What changes may stand between the verb and "from" ("raises
// the county's share of the tax rate from $6.30 to $6.33"), within the clause; its size may come first, set off
// by a comma ("expanded by nearly 80 percent, from 100 million to 178 million").
const CHANGE_FROM = new RegExp(
  `\\b(?:${alternatives(CHANGE_FROM_VERBS)})\\b[^.,;:()]{0,50}(?:,\\s*)?\\bfrom\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?(?:${CURRENCY_SIGN_CLASS}\\s?)?$`,
  'i',
);
/** How far before a figure the words that make it a change's old figure may start: the verb, 50 letters, "from". */
export const CHANGE_FROM_REACH = 80;
// "an increase in bills ranging from $22 to $46": "ranging from" spans the values, whatever verb of change opened
// the clause.
const RANGE_FROM_LEAD = new RegExp(
  `\\b(?:${spacedAlternatives(RANGE_FROM_OPENERS)})\\s+(?:(?:${BOUND_BEFORE_ALTERNATIVES})\\s+)?(?:${CURRENCY_SIGN_CLASS}\\s?)?$`,
  'i',
);
/** Whether the words before a figure make it the old figure of a change ("was revised from"). */
export const isChangeFrom = (lead: string) => CHANGE_FROM.test(lead) && !RANGE_FROM_LEAD.test(lead);
const BETWEEN = new RegExp(`\\b(?:${alternatives(RANGE_OPENERS)})\\s+(?:${CURRENCY_SIGN_CLASS}\\s?)?$`, 'i');
// Where a range is certain from its opening words, so that the currency may be written on its second end alone.
const RANGE_OPENED = new RegExp(`\\b(?:${alternatives([...RANGE_OPENERS, ...RANGE_FROM_OPENERS])})\\s+$`, 'i');

// "fell $0.12 to $3.25", "rose 12 cents to $3.25": a sum moved by, then the price it reached.
// "fell 0.2% or 10.5 to 4,479.10", "increased by 3% or $17 to $504": the move told in per cent first, then in
// points or in money, with or without "by" ("increased by $2 to $3 a trip" alone stays a range of moves).
const MOVED_BY = new RegExp(
  `\\b(?:${alternatives(MOVED_BY_VERBS)})\\s+(?:(?:by\\s+)?[\\d.,]+\\s?(?:%|per\\s?cent|percent|pc)\\s*,?\\s+or\\s+)?$`,
  'i',
);

/**
 * Whether a figure joined to the next one ("10 to 20", "10 and 20") starts a range, given the words before it.
 * After a verb of change, a sum, a percentage or a figure far below the next is the change, then the level
 * reached ("fell 10.5 to 4,479.10", "inflation rose 0.3% to 2.1%", "down one per cent to 8pc").
 */
// "rose by 2% to 5%" is a move and a level; "widen by 25-50 basis points", joined by a dash, a range of moves.
const BY_LEAD = /\bby\s+$/i;
/**
 * Whether a figure opens a range. After "by", "X to Y" is a move by X to the level Y ("rose by 0.2 to 3.1%")
 * unless X is near Y, which no move to a level is ("cut the risk by 20 to 25 per cent").
 */
const REVISED_BY = new RegExp(`\\b(?:${spacedAlternatives(REVISED_BY_LEADS)})\\s+$`, 'i');
// "occupancy (+9.9% to 81.4%)": a plus sign glued to a figure marks a move, and "to" the level it reached; a range's
// low end is not written with a plus. (A minus is read apart, by `movedBelowZero`: "-5 to 3 degrees" is a range.)
const SIGNED_MOVE = /(?:^|[\s(:])\+$/;
/**
 * "occupancy (-13.3% to 68.7%)": a share signed below zero, then "to" and an unsigned share four times its size or
 * more, is a fall and the level it fell to; a range across zero has ends of like size ("-0.5% to 1%"), and one of
 * degrees or counts ("-5 to 3 degrees") stays a range.
 */
function movedBelowZero(text: string, join: string, kind: Kind, value: number, next: Atom): boolean {
  if (kind !== 'percent' || value >= 0 || !/^\s+to\s+$/i.test(join)) return false;
  return !/[-−–+]/.test(text[next.start - 1] ?? '') && next.value >= -4 * value;
}
// "two, four, six or eight of them": the last two items of a list of figures, not a range's two ends.
const LISTED_BEFORE = /(?:^|\s)(\d[\d.]*|\p{L}+),\s*$/u;
const listedBefore = (lead: string) => {
  const item = LISTED_BEFORE.exec(lead)?.[1];
  return item !== undefined && (isDigit(item[0]!) || isNumberWord(item.toLowerCase()));
};
function isRangeStart(lead: string, join: string, moved: boolean, farBelowNext: boolean, nearNext: boolean): boolean {
  if (isChangeFrom(lead) || REVISED_BY.test(lead) || ((moved || farBelowNext) && MOVED_BY.test(lead))) return false;
  if (/^\s+to\s+$/i.test(join) && SIGNED_MOVE.test(lead)) return false;
  if (/^\s+or\s+$/i.test(join) && listedBefore(lead)) return false;
  if (BY_LEAD.test(lead) && !/^\s?[-–]\s?$/.test(join) && !nearNext) return false;
  return !/and/i.test(join) || BETWEEN.test(lead);
}

/** "by 20 to 25": the first end at least half the second, as the ends of a range are and a move and its level are not. */
const isNear = (first: number, second: number) => first > 0 && first < second && 2 * first >= second;

/** "rose by 0.2 to 63.2%": a bare move of a share, told on the way to its level, is in percentage points. */
function movesAShare(text: string, start: number, end: number, join: string, next: Atom, value: number): boolean {
  if (!/^\s+to\s+$/i.test(join) || next.start !== end + join.length) return false;
  if (isNear(value, next.value)) return false;
  const lead = text.slice(Math.max(0, start - 40), start);
  if (!BY_LEAD.test(lead) && !MOVED_BY.test(lead)) return false;
  const level = suffixAt(text, next.end);
  return level !== null && level !== 'time-reference' && level.kind === 'percent' && level.unit === '%';
}

const firstWord = (s: string) => s.split(/[\s.-]/)[0]!;
// The first words of every unit written after a figure: a figure followed by any other word has no unit,
// and the unit patterns are then not tried.
const UNIT_FIRST_WORDS = new Set([
  ...DURATION_ADJECTIVES.map((a) => a.word),
  ...MEASURE_ADJECTIVES.map((a) => a.word),
  ...PERCENT_FORMS.map((p) => firstWord(p.word)),
  ...DURATION_PLURALS.keys(),
  ...CODES_AFTER,
  ...Object.keys(DURATION_UNITS),
  ...Object.keys(DURATION_ABBREVIATIONS),
  ...Object.keys(CURRENCY_WORDS).map(firstWord),
  // A unit read only glued ("50MP", "4.7in") starts no word after a space.
  ...Object.keys(MEASURE_UNITS)
    .filter((u) => !GLUED_ONLY_UNITS.has(u))
    .map(firstWord),
]);

/** False when white space and a lower-case word that starts no unit follow the figure ("105 prisoners"). */
function mayHaveUnit(text: string, at: number): boolean {
  if (!isSpaceAt(text, at)) return true;
  let i = at;
  while (i < text.length && isSpaceAt(text, i)) i++;
  // A capital may be a temperature scale ("40 C"), and anything but a letter may be a sign ("5 %").
  const first = text.charCodeAt(i);
  if (first < 97 || first > 122) return true;
  let j = i + 1;
  while (isAsciiLetter(text.charCodeAt(j))) j++;
  const word = text.slice(i, j).toLowerCase();
  return (
    UNIT_FIRST_WORDS.has(word) ||
    (word.endsWith('s') && UNIT_FIRST_WORDS.has(word.slice(0, -1))) ||
    (word.endsWith('es') && UNIT_FIRST_WORDS.has(word.slice(0, -2)))
  );
}

/** The unit of a percent form as written ("Per cent", "percentage\u00a0points"). */
const percentUnit = (written: string) => PERCENT_UNIT.get(written.toLowerCase().replace(/[\s-]/g, ' ')) ?? '%';

export interface Suffix {
  length: number;
  kind: Kind;
  unit: string;
  /** What the figure is multiplied by in the unit: "25 basis points" is 0.25 percentage points. */
  factor?: number;
}

/** The bound written right before a figure and where it starts ("nearly an hour"), or null; for readers of figures without digits. */
export function boundBefore(
  text: string,
  start: number,
  kind: Kind,
): { qualifier: Qualifier; from: number; approaching: boolean } | null {
  const outer = qualifierBefore(text, start);
  if (!outer || !boundHolds(text, outer.bound.phrase, outer.from, kind)) return null;
  return { qualifier: outer.bound.qualifier, from: outer.from, approaching: APPROACHING.has(outer.bound.phrase) };
}

/** Unit fused to a number: "%", "-day", " weeks", " km", " dollars"; null when there is none. */
export function suffixAt(text: string, at: number): Suffix | null | 'time-reference' {
  if (!mayHaveUnit(text, at)) return null;
  const rest = text.slice(at, at + 40);
  let m = PERCENT_AFTER.exec(rest) ?? PERCENT_BRACKETED_AFTER.exec(rest);
  if (m) {
    const written = m[1]!.toLowerCase().replace(/[\s-]/g, ' ');
    const factor = PERCENT_FACTOR.get(written) ?? 1;
    return { length: m[0].length, kind: 'percent', unit: percentUnit(m[1]!), ...(factor !== 1 && { factor }) };
  }
  m = TEMPERATURE_AFTER.exec(rest);
  // "77 F-35 fighter jets", "two C-130s": a scale's letter joined to a number by a hyphen names a model.
  if (m && isSpaceAt(rest, 0) && rest[m[0].length] === '-' && isDigitAt(rest, m[0].length + 1)) return null;
  if (m) return { length: m[0].length, kind: 'other', unit: TEMPERATURE_UNIT.get(m[1]!)! };
  m = HYPHEN_DURATION.exec(rest) ?? SPACE_DURATION.exec(rest) ?? ABBREVIATED_DURATION.exec(rest);
  if (m) {
    const written = m[1]!.toLowerCase();
    const unit = DURATION_PLURALS.get(written) ?? DURATION_ABBREVIATIONS[written] ?? written;
    // "3.5 billion years old": non-claims has left only the ages of things in years, which are lengths of time.
    const after = rest.slice(m[0].length);
    if (TIME_REFERENCE_AFTER.test(after) && !(unit === 'year' && YEARS_OLD.test(after))) return 'time-reference';
    if (LEFT_AFTER.test(after) && WITH_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return 'time-reference';
    return { length: m[0].length, kind: 'duration', unit };
  }
  // "8.1p": pence glued to a sum (non-claims has left out formats such as "1080p").
  if (rest[0] === 'p' && !isLetterAt(rest, 1) && !isDigitAt(rest, 1))
    return { length: 1, kind: 'money', unit: 'penny' };
  // "2¢", and "3c a litre", "6c/kWh": cents, where the glued "c" is given per something (a bare "40c" may be Celsius).
  if (rest[0] === '¢' || (rest[0] === 'c' && !isLetterAt(rest, 1) && pricePerAt(text, at + 1)))
    return { length: 1, kind: 'money', unit: 'cent' };
  m = CURRENCY_AFTER.exec(rest);
  if (m)
    return {
      length: m[0].length,
      kind: 'money',
      unit: CURRENCY_WORDS[(m[1] ?? m[2])!.toLowerCase()] ?? (m[1] ?? m[2])!.toLowerCase(),
    };
  m = MEASURE_AFTER.exec(rest);
  // "The Mi 10 has": a unit with a plural ending ("ha" and "s") may spell a word.
  if (m && isSpaceAt(m[0], 0) && FUNCTION_WORDS.has(m[0].trim().toLowerCase())) m = null;
  if (!m) {
    const symbol = SPACED_SYMBOL_AFTER.exec(rest);
    // "5 m people": a spaced "m" before a plural is millions, which the figure's atom did not take.
    if (symbol?.[1] === 'm' && pluralNext(rest.slice(symbol[0].length))) return null;
    return symbol ? { length: symbol[0].length, kind: 'other', unit: SPACED_SYMBOL_UNITS.get(symbol[1]!)! } : null;
  }
  // The unit as written ("km", "tonne"): its family and its factor to the family's unit come from the lexicon,
  // so that "18 km" and "18,000 metres" compare.
  // "a 3.2-square-mile area", "28 billion light years": words of a unit joined by a space or a hyphen.
  const unit = measureUnitAs((m[1] ?? m[2])!.toLowerCase());
  // "40 degrees Celsius" is a temperature, not an angle.
  const scale = MEASURE_UNITS[unit]![0] === 'deg' ? TEMPERATURE_SCALE.exec(rest.slice(m[0].length)) : null;
  if (scale) return { length: m[0].length + scale[0].length, kind: 'other', unit: TEMPERATURE_UNIT.get(scale[1]!)! };
  return { length: m[0].length, kind: 'other', unit };
}

export function boundsOf(qualifier: Qualifier, value: number, approaching: boolean): [number | null, number | null] {
  if (qualifier === 'at_least') return [value, null];
  if (qualifier === 'at_most') return [null, value];
  if (qualifier === 'approx') {
    const spread = Math.abs(value) * APPROX_TOLERANCE;
    return [value - spread, approaching ? value : value + spread];
  }
  return [value, value];
}

/** "10-15,000": a small whole first end, dash-joined to a second written in thousands that it is below. */
function sharesThousands(text: string, join: string, first: Atom, second: Atom): boolean {
  return (
    !first.word &&
    /^\s?[-–]\s?$/.test(join) &&
    Number.isInteger(first.value) &&
    first.value * 1000 < second.value &&
    first.value * 10000 > second.value &&
    text.endsWith(',000', second.end)
  );
}

/** Whether the figure ending at `at` is written in the same unit as `suffix`: "by 21% to 28%", "19 cents to 29 cents". */
function sameSuffixAt(text: string, at: number, suffix: Suffix): boolean {
  const other = suffixAt(text, at);
  return other !== null && other !== 'time-reference' && other.kind === suffix.kind && other.unit === suffix.unit;
}

// "twenty-five (25) years", "ten (10) days": a figure told again in digits in brackets, as legal and official
// copy writes it: one figure, whose unit comes after the brackets.
function restatedInBrackets(text: string, atoms: Atom[], i: number, end: number): { end: number } | null {
  const next = atoms[i + 1];
  if (!next || next.value !== atoms[i]!.value || text[next.end] !== ')') return null;
  return /^\s?\(\s?$/.test(text.slice(end, next.start)) ? { end: next.end + 1 } : null;
}

const BELOW_ZERO = new RegExp(`^\\s+(?:${alternatives(NEGATIVE_AFTER)})\\b`, 'i');
/**
 * "20 degrees below zero", "30 below zero": a temperature read with its sign after it, taking the "zero" in with it
 * (a bare figure is then in degrees); the ends of a range turn over.
 */
function belowZero(text: string, atoms: Atom[], expr: Expression | null): Expression | null {
  const temperature = expr?.kind === 'other' && (MEASURE_UNITS[expr.unit]?.[0] ?? expr.unit).startsWith('deg');
  if (!expr || !(expr.kind === 'count' || temperature)) return expr;
  const below = BELOW_ZERO.exec(text.slice(expr.end, expr.end + 16));
  if (!below) return expr;
  const end = expr.end + below[0].length;
  let lastAtom = expr.lastAtom;
  while (atoms[lastAtom + 1] && atoms[lastAtom + 1]!.start < end) lastAtom++;
  const turned = (n: number | null) => (n === null ? null : -n);
  return {
    ...expr,
    end,
    lastAtom,
    value: expr.qualifier === 'range' ? -expr.high! : -expr.value,
    low: turned(expr.high),
    high: turned(expr.low),
    qualifier: turnedOver(expr.qualifier),
    kind: 'other',
    unit: expr.kind === 'count' ? 'deg' : expr.unit,
  };
}

/**
 * Grows atom `i` into the expression it heads; null when it is a time reference ("two years ago"). A range
 * is read only to a next atom that is itself a figure (`nextIsFigure`): not "between 4K and 1080p".
 */
export function expressionAt(text: string, atoms: Atom[], i: number, nextIsFigure = true): Expression | null {
  return belowZero(text, atoms, readExpression(text, atoms, i, nextIsFigure));
}

function readExpression(text: string, atoms: Atom[], i: number, nextIsFigure: boolean): Expression | null {
  const atom = atoms[i]!;
  let start = atom.start;
  let end = atom.end;
  let value = atom.value;
  let kind: Kind = atom.every || atom.multiple ? 'ratio' : 'count';
  let unit = '';
  let lastAtom = i;

  // "$-12.4bn": a minus between the currency and the figure.
  const minusFirst = (text[start - 1] === '-' || text[start - 1] === '−') && CURRENCY_MARKS.has(text[start - 2] ?? '');
  const at = minusFirst ? start - 1 : start;
  const before = text[isSpaceAt(text, at - 1) ? at - 2 : at - 1] ?? '';
  const currency = CURRENCY_MARKS.has(before) ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 5), at)) : null;
  // "Rs 500 crore", "USD 2 million": a currency code before the sum.
  const code = !currency && (before === '.' || isAsciiLetter(before.charCodeAt(0))) ? codeBefore(text, at) : null;
  const lettered = !currency && !code && !atom.word ? letterSignAt(text, at) : undefined;
  if ((currency || code) && !atom.word) {
    kind = 'money';
    unit = currency
      ? CURRENCY_SYMBOLS[currency[1]!.toLowerCase()]!
      : CURRENCY_CODES[code![1]!.replace('.', '').toLowerCase()]!;
    start = at - (currency ?? code)![0].length;
    if (minusFirst) value = -value;
  } else if (lettered) {
    [kind, unit, start] = ['money', lettered, at - 1];
  }
  const signed =
    text[start - 1] === '-' ||
    text[start - 1] === '−' ||
    text[start - 1] === '–' ||
    (isSpaceAt(text, start - 1) && isOneOf(text[start - 2] ?? '', NEGATIVE_WORD_LAST));
  // "beat her 3 -6, 6 -2": a hyphen glued to a figure right after a bare whole number and a space joins the pair, as
  // "3-6" would; it is no minus.
  const sign =
    signed && !(text[start - 1] === '-' && PAIR_BEFORE_HYPHEN.test(text.slice(Math.max(0, start - 8), start - 1)))
      ? SIGN_BEFORE.exec(text.slice(Math.max(0, start - SIGN_REACH), start))
      : null;
  // "plus or minus 3 points" is a margin, not a negative figure.
  if (sign && !PLUS_OR.test(text.slice(Math.max(0, start - 16), start - sign[1]!.length))) {
    value = -value;
    start -= sign[1]!.length;
  }
  const ordinal = atom.word ? 0 : ordinalCountAt(text, end);
  end += ordinal;
  let suffix =
    atom.fraction || atom.every || atom.multiple || ordinal
      ? null
      : atom.stopwatch
        ? STOPWATCH_SECONDS
        : suffixAt(text, end);
  const again = suffix === null && !atom.fraction && !atom.every && !atom.multiple && !ordinal;
  const restated = again ? restatedInBrackets(text, atoms, i, end) : null;
  if (restated) [suffix, end, lastAtom] = [suffixAt(text, restated.end), restated.end, i + 1];
  if (suffix === 'time-reference') return null;
  if (!suffix && kind === 'count' && !atom.word) {
    const glued = GLUED_UNIT_PREFIXES.get(text[start - 1] ?? '');
    const named = glued ? undefined : unitNamedBefore(text, start, value);
    if (glued || named) {
      kind = 'other';
      unit = glued ?? named!.unit;
      if (glued) start -= 1;
    } else if (isTemperatureToldBare(text, start, value)) [kind, unit] = ['other', 'deg'];
  }
  const worded =
    !suffix && kind === 'count'
      ? (unitInWords(text, start, end) ??
        (charAfterSpaces(text, end) === 'p' ? poundsAt(text, start, end) : null) ??
        currencyInSentence(text, start, end, atom.scale ?? 1) ??
        currencyStatedBefore(text, start, end, atom.scale ?? 1) ??
        (!atom.word && (text[end] === ',' || text[end] === ' ') ? unitOfList(text, atoms, i) : null) ??
        shareComparedTo(text, atoms, i, start, end) ??
        unitOfChangeTo(text, atoms, i))
      : null;
  const unitOfFraction = atom.fraction ? fractionOfUnit(text, end) : null;
  if (unitOfFraction) {
    // "one-tenth of an hour", "a third of a mile": a part of the unit, in that unit.
    ({ kind, unit } = unitOfFraction);
    value = Number((value / 100).toPrecision(12));
    end += unitOfFraction.length;
  } else if (atom.fraction) {
    kind = 'percent';
    unit = '%';
  } else if (worded) {
    ({ kind, unit } = worded);
    end += worded.length;
  } else if (suffix && kind !== 'money') {
    ({ kind, unit } = suffix);
    end += suffix.length;
    if (suffix.factor) value = Number((value * suffix.factor).toPrecision(12));
  }
  const pricePer = kind === 'money' ? PRICE_PER.exec(text.slice(end, end + 20)) : null;
  if (pricePer) unit = `${unit}/${PRICED_AS.get(pricePer[1]!.toLowerCase()) ?? pricePer[1]!.toLowerCase()}`;

  // "hundreds of", "tens of thousands": the interval the words allow, with no bound or range to read.
  if (atom.vague) {
    const [low, high] = atom.vague;
    // "thousands of dollars", "millions of euros": a vague sum.
    const ofCurrency = kind === 'count' ? VAGUE_OF_CURRENCY.exec(text.slice(end, end + 24)) : null;
    if (ofCurrency) [kind, unit] = ['money', CURRENCY_WORDS[ofCurrency[1]!.toLowerCase()]!];
    return { start, end, outerStart: start, value, qualifier: 'range', low, high, kind, unit, lastAtom };
  }
  let qualifier: Qualifier = 'exact';
  let low: number | null = value;
  let high: number | null = value;
  const following = nextIsFigure ? atoms[i + 1] : undefined;
  // "between $1.71 per share and $1.76 per share": both ends priced per the same unit, the range joined after the first's.
  const joinAt =
    pricePer && following && PRICE_PER.exec(text.slice(following.end, following.end + 20))?.[0] === pricePer[0]
      ? end + pricePer[0].length
      : end;
  const join = isOneOf(charAfterSpaces(text, joinAt), RANGE_JOIN_FIRST)
    ? RANGE_JOIN.exec(text.slice(joinAt, joinAt + 8))
    : null;
  // "on 8-14 shooting": a tally of shots made against tried is two counts, not a range.
  const next =
    following && join?.[0] === '-' && TALLY_AFTER_PATTERN.test(text.slice(following.end, following.end + 28))
      ? undefined
      : following;
  if (
    join &&
    next &&
    isRangeStart(
      text.slice(Math.max(0, start - CHANGE_FROM_REACH), start),
      join[0],
      kind === 'money' || kind === 'percent',
      next.value > 10 * value,
      !worded && isNear(value, next.value) && (!suffix || sameSuffixAt(text, next.end, suffix)),
    ) &&
    !movedBelowZero(text, join[0], kind, value, next)
  ) {
    const secondStart = joinAt + join[0].length;
    const cur = CURRENCY_BEFORE.exec(text.slice(secondStart, next.start));
    const secondSuffix = suffixAt(text, next.end);
    const second = secondSuffix && secondSuffix !== 'time-reference' ? secondSuffix : null;
    // Both ends must measure the same thing: not "3.2 per cent to $45.60".
    // Both ends measure the same thing: "18-25%" or "5.25% to 5.5%", not "1.2% to 4,783.45".
    // "$5-6 million", "US$3.1 – 4.0 billion": a dash carries the currency to the second end.
    const currencyCarried = kind === 'money' && !cur && /^\s?[-–]\s?$/.test(join[0]);
    // "$1,000 to 20,000 USD": the second end names the currency the first wrote as a sign.
    // "19 cents to 29 cents": both ends name the same coin or currency.
    const currencyNamed =
      kind === 'money' &&
      second?.kind === 'money' &&
      (!suffix || (suffix.kind === 'money' && suffix.unit === second.unit));
    // "ranging from 28.8 million to $120 million": only the second end writes the currency of both.
    const currencySecond =
      kind === 'count' && !suffix && Boolean(cur) && RANGE_OPENED.test(text.slice(Math.max(0, start - 20), start));
    // "lowered a quarter point to 3.75 percent": a part of a unit has that unit, a move's, not the level's.
    const own = suffix ?? unitOfFraction;
    const sameUnit =
      (!own || (second !== null && own.kind === second.kind && own.unit === second.unit)) &&
      ((Boolean(cur) || currencyCarried || currencyNamed) === (kind === 'money') || currencySecond);
    if (sameUnit && next.start === secondStart + (cur?.[0].length ?? 0)) {
      // "$2 to $3 million", "$1.8-1.9 Bn": a scale on the second end applies to a first below its figure.
      let first = value;
      const scale = next.scale ?? 1;
      if (scale >= 1e3 && Math.abs(first) < Math.abs(next.value) / scale)
        first = Number((value * scale).toPrecision(12));
      // "€10-15,000", "3-4,000 people": a dash lets the first end share the thousands the second writes.
      else if (sharesThousands(text, join[0], atom, next)) first = value * 1000;
      // "25-50 basis points": the second end's unit scales both ends.
      const factor = second?.factor ?? 1;
      const last = factor === 1 ? next.value : Number((next.value * factor).toPrecision(12));
      if (!suffix && factor !== 1) first = Number((first * factor).toPrecision(12));
      // "lost between 2.8% and 2.3%": a range told from its top.
      const fromTop = last < first && BETWEEN.test(text.slice(Math.max(0, start - 40), start));
      if (last > first || fromTop) {
        end = next.end;
        if (second) {
          if (!suffix) ({ kind, unit } = second);
          end += second.length;
        }
        if (currencySecond) [kind, unit] = ['money', CURRENCY_SYMBOLS[cur![1]!.toLowerCase()]!];
        qualifier = 'range';
        value = Math.min(first, last);
        low = value;
        high = Math.max(first, last);
        lastAtom = i + 1;
        // "placed it at 9.4–9.6 on the moment magnitude scale": a scale named after the range measures both ends.
        const named = !suffix && !second && kind === 'count' ? unitInWords(text, start, end) : null;
        if (named?.kind === 'other') {
          ({ kind, unit } = named);
          end += named.length;
        }
      } else if (!suffix && second?.kind === 'percent' && /^\s?(?:[-–]|to)\s?$/i.test(join[0])) {
        // "leads 49-48 percent", "a 58 to 42 percent lead": a share against a share, the first told in the second's unit.
        ({ kind, unit } = second);
      }
    }
  }

  if (
    kind === 'count' &&
    qualifier === 'exact' &&
    !worded &&
    join &&
    next &&
    movesAShare(text, start, end, join[0], next, value)
  )
    [kind, unit] = ['percent', 'pp'];

  // "two hours, five minutes and six seconds": one length of time told in several units, in the smallest.
  if (kind === 'duration' && qualifier !== 'range' && !atom.stopwatch) {
    const compound = compoundDuration(text, atoms, i, end, value, unit);
    if (compound) ({ end, value, unit, lastAtom } = compound);
    low = high = value;
  }

  let outerStart = start;
  if (qualifier !== 'range') {
    const mayFollow =
      isOneOf(text[end] ?? '', GLUED_BOUND_FIRST) ||
      (isSpaceAt(text, end) && isOneOf(charAfterSpaces(text, end), BOUND_AFTER_FIRST));
    const after =
      (mayFollow ? QUALIFIER_AFTER.exec(text.slice(end, end + BOUND_AFTER_REACH)) : null) ??
      (text[end + 1] === '(' ? boundAfterConversion(text, end) : null) ??
      (kind === 'duration' ? boundAfterWhatLasted(text, end) : null);
    const outer = qualifierBefore(text, start) ?? boundBeforeLevel(text, start, end);
    const word = outer?.bound.phrase;
    const q = outer?.bound.qualifier;
    if (q && boundHolds(text, word!, outer.from, kind, end) && !cancelledAfter(text, word!, end)) {
      qualifier = isNegated(text, outer.from, kind) ? turnedOver(q) : q;
      outerStart = outer.from;
    } else if (after) {
      const written = (after[1] ?? after[2]!).toLowerCase();
      qualifier = [...BOUNDS_AFTER, ...GLUED_BOUNDS_AFTER].find((b) => b.phrase === written)!.bound;
      // "157+ mph", "five or more years": the unit comes after the bound.
      const unitAfterBound = kind === 'count' && !suffix ? suffixAt(text, end + after[0].length) : null;
      if (after[2]) end += after[2].length;
      if (unitAfterBound && unitAfterBound !== 'time-reference') {
        ({ kind, unit } = unitAfterBound);
        end += (after[2] ? 0 : after[0].length) + unitAfterBound.length;
      }
    }
    [low, high] = boundsOf(qualifier, value, APPROACHING.has(word ?? ''));
  }
  return { start, end, outerStart, value, qualifier, low, high, kind, unit, lastAtom };
}
