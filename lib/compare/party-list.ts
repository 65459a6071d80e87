import { CALENDAR_WORDS } from '../claims/grammar/calendar';
import { FUNCTION_WORDS } from '../claims/lexicon';
import { memoized } from '../claims/memo';
import { changedFrom } from './changed-from';
import { frameOf, ownPart, type Frame } from './frame';
import type { Comparable } from './related';
import { sentenceClaims } from './sentence-claims';
import { fieldGrade } from './same-quantity';

/**
 * A figure one of several its sentence gives for one thing at once, each of its own party: "Japan at 24 percent,
 * South Korea at 25 percent", "the euro zone grew 0.3% and Britain 0.1%", "a new 34% levy on top of the existing 20%".
 * The sentence shows that the thing takes a figure per party, so what is counted alone does not say which figure a
 * figure elsewhere is: it contradicts only one whose own words name the same party.
 */
export interface Listed {
  /** Whether the sentence gives another item of its list (`itemsOfOneList`; not a figure a change came from). */
  listed: boolean;
  /**
   * The names the figure's own part gives before it, lower-cased ("japan" in "..., Japan at 24 percent"): its party
   * as a list item states it. Empty when a modifier tells the items apart ("the existing 20%").
   */
  party: readonly string[];
  /** Every word of the figure's own part (from the figure before it to the figure after it), lower-cased. */
  words: ReadonlySet<string>;
}

// A capitalised word, "U.S." and "S&P" included; its trailing stop is the sentence's.
const NAME = /\p{Lu}[\p{L}.&'’-]*/gu;
const WORD = /\p{L}[\p{L}.&'’-]*/gu;
const bare = (w: string) => w.toLowerCase().replace(/[.'’]+$/, '');

/** Capitalised words that name a time or nothing, never a party: "The", "On", "Friday", "April". */
const NOT_PARTIES = new Set([...FUNCTION_WORDS, ...CALENDAR_WORDS].map(bare));

const partyIn = (text: string): string[] =>
  (text.match(NAME) ?? []).map(bare).filter((w) => w !== '' && !NOT_PARTIES.has(w));

/** What the comparison needs of each figure of a sentence, worked out once per sentence. */
interface Item {
  start: number;
  frame: Frame;
  /** The names its own part gives before it (`Listed.party`). */
  party: string[];
  /** The figure a change came from ("from 4.1%"): one quantity at an earlier time than the figure it came to. */
  changeStart: boolean;
}
const itemsOf = memoized(
  (sentence: string): Item[] =>
    sentenceClaims(sentence).map((c) => ({
      start: c.start,
      frame: frameOf(c, sentence, c.start, null),
      party: partyIn(sentence.slice(ownPart(sentence, c.start, c)[0], c.start)),
      changeStart: changedFrom(sentence, c.start, c.text) !== null,
    })),
  1_000,
);

/**
 * Two figures of one sentence as items of one list of parties' figures: of the same kind, unit and year (figures of
 * different years named are a list over time, which yearly-list.ts reads), and counting the same thing ("a new 34%
 * tariff on top of the existing 20% tariff"; not on weak evidence alone: "profits rose 628% and revenue 268%" are two
 * things) or told of two different parties named before them, whatever noun each uses ("China will face a 34 percent
 * rate, while the European Union faces a 20 percent levy").
 */
function itemsOfOneList(a: Item, b: Item): boolean {
  if (a.frame.kind !== b.frame.kind || a.frame.family !== b.frame.family || a.frame.year !== b.frame.year) return false;
  const twoParties = a.party.length > 0 && b.party.length > 0 && !a.party.some((p) => b.party.includes(p));
  const thing = fieldGrade('thing', a.frame, b.frame);
  return twoParties || thing === 'same' || thing === 'likely';
}

/**
 * The figure at `offset` as an item of its sentence, read when asked: only a pair that would otherwise contradict
 * needs it, and the sentence is read again only then. A figure a change came from, and the one it came to ("rose to
 * 4.3% from 4.1%"), are one quantity at two times, no list.
 */
export function listedReader(sentence: string, offset: number, text: string): () => Listed {
  let read: Listed | undefined;
  return () => {
    if (read) return read;
    const [start, end] = ownPart(sentence, offset, { text });
    const words = new Set((sentence.slice(start, end).match(WORD) ?? []).map(bare));
    const items = itemsOf(sentence);
    const self = items.find((i) => i.start === offset);
    const listed =
      self !== undefined &&
      !self.changeStart &&
      items.some((i) => i !== self && !i.changeStart && itemsOfOneList(self, i));
    return (read = { listed, party: listed ? self.party : [], words });
  };
}

/** A list item's party named in the other figure's own words: the conflict is between one party's figures. */
const partyNamedBy = (item: Listed, other: Listed) => item.party.some((p) => other.words.has(p));

/**
 * Two figures of one thing that cannot both hold, one of them an item of a list of parties' figures, whose party
 * the other does not name: two parties' figures, no contradiction.
 */
export function partiesApart(a: Comparable, b: Comparable): boolean {
  if (a.frame.kind !== 'percent' || b.frame.kind !== 'percent') return false;
  const [la, lb] = [a.listed?.(), b.listed?.()];
  if (!la || !lb) return false;
  return (la.listed && !partyNamedBy(la, lb)) || (lb.listed && !partyNamedBy(lb, la));
}
