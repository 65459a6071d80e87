import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { listedReader } from './party-list';

const verdictOf = async (...args: Parameters<typeof checkedFigure>) =>
  verdictAndRelations(await checkedFigure(...args));

const listedAt = (sentence: string, figure: string) => listedReader(sentence, sentence.indexOf(figure), figure)();

describe("a list of parties' figures", () => {
  it('reads each item of a list and the party named before it', () => {
    const sentence = 'Labour took 34% of the vote, while the Conservatives won 24% and Reform got 14%.';
    expect(listedAt(sentence, '24%')).toMatchObject({ listed: true, party: ['conservatives'] });
    expect(listedAt(sentence, '34%')).toMatchObject({ listed: true, party: ['labour'] });
    // One thing told twice with a modifier telling them apart: a list whose items name no party.
    const fees = 'Members will pay a new 12% service charge on top of the existing 5% service charge.';
    expect(listedAt(fees, '5%')).toMatchObject({ listed: true, party: [] });
  });

  it('reads no list in a change, in two things told side by side, or in figures of different years', () => {
    const change = 'The vacancy rate rose to 7.2% from 6.8% in the spring.';
    expect(listedAt(change, '7.2%').listed).toBe(false);
    const twoThings = 'Ticket sales jumped 41% and attendance rose 12% compared with last season.';
    expect(listedAt(twoThings, '12%').listed).toBe(false);
    const years = 'The league expects attendance to grow 2.1% in 2025, 2.8% in 2026 and 3.3% in 2027.';
    expect(listedAt(years, '2.8%').listed).toBe(false);
  });

  const duties = report(
    'Trade Desk',
    '2025-05-02',
    'Germany will face a 30 percent duty on steel, while France faces a 15 percent duty on steel.',
  );

  it("leaves another party's list item apart from a figure that does not name its party", async () => {
    const page = 'Officials said the country will impose a 10 percent duty on all imported steel.';
    expect((await verdictOf(page, '2025-05-02', [duties], '10 percent')).verdict).toBe('unverified');
  });

  it("still sets one party's figures against each other", async () => {
    const page = 'The finance ministry of France said the country will face a 10 percent duty on all its steel.';
    expect(await verdictOf(page, '2025-05-02', [duties], '10 percent')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 15 percent'],
    });
    const moves = report('Market Desk', '2025-05-02', 'Acme fell 12% and Globex dropped 8% on Tuesday.');
    expect((await verdictOf('Acme fell 10% on Tuesday.', '2025-05-02', [moves], '10%')).verdict).toBe('conflict');
  });

  it('leaves a list item told apart by a modifier from a figure that does not say which', async () => {
    const charges = report(
      'Travel Trade',
      '2025-06-10',
      'Members will pay a new 12% service charge on top of the existing 5% service charge.',
    );
    const page = 'The club said its service charge would be 9%.';
    expect((await verdictOf(page, '2025-06-10', [charges], '9%')).verdict).toBe('unverified');
  });
});
