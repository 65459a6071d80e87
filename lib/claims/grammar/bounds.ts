import type { Kind } from '../types';
import { phrases, words } from './entries';

/**
 * Bounds news writes around a figure. Every matcher of bounds, and the first-character filters that
 * keep them cheap, is made from these lists (lib/claims/expression.ts), so a new bound is one line here.
 */
export type Bound = 'at_least' | 'at_most' | 'approx';

export interface BoundPhrase {
  phrase: string;
  bound: Bound;
  reason: string;
}

const entries = (bound: Bound, reason: string, list: string): BoundPhrase[] =>
  list.split(',').map((phrase) => ({ phrase: phrase.trim(), bound, reason }));

/** Approximations that make the figure an upper estimate: "nearly 100" is just under 100. */
export const APPROACHING_BOUNDS = [
  ...entries('approx', 'the band just under the figure ("nearly 100")', 'nearly, almost'),
  ...entries(
    'approx',
    'the band just under a figure told with an article: "nearly a 20-point lead"',
    'nearly a, nearly an, almost a, almost an',
  ),
];

/**
 * Words of an increment that may stand between a bound and its figure, which the bound still bounds: "at least
 * another £1,400", "about an additional £6bn", "more than a further 500 jobs".
 */
export const INCREMENTS_AFTER_BOUND = phrases(
  'an amount added to one told before',
  'another, an additional, a further, an extra, additional, further, extra',
);

/**
 * Estimates said of a verb whose object is the figure, which they still make an estimate: "almost sliced two minutes
 * off the record", "nearly reaching 19.6 million". The verb stands between, in a past or a present participle form.
 */
export const ESTIMATES_BEFORE_VERB = words(
  'an adverb of nearness, which reaches the amount the verb takes',
  'almost nearly',
);

/**
 * Nouns of a level named by its figure, after which an estimate before "the" still makes the figure an estimate:
 * "around the 4.5% mark", "near the $20 billion mark".
 */
export const LEVELS_NAMED_BY_FIGURE = words('a level the figure names', 'mark level threshold barrier');

/** Written before a figure: "more than 105", "about 20", "tops 18,000". */
export const BOUNDS_BEFORE: BoundPhrase[] = [
  ...entries(
    'at_least',
    'a floor: the figure or more',
    'no fewer than, no less than, more than, greater than, at least',
  ),
  ...entries('at_least', 'a floor, in finance and official copy', 'upwards of, upward of, in excess of, a minimum of'),
  ...entries('at_least', 'just or well past the figure', 'just over, well over, over, exceeding, above, north of'),
  ...entries('at_least', 'past the figure, said as a place: "the work went beyond 50 hours"', 'beyond, well beyond'),
  ...entries(
    'at_least',
    'a little past the figure',
    'a little over, a little more than, a bit over, a bit more than, slightly over, slightly more than',
  ),
  ...entries(
    'at_least',
    'a floor in headline verbs: "the toll tops 18,000"',
    'topped, tops, topping, exceeded, exceeds',
  ),
  ...entries(
    'at_least',
    'a floor told by "top" as a verb, after a modal or "to": "likely to top 1.1 million", "could top 500"',
    'to top, will top, would top, could top, may top, might top, can top, should top, must top',
  ),
  ...entries(
    'at_least',
    'a floor in headline verbs: "could pass 25,000"',
    'surpassed, surpasses, surpass, passed, pass',
  ),
  ...entries('at_least', 'a floor in headline verbs: "set to cross $200 million"', 'crossed, crosses, cross, crossing'),
  ...entries('at_least', 'the least it can be: "prices as low as $5"', 'as low as'),
  ...entries('at_least', 'a comparison upwards: "a magnitude higher than 8"', 'higher than, larger than, bigger than'),
  ...entries(
    'at_least',
    'a comparison upwards of a rate or a score: "clicking at better than 30 percent"',
    'better than',
  ),
  ...entries('at_least', 'the signs', '>, ≥'),
  ...entries('at_least', 'a floor whose "than" hurried copy dropped: "there were more 15,000 people"', 'more'),
  ...entries(
    'at_least',
    'a floor before a figure told with an article: "more than an 84 percent increase"',
    'more than a, more than an',
  ),
  ...entries('at_least', 'a comparison of ages: "older than 4 billion years"', 'older than'),
  ...entries('at_least', 'a comparison of lengths: "waiting much longer than 62 days"', 'longer than'),
  ...entries('at_least', 'a floor in headline verbs: "APRs that exceed 22%"', 'exceed'),
  ...entries(
    'at_least',
    'a floor said as a place gone by: "the toll climbs past 500", "bids went past $130 million"',
    'past',
  ),
  ...entries('at_most', 'a ceiling: the figure or less', 'no more than, fewer than, less than, up to, at most'),
  ...entries('at_most', 'a ceiling said as a size', 'as many as, as much as, as high as, a maximum of'),
  ...entries(
    'at_most',
    'the most a law allows: "faces a maximum sentence of 10 years", "a maximum fine of 20 million euros"',
    'maximum fine of, maximum penalty of, maximum sentence of, maximum term of, maximum jail term of, maximum prison term of',
  ),
  ...entries('at_most', 'a ceiling said as a distance: "within 1% of its high"', 'within'),
  ...entries(
    'at_most',
    'a ceiling on a span of time: "within the next three years"',
    'within the next, within the past, within the last, within the first',
  ),
  ...entries(
    'at_most',
    'a ceiling on the time something took: "within a mere 12 hours", "in the span of 24 hours"',
    'within a mere, within just, within only, in the span of, in the space of',
  ),
  ...entries('at_most', 'just short of the figure', 'just under, under, below'),
  ...entries('at_most', 'a comparison downwards', 'lower than, smaller than'),
  ...entries(
    'at_most',
    'a ceiling before a figure told with an article: "less than a 5% chance"',
    'less than a, less than an',
  ),
  ...entries('at_most', 'a comparison of ages: "younger than 4 billion years"', 'younger than'),
  ...entries('at_most', 'a comparison of lengths: "a wait shorter than 18 weeks"', 'shorter than'),
  ...entries('at_most', 'the signs', '<, ≤'),
  ...entries('at_most', 'a prefix glued to the figure: "sub-500 sq ft"', 'sub-'),
  ...entries('approx', 'an estimate', 'approximately, an estimated, estimated, an approximate, roughly, circa, ~'),
  ...entries('approx', 'an estimate', 'around, about, some, close to'),
  ...entries(
    'approx',
    'an estimate said as a comparison: "might have been closer to 20"',
    'closer to, closer to a, closer to an',
  ),
  ...entries(
    'approx',
    'an estimate before a figure told with an article: "close to a 4c per litre decrease"',
    'close to a, close to an',
  ),
  ...entries(
    'approx',
    'an estimate said as a valuation: "losses approximated at Sh64 million"',
    'estimated at, approximated at',
  ),
  ...entries(
    'approx',
    'an estimate before a figure told with an article: "about a 10% rise", "roughly a $5 billion loss"',
    'about a, about an, roughly a, roughly an, approximately a, approximately an',
  ),
  ...entries(
    'at_least',
    'a floor before a figure told with an article: "at least a 5% cut"',
    'at least a, at least an',
  ),
  ...entries(
    'at_least',
    'a floor on a span of time: "for at least the next five years"',
    'at least the next, at least the first, at least the last, at least the past',
  ),
  ...entries('at_most', 'a ceiling before a figure told with an article: "up to a 15% discount"', 'up to a, up to an'),
  ...entries('approx', 'an estimate said as a place near the figure', 'in the vicinity of, in the region of, near'),
  ...entries('approx', 'an estimate said as a likeness', 'roughly equal to, about equal to, approximately equal to'),
  ...APPROACHING_BOUNDS,
];

/**
 * Words right before a bound phrase that make it no bound: the figure is then exact. "worried about $12.5
 * billion" is about a sum, not near it; "after falling as low as 10,557" is the level a market reached.
 */
/** `kinds`: the kinds of figure the entry cancels the bound of, when not every kind. */
export const BOUNDS_CANCELLED: { phrase: string; before: string[]; reason: string; kinds?: Kind[] }[] = [
  ...['about', 'about a', 'about an'].map((phrase) => ({
    phrase,
    before:
      'worried worry worries concerned concern concerns anxious nervous fears fear talked talk talks spoke speak asked ask questions question know knew learned care cares complained upset angry optimistic pessimistic excited news information details'.split(
        ' ',
      ),
    reason: '"about" means concerning after a word of worry, speech or knowledge',
  })),
  ...['as low as', 'as high as'].map((phrase) => ({
    phrase,
    before:
      'fell fallen falling fall falls dropped dropping dipped dipping sank sunk sinking slid sliding slumped plunged rose risen rising rise rises climbed climbing jumped jumping soared soaring surged surging traded trading went going hit reached touched'.split(
        ' ',
      ),
    reason: 'after a verb of movement the phrase gives the level reached, not a bound',
  })),
  {
    phrase: 'more',
    before: 'one two three no any some many much even far lot few once the'.split(' '),
    reason: '"one more 10-minute break", "no more 500-euro notes": "more" adds to what follows, no bound',
  },
  {
    phrase: 'over',
    before:
      'hand hands handed handing turn turns turned turning sign signs signed signing take takes took taken taking give gives gave given giving hang hangs hung hanging loom looms loomed looming preside presides presided presiding'.split(
        ' ',
      ),
    reason:
      '"handed over 23 captives", "took over 40 stores", "notices could hang over 1.26 million vehicles": after a verb it makes one of, "over" is no floor',
  },
  {
    phrase: 'around',
    before: 'stick sticks stuck sticking'.split(' '),
    kinds: ['duration'],
    reason:
      '"the flu is sticking around another nine weeks": "stick around" is a verb of staying, its "around" no estimate of the length; "prices stuck around $5" still estimates',
  },
  {
    phrase: 'past',
    before:
      'the this these those its his her their our my your recent half quarter during over for in within across throughout through'.split(
        ' ',
      ),
    reason:
      '"over the past 17 days", "their past 10 games", "during past 30 years": after a determiner or a preposition "past" means the last, and "half past 10" is a clock',
  },
  {
    phrase: 'up to',
    before:
      'bumped ramped scaled stepped moved went gone goes going shot pushed pumped jumped climbed revved now'.split(' '),
    reason:
      '"bumped up to 65 W", "have gone up to Rs 80", "is now up to 68 cases": after a verb of raising or "now" the phrase gives the level reached, not a ceiling',
  },
  {
    phrase: 'under',
    before: 'serve serves served serving'.split(' '),
    kinds: ['count'],
    reason:
      '"served under eight different mayors": after "serve" it names who led, no ceiling; "served under 10 years" bounds',
  },
];

/**
 * Words right after the figure that make a bound before it no bound: "sales are up to $6.86 billion from $5.42
 * billion" gives the level reached from an older one, not a ceiling. A figure must follow the word.
 */
export const BOUNDS_CANCELLED_AFTER: { phrase: string; after: string[]; reason: string }[] = [
  {
    phrase: 'up to',
    after: ['from', 'by age', 'by the age of'],
    reason:
      '"up to $6.86 billion from $5.42 billion", "was up to two packs a day by age 13": a level risen to from an older one or by an age, not a ceiling',
  },
];

/**
 * Before a floor or a ceiling, words that turn it over: "has never been above 70%" is at most 70, "not less
 * than 5" at least 5. A verb may stand between ("never fell below").
 */
export const NEGATIONS = words('a negation turns a floor into a ceiling and back', 'never not');
export const NEGATED_VERBS = words(
  'a verb between the negation and the bound',
  'been gone risen fallen dropped climbed got gotten was were is are be fell rose went',
);

/**
 * A negative quantifier opening the clause turns a floor or a ceiling in it over, as "never" does: "no state had a
 * rate over 35 percent" is at most 35, "no nation has graduation rates above 50%" at most 50.
 */
export const NEGATIVE_SUBJECTS = words(
  'a negative quantifier, the subject of the clause',
  'no nothing none nobody neither',
);
/**
 * Between a negative quantifier and the bound, words that open another clause, which the negation does not reach:
 * "no one knows whether more than 100 died", "there is no sign that over 5% left".
 */
export const NEGATION_ENDS = [
  ...words(
    'opens a clause of its own',
    'that whether if because when while although and but which who where than knows know knew doubt doubts said says',
  ),
  ...words(
    'a modal: "no patient should wait longer than 12 hours" sets a target, the bound names the waits it rules out',
    'should must may might can could will would shall',
  ),
];

/**
 * Prepositions that open a phrase inside the negative quantifier's own noun phrase, before its verb: a bound after a
 * chain of them sizes what the subject is drawn from, which the quantifier does not deny ("nobody in the town of over
 * 20,000 people had heard" still names a town of over 20,000).
 */
export const QUANTIFIER_PHRASE_PREPOSITIONS = words(
  'opens a phrase that qualifies the noun of "no", "none", "nobody"',
  'in of at from among across within with',
);
/**
 * Before a length of time after a negative quantifier, a word that makes it how long the negation held, not what it
 * denies: "no rain fell for more than 30 days" had a dry spell of over 30 days. After a verb of waiting, spending or
 * lasting (TIME_SPENDING_VERBS) the length is what each subject spent, and the quantifier turns it over ("no patient
 * waited for more than 12 hours").
 */
export const NEGATION_HELD_FOR = words('"for more than 30 days": the stretch over which nothing happened', 'for');

/**
 * Right before a bound, words that make it the size of a noun phrase, which a negative quantifier before it does not
 * reach: "none of the more than 200 passengers was hurt" still had over 200 passengers.
 */
export const NEGATION_UNREACHED_AFTER = words(
  'a definite determiner or possessive: the bound sizes a group named, not what the clause denies',
  'the these those its their his her our your',
);

/** Verbs whose object is a length of time a subject waited, spent or lasted ("waited over 104 days"). */
export const TIME_SPENDING_VERBS = [
  ...words('"had waited over 104 days": a wait that exceeded the length', 'wait waits waited waiting'),
  ...words(
    '"patients spent over 12 hours in A&E", "the storm lasted over six hours": a time spent or lasted, exceeded',
    'spend spends spent spending last lasts lasted lasting',
  ),
];

/** Before a span word (SPANS_BEFORE_DURATION) and a length of time, words that make it a floor after all: "for over 13 years". */
export const OVER_TIME_AS_FLOOR = [
  ...words('"for over 13 years": a length of time exceeded', 'for in after of than since'),
  ...TIME_SPENDING_VERBS,
];

/** After a span word and a length of time, words that make it a floor: "over 3 years of experience" is a length held. */
export const OVER_TIME_AS_FLOOR_AFTER = words('"over 3 years of experience": a length held, which it exceeds', 'of');

/** After a span word and a length of time, a word that makes it an age exceeded: "the Sun is over 4.6 billion years old". */
export const OVER_TIME_AS_AGE_AFTER = words('"over 300 years old": an age exceeded, a floor', 'old');

/** Bounds that before a length of time say the span it took, not a floor: "over two days". */
export const SPANS_BEFORE_DURATION = words('"talks over two days" took two days, not more', 'over');

/** The phrases of `APPROACHING_BOUNDS`, asked about every approximate figure. */
export const APPROACHING = new Set(APPROACHING_BOUNDS.map((b) => b.phrase));

/** Written after a figure: "50 or more", "20 or so", "157+". */
export const BOUNDS_AFTER: BoundPhrase[] = [
  ...entries('at_least', 'a floor after the figure', 'or more, and more, and over, and above, or higher, or above'),
  ...entries(
    'at_least',
    'a floor said as a size after the figure: "waited four hours or longer"',
    'or longer, or greater, or larger, or bigger, or older',
  ),
  ...entries('at_most', 'a ceiling after the figure', 'or fewer, or less, and under, or lower, or below'),
  ...entries('at_most', 'a ceiling said as a size after the figure', 'or shorter, or smaller, or younger'),
  ...entries('approx', 'an estimate after the figure', 'or so, give or take'),
  ...entries(
    'approx',
    'an estimate marked in brackets after the figure: "Rs 1 crore (approx)"',
    '(approx), (approx.), (approximately), (est.), (estimated)',
  ),
];

/** Glued to the figure after it: "157+", "50-plus". */
export const GLUED_BOUNDS_AFTER: BoundPhrase[] = [
  { phrase: '+', bound: 'at_least', reason: 'the sign: "157+ mph"' },
  { phrase: '-plus', bound: 'at_least', reason: '"a 50-plus majority"' },
];

/** Between a unit named first and its figure: "a magnitude higher than 8", "magnitude of about 6". */
export const BOUNDS_AFTER_UNIT_NAME = [
  ...phrases(
    'a comparison after the unit',
    'higher than, greater than, more than, larger than, lower than, less than, smaller than',
  ),
  ...phrases('an estimate or a bound after the unit', 'about, around, nearly, almost, over, under, some'),
  ...phrases(
    'a ceiling or a floor after the unit: "magnitudes as high as 6.8", "a magnitude of up to 5"',
    'up to, as high as, as much as, at most, at least, as low as, no more than, no less than',
  ),
  ...phrases('an estimate named after the unit: "a magnitude of an estimated 6.1"', 'an estimated, estimated, roughly'),
];
