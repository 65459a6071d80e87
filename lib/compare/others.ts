import { wordSet, words } from '../claims/grammar/entries';
import { singular } from '../claims/lemma';
import { nounPhraseAfter } from '../claims/noun-phrase';
import { isNumberWord } from '../claims/number-words';
import { HEDGE } from './hedges';
import { namesNothing } from './people';

/**
 * Words read as what a figure counts that stand for what an earlier figure of the sentence counts: "30,000 homes lost
 * power and 80,000 others lost water" counts homes, "the strike killed 12 soldiers and wounded 30 more" soldiers.
 */
const STAND_INS = wordSet(
  words('"80,000 others", "an estimated 170 others": the others are more of what was counted before', 'other'),
  words('"12 more", "30 more were found": more of what was counted before', 'more'),
);

/**
 * Words before a figure that tell it counts more besides those an earlier figure counts, each with why: "about 9,000
 * homes lost power and another 4,000 were told to boil water" are 4,000 other homes, not 4,000 of the 9,000.
 */
const ADDED_BEFORE = wordSet(words('"another 4,000 were told to boil water": others besides those counted', 'another'));
const ADDED_WORD_BEFORE = new RegExp(`\\b(?:${[...ADDED_BEFORE].join('|')})\\s+${HEDGE}$`, 'i');
const WORD_AFTER = /^\s+(\p{L}+)/u;

/**
 * Whether the figure at `offset` counts others besides those of an earlier figure of its sentence: "another 4,000",
 * "4,000 others", "4,000 more". What befell those is then not theirs unless their own clause says so.
 */
export function countsOthers(sentence: string, offset: number, length: number): boolean {
  const after = WORD_AFTER.exec(sentence.slice(offset + length))?.[1];
  return (
    ADDED_WORD_BEFORE.test(sentence.slice(Math.max(0, offset - 40), offset)) ||
    (after !== undefined && STAND_INS.has(singular(after.toLowerCase())))
  );
}

// A figure in digits ("30,000", "1.5") or a word ("twelve", "dozens"), with where it ends.
const FIGURE = /\d[\d,.]*\d|\d|\p{L}+/gu;

/**
 * What a stand-in ("others", "more") counts: the noun of the nearest figure before it in its sentence, when that
 * figure names one ("30,000 homes ... and 80,000 others"); '' when it is no stand-in or no earlier figure names a
 * noun ("two were killed and 30 others injured", whose people the event tells).
 */
export function countedBefore(lemma: string, sentence: string, offset: number): string {
  if (!STAND_INS.has(lemma)) return '';
  let last: number | null = null;
  for (const m of sentence.slice(0, offset).matchAll(FIGURE))
    if (/\d/.test(m[0]) || isNumberWord(m[0].toLowerCase())) last = m.index + m[0].length;
  if (last === null) return '';
  const phrase = nounPhraseAfter(sentence, last, offset);
  const head = phrase ? singular(phrase.head.toLowerCase()) : '';
  return head && !STAND_INS.has(head) && !namesNothing(head) ? head : '';
}
