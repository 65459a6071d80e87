import { PERIOD_NOUNS } from './lexicon';
import { singular } from './lemma';
import { nounPhraseAfter } from './noun-phrase';
import { matchesOf } from './matches';

const PERIOD_WORD = new RegExp(`\\b(${[...PERIOD_NOUNS.keys()].join('|')})\\b`, 'gi');

/**
 * What a duration measures: "seven-day truce" → truce, "extended by two days" → extension,
 * "a week of hostage releases" → the truce its sentence talks about, "six weeks of bombardment" → bombardment.
 */
export function durationSubject(
  text: string,
  figureStart: number,
  figureEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
): { lemma: string; counted: string } {
  const before = text.slice(Math.max(sentenceStart, figureStart - 70), figureStart);
  if (
    /\bextended\s+(?:it\s+)?by\s+$|\bextension\s+of\s+$|\bextend\b[^.;]{0,60}\b(?:by|for\s+(?:an?\s+)?(?:extra|additional|another|further)?)\s*$/i.test(
      before,
    )
  ) {
    return { lemma: 'extension', counted: 'extension' };
  }
  const np = nounPhraseAfter(text, figureEnd, sentenceEnd);
  if (np) {
    const lemma = PERIOD_NOUNS.get(np.head.toLowerCase());
    if (lemma) return { lemma, counted: np.text };
  }
  let nearest: { lemma: string; counted: string; distance: number } | null = null;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  for (const m of matchesOf(PERIOD_WORD, sentence)) {
    const at = sentenceStart + m.index;
    const distance = at < figureStart ? figureStart - at - m[0].length : at - figureEnd;
    if (!nearest || distance < nearest.distance)
      nearest = { lemma: PERIOD_NOUNS.get(m[0].toLowerCase())!, counted: m[0], distance };
  }
  if (nearest) return { lemma: nearest.lemma, counted: nearest.counted };
  return np ? { lemma: singular(np.head), counted: np.text } : { lemma: '', counted: '' };
}
