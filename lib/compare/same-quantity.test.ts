import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract';
import { frameOf, type Frame } from './frame';
import { fieldGrade } from './same-quantity';

/** The frame of the claim whose text is `figure` in `sentence`, of a report of 2025-03-04. */
function frameAt(sentence: string, figure: string): Frame {
  const claim = extractClaims(sentence).find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in "${sentence}"`);
  return frameOf(claim, sentence, claim.start - claim.sentenceStart, '2025-03-04');
}

describe('the place field', () => {
  const inTown = frameAt('Floods destroyed 40 homes in Marvale on Sunday.', '40');
  const inOtherTown = frameAt('Floods destroyed 40 homes in Dunhollow on Sunday.', '40');
  const byNationality = frameAt('Officials said 40 homes were destroyed in Norwegian raids.', '40');

  it('tells two places apart, and a nationality read as a place from neither, each time it is asked', () => {
    expect([inTown, inOtherTown, byNationality].map((f) => f.quantity.place)).toEqual([
      'marvale',
      'dunhollow',
      'norwegian',
    ]);
    // Asked twice: the nationality's reading is remembered by place, and must answer alike.
    for (let i = 0; i < 2; i++) {
      expect(fieldGrade('place', inTown, inOtherTown)).toBeNull();
      expect(fieldGrade('place', inTown, byNationality)).toBe('same');
      expect(fieldGrade('place', byNationality, inOtherTown)).toBe('same');
    }
  });
});

describe('the unit field', () => {
  const perShare = frameAt('The board raised its dividend to $0.30 per share.', '$0.30');
  const price = frameAt('The board put the dividend at $0.30 this year.', '$0.30');
  const wage = frameAt('Cleaners will earn $18 an hour under the deal.', '$18');
  const pay = frameAt('Cleaners will earn $18 under the deal.', '$18');

  it('takes a price with and without what it is the price of as likely one unit, whichever side names it', () => {
    expect(perShare.quantity.unit).toContain('/');
    expect(fieldGrade('unit', perShare, price)).toBe('likely');
    expect(fieldGrade('unit', price, perShare)).toBe('likely');
  });

  it('never takes a sum per hour for the sum alone', () => {
    expect(wage.quantity.unit).toContain('/');
    expect(fieldGrade('unit', wage, pay)).toBeNull();
    expect(fieldGrade('unit', pay, wage)).toBeNull();
  });

  it('takes a price per item in cents for the same price in dollars, and a sum in cents for one per item', () => {
    const inCents = frameAt('The chain will pay 45 cents a share to its holders.', '45 cents');
    const inDollars = frameAt('The chain will pay $0.45 per share to its holders.', '$0.45');
    const otherPrice = frameAt('The chain will pay $0.60 per share to its holders.', '$0.60');
    const centsAlone = frameAt('The chain will pay 45 cents to its holders.', '45 cents');
    expect(inCents.family).toBe(inDollars.family);
    expect(fieldGrade('unit', inCents, inDollars)).toBe('same');
    // Farther apart than a rounding, still one unit: the relation tells the figures apart.
    expect(fieldGrade('unit', inCents, otherPrice)).toBe('likely');
    expect(fieldGrade('unit', centsAlone, inDollars)).toBe('likely');
    // A measure written with a slash stays one unit.
    expect(frameAt('Gusts reached 90 km/h on the coast.', '90 km/h').family).toBe('kmh');
  });

  it('takes a move in percent for a change by the same points whose rate is named away from it', () => {
    const move = frameAt('Economists had long anticipated the 0.5% reduction at the spring meeting.', '0.5%');
    const points = frameAt(
      'The bank lowered its main rate, unchanged at 6 percent since May, by 0.5 percentage points.',
      '0.5 percentage points',
    );
    const level = frameAt('The bank held its main rate at 0.5% for the year.', '0.5%');
    expect(points.head).toBe('');
    expect(fieldGrade('unit', move, points)).toBe('likely');
    // A level in percent is no move in points, nor is a rise the size of a change down.
    expect(fieldGrade('unit', level, points)).toBeNull();
    const hike = frameAt('Traders had long priced in the 0.5% hike at the spring meeting.', '0.5%');
    const fall = frameAt(
      'The main rate, unchanged at 6 percent since May, fell by 0.5 percentage points.',
      '0.5 percentage points',
    );
    expect(fieldGrade('unit', move, fall)).toBe('likely');
    expect(fieldGrade('unit', hike, fall)).toBeNull();
  });
});

describe('a move told as what is counted', () => {
  const reduction = frameAt('Traders had fully anticipated the 0.5% reduction at the May meeting.', '0.5%');

  it('may be the move of what the other side says its figure moved ("cut its lending rate by 0.5%")', () => {
    expect(
      fieldGrade('thing', reduction, frameAt('The central bank cut its lending rate by 0.5% on Thursday.', '0.5%')),
    ).toBe('weak');
    expect(fieldGrade('thing', frameAt('The lending rate fell 0.5% on Thursday.', '0.5%'), reduction)).toBe('weak');
  });

  it('is never a move the other way ("rose 0.5%")', () => {
    expect(fieldGrade('thing', reduction, frameAt('The lending rate rose 0.5% on Thursday.', '0.5%'))).toBeNull();
  });
});

describe('the thing field: sub-groups WordNet gives as synonyms', () => {
  const minors = frameAt('The coach carried 31 passengers, including five minors, when it left the road.', 'five');
  const children = frameAt('Among the 31 passengers on the coach were five children, police said.', 'five');
  const adults = frameAt('Among the 31 passengers on the coach were five adults, police said.', 'five');

  it('takes one group named two ways as weak evidence of one thing, and two groups as two', () => {
    expect(minors.quantity.groups).toEqual(['minor']);
    expect(children.quantity.groups).toEqual(['child']);
    expect(fieldGrade('thing', minors, children)).toBe('weak');
    expect(fieldGrade('thing', adults, children)).toBeNull();
  });
});

describe('measures with no time told', () => {
  const on = (published: string, sentence: string, figure: string) => {
    const claim = extractClaims(sentence).find((c) => c.text === figure)!;
    return frameOf(claim, sentence, claim.start - claim.sentenceStart, published);
  };

  it('takes two readings of what moves, reported on different days, as likely one only', () => {
    const river = on('2025-03-04', 'The swollen river reached a level of 12 metres.', '12 metres');
    const riverLater = on('2025-03-06', 'The swollen river reached a level of 9 metres.', '9 metres');
    const riverSameDay = on('2025-03-04', 'The swollen river reached a level of 9 metres.', '9 metres');
    expect(fieldGrade('time', river, riverLater)).toBe('likely');
    expect(fieldGrade('time', river, riverSameDay)).toBe('same');
  });

  it('keeps a magnitude one figure whatever day it is told on', () => {
    const quake = on('2025-03-04', 'A magnitude 6.1 quake shook the valley.', '6.1');
    const quakeLater = on('2025-03-07', 'A magnitude 6.4 quake shook the valley.', '6.4');
    expect(fieldGrade('time', quake, quakeLater)).toBe('same');
  });
});

describe('two nouns for people on a small count', () => {
  const thing = (a: string, b: string, figureA: string, figureB = figureA) =>
    fieldGrade('thing', frameAt(a, figureA), frameAt(b, figureB));

  it('WordNet relates in no way are two small groups of a story: no one thing', () => {
    expect(thing('Seven stewards were sent off the pitch.', 'Seven referees attended the hearing.', 'Seven')).toBe(
      null,
    );
    expect(thing('Three senators abstained on the bill.', 'Three lobbyists were called to testify.', 'Three')).toBe(
      null,
    );
  });

  it('may still be one group told two ways on a larger count, or when WordNet relates them', () => {
    expect(thing('About 40 miners joined the picket.', 'About 40 workers joined the picket.', '40')).toBe('weak');
    expect(thing('Seven teachers joined the picket.', 'Seven educators joined the picket.', 'Seven')).toBe('weak');
  });
});
