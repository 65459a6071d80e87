import { describe, expect, it } from 'vitest';
import { sentenceFingerprints } from '../claims/fingerprint';
import { MemoryCorpus, type MemoryArticle } from './memory-corpus';

const SENTENCES = [
  'The river rose above its banks on Tuesday night in the valley.',
  'Rescuers said 42 people were taken from their roofs by boat.',
  'The mayor closed every school in the district until further notice.',
  'Power was cut to some 12,000 homes along the eastern shore.',
  'Forecasters expect more rain to fall over the hills this weekend.',
];

const article = (origin: string, text: string, url: string | null = null): MemoryArticle => ({
  title: origin,
  outlet: origin,
  published: '2024-03-05',
  url,
  origin,
  text,
});

describe('the memory corpus', () => {
  const corpus = new MemoryCorpus([
    article('wire', SENTENCES.join(' ')),
    article(
      'other',
      'A different story about a bridge that was opened to traffic in the north on Monday.',
      'https://x.example/a',
    ),
  ]);

  it('finds the checked text among its articles anew at each call, by its sentences or its address', async () => {
    const whole = sentenceFingerprints(SENTENCES.join(' '));
    const oneSentence = sentenceFingerprints(SENTENCES[1]!);
    expect(await corpus.selfArticleIds(null, whole)).toEqual(new Set([0]));
    // One sentence of five is a quotation, not the text: counts from the call before must not carry over.
    expect(await corpus.selfArticleIds(null, oneSentence)).toEqual(new Set());
    expect(await corpus.selfArticleIds(null, oneSentence)).toEqual(new Set());
    expect(await corpus.selfArticleIds(null, whole.slice(0, 4))).toEqual(new Set([0]));
    expect(await corpus.selfArticleIds(null, whole.slice(0, 3))).toEqual(new Set());
    expect(await corpus.selfArticleIds('https://x.example/a', oneSentence)).toEqual(new Set([1]));
  });
});
