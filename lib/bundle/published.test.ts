import { describe, expect, it } from 'vitest';
import { inferMetadata } from './infer';
import { DATE_LINES } from './published';

/**
 * The date a text prints for itself, wherever its page printed it, in texts of our own: as the options page
 * reads a text file and as the command line reads a checked text.
 */
const publishedOf = (text: string) => inferMetadata(text, 'story.txt').published;
const STORY =
  'Floods in Riverton\n\nThe floods killed 12 people in Riverton on Monday, officials said.\n\nRoads stayed shut.';

describe('the date of a checked text', () => {
  it("is read from a crawler's header or a labelled line at the top", () => {
    expect(publishedOf(`date 2024-03-05 ${STORY}`)).toBe('2024-03-05');
    expect(publishedOf(`Published: March 5, 2024\n\n${STORY}`)).toBe('2024-03-05');
  });

  it('is read from a labelled line or a date alone among the first or last lines', () => {
    expect(publishedOf(`${STORY}\n\nFirst published on Tue 5 Mar 2024 06.12 GMT`)).toBe('2024-03-05');
    expect(publishedOf(`${STORY}\n\nPosted on Tuesday, March 5, 2024 at 10:30 am`)).toBe('2024-03-05');
    expect(publishedOf(`Floods in Riverton\nDate: 2024-03-05\n\n${STORY}`)).toBe('2024-03-05');
    expect(publishedOf(`Floods in Riverton\n5 March 2024\n\n${STORY}`)).toBe('2024-03-05');
    expect(publishedOf(`${STORY}\n\nLast updated 2024-03-05T09:40:00Z`)).toBe('2024-03-05');
    expect(publishedOf(`Floods in Riverton\nBy Ana Ruiz | Valley Wire | March 5, 2024 10:30 AM\n\n${STORY}`)).toBe(
      '2024-03-05',
    );
  });

  it('is never a date inside a sentence, and null when none is printed', () => {
    expect(publishedOf(`${STORY}\n\nThe dam was built on March 5, 1964, officials said.`)).toBeNull();
    expect(publishedOf(STORY)).toBeNull();
  });

  it('has a reason for each label, and reads each', () => {
    for (const d of DATE_LINES) {
      expect(d.reason.length, d.words).toBeGreaterThan(10);
      const label = d.words.charAt(0).toUpperCase() + d.words.slice(1);
      expect(publishedOf(`${STORY}\n\n${label}: 5 March 2024`), d.words).toBe('2024-03-05');
    }
  });
});
