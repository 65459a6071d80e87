import { words } from './grammar/entries';

/**
 * Words extraction may meet where the noun a figure counts stands, which never are that noun: each table says
 * why, and `head.ts` reads them. What a figure counts (its head) files it in the corpus (lib/claims/key.ts), so
 * a head read wrong hides the figure from every source that names the thing.
 */

/**
 * Parts of a day, which say when a figure holds ("sank 62% Monday night", "has this afternoon gone up"); days and
 * months come from grammar/calendar.ts. They never join what is counted after a figure and are passed over
 * before it.
 */
export const DAY_PART_WORDS = [
  ...words('a part of a day: when a figure holds, not what it counts', 'morning afternoon evening night'),
  ...words('a time of day: when a figure holds, not what it counts', 'midday noon midnight dawn dusk'),
  ...words('a span of days named by its place in the week', 'weekend'),
];

/** Nouns of a figure told as expected: "estimates of $5.59", "the 2.5% forecast". */
const EXPECTATION_WORDS = 'expectation estimate forecast projection consensus prediction';
export const EXPECTATION_NOUNS = words('a figure told as expected, not what it is of', EXPECTATION_WORDS);

/**
 * Nouns that only hold or measure a figure of something else ("the 2% level", "vote share at 36.6%", "the
 * number of jobs"): what is counted is the noun before them ("vote"), else it is left to the sentence. A
 * singular "share" only: "shares fell 40%" are a company's stock.
 */
export const MEASURING_NOUNS = [
  ...words(
    'a level or a sum of a figure of something else',
    'level number total figure tally count amount sum reading measure',
  ),
  ...words('a part of a whole, which a percentage already says it is', 'percentage proportion portion share'),
  ...words(
    'a figure told as expected, of what is named before it or elsewhere ("expectations of 0.3%")',
    EXPECTATION_WORDS,
  ),
];

/**
 * Adjectives of a figure's standing that WordNet also files as nouns (an official, a final, a preliminary round):
 * before a noun that only measures ("the official tally", "a final count", "the preliminary total") they say how
 * settled the figure is, never what it counts.
 */
export const STANDING_ADJECTIVES = words(
  'how settled or sure a figure is, not what it counts',
  'official unofficial final preliminary provisional interim',
);

/**
 * Bodies that make and publish figures ("the government estimate of 2,000", "police projections"): before a noun of
 * a figure told as expected, whose figure it is, not what it is of, as a person there is ("analyst estimates").
 */
export const ESTIMATING_BODIES = words(
  'a body that makes a figure told as expected: whose estimate it is, not what it estimates',
  'government administration ministry department agency police authority office bureau regulator military army council commission committee',
);

/**
 * Adjectives of the period a figure is given per ("a 4.3% annual increase", "average annual pay"), which the
 * phrase reader may leave as the last word of a phrase: they say how a figure is given, never what it is.
 */
export const PERIOD_ADJECTIVES = words(
  'the period a figure is given per, not what it is',
  'annual annualized annualised yearly quarterly monthly weekly daily',
);

/** Nouns of a change never counted as events: a count told with one counts what changed. */
export const UNCOUNTED_CHANGES = words(
  'a change that is never counted as events: "200,000 job creations" are 200,000 jobs',
  'growth creation addition',
);

/**
 * Nouns naming a change in the thing named before them ("wage growth", "a 38% salary increase", "a 17% slide"):
 * a percentage or a sum told with one is the size of the change, and what changed is what it counts. Their
 * verbs are what the engine reads as events; these are the nouns news makes of them.
 */
export const CHANGE_NOUNS = [
  ...UNCOUNTED_CHANGES,
  ...words(
    'a change news also counts as events ("three rate rises", "two straight monthly gains"), so a count keeps it',
    'gain change decrease increase advance uptick downturn slide tumble jump rise fall drop decline dip plunge surge slump raise hike cut boost',
  ),
];

/**
 * Words of a company's or an institution's name that say what kind of body it is ("PacWest Bancorp", "Signature
 * Bank", "SVB Financial", "the Defense Ministry"): the name owns a figure told of it ("PacWest Bancorp lost 38%"
 * is its shares' fall), it is not what the figure counts. Capitalised after another capitalised word only.
 */
export const BODY_NAME_ENDINGS = [
  ...words(
    'ends the name of a company',
    'bank bancorp bankshares financial group holdings corp corporation inc ltd plc company co industries partners',
  ),
  ...words(
    'ends the name of a public body',
    'ministry department agency survey service office commission council committee authority administration',
  ),
];

/**
 * Words after which the next word is a verb, never a noun: "tried to pull $42 billion", "could reach $15
 * billion", "will cover up to $250,000". Read backwards from a figure, the verb is passed over.
 */
export const BEFORE_A_VERB = [
  ...words('the infinitive marker', 'to'),
  ...words('a modal verb, followed by a bare verb', 'can could may might must shall should will would'),
];

/** Words that may stand between a verb and the word before it that makes it one: "could also reach", "will now cover". */
export const BETWEEN_A_VERB = [
  ...words('negates the verb it stands before', 'not'),
  ...words('an adverb of time or degree that may stand before a verb', 'also already just still now then'),
  ...words('"this" in "will this year reach", before the time word it opens', 'this'),
];

/**
 * Words that open a unit or a rate: the word after one ("per cent", a misspelt "per ent", "per head") is part of
 * another figure's unit, so read backwards from a figure, what lies before it is that figure's.
 */
export const UNIT_OPENERS = words('opens a unit or a rate', 'per');

/** Forms of "have" as an auxiliary: a verb phrase starts with one ("10 years of service or more has earned ..."). */
export const HAVE_WORDS = words('a form of "have", which opens a verb phrase', 'has have had');

/** Forms of "be", by which a figure is stated of what stands before them: "the cost to repair it is $8 million". */
export const COPULA_WORDS = words('a form of "be", which states a figure of its subject', 'is was are were be been');

/**
 * An extreme a figure reached ("the 3.8% peak", "a record 10 per cent"): the comparison reads what it is of from
 * the sentence (lib/compare/frame.ts). Left as heads in extraction: read as none there, they cost a holdout story a
 * figure and gained no tuning story one.
 */
export const EXTREME_HEADS = words('an extreme a figure reached, of something named elsewhere', 'peak record');
