import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text';
import { extractClaims } from '../claims/extract';
import { MemoryCorpus } from '../corpus/memory-corpus';
import { filedKey } from './lookup-keys';

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
    // Read as people killed, the toll is filed with that event too (lib/claims/key.ts `eventKey`).
    expect(keyOf('The death toll from the mudslide in the mountain village of Orsk has reached 212.')).toEqual({
      own: 'count|village|',
      filed: 'count|person||kill',
    });
    expect(keyOf('The toll during this year’s marathon festival rose to 14.')).toMatchObject({
      filed: 'count|person||kill',
    });
  });

  it('keeps the key of a thing named at its figure, of people, and of figures naming nothing', () => {
    expect(keyOf('The storm destroyed 212 homes in the village.')).toEqual({
      own: 'count|home|',
      filed: 'count|home|',
    });
    expect(keyOf('The mudslide killed 212 villagers.').filed).toBe('count|person||kill');
    expect(keyOf('The mudslide left 212 villagers in the valley.').filed).toBe('count|person|');
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
