import { figureHintPattern } from '@/lib/claims/grammar/hint-words';

/**
 * Whether a text may hold a figure: a digit or a word the engine reads a figure from. It runs on every
 * page and every changed block before anything else, so a page without figures costs two
 * regular-expression passes; false positives only cost a trip to the background, which decides for real.
 */
const DIGIT = /\d/;
/** Matched against the lower-cased text: a case-insensitive pattern takes longer to compile, on every page. */
const FIGURE_WORD = figureHintPattern();

export const mayHoldFigure = (text: string): boolean => DIGIT.test(text) || FIGURE_WORD.test(text.toLowerCase());
