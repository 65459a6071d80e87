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
