import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** What a figure counts and what happened to it, read in sentences of our own. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  const { lemma, groups, event } = found!.quantity;
  return { lemma, groups, event };
};

describe('later items of a list count what the first counts', () => {
  it('gives a list of shares over years the subject told once', () => {
    const text = 'The institute sees exports rising 2.1% in 2025, 3.4% in 2026 and 2.8% in 2027.';
    expect(read(text, '3.4%').lemma).toBe(read(text, '2.1%').lemma);
    expect(read(text, '2.8%').lemma).toBe(read(text, '2.1%').lemma);
    const core = 'Core prices are forecast to rise 3.1% this year, 2.6% next year and 2.2% in 2027.';
    expect(read(core, '2.2%')).toEqual(read(core, '3.1%'));
  });

  it('keeps each item’s own verb and shares the noun', () => {
    const text = 'The tornado destroyed 60 homes and damaged 210 across the county.';
    expect(read(text, '210').lemma).toBe('home');
    const quake = 'The explosion killed 9 miners and injured 31, the company said.';
    expect(read(quake, '31')).toMatchObject({ lemma: 'miner', event: 'injure' });
  });

  it('shares what happened with an item that has no verb of its own', () => {
    const text = 'The health office confirmed 14 deaths in the capital and 6 in the port.';
    expect(read(text, '6')).toMatchObject({ lemma: read(text, '14').lemma, event: read(text, '14').event });
  });

  it('reads a gapped item, where the holder changes and the noun is told once', () => {
    const text = 'The Greens won 41 seats, the Liberals 28 and the Socialists 12.';
    expect(read(text, '28').lemma).toBe('seat');
    expect(read(text, '12').lemma).toBe('seat');
  });

  it('leaves alone figures that are not parallel items', () => {
    // Another unit, or a noun of its own, is another quantity.
    expect(read('Sales rose 4% in May and reached $3 million in June.', '$3 million').lemma).not.toBe('sale');
    expect(read('The fire burned 300 acres and forced 40 families to leave.', '40').lemma).toBe('family');
    // A subject told before the figure leaves no room for another holder: "wages" is what 2.5% measures.
    expect(read('Inflation was 3.2% in March, while wages 2.5%.', '2.5%').lemma).not.toBe('inflation');
    // Something other than an adjunct after the later figure: not an item of the list.
    expect(read('The team scored 31 points and led by 12 at the half.', '12').lemma).not.toBe('point');
  });
});

describe('a part of a bare whole counts what was last counted', () => {
  it('reads "N of M" and "N of them" with no noun by the count told before them', () => {
    const text = 'The coalition needed 76 seats to govern and has so far won 58 of 150.';
    expect(read(text, '58').lemma).toBe('seat');
    expect(read(text, '150').lemma).toBe('seat');
    expect(read('Inspectors tested 220 wells and found 31 of them polluted.', '31').lemma).toBe('well');
    expect(read('The lab sequenced 480 samples, and 37 of the 480 carried the variant.', '37').lemma).toBe('sample');
  });

  it('leaves the part alone when no count was told before it, or its whole names its own noun', () => {
    expect(read('She has won 12 of 20.', '12').lemma).toBe('');
    expect(read('The club signed 14 players and won 9 of 12 matches.', '9').lemma).toBe('match');
  });
});

describe('a noun of another clause is not what a share counts', () => {
  it('does not take the subject of a pronoun’s clause or who reports the figure', () => {
    expect(read('Forecasters thought it would remain unchanged at 2.4%.', '2.4%').lemma).toBe('');
    expect(read('The coach said that 30% of the squad was injured.', '30%').lemma).toBe('squad');
    expect(read('The regulator said that 12% was the limit.', '12%').lemma).not.toBe('regulator');
    // A subject told with the figure's own verb is still what it counts.
    expect(read('Turnout rose to 64% in the capital.', '64%').lemma).toBe('turnout');
    expect(read('The damage was estimated at $6 billion.', '$6 billion').lemma).toBe('damage');
  });
});

describe('another holder before a later item of a list', () => {
  it('reads the holder as whose share it is, not what the share counts', () => {
    const text = 'The ruling party took 40.2% of the vote, while the opposition won 21.8%.';
    expect(read(text, '21.8%').lemma).toBe('vote');
    expect(read('The Greens took 31% of the vote and Labour won 24%.', '24%').lemma).toBe('vote');
    expect(read('The firm held 18% of the market, while its rival held 12%.', '12%').lemma).toBe('market');
  });

  it('keeps a noun that is what the later item counts', () => {
    expect(read('Unemployment fell to 4.1% of the workforce while inflation rose to 3%.', '3%').lemma).toBe(
      'inflation',
    );
    // The first item's subject was told before its figure: no room for another holder.
    expect(read('Turnout reached 61% while the opposition won 30%.', '30%').lemma).not.toBe('turnout');
  });
});

describe('figures dealt out by "respectively" to the names listed before them', () => {
  it("makes each figure its own holder's part of what the list counts", () => {
    const text = 'The Greens, the Liberals and Labour won 12, 9 and 30 seats, respectively.';
    expect(read(text, '12').groups).toEqual(['greens']);
    expect(read(text, '9').groups).toEqual(['liberals']);
    expect(read(text, '30')).toMatchObject({ lemma: 'seat', groups: ['labour'] });
    const two = 'Acme Motors and Borg Industries are ahead on 41 and 17 contracts respectively.';
    expect(read(two, '17').groups).toEqual(['borg industries']);
  });

  it('keeps a figure a part of an unnamed whole when the names do not match the figures one to one', () => {
    // Three names, two figures: who holds what is not told.
    const text = 'Acme, Borg and Cobalt shared 12 and 9 contracts respectively.';
    expect(read(text, '9').groups).toEqual(['part']);
    // Holders told after the figures are places, not names read here.
    expect(read('They won 16 and 12 seats in Ruritania and Freedonia, respectively.', '12').groups).toEqual(['part']);
  });
});
