import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { partsReader } from './told-parts';

const partsOf = (sentence: string, figure: string) => partsReader(sentence, sentence.indexOf(figure), figure.length)();

describe('the counts a sentence tells as parts of a figure', () => {
  it('reads the list a part opener starts after the figure', () => {
    expect(partsOf('The airline cancelled 60 flights, including 25 to Lisbon and 10 to Porto.', '60')).toEqual([
      25, 10,
    ]);
    expect(partsOf('Police made 200 arrests, among them 45 minors.', '200')).toEqual([45]);
    expect(partsOf('The party won 120 seats, 70 of them in the north.', '120')).toEqual([70]);
    expect(partsOf('About 90 passengers were aboard, of whom 60 were rescued.', '90')).toEqual([60]);
  });

  it('reads none without an opener, or past a clause break', () => {
    expect(partsOf('The airline cancelled 60 flights and 25 trains.', '60')).toEqual([]);
    expect(partsOf('The airline cancelled 60 flights; including delays, 25 trains were hit.', '60')).toEqual([]);
  });
});

/** A whole against a source's figure for a part the page's own sentence names, in sentences of our own. */
describe("a source's figure for a part the sentence tells", () => {
  const flu = [
    report(
      'Health Desk',
      '2025-02-20',
      'Officials said 14 patients treated at the Harwick clinic had died of flu as of Wednesday.',
    ),
  ];

  it('is no second figure of the whole', async () => {
    const page =
      'Officials said 23 patients had died of flu as of Wednesday, including 14 treated at the Harwick clinic and 9 at the Stowe clinic.';
    const seen = await checkedVerdict(page, '2025-02-20', flu, '23');
    expect(seen.verdict).not.toBe('conflict');
    expect(seen.verdict).not.toBe('mixed');
  });

  it('still contradicts a whole whose sentence names no such part', async () => {
    const page = 'Officials said 23 patients had died of flu as of Wednesday.';
    expect((await checkedVerdict(page, '2025-02-20', flu, '23')).verdict).toBe('conflict');
  });
});
