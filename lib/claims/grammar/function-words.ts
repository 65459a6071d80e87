import { words } from './entries';

/**
 * Words that are never what a figure counts (lib/claims/noun-phrase.ts, context.ts, non-claims.ts read
 * them through lib/claims/lexicon.ts): they end a noun phrase, or follow a figure without naming it.
 */

/**
 * Contractions, written here with a straight apostrophe (wordSet adds the typographic one): an auxiliary, a modal
 * or a pronoun run into the word before or after it, never what a figure counts ("sums over $250,000 aren't covered").
 */
const CONTRACTIONS = [
  ...words(
    'an auxiliary or a modal verb with "not"',
    "isn't aren't wasn't weren't ain't don't doesn't didn't hasn't haven't hadn't won't wouldn't can't couldn't shan't shouldn't mustn't mightn't needn't",
  ),
  ...words(
    'a pronoun or a question word with "is", "has" or "us" ("it\'s" is never a possessive)',
    "it's that's there's here's what's who's where's how's he's she's let's",
  ),
  ...words(
    'a pronoun with "are", "am", "have", "will" or "would"',
    "i'm you're we're they're who're i've you've we've they've who've i'll you'll he'll she'll it'll we'll they'll that'll there'll i'd you'd he'd she'd it'd we'd they'd",
  ),
  ...words('a modal verb with "have"', "could've would've should've might've must've"),
];

/** Words that end a noun phrase or cannot be its head. */
export const FUNCTION_WORDS = [
  ...words(
    'a determiner or a quantifier',
    'a an the this that these those its his her their our my your some any all both each every either neither no another other more most less fewer many much several such own same',
  ),
  ...words(
    'a conjunction',
    'and or but nor so yet as than then if when while because since until unless although though whether',
  ),
  ...words(
    'a preposition',
    'of in on at by for from to with without into onto over under about above below between among through throughout during before after against across along around behind beyond near off out up down upon via per within toward towards amid despite including aboard beneath beside alongside underneath',
  ),
  ...words(
    'an auxiliary or a modal verb',
    'is are was were be been being am has have had having do does did will would shall should can could may might must',
  ),
  ...words(
    'a pronoun or a question word',
    'who whom whose which what where why how there here it they them he she we you i us him me',
  ),
  ...words(
    'an adverb of degree, time or focus',
    'not also only just still even again ever never already now very too quite rather almost nearly',
  ),
  ...words('a reporting verb', 'said says say told according'),
  ...CONTRACTIONS,
];

/** Words that follow a figure but are not what it counts: verbs, adverbs, dimension adjectives. */
export const IRREGULAR_PASTS = words(
  'an irregular past tense',
  'left took made saw gave went came held kept told found brought began became hit set put won lost ran paid sold spent sent built drew fell rose grew led met felt stood thought caught fought sought bought taught meant broke chose spoke wrote drove flew knew threw struck',
);
export const NOT_NOUNS = [
  ...IRREGULAR_PASTS,
  ...words(
    'a verb in the present',
    'get gets got make makes take takes go goes come comes become becomes seem seems want wants need needs include includes face faces receive receives expect expects continue continues believe believes remains remain',
  ),
  ...words(
    'an irregular past participle',
    'taken given driven stolen chosen written beaten broken forgotten hidden shaken spoken sworn thrown frozen seen known grown shown flown drawn born worn torn forecast',
  ),
  ...words(
    'an adverb of place, time or manner',
    'worldwide nationwide overall globally abroad altogether apiece overnight today yesterday tonight once twice thrice each away ago apart',
  ),
  ...words('the basis of a change', 'week-on-week month-on-month quarter-on-quarter year-on-year year-over-year'),
  ...words('an adjective of size or age: "10 feet high", "5 years old"', 'long high wide deep tall thick old'),
  ...words(
    'a comparative or a judgement',
    'higher lower more less better worse larger smaller bigger greater effective likely unlikely',
  ),
  ...words('an order in time', 'last next previous past earlier later'),
];

/** Words before a capitalised word that show it starts a name, not a sentence; currency codes are added. */
export const NAME_BEFORE_NUMBER_EXCEPTIONS = [
  ...words(
    'a preposition or a conjunction',
    'in on at by for from to of and or as with after before since until between among during',
  ),
  ...words('a determiner', 'the a an some all another most'),
  ...words(
    'a word of a bound',
    'about around over under nearly almost more less than only just roughly approximately up least fewer',
  ),
];
