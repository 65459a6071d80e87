import { describe, expect, it } from 'vitest';
import type { CheckedClaim } from './compare/types';
import { claimsPerBlock, joinBlocks } from './block-text';

function claimAt(text: string, figure: string, sentence = text): CheckedClaim {
  const start = text.indexOf(figure);
  const sentenceStart = text.indexOf(sentence);
  return {
    start,
    end: start + figure.length,
    text: figure,
    value: Number(figure),
    qualifier: 'exact',
    low: null,
    high: null,
    kind: 'count',
    // What is counted plays no part in placing a claim in its block.
    quantity: {} as CheckedClaim['quantity'],
    key: '',
    figureKey: '',
    topics: [],
    sentenceStart,
    sentenceEnd: sentenceStart + sentence.length,
    verdict: 'unverified',
    matches: [],
  };
}

describe('joinBlocks / claimsPerBlock', () => {
  const blocks = ['Hamas released 105 hostages.', '', 'Israel freed 240 prisoners. Then 30 more.'];
  const joined = joinBlocks(blocks);

  it('joins blocks with a paragraph break and records where each starts', () => {
    expect(joined.text).toBe('Hamas released 105 hostages.\n\n\n\nIsrael freed 240 prisoners. Then 30 more.');
    expect(joined.starts.map((s, i) => joined.text.slice(s, s + blocks[i]!.length))).toEqual(blocks);
  });

  it('maps figures and sentences back to their own block', () => {
    const claims = [
      claimAt(joined.text, '105'),
      claimAt(joined.text, '240', 'Israel freed 240 prisoners.'),
      claimAt(joined.text, '30', 'Then 30 more.'),
    ];
    const mapped = claimsPerBlock(claims, joined, blocks);
    expect(mapped.map((c) => [c.block, blocks[c.block]!.slice(c.start, c.end)])).toEqual([
      [0, '105'],
      [2, '240'],
      [2, '30'],
    ]);
    expect(mapped.map((c) => blocks[c.block]!.slice(c.sentenceStart, c.sentenceEnd))).toEqual([
      'Hamas released 105 hostages.',
      'Israel freed 240 prisoners.',
      'Then 30 more.',
    ]);
  });

  it('drops a claim that straddles two blocks and clips a sentence that does', () => {
    const straddling = claimAt(joined.text, 'hostages.\n\n\n\nIsrael');
    const longSentence = claimAt(joined.text, '240', joined.text);
    const mapped = claimsPerBlock([straddling, longSentence], joined, blocks);
    expect(mapped).toHaveLength(1);
    expect([mapped[0]!.sentenceStart, mapped[0]!.sentenceEnd]).toEqual([0, blocks[2]!.length]);
  });
});
