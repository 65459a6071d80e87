import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';

describe('the same distinctive figure told with scopes of different kinds', () => {
  const plan = report(
    'Calder Ledger',
    '2025-05-13',
    'The Calder Reserve Bank will lower its policy rate from 6.5% to 6.25%, its governor told reporters in Marlow.',
  );
  const page = (figure: string) =>
    `On Tuesday the Calder Reserve Bank cut its policy rate to ${figure} percent, the first cut in Marlow for years.`;

  it('a plan and a day it was done are one figure on moderate evidence: agree', async () => {
    expect(verdictAndRelations(await checkedFigure(page('6.25'), '2025-05-13', [plan], '6.25 percent'))).toEqual({
      verdict: 'agree',
      relations: ['agree 6.25%'],
    });
  });

  it('another figure is no conflict on that evidence', async () => {
    expect((await checkedFigure(page('6.1'), '2025-05-13', [plan], '6.1 percent')).verdict).toBe('unverified');
  });

  it('reports farther apart than one release are two quantities', async () => {
    expect((await checkedFigure(page('6.25'), '2025-07-22', [plan], '6.25 percent')).verdict).toBe('unverified');
  });

  it("a report from before the day cannot tell that day's figure", async () => {
    const earlier = report('Calder Ledger', '2025-05-09', plan.text);
    expect((await checkedFigure(page('6.25'), '2025-05-13', [earlier], '6.25 percent')).verdict).toBe('unverified');
  });

  it('a small whole percent is shared by chance', async () => {
    const small = report(
      'Calder Ledger',
      '2025-05-13',
      'The Calder Reserve Bank will lower its policy rate from 5% to 4%, its governor told reporters in Marlow.',
    );
    const text =
      'On Tuesday the Calder Reserve Bank cut its policy rate to 4 percent, the first cut in Marlow for years.';
    expect((await checkedFigure(text, '2025-05-13', [small], '4 percent')).verdict).toBe('unverified');
  });

  it('unless both tell it as the value one change came from, with the same value it came to', async () => {
    const small = report(
      'Calder Ledger',
      '2025-05-13',
      'The Calder Reserve Bank will lower its policy rate from 5% to 4.75%, its governor told reporters in Marlow.',
    );
    const cut = (to: string) =>
      `The Calder Reserve Bank cut its policy rate to ${to}% from a record 5.0% on Tuesday, its first cut in Marlow for years.`;
    expect(verdictAndRelations(await checkedFigure(cut('4.75'), '2025-05-13', [small], '5.0%'))).toEqual({
      verdict: 'agree',
      relations: ['agree 5%'],
    });
    // Another value it came to is another change: the small whole percent is shared by chance.
    expect((await checkedFigure(cut('4.5'), '2025-05-13', [small], '5.0%')).verdict).toBe('unverified');
  });
});
