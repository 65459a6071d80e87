import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';

describe('a head misread from a compound, the other side naming a synonym of a word read at it', () => {
  const bloc = report(
    'Vorden Post',
    '2025-04-11',
    'Leaders of the 27-nation bloc met in Vorden on Friday to agree the budget.',
  );
  const page = (noun: string) => `The budget was backed by all 27 ${noun} of the bloc, officials in Vorden said.`;

  it('"the 27-nation bloc" (read as counting the bloc) and "27 countries" are one count: agree', async () => {
    expect((await checkedFigure(page('countries'), '2025-04-11', [bloc], '27')).verdict).toBe('agree');
  });

  it('while a word that is no synonym stays apart', async () => {
    expect((await checkedFigure(page('cities'), '2025-04-11', [bloc], '27')).verdict).toBe('unverified');
  });
});
