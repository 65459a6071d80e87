import { expect, it } from 'vitest';
import { topicsOf } from '../claims/topics';
import { generator } from '../../test/support/generate';
import { claimsAndTopicsOf, corpusClaimsOf } from './article-claims';

it("gives an article's claims as stored and its topics as its source row had them, with or without claims", () => {
  const g = generator(3);
  const texts = [
    ...Array.from({ length: 20 }, () => g.article(12)),
    'Talks in Geneva and Paris ended on Friday without an agreement, officials in Paris said.',
  ];
  for (const text of texts) {
    const { claims, topics } = claimsAndTopicsOf(7, text);
    expect(claims).toEqual(corpusClaimsOf(7, text));
    expect(topics).toEqual(topicsOf(text));
  }
  expect(claimsAndTopicsOf(7, texts.at(-1)!).claims).toEqual([]);
  expect(claimsAndTopicsOf(7, texts.at(-1)!).topics.length).toBeGreaterThan(0);
});
