import { phrases, words } from './entries';

/**
 * The words that open, end and link the noun phrase a figure counts (lib/claims/noun-phrase.ts): "105
 * of the Palestinian prisoners", "the average price of a home hit £285,000". A word added here is read by
 * the phrase reader with no other edit.
 */

/** Opens the phrase after "of": "of the prisoners", "of its last 10 games". */
export const DETERMINERS = words(
  'a determiner between "of" and what is counted',
  'the a an its their his her these those all our',
);

/** Read over after "of", as part of the larger figure a share is of: "of Sudan's 45 million people". */
export const FIGURE_WORDS_AFTER_OF = [
  ...words('the scale of the larger figure', 'million billion thousand'),
  ...words('a bound of the larger figure: "of more than 300"', 'more than some about around nearly'),
];

/** Right after a figure, how it adds to another, not what it counts: "300 more prisoners", "5 new cases". */
export const ADDING_WORDS = words(
  'says the figure adds to another; the noun after it is what is counted',
  'more additional extra further new other another',
);

/**
 * After a bare "one" that ends a list of counts, words that show its noun is left out, carried from the counts
 * before it: "two from the north and one in the south", "six voted for a rise and one for a pause".
 */
export const ELIDED_ONE_BEFORE = [
  ...words(
    'a preposition or a verb goes on where the noun of "one" was left out',
    'for in from to at on with against by was is remains remained died survived',
  ),
  ...words('one dealt to each of several: "two in the north and one each in the east and the west"', 'each apiece'),
];

/** After a comma, words that add a bare "one" to a list of counts: "41 appearances, and one goal", "17 votes to 16, with one abstention". */
export const LIST_ITEM_JOINS = words('adds an item to a list of counts', 'and with plus');

/** Before a bare "one", words that count it even before "of": "in all but one of the 85 largest metros". */
export const ONE_COUNTED_BEFORE = phrases(
  'the one left out of a whole: "all but one of the 85", "all died except one", "but for one governor"',
  'all but, except, except for, apart from, save for, but for',
);

/**
 * What a bare "one" counts when "of" and an offence follow: a charge of an indictment, "pleaded guilty to one count
 * of wire fraud", "faces one charge of murder".
 */
export const ONE_CHARGE_HEADS = words('a charge of an indictment, counted', 'count charge');

/**
 * After "one of", words for a whole the sentence counted before it, so that the one is a part of that count: "all
 * seven suspects tested negative, with one of them having a record", "40 people have died, one of those a child",
 * "two cars, one of which was stolen".
 */
export const ONE_PART_OF = words('a pronoun for a whole counted before "one of"', 'them those these whom which');

/** Before a bare "one", a margin: "won by one vote", "leads by one shot" (not "one by one", "by one measure"). */
export const ONE_MARGIN_BEFORE = words('a margin told with "by": "won by one vote"', 'by');

/** After a bare "one", words of a margin: "sit second, one behind Romania", "one short of the record". */
export const ONE_MARGIN_AFTER = words(
  'a margin or a gap of one: "one behind", "one shy of", "one clear"',
  'behind ahead short shy adrift clear',
);

/**
 * Between what "one" counts and a passive verb, words that open a short description of the one: "one girl under
 * the age of 2 was diagnosed", "one man from Ohio was arrested".
 */
export const ONE_DESCRIBED_BY = words(
  'a preposition that opens a description of the one counted',
  'under over aged from in of with at near',
);

/** Nouns after a bare "one" that make it an idiom or a time rather than a count: "one day", "at one point". */
export const ONE_IDIOM_HEADS = [
  ...words(
    'a time: "one day", "at one point", "one morning"',
    'day night time moment point year week month hour minute morning evening afternoon occasion stage',
  ),
  ...words('a manner or a part of a whole: "one way or another", "on the one hand"', 'way thing side hand end part'),
  ...words('a kind, not a count of things: "one kind of", "one sort of"', 'kind sort'),
  ...words(
    'a discourse word: "for one reason", "one another", "one or other", "one more"',
    'reason another other more',
  ),
  ...words(
    'one of several things said: "in one case", "one example", "one question"',
    'instance case example question problem issue',
  ),
  ...words(
    'one of several reckonings: "by one measure", "by one account", "by one count"',
    'measure account estimate reckoning count',
  ),
];

/** "eight of its last 10 games": the order of what is counted, not what it is. */
export const ORDER_WORDS = words('orders what is counted', 'last first past next final previous');

/** Events named by a noun or an adjective: they may be counted ("deaths", "the missing"), unlike a verb. */
export const EVENTS_NOT_VERBS = words(
  'an event form that is a noun or an adjective, not a verb',
  'death dead captive injuries fatalities missing',
);

/**
 * After a plural noun these are its verb, not a second noun: "one in four children lives in poverty",
 * "Ticket prices range from $30".
 */
export const VERBS_OR_PLURALS = [
  ...words(
    'a verb in the third person that is also a plural noun',
    'lives works needs lies stands falls rises plans claims costs pays means earns owns uses holds lacks',
  ),
  ...words(
    'a verb of a plural subject that is also a noun',
    'range support oppose say believe think want favor favour approve disapprove expect agree disagree back prefer trust fear live work own use need earn pay plan lack face',
  ),
  ...words('a verb of voting whose past is its present, also a noun: "642 million voters cast their ballots"', 'cast'),
];

/** "year over year", "month on month": the basis of a change; and "from a year earlier". */
export const BASIS_PERIODS = words('a period a change is measured against', 'year month quarter week day');

/** Ends "from a year earlier", "from the month before", read backwards. */
export const BASIS_ENDS = words('ends the basis of a change: "from a year earlier"', 'earlier ago before');

/** Nouns with a verb's ending: "$550 billion in new spending", "$2 billion in funding". */
export const ING_NOUNS = words(
  'a noun ending in -ing, which is otherwise read as a verb',
  'spending funding financing borrowing lending housing clothing shipping training pricing',
);

/**
 * Nouns in -ing that name a thing or an event and may head a counted phrase: "a two-day policy meeting", "a court
 * hearing", "a 12-storey office building". They are the verb where a plural noun comes before them or an object
 * opened by a determiner follows ("workers building the dam", "a panel hearing the case").
 */
export const ING_HEADS = words(
  'a noun in -ing naming an event or a thing, which ends a compound',
  'meeting hearing briefing gathering ruling sitting building',
);

/** Endings of adjectives ("effective", "annual"): they describe what is counted, they are not it. */
export const ADJECTIVE_ENDINGS = words('an ending of adjectives', 'ive ous ful able ible ical');

/**
 * Nouns spelt with the ending "-ly" that marks adverbs, which may join a counted phrase: "the 400-member national
 * assembly", "a family of five"; WordNet's nouns in "-ly" that its tagged texts met, less its adjectives and rate
 * adverbs ("daily", "silly").
 */
export const NOUNS_IN_LY = words(
  'a noun, not an adverb, though it ends in "-ly"',
  'assembly disassembly family ally rally supply monopoly anomaly tally reply belly jelly gully folly',
);

/** Right after a figure these name people, as "dead" does: "120 injured were taken to hospital". */
export const PARTICIPLES_AS_NOUNS = words('a participle that names the people it happened to', 'injured wounded');

/** Before the figure, the words that tie it to the noun before them: "the toll stood at 42", "revenue of $12m". */
export const LINKS = [
  ...words('a preposition or copula between a noun and its figure', 'of is was are were at to be been by'),
  ...words(
    'a verb that states a level: "the toll reached 42"',
    'reached hit totalled totaled totalling totaling stood stands stand numbered topped exceeded passed neared worth',
  ),
];

/** A clause begins: what lies before it is not what this figure counts. */
export const CLAUSE_WORDS = words(
  'a conjunction that starts another clause',
  'and but or after before while when whereas although because since as though if unless',
);

/** A unit or a scale between a noun and the figure: the noun belongs to another figure ("3 percent of ..."). */
export const UNIT_WORDS = words(
  'the unit or the scale of another figure',
  'cent percent point points day days week weeks month months year years hour hours million billion trillion thousand bn tn metres meters miles tonnes tons degrees',
);

/** "Prices in Dakar rose 3%": the noun after these is where, not what. */
export const PLACE_PREPOSITIONS = words('a preposition of place', 'in at across from on within over');

/** "the rate among women", "the figure for under-25s": the noun after these narrows what is counted. */
export const NARROWING_PREPOSITIONS = words('narrows what is counted to a part', 'among for');

/** Units of the change told on the way to a level: "rose 3% to", "by 0.1 points to". */
export const CHANGE_UNITS = words('the unit of a change', '% percent per cent percentage point points');

/** "by a quarter point", "by half a percentage point". */
export const FRACTIONS_OF_A_POINT = words('a fraction of a point a rate changes by', 'quarter half');

/** Nouns that hold a figure without saying what it measures: "a range of", "a total of", "the number of". */
export const CONTAINERS = words(
  'holds a figure without saying what it measures',
  'range total average maximum minimum high low peak record sum number figure band level',
);

/** "a stake worth, at the time, $5 million": a value may be told after a comma. */
export const VALUE_WORDS = words('a value follows, maybe after a comma', 'worth valued');

/** After the noun and its comma, these open a clause about it that holds the figure: "the rate, which stood at 4.1%". */
export const RELATIVE_PRONOUNS = words('a clause about the noun before the comma', 'which who');

/** Before a period word between a subject and its verb: "turnout this year was 66%" says when, not what. */
export const TIME_DETERMINERS = words('names which period: "this year", "last month"', 'this last next');

/** Words between a subject and its figure that say how it stands, not what it is: "held steady at 6.5%". */
export const SKIPPED_BEFORE = [
  ...VALUE_WORDS,
  ...words('tells how a level stands or moved', 'up down steady unchanged flat stable'),
  ...words('a particle of a phrasal verb: "set aside $5m"', 'aside away back off out'),
];

/** "in late September", "in early trading": after "in" these say when, not what a sum is in. */
export const TIME_BEFORE_IN = words('says when, not what', 'recent');

/**
 * Before a bare count, these set it against the count just told, so it counts the same thing: "240 seats,
 * well down on the 303", "72 seats, up from 11", "295 electoral votes to Harris's 226".
 */
export const SAME_THING_BEFORE = phrases(
  'a comparison with the count just told',
  'up from, down from, down on, up on, compared with, compared to, against',
);

/**
 * Between a count and the list of names with counts that goes on counting what it counted, the noun left out:
 * "with nine recalls ahead of Mitsubishi 8, Nissan 6", "12 goals, followed by Jones 9, Smith 7".
 */
export const GAPPED_LIST_LEADS = phrases(
  'a ranking told on from the count before',
  'ahead of, followed by, then, before, against',
);

/**
 * A count joined by a hyphen to a noun before the phrase's head counts that noun and describes the head: "the
 * 20-nation bloc" counts nations, "a 6,200-seat hall" seats, "a 12-member jury" members. These joined words say
 * how the head is, not what is counted, and leave the head counted.
 */
export const JOINED_NOT_COUNTED = [
  ...words('how many sides or ways a thing has, not a count of ways: "a three-way race"', 'way'),
  ...words('a bound glued to the figure: "a 100-plus crowd", "a 40-odd strong team"', 'plus odd'),
  ...words('a measure of size the head has, not things counted: "a 5,000-strong crowd"', 'strong'),
];

/**
 * Words joined by a hyphen to a count that tell how many people a group has: "a 22-man crew", "a five-person team",
 * "a 5,000-strong crowd" count the group's people, never men as a sub-group nor strength. ("-member" counts members,
 * and "-woman" women, a sub-group: "a nine-woman jury".)
 */
export const PEOPLE_SIZES = words(
  'a size in people joined to a group noun: the count is of its people',
  'man person people strong',
);

/**
 * Endings of an adjective of having made from a noun, which a count joined by a hyphen describes the head with:
 * "a three-pronged search", "a four-legged robot" (not "a 300-bed hospital", "a 10-speed bike": see `isHavingAdjective`).
 */
export const HAVING_ENDINGS = words('an adjective of having, made from a noun', 'ed');

/** After a bare count, these make it the threshold of the count just told: "412 seats, with 326 needed". */
export const THRESHOLD_AFTER = words('what the count just told must reach', 'needed required necessary');

/**
 * After a figure joined by a hyphen to what it counts, a level that count is to reach: "crossed the 400-seat
 * mark" counts seats, not marks.
 */
export const LEVEL_NOUNS = [
  ...words(
    'a level a count is to reach or stay under',
    'mark threshold milestone barrier target goal ceiling cap limit',
  ),
  ...words('a level counted in the units it is reached in, as "the 5,000-point level"', 'level'),
];

/**
 * A level that counts what is joined to it only when a word of THRESHOLD_AFTER follows: "the 272-seat majority
 * needed to govern" counts seats, while "an 80-seat majority" alone is the size of a win in Westminster usage,
 * as "a majority of 80" is.
 */
export const NEEDED_LEVEL_NOUNS = words('a majority, needed or won', 'majority');
