/**
 * The views of the grammar's tables (lib/claims/grammar/) that the engine and lib/compare read: records,
 * sets and maps by word. They are made here, when the engine loads, so that an entry added to a table is
 * in them. What the engine knows of English lives in the tables, each entry with its reason.
 */
import { CURRENCY_CODES as CODES, CURRENCY_NAMES, CURRENCY_SIGNS, MONEY_SUBUNITS as COINS } from './grammar/currencies';
import { DURATION_TABLE } from './grammar/durations';
import {
  EVENT_FORMS,
  EVENT_NOUNS as NOUNS_OF_EVENTS,
  JUDGING_PARTICIPLES as PARTICIPLES_THAT_JUDGE,
  REPORTING_VERB_FORMS,
  RUNNING_TOTAL_NOUNS,
} from './grammar/events';
import { wordSet } from './grammar/entries';
import * as FUNCTION from './grammar/function-words';
import * as NOUNS from './grammar/nouns';
import { MEASURES, UNIT_SUBJECTS as SUBJECTS_OF_UNITS } from './grammar/units';

// Without a prototype: a page's word such as "constructor" or "toString" must find nothing, not Object's own.
const record = <T>(entries: [string, T][]): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

/** Currency signs written before a sum, with the currency they stand for: "$" → "usd". */
export const CURRENCY_SYMBOLS = record(CURRENCY_SIGNS.map((c) => [c.word, c.currency]));
/** Currency codes written before a sum ("USD 2 million", "Rs 500 crore"), with the unit they stand for. */
export const CURRENCY_CODES = record(
  CODES.flatMap((c) =>
    [c.word, ...(c.variants ?? []).map((v) => v.toLowerCase())].map((w): [string, string] => [w, c.currency]),
  ),
);
const spellings = (c: (typeof CODES)[number]) => [c.written ?? c.word.toUpperCase(), ...(c.variants ?? [])];
/** Codes read only in the case they are written in ("Sh", "RM"), as patterns. */
export const CURRENCY_CODES_CASED = CODES.filter((c) => c.cased).flatMap((c) => spellings(c).map((w) => `${w}\\.?`));
/** How each code is written before a sum, as a pattern: "USD", "Rs\\.?". */
export const CURRENCY_CODES_WRITTEN = CODES.flatMap((c) =>
  spellings(c).map((w, i) => (i > 0 || c.written ? `${w}\\.?` : w)),
);
/** The last word of each code as written before a sum ("USD", "Rs", "dollars" of "US dollars"): a cheap first test. */
export const CURRENCY_CODE_LAST_WORDS = new Set(CODES.flatMap((c) => spellings(c).map((w) => w.split(' ').pop()!)));
/** Codes also written after a sum: "500 USD". */
export const CURRENCY_CODES_AFTER = CODES.filter((c) => c.after).map((c) => c.word);
/** The last character of every currency symbol ("$", "US$", "€"): what stands right before a sum. */
export const CURRENCY_MARKS = new Set(
  Object.keys(CURRENCY_SYMBOLS).flatMap((k) => [k[k.length - 1]!, k[k.length - 1]!.toUpperCase()]),
);
/** The one-character currency signs as a pattern's character class: "[$€£...]". */
export const CURRENCY_SIGN_CLASS = `[${CURRENCY_SIGNS.filter((c) => [...c.word].length === 1)
  .map((c) => c.word.replace(/[$\]\\^-]/g, '\\$&'))
  .join('')}]`;
/** Currency names written after a sum, with the currency they stand for: "euros" → "eur". */
export const CURRENCY_WORDS = record(CURRENCY_NAMES.map((c) => [c.word, c.currency]));

/** Coins below a currency's unit: the currency they count in and their worth in it ("12 cents" is $0.12). */
export const MONEY_SUBUNITS = record(COINS.map((c): [string, [string, number]] => [c.coin, [c.currency, c.worth]]));

/** Abbreviations of time units, written with or without a space: "9.81sec", "43.03secs", "90 mins". */
export const DURATION_ABBREVIATIONS = record(
  DURATION_TABLE.flatMap((d) => (d.abbreviations ?? []).map((a): [string, string] => [a, d.word])),
);

/** Measure abbreviations that are also words when spaced ("150 MPs" are members of parliament): read only glued ("50MP"). */
export const GLUED_ONLY_UNITS = new Set(MEASURES.filter((m) => m.gluedOnly).map((m) => m.word));

export { UNITS_BEFORE } from './grammar/units';

/** What a measure's unit says it measures when no noun does: "with a 7.5 magnitude," is an earthquake's. */
export const UNIT_SUBJECTS = record(SUBJECTS_OF_UNITS.map((u) => [u.unit, u.subject]));

/** Measures: canonical unit and factor to it. */
export const MEASURE_UNITS = record(MEASURES.map((m): [string, [string, number]] => [m.word, [m.family, m.factor]]));

/** Events, by the forms news copy uses, with their canonical name. Synonyms share a name. */
export const EVENTS = new Map<string, string>(
  EVENT_FORMS.flatMap(({ event, forms }) => forms.split(' ').map((f): [string, string] => [f, event])),
);

/** Verbs that report rather than happen: never an event. */
export const REPORTING_VERBS = new Set(REPORTING_VERB_FORMS.map((v) => v.word));

/** Participles that judge a figure ("a staggering 300"), not an event: read past. */
export const JUDGING_PARTICIPLES = wordSet(PARTICIPLES_THAT_JUDGE);

/** Nouns that count people by what happened to them: "45,000 deaths" are people killed. */
export const EVENT_NOUNS = record(NOUNS_OF_EVENTS.map((n) => [n.noun, n.event]));
/** Counted nouns that are running totals by themselves. */
export const RUNNING_TOTALS = new Set(RUNNING_TOTAL_NOUNS.map((n) => n.noun));
/** Nouns for people; a person noun compares with a role ("prisoner", "soldier") for the same group. */
export const PERSON_NOUNS = wordSet(NOUNS.PERSON_NOUNS);
/** Sub-group nouns: "117 men" is a part of "137 people", never the same quantity. */
export const GROUP_NOUNS = wordSet(NOUNS.GROUP_NOUNS);
/** Synonyms of a counted noun's singular, with the name they share. */
export const ROLE_SYNONYMS = record(NOUNS.NOUN_SYNONYMS.map((n) => [n.word, n.means]));
/** Heads that say little on their own: what they are of is in the word before ("deposit rate", "gas prices"). */
export const GENERAL_HEADS = wordSet(NOUNS.GENERAL_HEADS);
/** Words that narrow what any head counts: "core inflation" and "average rents" are not inflation and rents. */
export const NARROWING = wordSet(NOUNS.NARROWING);
/** Two-word names of one quantity, as "modifier lemma". */
export const COMPOUND_SYNONYMS = record(NOUNS.COMPOUND_SYNONYMS.map((c) => [c.word, c.means]));
/** Person roles the word "person" may stand for. */
export const PERSON_ROLES = NOUNS.PERSON_ROLES.map((r) => r.word);
/** Plural forms English does not make with -s. */
export const IRREGULAR_PLURALS = record(NOUNS.IRREGULAR_PLURALS.map((p) => [p.plural, p.singular]));
/** Demonyms newer than WordNet 3.1 (lib/claims/grammar/wordnet.ts holds the rest), lower case, singular. */
export const RECENT_DEMONYMS = NOUNS.RECENT_DEMONYMS.map((d): [string, string] => [d.word, d.reason]);

/** Words that end a noun phrase or cannot be its head. */
export const FUNCTION_WORDS = wordSet(FUNCTION.FUNCTION_WORDS);
/**
 * Capitalised words before a number that do not make it part of a name ("These 3 states", "While 110 bodies"):
 * function words never name, nor do currency codes.
 */
export const NAME_BEFORE_NUMBER_EXCEPTIONS = new Set([
  ...wordSet(FUNCTION.NAME_BEFORE_NUMBER_EXCEPTIONS),
  ...FUNCTION_WORDS,
  ...Object.keys(CURRENCY_CODES),
]);
/** Words that follow a figure but are not what it counts: verbs in the past, adverbs, dimension adjectives. */
export const NOT_NOUNS = wordSet(FUNCTION.NOT_NOUNS);
