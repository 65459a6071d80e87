import { alternativesOf } from '../alternatives';
import { CALENDAR_WORDS } from '../claims/grammar/calendar';
import { overlapping } from './interval';
import type { Comparable } from './related';

/**
 * Words that tell a count as the final result of a vote or a tally, each with why: once published, a final result
 * is one figure for each party, and a count of the same party's seats reported no earlier cannot be another.
 */
export const FINAL_RESULT_WORDS: { words: string; reason: string }[] = [
  { words: 'final results', reason: '"182 seats, according to the final results published by the Interior Ministry"' },
  { words: 'final result', reason: '"the final result gave the Greens 14 seats"' },
  { words: 'final figures', reason: '"according to final figures released by the electoral commission"' },
  { words: 'final count', reason: '"the final count gave the Liberals 41 seats"' },
  { words: 'final tally', reason: '"the final tally showed the party on 143 seats"' },
  { words: 'official results', reason: '"official results show the party won 87 seats"' },
];
const FINAL = new RegExp(`\\b(?:${alternativesOf(FINAL_RESULT_WORDS)})\\b`, 'i');

/** What a sentence says of a count as a result: whether it is final, and who its clause names before the figure. */
export interface Result {
  final: boolean;
  /** The names of the figure's clause before it ("The leftist New Popular Front alliance ... has secured 178"), lower-cased. */
  owners: readonly string[];
}

// A run of capitalised words, possessive dropped: "Emmanuel Macron's", "New Popular Front".
const NAME = /\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
// Where the figure's clause starts: after the figure before it, or after a clause break.
const CLAUSE_START = /(?:\d[\d,.]*|[;:]|\bwhile\b|\bwhereas\b)[^\d;:]*$/iu;

/**
 * The result the figure at `offset` is told as, read when asked: only a count whose sentence or whose candidate's
 * tells a final result is ever read.
 */
export function resultReader(sentence: string, offset: number): () => Result {
  let result: Result | undefined;
  return () => {
    if (result) return result;
    const before = sentence.slice(0, offset);
    let start = CLAUSE_START.exec(before)?.index ?? 0;
    // After another figure, the words up to the next comma or "and" are that figure's ("32 for the Greens and 2 for
    // the Liberals"); a clause break ends its words itself.
    if (/^\d/.test(before.slice(start))) {
      const end = /,|\band\b/.exec(before.slice(start));
      start = end ? start + end.index + end[0].length : offset;
    }
    const owners: string[] = [];
    for (const m of before.slice(start).matchAll(NAME)) {
      // The sentence's first word is capitalised whatever it is ("The", "Second").
      const words = m.index + start === 0 ? m[0].split(/\s+/).slice(1) : m[0].split(/\s+/);
      const name = words
        .join(' ')
        .replace(/['’]s$/u, '')
        .toLowerCase();
      if (name && !CALENDAR_WORDS.has(name)) owners.push(name);
    }
    return (result = { final: FINAL.test(sentence), owners });
  };
}

/** "emmanuel macron" and "macron" name one; "new popular front" and "front national" do not. */
const oneName = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/**
 * One party's count in a final result and another report's of the same party, told no earlier ("has secured 178
 * seats", "won ... with 182 seats, according to the final results"): a final result gives one figure for each party, so
 * two that cannot both hold contradict each other. The party is a name both clauses give before their figures; the
 * frames' place field has already kept a region's seats from the country's.
 */
export function oneFinalResult(a: Comparable, b: Comparable): boolean {
  if (!a.result || !b.result || a.frame.kind !== 'count' || b.frame.kind !== 'count') return false;
  if (a.frame.head === '' || a.frame.head !== b.frame.head || a.frame.earlier || b.frame.earlier) return false;
  const [ra, rb] = [a.result(), b.result()];
  if (!ra.final && !rb.final) return false;
  const [final, other] = ra.final ? [a, b] : [b, a];
  const [day, otherDay] = [final.frame.when.reported, other.frame.when.reported];
  if (day === undefined || otherDay === undefined || otherDay < day) return false;
  if (overlapping(a, b)) return false;
  return ra.owners.some((x) => rb.owners.some((y) => oneName(x, y)));
}
