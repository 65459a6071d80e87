import type { Claim } from './types';
import { sentenceAt, splitSentences } from './sentences';

// FIRST CUT, being replaced by the full engine: digits followed by a word.
export function extractClaims(text: string): Claim[] {
  const sentences = splitSentences(text);
  const claims: Claim[] = [];
  for (const m of text.matchAll(/\b\d[\d,]*(?:\.\d+)?\b(?=\s+(\p{L}+))/gu)) {
    const value = Number(m[0].replace(/,/g, ''));
    if (value >= 1900 && value <= 2100) continue;
    const lemma = (m[1] ?? '').toLowerCase().replace(/s$/, '');
    const s = sentenceAt(sentences, m.index);
    claims.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value,
      qualifier: 'exact',
      low: value,
      high: value,
      kind: 'count',
      quantity: { counted: m[1] ?? '', lemma, groups: [], event: '', scope: 'other', anchor: '', unit: '', attribution: '' },
      key: lemma,
      sentenceStart: s.start,
      sentenceEnd: s.end,
    });
  }
  return claims;
}
