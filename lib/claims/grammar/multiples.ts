import { phrases, words, type Entry } from './entries';

/**
 * Words that are a multiple by themselves ("sales doubled", "tripling its stake", "a fourfold rise"): a claim
 * with its factor and no unit, as "twice" is (test/fixtures/specs/README.md: "a multiple is a claim with its
 * factor"). A form that is also an adjective or a noun ("a double murder", "the triple jump", "won the doubles")
 * is read only where the words around it show it multiplies (lib/claims/atoms.ts).
 */
export interface MultipleWord extends Entry {
  factor: number;
  /** Also an adjective or a noun: read only between the words of `MULTIPLYING_BEFORE` and `MULTIPLIED_AFTER`. */
  ambiguous?: true;
}

const multiples = (factor: number, reason: string, list: string, ambiguous?: true): MultipleWord[] =>
  list.split(' ').map((word) => ({ word, factor, reason, ...(ambiguous && { ambiguous }) }));

const BECOMING = 'a verb of becoming so many times as much';
const ALSO_A_NAME = `${BECOMING}, also an adjective or a noun ("a double murder", "the triple jump", "won the doubles")`;

export const MULTIPLE_WORDS: MultipleWord[] = [
  ...multiples(
    0.5,
    'a verb of becoming half as much ("the number has halved"); "halves" are also two parts',
    'halved halving',
  ),
  ...multiples(2, BECOMING, 'doubled doubling'),
  ...multiples(2, ALSO_A_NAME, 'double doubles', true),
  ...multiples(3, BECOMING, 'tripled tripling trebled trebling'),
  ...multiples(3, ALSO_A_NAME, 'triple triples treble trebles', true),
  ...multiples(4, BECOMING, 'quadrupled quadrupling'),
  ...multiples(4, ALSO_A_NAME, 'quadruple quadruples', true),
  ...multiples(5, BECOMING, 'quintupled quintupling'),
  ...multiples(5, ALSO_A_NAME, 'quintuple', true),
  ...multiples(2, 'a multiple said with -fold ("a twofold rise")', 'twofold'),
  ...multiples(3, 'a multiple said with -fold', 'threefold'),
  ...multiples(4, 'a multiple said with -fold', 'fourfold'),
  ...multiples(5, 'a multiple said with -fold', 'fivefold'),
  ...multiples(6, 'a multiple said with -fold', 'sixfold'),
  ...multiples(10, 'a multiple said with -fold', 'tenfold'),
  ...multiples(100, 'a multiple said with -fold', 'hundredfold'),
];

/** Right before an ambiguous form, these show it multiplies: "more than double", "set to triple", "will double". */
export const MULTIPLYING_BEFORE: Entry[] = [
  ...phrases(
    'a bound on a multiple',
    'more than, less than, nearly, almost, about, around, roughly, over, close to, at least, up to',
  ),
  ...phrases('a modal or "to" before a verb', 'to, will, would, could, can, may, might, should, must, did, does'),
];

/** Right after an ambiguous form, what it multiplies: "double the 8% offered", "triple its seats", "triple what they were". */
export const MULTIPLIED_AFTER = words(
  'a determiner or a pronoun that opens what is multiplied',
  'the its their his her our your what that this these those',
);

/** After any form, no multiple: a phrasal verb ("doubled down") or a second role ("doubles as a venue"). */
export const NOT_MULTIPLYING_AFTER: Entry[] = [
  ...phrases('a phrasal verb', 'down, up'),
  ...phrases(
    'a second role: "the hall doubled as a hospital"',
    'as a, as an, as the, as its, as their, as his, as her',
  ),
];

/**
 * Comparatives after a fraction that make it a share of a change with no "of": "a third lower risk", "a quarter
 * cheaper", "two-fifths more"; not an ordinal ("a third term", "a fifth straight loss").
 */
export const COMPARED_BY_FRACTION = words(
  'a comparative that a fraction before it measures',
  'more less fewer lower higher smaller larger bigger greater cheaper dearer faster slower longer shorter heavier lighter',
);

/**
 * Verbs of a share before a fraction that ends the clause, which make it a share with no "of": "other renewables
 * account for a quarter.", "women make up a third, the report found".
 */
export const SHARED_AS_FRACTION = phrases(
  'a verb of a part of a whole, before the part',
  'account for, accounts for, accounted for, accounting for, make up, makes up, made up, making up, represent, represents, represented, comprise, comprises, comprised',
);

/**
 * Between a bounded "half" and the participle after it, the auxiliaries of a passive: "about half were released",
 * "nearly half have been vaccinated" tell a share of the people or things the sentence is about, as "nearly half
 * counted" does.
 */
export const HALF_PASSIVE_AUXILIARIES = words(
  'a form of "be" or "have" before a participle: the half is the passive\'s subject',
  'were was are is have has had been',
);

/**
 * Plural parts that after a numerator are always a share, even ending the clause with no "of": "a decrease of around
 * two thirds". Not "quarters" nor "halves", which also count parts of a year or a match ("for two quarters").
 */
export const SHARE_DENOMINATORS = words('a plural part that counts no period', 'thirds fifths tenths');

/** Verbs that "in half" after them measures, a fall of 50%: "cut its exemption in half", "slashed prices in half". */
export const HALVED_BY = words(
  'a cut or a fall that "in half" measures',
  'cut cuts cutting slash slashed slashes slashing reduce reduced reduces reducing trim trimmed trims trimming shrank shrunk shrink shrinks fell fallen fall falls dropped drop drops',
);
