import { describe, expect, it } from 'vitest';
import { checkedAgainst, report } from '../../../test/support/dated-reports';
import { extractClaims } from '../extract';

const eventOf = (text: string) => extractClaims(text)[0]!.quantity.event;
const verdicts = async (page: string, source: string) =>
  (await checkedAgainst(page, '2024-03-05', [report('S', '2024-03-05', source)])).map((c) => [c.text, c.verdict]);

describe('verbs of what befell a figure', () => {
  it('read "plummeted" as a fall, as "plunged" and "tumbled" are', () => {
    expect(eventOf('Orvan Mining shares plummeted 18% in early trade.')).toBe(eventOf('Orvan Mining shares fell 18%.'));
    expect(eventOf('Ticket sales at the Orvan stadium are plummeting 12% a season.')).toBe(
      eventOf('Ticket sales at the Orvan stadium are falling 12% a season.'),
    );
  });

  it('read "shed" as a loss: jobs, value or points shed are lost', () => {
    expect(eventOf('The Orvan car plant shed 1,200 jobs last year.')).toBe(
      eventOf('The Orvan car plant lost 1,200 jobs last year.'),
    );
  });

  it('so that a move told with them and the finer figure another outlet gives are one move, rounded', async () => {
    expect(
      await verdicts(
        'The Orvan Composite plummeted 612.48 points on Tuesday.',
        'The Orvan Composite fell 612 points on Tuesday.',
      ),
    ).toEqual([['612.48', 'compatible']]);
    expect(
      await verdicts(
        'Shares of Tarsk Foods shed 7.36% on Tuesday.',
        'Shares of Tarsk Foods lost about 7.4% on Tuesday.',
      ),
    ).toEqual([['7.36%', 'compatible']]);
  });
});
