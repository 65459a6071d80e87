import { describe, expect, it } from 'vitest';
import { checkedFigure, checkedVerdict, report } from '../../test/support/dated-reports';

describe('the same figure of three significant digits, what it counts read on one side only', () => {
  // Sport: a club's squad registered, what is counted said in the sentence before the figure on the page.
  const squad = report(
    'Harbour Sports Wire',
    '2025-09-02',
    'Dunmore Rovers registered 137 players with the Westland league before the deadline, the club said.',
  );
  const sportPage = (figure: string) =>
    `Dunmore Rovers beat the Westland league's deadline with room to spare. It had ${figure} on its list by then.`;

  it('told again a day later, it agrees on moderate evidence', async () => {
    expect(await checkedVerdict(sportPage('137'), '2025-09-03', [squad], '137')).toEqual({
      verdict: 'agree',
      relations: ['agree 137'],
    });
  });

  it('another figure is no conflict on that evidence', async () => {
    expect((await checkedFigure(sportPage('139'), '2025-09-03', [squad], '139')).verdict).toBe('unverified');
  });

  it('a round figure is shared by chance', async () => {
    const round = report(
      'Harbour Sports Wire',
      '2025-09-02',
      'Dunmore Rovers registered 130 players with the Westland league before the deadline, the club said.',
    );
    expect((await checkedFigure(sportPage('130'), '2025-09-03', [round], '130')).verdict).toBe('unverified');
  });

  it('a bound only starts at its figure', async () => {
    expect((await checkedFigure(sportPage('more than 137'), '2025-09-03', [squad], '137')).verdict).toBe('unverified');
  });

  it('reports farther apart than one release are two quantities', async () => {
    expect((await checkedFigure(sportPage('137'), '2025-11-20', [squad], '137')).verdict).toBe('unverified');
  });

  // Health: beds at a hospital, the page naming the hospital's wards before the figure.
  it('in health news too: beds told in the sentence before', async () => {
    const beds = report(
      'Carrow Health Desk',
      '2025-04-14',
      'The new Carrow General wing opened on Monday with 312 beds for patients from the Carrow region.',
    );
    const page =
      'Carrow General opened its new wing on Monday for patients of the Carrow region. By evening 312 were ready.';
    expect((await checkedFigure(page, '2025-04-14', [beds], '312')).verdict).toBe('agree');
  });
});
