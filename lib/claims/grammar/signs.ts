import { words } from './entries';

/** Words for a minus sign before a figure: "minus 5", "minus-12". The signs themselves are read as marks. */
export const NEGATIVE_WORDS = words('a negative figure said in words', 'minus');
