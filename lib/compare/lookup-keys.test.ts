import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text';
import { extractClaims } from '../claims/extract';
import { MemoryCorpus } from '../corpus/memory-corpus';
import { frameOf } from './frame';
import { claimLookupKeys, filedKey } from './lookup-keys';

const article = (origin: string, text: string) => ({
  title: origin,
  outlet: origin.toUpperCase(),
  published: '2031-05-02',
  url: null,
  origin,
  text,
});

const keyOf = (sentence: string) => {
  const [claim] = extractClaims(sentence);
  return { own: claim!.key, filed: filedKey(claim!, sentence) };
};

describe('the key a corpus claim is filed under', () => {
  it('files a toll told with no noun at its figure under people, where extraction read the place', () => {
    expect(keyOf('The death toll from the mudslide in the mountain village of Orsk has reached 212.')).toEqual({
      own: 'count|village|',
      filed: 'count|person|',
    });
    expect(keyOf('The toll during this year’s marathon festival rose to 14.')).toMatchObject({
      filed: 'count|person|',
    });
  });

  it('keeps the key of a thing named at its figure, of people, and of figures naming nothing', () => {
    expect(keyOf('The storm destroyed 212 homes in the village.')).toEqual({
      own: 'count|home|',
      filed: 'count|home|',
    });
    expect(keyOf('The mudslide killed 212 villagers.').filed).toBe('count|person|');
    expect(keyOf('The figure rose to 212.').filed).toBe('count||');
  });

  it('makes a toll told of a place a candidate for a count of the dead with another figure', async () => {
    const corpus = new MemoryCorpus([
      article('a', 'The death toll from the mudslide in the mountain village of Orsk has reached 212, officials said.'),
    ]);
    const [claim] = await checkText('The mudslide in Orsk has killed at least 230 people.', corpus, null, undefined, {
      published: '2031-05-02',
    });
    expect(claim!.matches.map((m) => m.claim.text)).toEqual(['212']);
  });
});

describe('the keys a claim is looked up under', () => {
  it('adds the nouns news uses for what it counts that the comparison takes for likely one thing', () => {
    const sentence = 'The coalition was ahead in 141 constituencies by noon.';
    const [claim] = extractClaims(sentence);
    const keys = claimLookupKeys(claim!, frameOf(claim!, sentence, claim!.start, '2031-05-02'));
    expect(keys).toEqual(['count|constituency|', 'count|seat|', 'count|riding|']);
    // Nouns told alike on weak evidence only ("households" and "homes") meet on the same figure, by its figure key.
    const homes = 'The storm left 9,000 households without power.';
    const [outage] = extractClaims(homes);
    expect(claimLookupKeys(outage!, frameOf(outage!, homes, outage!.start, '2031-05-02'))).toEqual([
      'count|household|',
    ]);
  });

  it('makes a count of seats a candidate for a count of constituencies with another figure', async () => {
    const corpus = new MemoryCorpus([
      article('a', 'By noon the coalition was leading in 147 seats, the commission said.'),
    ]);
    const [claim] = await checkText('The coalition was ahead in 141 constituencies by noon.', corpus, null, undefined, {
      published: '2031-05-02',
    });
    expect(claim!.matches.map((m) => `${m.relation}:${m.claim.text}`)).toEqual(['compatible:147']);
  });
});
