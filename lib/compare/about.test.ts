import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';
import { aboutWords, namesWritten, onlyMovesOfNamedOthers } from './about';

const sharesOnlyMoves = (a: string, b: string) =>
  onlyMovesOfNamedOthers(aboutWords(a), aboutWords(b), namesWritten(a), namesWritten(b));

describe('names written in a figure’s part', () => {
  it('are its capitalised words, function words left out', () => {
    expect([...namesWritten('The copper price fell while Glencore and Rio Tinto slid 4%')]).toEqual([
      'glencore',
      'rio',
      'tinto',
    ]);
  });
});

describe('two parts that share only a move', () => {
  it('each naming its own mover tell of two movers', () => {
    expect(sharesOnlyMoves('Copper futures fell 3% in London', 'Shares of Vestra Mining slid 3%')).toBe(true);
  });

  it('one naming no mover of its own may be the other told without its name', () => {
    expect(sharesOnlyMoves('The benchmark fell 3% by the close', 'Shares of Vestra Mining slid 3%')).toBe(false);
  });

  it('sharing a word beyond the move, they may tell one mover', () => {
    expect(sharesOnlyMoves('Vestra Mining shares fell 3%', 'Shares in Vestra slid 3% on Monday')).toBe(false);
  });
});

describe('one day’s moves of named movers on weak evidence', () => {
  const markets = report(
    'Harbour Ledger',
    '2025-05-12',
    'Tariff fears hit Wall Street again. Volkner fell 6% and Brandt lost nearly 9% at the close.',
  );

  it('another mover’s same fall is no agreement', async () => {
    const page = 'Wall Street had another rough day. Arcon slid 6% and Meridan dropped 4%.';
    expect((await checkedFigure(page, '2025-05-12', [markets], '6%')).verdict).toBe('unverified');
  });

  it('a fall told with no name of its own may be one of them: the same figure agrees', async () => {
    const page = 'Wall Street had another rough day. The benchmark slid 6% by the close.';
    expect((await checkedFigure(page, '2025-05-12', [markets], '6%')).verdict).toBe('agree');
  });
});
