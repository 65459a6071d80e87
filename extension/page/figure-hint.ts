/**
 * Whether a text may hold a figure: a digit or a number word. It runs on every page and every changed
 * block before anything else, so a page without figures costs two regular-expression passes; false
 * positives only cost a trip to the background, which decides for real.
 */
const DIGIT = /\d/;
/** Matched against the lower-cased text: a case-insensitive pattern takes longer to compile, on every page. */
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|quarters|third|thirds|fifths?|tenths?|daily|weekly|monthly|yearly|week-long|week|weeks)\b/;

export const mayHoldFigure = (text: string): boolean => DIGIT.test(text) || NUMBER_WORD.test(text.toLowerCase());
