import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';

describe('two lengths of time from one event', () => {
  const arrival = report(
    'Orvan Times',
    '2025-03-11',
    'Firefighters reached the Orvan depot about 40 minutes after the explosion.',
  );

  it('time their own happenings when neither names it: never a conflict', async () => {
    const alarm = 'The alarm sounded at the Orvan depot about 25 minutes after the explosion.';
    expect(verdictAndRelations(await checkedFigure(alarm, '2025-03-11', [arrival], '25 minutes'))).toEqual({
      verdict: 'unverified',
      relations: [],
    });
  });

  it('agree on the same figure', async () => {
    const told = 'Firefighters reached the Orvan depot 40 minutes after the explosion, the fire service said.';
    expect((await checkedFigure(told, '2025-03-11', [arrival], '40 minutes')).verdict).toBe('agree');
  });
});
