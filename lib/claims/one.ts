import { alternatives, wordSet } from './grammar/entries';
import {
  ADDING_WORDS,
  ELIDED_ONE_BEFORE,
  LIST_ITEM_JOINS,
  ONE_CHARGE_HEADS,
  ONE_COUNTED_BEFORE,
  ONE_DESCRIBED_BY,
  ONE_IDIOM_HEADS,
  ONE_MARGIN_AFTER,
  ONE_MARGIN_BEFORE,
  ONE_PART_OF,
} from './grammar/phrase';
import { IRREGULAR_PASTS } from './grammar/function-words';
import { GROUP_NOUNS, REPORTING_VERBS } from './lexicon';
import { namesPeople } from '../compare/people';
import { singular } from './lemma';
import type { NounPhrase } from './noun-phrase';
import type { Claim } from './types';

/**
 * "one" is mostly a pronoun or an idiom ("one of the most", "one day", "the temporary one"), so a bare "one"
 * with a noun after it is a claim only when the sentence counts with it: it is bounded, stressed or added ("at
 * least one dose", "just one dose", "one more dose"), something happened to the one counted ("one person was killed", "killing one
 * person"), or it stands in a list of counts ("three men and one woman", "41 appearances, one goal") or
 * is tallied over one ("one goal in 18 games").
 */

const IDIOM_HEADS = wordSet(ONE_IDIOM_HEADS);
const STRESSED_BEFORE = /\b(?:just|only|a single|one more|exactly)\s+$/i;
const COUNTED_BEFORE = new RegExp(`\\b(?:${alternatives(ONE_COUNTED_BEFORE)})\\s+$`, 'i');
const MARGIN_BEFORE = new RegExp(`(?<!\\bone\\s)\\b(?:${alternatives(ONE_MARGIN_BEFORE)})\\s+$`, 'i');
const MARGIN_AFTER = new RegExp(`^\\s+(?:${alternatives(ONE_MARGIN_AFTER)})\\b`, 'i');
// "64 (64%) had not been vaccinated, ... and one (1%) had": a count told with its share in brackets.
const SHARE_IN_BRACKETS_AFTER = /^\s*\(\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s*\)/i;
// "one more rate hike", "one extra seat": one added to a count is counted; not "one another", a pronoun.
const ADDED_AFTER = new RegExp(`^\\s+(?:${alternatives(ADDING_WORDS.filter((w) => w.word !== 'another'))})\\s`, 'i');
// Between a count's figure and "one": its noun, if it is not shared ("two and one seat"), and a joining word
// ("three men and one woman", "41 appearances, one goal", "17 votes to 16, with one abstention").
// A verb in the past may open the item: "blocked four shots, made one interception".
const LISTED_AFTER = new RegExp(
  `^(?:\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+)?\\s*(?:,\\s*(?:(?:${alternatives(LIST_ITEM_JOINS)})\\s+)?|\\s+and\\s+)(?:(?:\\p{Ll}+ed|${alternatives(IRREGULAR_PASTS)})\\s+)?$`,
  'u',
);
// Between the noun after "one" and the next count: "one goal, three assists"; a tally of it over a count,
// "one goal in 18 games", "one win from five matches".
const LISTED_BEFORE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+(?:in|from)\s+)$/;

// "one person has been hospitalized", "one man was arrested": something was done to the one counted, whatever
// the verb; a short description may come between ("one girl under the age of 2 was diagnosed").
const PASSIVE_AFTER = new RegExp(
  `^(?:\\s+(?:${alternatives(ONE_DESCRIBED_BY)})(?:\\s+[\\p{L}\\d]+){1,4}?)?\\s+(?:(?:has|have|had)\\s+been|was|were|is|are)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+(?:ed|en|wn|ne)|${alternatives(IRREGULAR_PASTS)})\\b`,
  'u',
);

// "two from Castilla and one in Andalusia", "two for a half point, and one for a pause": the last of a list of
// counts, its noun left out as theirs was.
const LIST_END_BEFORE = /(?:,\s*(?:and|plus)?|\s+(?:and|plus))\s+$/;
const ELIDED_AFTER = new RegExp(`^\\s+(?:${alternatives(ELIDED_ONE_BEFORE)})\\b`, 'i');

// One item of a list, up to its comma: "of substances suspected to be cocaine, ".
const LIST_ITEM = /^[^,;.()]*,\s*(?:and\s+)?$/;
// "5%, one analyst said, and 7 stores": an item that tells, not one counted.
const tellsOf = (item: string) => item.split(/[^\p{L}]+/u).some((w) => REPORTING_VERBS.has(w.toLowerCase()));
const CLAUSE_JOIN = /(?:,\s*(?:and|while|but|whereas)|;)\s/;
const VERB_BEFORE_ONE = new RegExp(`(?:\\p{Ll}+ed|${alternatives(IRREGULAR_PASTS)})\\s+$`, 'u');
const CLAUSE_END_AFTER = /^\s*(?:[.,;:)]|$)/;
const CHARGE_HEADS = new Set(ONE_CHARGE_HEADS.map((h) => h.word));
const OF_AFTER = /^\s+of\b/;
const GLOSS_AFTER = /^\s*\([^()\d]{1,40}\)/;
// "one of them", "one of those": a part of the whole a count before it in the sentence counted.
const PART_OF_AFTER = new RegExp(`^\\s+of\\s+(?:${alternatives(ONE_PART_OF)})\\b`, 'i');

/** A count other than one: what a bare "one" may end a list of. */
export const isCount = (c: Claim | undefined) => c !== undefined && c.kind === 'count' && c.value !== 1;

/**
 * Whether a bare "one" followed by `after` is a claim; `previous` and `next` are the claims around it,
 * `lastCount` the last count before it ("two for a half point hike, and one for a pause"), and `counts` the
 * text's other claims.
 */
export function countsOne(
  text: string,
  claim: Claim,
  after: NounPhrase | null,
  previous: Claim | undefined,
  next: Claim | undefined,
  lastCount: Claim | undefined,
  counts: readonly Claim[] = [],
): boolean {
  const lead = text.slice(Math.max(0, claim.start - 12), claim.start);
  if (COUNTED_BEFORE.test(lead) || SHARE_IN_BRACKETS_AFTER.test(text.slice(claim.end, claim.end + 16))) return true;
  if (MARGIN_AFTER.test(text.slice(claim.end, claim.end + 10))) return true;
  if (MARGIN_BEFORE.test(lead) && !(after && (after.partitive || IDIOM_HEADS.has(singular(after.head.toLowerCase())))))
    return true;
  if (PART_OF_AFTER.test(text.slice(claim.end, claim.end + 16)))
    return counts.some((c) => c.sentenceStart === claim.sentenceStart && c.end <= claim.start && isCount(c));
  // "one or two are still alive", "one to three were hurt": a range from one is never the pronoun, noun or none.
  if (claim.qualifier === 'range' && claim.high !== null && claim.high > 1) return true;
  if (!after) {
    if (!isCount(lastCount) || lastCount!.sentenceStart !== claim.sentenceStart || claim.start - lastCount!.end >= 100)
      return false;
    const between = text.slice(Math.max(previous?.end ?? 0, lastCount!.end), claim.start);
    return (
      (LIST_END_BEFORE.test(between) && ELIDED_AFTER.test(text.slice(claim.end, claim.end + 12))) ||
      // "Plaid Cymru secured two seats, and the Liberal Democrats attained one.": a clause that repeats the count's
      // verb for another holder, its noun left out, the "one" ending it.
      (CLAUSE_JOIN.test(between) &&
        VERB_BEFORE_ONE.test(between) &&
        CLAUSE_END_AFTER.test(text.slice(claim.end, claim.end + 3)))
    );
  }
  if (after.partitive) return false;
  const head = singular(after.head.toLowerCase());
  // "pleaded guilty to one count of wire fraud": a charge counted, "of" and the offence after it ("by one count"
  // is a reckoning).
  if (CHARGE_HEADS.has(head) && OF_AFTER.test(text.slice(after.end, after.end + 4)) && !MARGIN_BEFORE.test(lead))
    return true;
  if (IDIOM_HEADS.has(head)) return false;
  if (
    claim.qualifier !== 'exact' ||
    STRESSED_BEFORE.test(text.slice(Math.max(0, claim.start - 12), claim.start)) ||
    ADDED_AFTER.test(text.slice(claim.end, after.start))
  )
    return true;
  // "one bogie (train wagon) has been found": a gloss in brackets after the noun is read over.
  const gloss = GLOSS_AFTER.exec(text.slice(after.end, after.end + 44))?.[0].length ?? 0;
  if (PASSIVE_AFTER.test(text.slice(after.end + gloss, after.end + gloss + 40))) return true;
  // "One miner died", "killed one fisherman": what befell a person counted; any kind of person WordNet knows.
  if (claim.quantity.event && (namesPeople(head) || GROUP_NOUNS.has(head))) return true;
  // "The airline cancelled one flight", "destroyed one house": the object of an event's verb, counted by it.
  if (claim.quantity.event && VERB_BEFORE_ONE.test(lead)) return true;
  // "34 had received one dose ..., and one had received two doses": the sentence counts the same thing in figures.
  if (counts.some((c) => c.sentenceStart === claim.sentenceStart && isCount(c) && c.quantity.lemma === head))
    return true;
  const listed = (c: Claim | undefined, between: string, join: RegExp) =>
    c !== undefined && c.sentenceStart === claim.sentenceStart && isCount(c) && join.test(between);
  return (
    listed(previous, previous ? text.slice(previous.end, claim.start) : '', LISTED_AFTER) ||
    listed(next, next ? text.slice(after.end, next.start) : '', LISTED_BEFORE) ||
    // "15 grams of cocaine, one compressed sack of hemp, seven packets of tramadol": an item between two items of a
    // list of counts, each told with what it is of.
    (previous?.sentenceStart === claim.sentenceStart &&
      LIST_ITEM.test(text.slice(previous.end, claim.start)) &&
      listed(next, next ? text.slice(claim.end, next.start) : '', LIST_ITEM) &&
      !tellsOf(text.slice(after.end, next!.start)))
  );
}
