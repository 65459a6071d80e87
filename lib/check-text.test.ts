import { describe, expect, it } from 'vitest';
import { checkText } from './check-text';
import { MemoryCorpus } from './corpus/memory-corpus';

const floods = (outlet: string, published: string, dead: number) => ({
  title: 'Floods in the valley',
  outlet,
  published,
  url: `https://${outlet.replace(/ /g, '').toLowerCase()}.example/floods`,
  origin: `${outlet}.txt`,
  text: `Floods killed ${dead} people in the valley on Monday, officials said.`,
});
const corpus = new MemoryCorpus([floods('Valley Wire', '2024-03-05', 12), floods('Hill Post', '2024-03-12', 30)]);

/** The corpus figures a long text's "on Monday" figure is compared with. */
async function comparedWith(foot: string): Promise<string[]> {
  const filler = Array.from({ length: 150 }, () => 'Roads along the river stayed shut as the water went down.');
  const text = ['Floods in the valley', ...filler, 'Floods killed 14 people in the valley on Monday.', foot].join(
    '\n\n',
  );
  const checked = await checkText(text, corpus, null);
  return checked.flatMap((c) => c.matches.map((m) => m.claim.text));
}

describe('checkText', () => {
  it('reads the date a long text prints at its foot for its time words', async () => {
    expect(await comparedWith('First published on 12 March 2024')).toEqual(['30']);
    expect(await comparedWith('First published on 5 March 2024')).toEqual(['12']);
  });
});
