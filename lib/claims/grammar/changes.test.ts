import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const figures = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier]);

describe('words of change before "from X to Y"', () => {
  it('make two figures, the old and the new, where "from X to Y" alone is a range', () => {
    expect(figures('The Orvan savings rate has gone from 3% to 3.5%.')).toEqual([
      ['3%', 'exact'],
      ['3.5%', 'exact'],
    ]);
    expect(figures('Orvan bread inflation dipped from 6.1% to 5.4% in April.')).toEqual([
      ['6.1%', 'exact'],
      ['5.4%', 'exact'],
    ]);
    expect(figures('Tickets cost from $20 to $45.')).toEqual([['$20 to $45', 'range']]);
  });

  it('read "revised down by X to Y" as a revision and the figure it reached, however near the two', () => {
    expect(figures('Orvan’s March payrolls were revised down by 40,000 to 61,000.')).toEqual([
      ['40,000', 'exact'],
      ['61,000', 'exact'],
    ]);
  });

  it('read a move told in per cent and again in money after "by", then "to", as the move and the level it reached', () => {
    expect(figures('The bus fare rose by 8% or 20p to £2.70.')).toEqual([
      ['8%', 'exact'],
      ['20p', 'exact'],
      ['£2.70', 'exact'],
    ]);
    expect(figures('Tuition fell by 4 percent, or $400 to $9,600.')).toEqual([
      ['4 percent', 'exact'],
      ['$400', 'exact'],
      ['$9,600', 'exact'],
    ]);
    // Without the share told first, two near sums after "by" stay a range of moves.
    expect(figures('Ferry tolls increased by $2 to $3 a crossing.')).toEqual([['$2 to $3', 'range']]);
  });

  it("give the figure a change came from, told bare after the one it came to, that figure's unit", () => {
    const units = (text: string) => extractClaims(text).map((c) => [c.text, c.kind, c.quantity.unit]);
    expect(units('Orvan’s jobless rate climbed to 5.1% from 4.9 a month earlier.')).toEqual([
      ['5.1%', 'percent', '%'],
      ['4.9', 'percent', '%'],
    ]);
    expect(units('The dam’s wall was raised to 40 metres from about 32.')).toEqual([
      ['40 metres', 'other', 'metre'],
      ['32', 'other', 'metre'],
    ]);
    // A figure told in millions is no share; a figure with no change verb before "to" gets nothing.
    expect(units('Turnout rose to 61% from 2.4 million voters.').map(([, kind]) => kind)).toEqual(['percent', 'count']);
    expect(
      units('The charity sent 5% to 30 from 20 branches.')
        .slice(1)
        .map(([, kind]) => kind),
    ).toEqual(['count', 'count']);
  });
});

describe('"up" and "down" after a verb they make into another', () => {
  const eventOf = (text: string, figure: string) => extractClaims(text).find((c) => c.text === figure)?.quantity.event;

  it('tell no move by the figure after them', () => {
    expect(eventOf('The Orvan council turned down three bids for the stadium.', 'three')).toBe('');
    expect(eventOf('Nurses made up 40% of the Orvan hospital staff.', '40%')).toBe('');
    expect(eventOf('Troops shot down 30 drones over Orvan overnight.', '30')).not.toBe('fall:by');
  });

  it('still tell a move after a verb of a market', () => {
    expect(eventOf('Orvan Steel shares closed down 2% on Friday.', '2%')).toBe('fall:by');
    expect(eventOf('The Orvan index ended up 1.5% on the week.', '1.5%')).toBe('rise:by');
  });
});
