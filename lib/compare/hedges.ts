import { BOUNDS_BEFORE } from '../claims/grammar/bounds';
import { spacedAlternatives } from '../claims/grammar/entries';

// Words need a space after them ("some 45,000"), signs may be glued to the figure ("~45,000").
const bounds = (glued: boolean) =>
  spacedAlternatives(
    BOUNDS_BEFORE.filter((b) => /\p{L}$/u.test(b.phrase) !== glued).map((b) => ({ word: b.phrase, reason: b.reason })),
  );

/**
 * Any run of the bounds written before a figure (lib/claims/grammar/bounds.ts), maybe after an article, as a
 * pattern's source: what may stand between the words that lead to a figure and the figure ("home to some
 * 45,000", "by more than 0.25%", "and about 40"), so that a bound the table knows never hides those words.
 */
export const HEDGE = `(?:(?:an?\\s+)?(?:(?:${bounds(false)})\\s+|(?:${bounds(true)})\\s*))*`;

/**
 * Verbs that bring a figure up to just under the one written, each with its reason: "temperatures neared 52 degrees",
 * "a toll nearing 3,400" tell a figure approaching the one written, as "nearly 52" does, not that figure itself.
 */
export const APPROACHING_VERBS: { word: string; reason: string }[] = [
  { word: 'neared', reason: '"temperatures neared 52 degrees Celsius": just under 52' },
  { word: 'nearing', reason: '"the death toll nearing 3,400": not yet 3,400' },
  { word: 'nears', reason: '"the toll nears 500": just under 500' },
  { word: 'approached', reason: '"losses approached $2 billion": just under $2 billion' },
  { word: 'approaching', reason: '"a toll approaching 1,000": not yet 1,000' },
  { word: 'approaches', reason: '"the count approaches 300": just under 300' },
];
const APPROACHING = new RegExp(`\\b(?:${APPROACHING_VERBS.map((v) => v.word).join('|')})\\s+$`, 'i');

/** Whether a verb of `APPROACHING_VERBS` stands right before the figure at `offset`. */
export const approachedAt = (sentence: string, offset: number): boolean =>
  APPROACHING.test(sentence.slice(Math.max(0, offset - 20), offset));
