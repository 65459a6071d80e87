import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';
import {
  EXPECTED_AFTER,
  EXPECTED_BEFORE,
  FORECAST_CLAUSE_VERBS,
  FORECASTERS,
  GROWTH_VERBS,
  REQUIRED_BEFORE,
  toldAsExpected,
} from './expected';

const expectedIn = (sentence: string, figure: string) => toldAsExpected(sentence, sentence.indexOf(figure), figure);

describe('a figure told as what was expected', () => {
  it('is read from the words just before or after it, and a reason is given for each', () => {
    expect(expectedIn('Analysts had expected 2.1 percent growth in Harlow.', '2.1 percent')).toBe(true);
    expect(expectedIn('Harlow exports missed the 2.8 percent forecast.', '2.8 percent')).toBe(true);
    expect(expectedIn('Traders were expecting the bank to cut rates by 0.5 percent.', '0.5 percent')).toBe(true);
    expect(expectedIn("The market expectation for Harlow's exports was growth of 2.4 percent.", '2.4 percent')).toBe(
      true,
    );
    expect(expectedIn('Harlow exports grew 1.9 percent, short of the forecasted 2.4 percent.', '2.4 percent')).toBe(
      true,
    );
    // What came, even when it beat what was expected, is no forecast; nor is a clause away.
    expect(expectedIn('Harlow exports grew a larger-than-expected 3.1 percent.', '3.1 percent')).toBe(false);
    expect(expectedIn('Harlow exports unexpectedly grew 3.1 percent.', '3.1 percent')).toBe(false);
    expect(expectedIn('As expected, Harlow exports grew 3.1 percent.', '3.1 percent')).toBe(false);
    for (const w of [...EXPECTED_BEFORE, ...EXPECTED_AFTER]) expect(w.reason.length, w.words).toBeGreaterThan(10);
  });

  it('is another quantity than the figure that came, whatever the two figures', async () => {
    const office = [
      report('Harlow Ledger', '2025-06-12', "Harlow's exports grew 2.8 percent in May, the trade office said."),
    ];
    const page = "Harlow's exports grew 3.1 percent in May, beating the 2.8 percent forecast.";
    expect((await checkedFigure(page, '2025-06-12', office, '2.8 percent')).verdict).toBe('unverified');
    const told = "Harlow's exports grew 2.8 percent in May, the office said.";
    expect((await checkedFigure(told, '2025-06-12', office, '2.8 percent')).verdict).toBe('agree');
  });
});

describe('two figures told as expected', () => {
  const survey = [
    report(
      'Harlow Ledger',
      '2025-07-04',
      'Harlow publishes its jobs report on Friday. Economists were expecting total job gains of 41,000, according to Refinitiv.',
    ),
  ];

  it('are one forecast when the same, whatever each names beside it, within one release', async () => {
    const page = 'Harlow logged 43.5K new hires, topping the 41K estimate.';
    expect((await checkedFigure(page, '2025-07-04', survey, '41K')).verdict).toBe('agree');
    // Five weeks on, the same figure is the next month's forecast.
    expect((await checkedFigure(page, '2025-08-12', survey, '41K')).verdict).toBe('unverified');
  });
});

describe('an outcome told in the passive as projected', () => {
  it('is where a count under way is heading, unless the sentence names who forecast it', () => {
    const projected = 'The Greens were projected to win 14 seats on the Tarrow council as counting went on.';
    expect(expectedIn(projected, '14 seats')).toBe(false);
    expect(expectedIn('Labour is expected to take 9 seats in Tarrow as counting goes on.', '9 seats')).toBe(false);
    // A forecaster named, or what had been expected before the outcome came, is a forecast.
    expect(
      expectedIn('The Greens were projected to win 14 seats in Tarrow, according to the exit poll.', '14 seats'),
    ).toBe(true);
    expect(expectedIn('The Greens had been expected to win 14 seats in Tarrow.', '14 seats')).toBe(true);
    // An expected rise is a forecast of what a figure will become.
    expect(expectedIn('The Tarrow flood toll is expected to rise to 120, officials said.', '120')).toBe(true);
    for (const w of [...FORECASTERS, ...GROWTH_VERBS]) expect(w.reason.length, w.words).toBeGreaterThan(10);
  });

  it('reads an estimate as a forecast only when a forecaster is named', () => {
    const count = 'The relief agency said its latest estimate of those left homeless in Tarrow is 8,200.';
    expect(expectedIn(count, '8,200')).toBe(false);
    expect(expectedIn('Tarrow hired 3,900 staff, above a consensus estimate of 3,100.', '3,100')).toBe(true);
  });

  it('reads a projection made by polls as a forecast, and one made by a news desk as the count', () => {
    const polls = 'Most exit polls had the Greens ahead, some projecting a three-fifths majority for them in Tarrow.';
    expect(expectedIn(polls, 'three-fifths')).toBe(true);
    const desk = 'With most votes counted, broadcasters were projecting 14 seats for the Greens in Tarrow.';
    expect(expectedIn(desk, '14 seats')).toBe(false);
  });

  it('agrees with the count it projects', async () => {
    const count = [
      report('Tarrow Echo', '2025-05-02', 'The Greens won 14 seats on the Tarrow council, the returning officer said.'),
    ];
    const page = 'The Greens were projected to win 14 seats on the Tarrow council as counting went on.';
    expect((await checkedFigure(page, '2025-05-02', count, '14')).verdict).toBe('agree');
  });
});

describe('where a figure may go ("could reach")', () => {
  it('is a projection, not where the figure stands', async () => {
    expect(expectedIn('Officials warned the Harlow toll could reach 900.', '900')).toBe(true);
    expect(expectedIn('The Harlow toll may exceed 900, officials warned.', '900')).toBe(true);
    // Told as what estimates show, it is the estimate.
    expect(expectedIn('Estimates show Harlow losses could reach $4 billion.', '$4 billion')).toBe(false);
    expect(expectedIn('The Harlow toll reached 900, officials said.', '900')).toBe(false);
    const toll = [report('Harlow Ledger', '2025-06-12', 'The Harlow mudslide has killed nearly 900 people.')];
    const page = 'Officials warned the Harlow mudslide toll could reach 900.';
    expect((await checkedFigure(page, '2025-06-12', toll, '900')).verdict).toBe('unverified');
  });
});

describe('a figure told as what a rule or a goal requires', () => {
  it('is read from the words just before it, with a reason for each', () => {
    for (const w of REQUIRED_BEFORE) expect(w.reason.length, w.words).toBeGreaterThan(10);
    expect(expectedIn('Control of the Harlow council requires at least 31 of its 60 seats.', '31')).toBe(true);
    expect(expectedIn('No group in Harlow won the required 31 seats.', '31')).toBe(true);
    expect(expectedIn('The Greens would need 31 seats to govern Harlow alone.', '31')).toBe(true);
    // The whole the threshold is a share of, and a count won, are no thresholds.
    expect(expectedIn('Control of the Harlow council requires at least 31 of its 60 seats.', '60')).toBe(false);
    expect(expectedIn('The Greens won 24 seats in Harlow, short of a majority.', '24')).toBe(false);
  });

  it('is no outcome: seats won or projected never contradict it, and two tellings of it agree', async () => {
    const rules = [
      report('Harlow Ledger', '2025-05-02', 'Control of the Harlow council requires at least 31 of its 60 seats.'),
    ];
    const won = 'The Greens won 24 seats on the Harlow council, the count showed.';
    expect((await checkedFigure(won, '2025-05-02', rules, '24')).verdict).toBe('unverified');
    const short = 'No group on the Harlow council reached the required 31 seats.';
    expect((await checkedFigure(short, '2025-05-02', rules, '31')).verdict).toBe('agree');
  });
});

describe('a forecast told with other words', () => {
  it("reads a company's or a forecaster's own expectation, and an estimate beaten or missed", () => {
    expect(expectedIn('Corvel expects sales of 1.4 million scooters in the third quarter.', '1.4 million')).toBe(true);
    expect(expectedIn('Analysts expect growth of 2.6 percent in Tarrow this year.', '2.6 percent')).toBe(true);
    expect(expectedIn('Corvel sold 1.5 million scooters, which beat estimates of 1.4 million.', '1.4 million')).toBe(
      true,
    );
    expect(expectedIn('Tarrow factory orders missed estimates of 3.2 percent in June.', '3.2 percent')).toBe(true);
    // What came is no forecast, and an estimate of a count made now is none.
    expect(expectedIn('Corvel sold 1.5 million scooters, which beat estimates of 1.4 million.', '1.5 million')).toBe(
      false,
    );
    expect(expectedIn('Estimates of the Tarrow flood damage run to $40 million.', '$40 million')).toBe(false);
  });

  it('reads a relative clause on the figure that a named forecaster estimated or expected', () => {
    expect(
      expectedIn('Hiring in Tarrow fell short of the 62,000 jobs that economists estimated for May.', '62,000'),
    ).toBe(true);
    expect(
      expectedIn('The Greens took fewer than the 14 seats that opinion polls had predicted in Tarrow.', '14 seats'),
    ).toBe(true);
    // Without a forecaster, what officials estimated may be a count of now.
    expect(expectedIn('Crews reached the 3,000 homes that officials estimated were flooded.', '3,000')).toBe(false);
    for (const w of FORECAST_CLAUSE_VERBS) expect(w.reason.length, w.words).toBeGreaterThan(10);
  });

  it('makes one forecast told two ways agree', async () => {
    const guidance = [
      report('Corvel Wire', '2025-08-21', 'Corvel expects third-quarter revenue of $4.35 billion, its chief said.'),
    ];
    const page = "Corvel's chief told investors the company was expecting third-quarter revenue of $4.35 billion.";
    expect((await checkedFigure(page, '2025-08-21', guidance, '$4.35 billion')).verdict).toBe('agree');
  });
});
