import { DURATION_TABLE } from './grammar/durations';
import { MULTIPLE_WORDS } from './grammar/multiples';
import { ARTICLE_CHANGES, ARTICLE_MEASURES } from './grammar/units';
import { COUNTED_AFTER_VAGUE, VAGUE_AMOUNTS } from './grammar/vague';
import { alternatives } from './grammar/entries';
import { matchesOf } from './matches';

/**
 * The words a figure can be written in, found in one pass over a text. Each kind starts with whole words of
 * its own ("a" and "an" tell by the word after them), so no two matches overlap and one pattern finds what
 * three would; scanning a text costs about the same for one pattern as for each of three.
 */

// "a thousand", "a million": the scale words count only after "a" or "a couple of", never alone ("Thousand Oaks").
const NUMBER =
  '(?<number>an?\\s+(?:hundred|thousand|million|billion|dozen)|(?<=\\ba\\s+couple\\s+of\\s+)(?:thousand|million|billion)|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|twice|thrice)\\b';
// "two-thirds of", "a quarter of", "half of", "“less than half” of": the denominator, its numerator read just before it.
const FRACTION = '(?<denominator>half|halves|thirds?|quarters?|fifths?|tenths?)\\b(?<of>["”’]?\\s+of\\b)?';
// "week-long", "weeklong" (as AP writes it), "a month", "another day": durations written without a number.
const DURATION = `(?:(?<longUnit>${DURATION_TABLE.filter((d) => d.long)
  .map((d) => d.word)
  .join('|')})-?long|(?:an?|another)\\s+(?<unit>${DURATION_TABLE.filter((d) => d.article)
  .map((d) => d.word)
  .join('|')})(?!-))\\b`;
// "up to a mile", "almost a kilometre": lengths whose article is the number.
// "down a percentage point": changes told as one of their unit, read the same way.
const MEASURE = `an?\\s+(?<measure>${[...ARTICLE_MEASURES, ...ARTICLE_CHANGES].map((m) => m.word.replace(/ /g, '\\s+')).join('|')})\\b(?!-)`;
// "hundreds of thousands", "dozens": vague amounts, longest first, from the table of their intervals.
const VAGUE = `(?<vague>${[...VAGUE_AMOUNTS]
  .sort((a, b) => b.words.length - a.words.length)
  .map(
    (v) => v.words.replace(/ /g, '\\s+') + (v.needsOf ? `(?=\\s+(?:of|${alternatives(COUNTED_AFTER_VAGUE)})\\b)` : ''),
  )
  .join('|')})\\b`;
// "doubled", "tripling", "a fourfold rise": multiples, from their table.
const MULTIPLE = `(?<multiple>${MULTIPLE_WORDS.map((m) => m.word).join('|')})\\b`;
const FIGURE_WORD = new RegExp(`\\b(?:${VAGUE}|${NUMBER}|${FRACTION}|${DURATION}|${MEASURE}|${MULTIPLE})`, 'gi');

export interface FigureWords {
  /** "Eighty", "a million": the first word of a number, read on by the caller ("Eighty-six"). */
  numbers: RegExpExecArray[];
  /** A denominator ("thirds", group `denominator`) and the "of" after it (group `of`). */
  fractions: RegExpExecArray[];
  /** "day-long" (group `longUnit`), "a week" (group `unit`). */
  durations: RegExpExecArray[];
  /** "dozens", "tens of thousands" (group `vague`). */
  vague: RegExpExecArray[];
  /** "a mile", "a kilometre" (group `measure`). */
  measures: RegExpExecArray[];
  /** "doubled", "tripling" (group `multiple`). */
  multiples: RegExpExecArray[];
}

export function figureWords(text: string): FigureWords {
  const found: FigureWords = { numbers: [], fractions: [], durations: [], vague: [], measures: [], multiples: [] };
  for (const m of matchesOf(FIGURE_WORD, text)) {
    const groups = m.groups!;
    if (groups.vague !== undefined) found.vague.push(m);
    else if (groups.number !== undefined) found.numbers.push(m);
    else if (groups.denominator !== undefined) found.fractions.push(m);
    else if (groups.measure !== undefined) found.measures.push(m);
    else if (groups.multiple !== undefined) found.multiples.push(m);
    else found.durations.push(m);
  }
  return found;
}
