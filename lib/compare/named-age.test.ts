import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { namedAgeReader } from './named-age';

const nameOf = (sentence: string, figure: string) => namedAgeReader(sentence, sentence.lastIndexOf(figure), figure)();

describe('the person a figure is told as the age of', () => {
  it('reads a full name and a comma before a figure that ends its clause or its item', () => {
    expect(nameOf('The court heard from the driver, Marta Lind, 34.', '34')).toBe('marta lind');
    expect(nameOf('The winners were Jonas Berg, 29; and Ines Carvalho Dias, 41.', '29')).toBe('jonas berg');
    expect(nameOf('The winners were Jonas Berg, 29; and Ines Carvalho Dias, 41.', '41')).toBe('ines carvalho dias');
  });

  it('reads none for a place, a body, a day, one name alone or a figure that goes on', () => {
    expect(nameOf('Deaths by district: Harlow County, 12; Mill County, 3.', '12')).toBeNull();
    expect(nameOf('Seats by list: the Green Party, 14; the rest, 9.', '14')).toBeNull();
    expect(nameOf('Arrests made by each force: the Border Police, 23; the Coastal Guard, 6.', '23')).toBeNull();
    expect(nameOf('Claims received: the Water Authority, 31; the Transport Office, 12.', '31')).toBeNull();
    expect(nameOf('By Monday morning, 40 people had been evacuated.', '40')).toBeNull();
    expect(nameOf('The keeper was Berg, 29.', '29')).toBeNull();
    expect(nameOf('The coach, Marta Lind, 34 points clear, was named manager of the month.', '34')).toBeNull();
  });
});

/** One person's age as two outlets tell it, in sentences of our own. */
describe("one person's age told twice", () => {
  const court = [report('Court Desk', '2025-04-02', 'The jury cleared the driver of the van, Marta Lind, 34.')];

  it('contradicts another age in a report of the same week', async () => {
    const page = 'The driver, Marta Lind, 35.';
    expect((await checkedVerdict(page, '2025-04-04', court, '35')).verdict).toBe('conflict');
  });

  it('agrees with the same age', async () => {
    const page = 'Prosecutors had charged the van driver, Marta Lind, 34.';
    expect((await checkedVerdict(page, '2025-04-03', court, '34')).verdict).toBe('agree');
  });

  it('is no contradiction in a report months later, or of another person', async () => {
    const later = 'A year on, the driver has sold the van, Marta Lind, 35.';
    const seen = await checkedVerdict(later, '2025-10-20', court, '35');
    expect(seen.verdict).not.toBe('conflict');
    const other = 'The second driver was Jonas Berg, 35.';
    expect((await checkedVerdict(other, '2025-04-04', court, '35')).verdict).not.toBe('conflict');
  });
});
