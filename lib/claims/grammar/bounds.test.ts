import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const figures = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.high]);

describe('a ceiling on the time something took', () => {
  it('is read from "within a mere", "in the span of", "in the space of"', () => {
    expect(figures('The Orvan storm grew into a hurricane within a mere 18 hours.')).toEqual([
      ['18 hours', 'at_most', 18],
    ]);
    expect(figures('The river rose two metres in the span of 36 hours.')).toEqual([
      ['two metres', 'exact', 2],
      ['36 hours', 'at_most', 36],
    ]);
    expect(figures('In the space of three days the camp filled.')).toEqual([['three days', 'at_most', 3]]);
  });
});

describe('"over" before a length of time', () => {
  it('is a floor after a verb of spending or lasting: the time spent or lasted exceeded the length', () => {
    expect(figures('Climbers spent over 40 hours on the ridge.')).toEqual([['40 hours', 'at_least', null]]);
    expect(figures('The blackout lasted over three days in the valley.')).toEqual([['three days', 'at_least', null]]);
    // Elsewhere it says the span the thing took, and bounds nothing.
    expect(figures('The hearings ran over three days.')).toEqual([['three days', 'exact', 3]]);
  });
});

describe('bounds said as a place or a comparison', () => {
  it('reads "beyond" as a floor and "closer to" as an estimate', () => {
    expect(figures('The inquiry ran beyond 18 months.')).toEqual([['18 months', 'at_least', null]]);
    expect(figures('The delay stretched beyond a week.')).toEqual([['a week', 'at_least', null]]);
    expect(figures('The real toll is closer to 300.')).toEqual([['300', 'approx', 330]]);
  });
});

describe('a bound between a unit named first and its figure', () => {
  it('gives the figure the unit: "a magnitude of up to 6.2", "magnitude at least 5"', () => {
    const measures = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.quantity.unit]);
    expect(measures('Forecasters warned of an aftershock of magnitude up to 6.2 near the coast.')).toEqual([
      ['6.2', 'at_most', 'magnitude'],
    ]);
    expect(measures('The island was hit by a tremor of magnitude at least 5 overnight.')).toEqual([
      ['5', 'at_least', 'magnitude'],
    ]);
  });

  it('and so does an estimate named between them: "magnitude an estimated 6.1", "magnitude roughly 4.9"', () => {
    const measures = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.quantity.unit]);
    expect(measures('The quake, magnitude an estimated 6.1, shook the town.')).toEqual([
      ['6.1', 'approx', 'magnitude'],
    ]);
    expect(measures('The tremor was of magnitude roughly 4.9 and woke the valley.')).toEqual([
      ['4.9', 'approx', 'magnitude'],
    ]);
  });
});

describe('a negative quantifier opening the clause', () => {
  it('turns a floor in its clause into a ceiling, as "never" does', () => {
    expect(figures('Last season, no club spent more than £40 million on a single player.')).toEqual([
      ['£40 million', 'at_most', 40e6],
    ]);
    expect(figures('Officials said that no school had a dropout rate above 12%.')).toEqual([['12%', 'at_most', 12]]);
  });

  it('leaves a bound in another clause, after a modal, or after "no" as an object alone', () => {
    expect(figures('No one knows whether more than 100 miners were underground.')).toEqual([['100', 'at_least', null]]);
    expect(figures('No driver should work longer than 10 hours.')).toEqual([['10 hours', 'at_least', null]]);
    expect(figures('The loan needs no deposit and repayments start above £25,000.')).toEqual([
      ['£25,000', 'at_least', null],
    ]);
  });

  it('leaves a bound that sizes a group the clause names ("none of the more than 200 passengers")', () => {
    expect(figures('None of the more than 200 passengers was hurt.')).toEqual([['200', 'at_least', null]]);
    expect(figures('No one among their over 40 staff had been told.')).toEqual([['40', 'at_least', null]]);
  });

  it('leaves a bound inside its own noun phrase, before the verb ("nobody in the town of over 20,000 people")', () => {
    expect(figures('Nobody in the village of over 3,000 residents saw the fire.')).toEqual([
      ['3,000', 'at_least', null],
    ]);
    expect(figures('No fund among those with more than $2 billion reported a loss.')).toEqual([
      ['$2 billion', 'at_least', null],
    ]);
    // After the verb the quantifier still reaches it.
    expect(figures('No pupil in the county scored above 95% this year.')).toEqual([['95%', 'at_most', 95]]);
  });

  it('leaves a length after "for" that says how long nothing happened, not one a subject spent waiting', () => {
    expect(figures('No goal was scored for more than 300 minutes.')).toEqual([['300 minutes', 'at_least', null]]);
    expect(figures('No train ran for over two weeks after the floods.')).toEqual([['two weeks', 'at_least', null]]);
    expect(figures('No caller waited for more than 20 minutes.')).toEqual([['20 minutes', 'at_most', 20]]);
  });
});

describe('an estimate said of a verb whose object is the figure', () => {
  it('makes the figure an estimate: "almost sliced two minutes off", "nearly reaching 19.6 million"', () => {
    expect(figures('The new ferry route opened in May, shaving nearly 40 minutes off.')).toEqual([
      ['40 minutes', 'approx', 40],
    ]);
    expect(figures('The appeal closed on Friday, nearly reaching £2 million.')).toEqual([
      ['£2 million', 'approx', 2e6],
    ]);
    expect(figures('The striker almost netted 30 goals last season.').map(([, q]) => q)).toEqual(['approx']);
  });

  it('leaves a figure after another word, or after the adverb alone', () => {
    expect(figures('Nearly all 300 passengers were rescued.')).toEqual([['300', 'exact', 300]]);
  });
});

describe('an estimate before "the" and a level its figure names', () => {
  it('makes the figure an estimate: "around the 4.5% mark", "near the $20 billion mark"', () => {
    expect(figures('Mortgage rates hovered around the 6% mark all summer.')).toEqual([['6%', 'approx', 6.6]]);
    expect(figures('Ticket sales are near the £3 million mark.')).toEqual([['£3 million', 'approx', 3.3e6]]);
  });

  it('leaves a level crossed, one with no estimate before it, and an estimate cancelled by the verb', () => {
    expect(figures('Wage growth topped the 4 percent mark.')).toEqual([['4 percent', 'exact', 4]]);
    expect(figures('The Nikkei climbed to the 40,000 level.')).toEqual([['40,000', 'exact', 40000]]);
    expect(figures('Traders worried about the 6% mark.')).toEqual([['6%', 'exact', 6]]);
  });
});

describe('"up to" before a level risen to from an older one', () => {
  it('is no ceiling with a comma before "from" either: "was up to 35,200t, from 29,200t"', () => {
    expect(figures('Membership is up to 4,800, from 4,100 last spring.')).toEqual([
      ['4,800', 'exact', 4800],
      ['4,100', 'exact', 4100],
    ]);
    // Before a year it stays a ceiling.
    expect(figures('Rebates of up to £300, from 2027, are planned.')).toEqual([['£300', 'at_most', 300]]);
  });
});
