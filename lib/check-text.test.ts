import { describe, expect, it } from 'vitest';
import { checkText } from './check-text';
import { weeklyTollReports } from '../test/support/dated-reports';
import { MemoryCorpus } from './corpus/memory-corpus';

const corpus = new MemoryCorpus(weeklyTollReports);

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
