/**
 * The views of the grammar's tables (lib/claims/grammar/) the engine reads, and the word lists not yet in
 * a table. The views are made here, when the engine loads, so that an entry added to a table is in them.
 */
import { CURRENCY_CODES as CODES, CURRENCY_NAMES, CURRENCY_SIGNS, MONEY_SUBUNITS as COINS } from './grammar/currencies';
import { DURATION_TABLE } from './grammar/durations';
import {
  EVENT_FORMS,
  EVENT_NOUNS as NOUNS_OF_EVENTS,
  REPORTING_VERB_FORMS,
  RUNNING_TOTAL_NOUNS,
} from './grammar/events';
import { MEASURES, UNIT_SUBJECTS as SUBJECTS_OF_UNITS } from './grammar/units';

const set = (s: string) => new Set(s.split(/\s*,\s*|\s+/).filter(Boolean));
const record = <T>(entries: [string, T][]): Record<string, T> => Object.fromEntries(entries);

/** Currency signs written before a sum, with the currency they stand for: "$" → "usd". */
export const CURRENCY_SYMBOLS = record(CURRENCY_SIGNS.map((c) => [c.word, c.currency]));
/** Currency codes written before a sum ("USD 2 million", "Rs 500 crore"), with the unit they stand for. */
export const CURRENCY_CODES = record(CODES.map((c) => [c.word, c.currency]));
/** How each code is written before a sum, as a pattern: "USD", "Rs\\.?". */
export const CURRENCY_CODES_WRITTEN = CODES.map((c) => (c.written ? `${c.written}\\.?` : c.word.toUpperCase()));
/** Codes also written after a sum: "500 USD". */
export const CURRENCY_CODES_AFTER = CODES.filter((c) => c.after).map((c) => c.word);
/** The last character of every currency symbol ("$", "US$", "€"): what stands right before a sum. */
export const CURRENCY_MARKS = new Set(
  Object.keys(CURRENCY_SYMBOLS).flatMap((k) => [k[k.length - 1]!, k[k.length - 1]!.toUpperCase()]),
);
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

/** Nouns for people; a person noun compares with a role ("hostage", "prisoner") for the same group. */
export const PERSON_NOUNS = set(
  'person people individual individuals resident residents national nationals citizen citizens',
);
/** Sub-group nouns: "117 men" is a part of "137 people", never the same quantity. */
export const GROUP_NOUNS = set(
  'man men woman women child children minor minors boy boys girl girls adult adults teenager teenagers infant infants baby babies elderly civilian civilians foreigner foreigners',
);
export const ROLE_SYNONYMS: Record<string, string> = {
  hostage: 'hostage',
  captive: 'hostage',
  abductee: 'hostage',
  detainee: 'prisoner',
  prisoner: 'prisoner',
  inmate: 'prisoner',
  fatality: 'person',
  casualty: 'casualty',
  troop: 'soldier',
  soldier: 'soldier',
  quake: 'earthquake',
  earthquake: 'earthquake',
  tremor: 'earthquake',
  temblor: 'earthquake',
  lorry: 'truck',
  truck: 'truck',
  production: 'output',
  output: 'output',
};
/** Nouns that count people by what happened to them: "45,000 deaths" are people killed. */
export const EVENT_NOUNS = record(NOUNS_OF_EVENTS.map((n) => [n.noun, n.event]));
/** Counted nouns that are running totals by themselves. */
export const RUNNING_TOTALS = new Set(RUNNING_TOTAL_NOUNS.map((n) => n.noun));
/** Heads that say little on their own: what they are of is in the word before ("deposit rate", "gas prices"). */
export const GENERAL_HEADS = set('rate price index level share growth yield cost value total margin');
/** Words that narrow what any head counts: "core inflation" and "average rents" are not inflation and rents. */
// Not "annual": "annual inflation" is what "inflation" means in a news report.
export const NARROWING = set(
  'core headline underlying average median monthly quarterly real nominal net gross basic minimum maximum',
);
/** Two-word names of one quantity, as "modifier lemma". */
export const COMPOUND_SYNONYMS: Record<string, string> = {
  'jobless rate': 'unemployment',
  'unemployment rate': 'unemployment',
  'inflation rate': 'inflation',
};

/** Person roles the word "person" may stand for. */
export const PERSON_ROLES = ['hostage', 'prisoner', 'soldier', 'casualty'];

/** Plural forms English does not make with -s. */
export const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  data: 'data',
  media: 'media',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  analyses: 'analysis',
  crises: 'crisis',
  theses: 'thesis',
  series: 'series',
  species: 'species',
  news: 'news',
  police: 'police',
  cattle: 'cattle',
  sheep: 'sheep',
  fish: 'fish',
  deer: 'deer',
  aircraft: 'aircraft',
  staff: 'staff',
  personnel: 'personnel',
};

/** Demonyms newer than WordNet 3.1 (lib/claims/grammar/wordnet.ts holds the rest), lower case, singular. */
export const RECENT_DEMONYMS: [string, string][] = [
  ['emirati', 'of the United Arab Emirates; WordNet has none'],
  ['kosovar', 'of Kosovo, independent since 2008'],
  ['rohingya', 'a people of Myanmar, in the news since 2012'],
  ['uyghur', 'a people of Xinjiang; WordNet spells it Uighur'],
  ['uighur', 'the older spelling'],
  ['yazidi', 'a people of northern Iraq'],
];

/** Words that end a noun phrase or cannot be its head. */
export const FUNCTION_WORDS = set(`
  a an the this that these those its his her their our my your some any all both each every either neither no another other
  more most less fewer many much several such own same
  and or but nor so yet as than then if when while because since until unless although though whether
  of in on at by for from to with without into onto over under about above below between among through during before after
  against across along around behind beyond near off out up down upon via per within toward towards amid despite including
  is are was were be been being am has have had having do does did will would shall should can could may might must
  who whom whose which what where why how there here it they them he she we you i us him me
  not also only just still even again ever never already now very too quite rather almost nearly about
  said says say told according
`);

/** Words before a capitalised word that show it starts a name, not a sentence. */
export const NAME_BEFORE_NUMBER_EXCEPTIONS = new Set([
  ...'in on at by for from to of and or the a an some about around over under nearly almost more less than only just all another roughly approximately up at least most fewer as with after before since until between among during'.split(
    ' ',
  ),
  ...Object.keys(CURRENCY_CODES),
]);

/** Words that follow a figure but are not what it counts: verbs in the past, adverbs, dimension adjectives. */
export const NOT_NOUNS = set(`
  left took made saw gave went came held kept told found brought began became hit set put won lost ran paid sold spent
  sent built drew fell rose grew led met felt stood thought caught fought sought bought taught meant broke chose spoke
  wrote drove flew knew threw get gets got make makes take takes go goes come comes become becomes seem seems want
  wants need needs include includes face faces receive receives expect expects continue continues believe believes
  worldwide nationwide overall globally abroad altogether apiece overnight today yesterday tonight once twice thrice
  week-on-week month-on-month quarter-on-quarter year-on-year year-over-year each long high wide deep tall thick away old ago
  higher lower more less better worse larger smaller bigger greater effective likely unlikely remains remain
  last next previous past earlier later ago apart struck hit
  taken given driven stolen chosen written beaten broken forgotten hidden shaken spoken sworn thrown frozen
  seen known grown shown flown drawn born worn torn forecast
`);
