import { NUMBER_AND_FRACTION_WORDS } from '../number-words';
import { DURATION_TABLE } from './durations';
import { MULTIPLE_WORDS } from './multiples';
import { ARTICLE_CHANGES, ARTICLE_MEASURES } from './units';
import { RATE_ADVERBS } from './rates';
import { VAGUE_AMOUNTS } from './vague';

/**
 * What the page's figure hint (extension/page/figure-hint.ts) looks for besides digits, as one pattern
 * for lower-cased text, made from the tables the engine reads figures with: number words and
 * denominators, multiples ("doubled"), vague amounts ("dozens"), rate adverbs ("daily"), and durations written without a number
 * ("month-long", "weeklong", "a fortnight", "another day"), and lengths told with "a" ("a mile"). A word added to those tables reaches the hint without another edit.
 */
export function figureHintPattern(): RegExp {
  const words = new Set([
    ...NUMBER_AND_FRACTION_WORDS(),
    ...MULTIPLE_WORDS.map((m) => m.word),
    ...VAGUE_AMOUNTS.map((v) => v.words.split(' ')[0]!),
    ...RATE_ADVERBS.filter((a) => !a.word.includes(' ')).map((a) => a.word),
    ...DURATION_TABLE.filter((d) => d.long).flatMap((d) => [`${d.word}-long`, `${d.word}long`]),
  ]);
  const withArticle = [
    ...DURATION_TABLE.filter((d) => d.article).map((d) => d.word),
    ...ARTICLE_MEASURES.map((m) => m.word),
    ...ARTICLE_CHANGES.map((m) => m.word.replace(/ /g, '\\s+')),
  ];
  return new RegExp(`\\b(?:${[...words].join('|')}|(?:an?|another)\\s+(?:${withArticle.join('|')}))\\b`);
}
