import { phrases, words } from './entries';

/** Words for a minus sign before a figure: "minus 5", "minus-12". The signs themselves are read as marks. */
export const NEGATIVE_WORDS = words('a negative figure said in words', 'minus');

/**
 * Words after a temperature that make it negative: "20 degrees below zero", "30 below zero" is -20, -30 (a range's
 * two ends turn over: "between 20 and 25 degrees below zero" is -25 to -20).
 */
export const NEGATIVE_AFTER = phrases('a temperature under the zero of its scale', 'below zero, below 0');
