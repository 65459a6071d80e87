import { ADDING_DURATION_WORDS } from './grammar/durations';
import { alternatives } from './grammar/entries';
import { LENGTH_CHANGES, PERIOD_MEANING } from './grammar/periods';
import { singular } from './lemma';
import { nounPhraseAfter } from './noun-phrase';
import { matchesOf } from './matches';

const PERIOD_WORD = new RegExp(`\\b(${[...PERIOD_MEANING.keys()].join('|')})\\b`, 'gi');
const LENGTHENED = LENGTH_CHANGES.filter((c) => c.lengthens).map((c) => c.verb);
const LENGTHEN = LENGTHENED.map((v) => v.replace(/ed$/, '')).join('|');
// "extended by two days", "an extension of", "agreed to prolong it for an extra day": the added length.
const ADDED_LENGTH = new RegExp(
  `\\b(?:${LENGTHENED.join('|')})\\s+(?:it\\s+)?by\\s+(?:(?:${alternatives(ADDING_DURATION_WORDS)})\\s+)?$|\\bextension\\s+of\\s+$|\\b(?:${LENGTHEN})\\b[^.;]{0,60}\\b(?:by|for\\s+(?:an?\\s+)?(?:extra|additional|another|further)?)\\s*$`,
  'i',
);

// "two more days", "an extra week", "another day": the figure's own words say the length is added.
const ADDED_IN_FIGURE = new RegExp(`(?:^|\\s)(?:${alternatives(ADDING_DURATION_WORDS)})\\s`, 'i');

/**
 * What a duration measures: "a seven-day strike" → strike, "extended by two days" → extension,
 * "a week of talks" → the lockdown its sentence talks about, "six weeks of bombardment" → bombardment.
 */
export function durationSubject(
  text: string,
  figureStart: number,
  figureEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
): { lemma: string; counted: string } {
  const before = text.slice(Math.max(sentenceStart, figureStart - 70), figureStart);
  if (ADDED_LENGTH.test(before) || ADDED_IN_FIGURE.test(text.slice(figureStart, figureEnd))) {
    return { lemma: 'extension', counted: 'extension' };
  }
  const np = nounPhraseAfter(text, figureEnd, sentenceEnd);
  if (np) {
    const lemma = PERIOD_MEANING.get(np.head.toLowerCase());
    if (lemma) return { lemma, counted: np.text };
  }
  let nearest: { lemma: string; counted: string; distance: number } | null = null;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  for (const m of matchesOf(PERIOD_WORD, sentence)) {
    const at = sentenceStart + m.index;
    const distance = at < figureStart ? figureStart - at - m[0].length : at - figureEnd;
    if (!nearest || distance < nearest.distance)
      nearest = { lemma: PERIOD_MEANING.get(m[0].toLowerCase())!, counted: m[0], distance };
  }
  if (nearest) return { lemma: nearest.lemma, counted: nearest.counted };
  return np ? { lemma: singular(np.head), counted: np.text } : { lemma: '', counted: '' };
}
