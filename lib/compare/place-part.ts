import { intervalOf } from './interval';
import type { Comparable } from './related';
import { placeOf } from './same-quantity';

/** Whether a claim's text speaks of a place: among its topics, its title's words or its sentence's words. */
const speaksOf = (f: Comparable, place: string) =>
  f.topics.includes(place) || place.split(' ').every((w) => f.frame.words.has(w) || f.titleWords?.has(w) === true);

/**
 * Words by which a sentence tells what one site of a wider event holds, each with why: a count told there is a part
 * of the event's, as a named place's is.
 */
const SITE_WORDS: { word: string; reason: string }[] = [
  {
    word: 'scene',
    reason: '"rescuers at the scene said 150 are unaccounted for": what one scene holds, of a disaster with many',
  },
  { word: 'site', reason: '"42 workers were on the site when it fell": what one site holds, of a toll over many' },
];
const atSite = (f: Comparable) => SITE_WORDS.some(({ word }) => f.frame.words.has(word));

/**
 * A count said of a place ("120 homes were destroyed in the upper valley") below a count whose text never names
 * that place ("more than 300 homes were destroyed"): the other counts a wider whole the place is a part of, and a
 * part below its whole is no contradiction. Not when the other's text speaks of the place (its count, naming no
 * place, may be the place's own: "held in Gaza" in a story about Gaza), nor when the place's count is above the
 * other (then the other is the whole's or another part's, and may contradict it). Counts only: a place's rate or
 * price is no part of a wider one.
 */
export function partOfWiderCount(a: Comparable, b: Comparable): boolean {
  if (a.frame.kind !== 'count' || b.frame.kind !== 'count') return false;
  const [pa, pb] = [placeOf(a.frame), placeOf(b.frame)];
  // Neither names a place: one site's count against a count told of no site (SITE_WORDS).
  if (pa === '' && pb === '') {
    const [sa, sb] = [atSite(a), atSite(b)];
    return sa !== sb && below(sa ? a : b, sa ? b : a);
  }
  if (pa !== '' && pb !== '') return false;
  const [part, whole, place] = pa ? [a, b, pa] : [b, a, pb];
  return !speaksOf(whole, place) && below(part, whole);
}

/** The part's figure, however bounded, below every figure the whole's admits. */
const below = (part: Comparable, whole: Comparable) => intervalOf(part)[1] < intervalOf(whole)[0];

/**
 * A count its own words say of one named member ("11 died in the Eaton fire", "300 jobs go at the Northgate plant")
 * against a count said of several of that noun ("16 deaths from the fires", "the plants employ 900"): the one is a part
 * of the other. Not when the other also names a member by that noun (it may be the member's own count), nor when the
 * noun is what either counts ("11 deaths" and "16 deaths").
 */
const counts = (f: Comparable, noun: string) => f.frame.head === noun || f.frame.countedWords.has(noun);

export function memberOfSeveral(part: Comparable, whole: Comparable): boolean {
  if (part.frame.kind !== 'count' || whole.frame.kind !== 'count') return false;
  const [one, several] = [part.frame.members, whole.frame.members];
  for (const noun of one.named)
    if (several.plural.has(noun) && !several.named.has(noun) && !counts(part, noun) && !counts(whole, noun))
      return true;
  return false;
}

/**
 * A count of one member that may be a part of a count of several: a member's count not above the whole's (at or
 * below, "at least 10 dead in the Palisades fire" against "the fires have killed 10"): compatible, neither the same
 * figure nor a contradiction.
 */
export const memberWithin = (part: Comparable, whole: Comparable): boolean =>
  memberOfSeveral(part, whole) && intervalOf(part)[0] <= intervalOf(whole)[1];
