import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { NONE_AFTER, RECORD_AFTER, RECORD_WORDS } from './time-words';
import { recordSpan, spanOfRecord, spanWithNone } from './when';

/** The record the length written as `figure` in `sentence` is the span since, or null. */
const recordOf = (sentence: string, figure: string) => recordSpan(sentence, sentence.indexOf(figure), figure.length);

describe('the words that make a length the span since a record', () => {
  it('gives a reason for every word', () => {
    for (const { word, reason } of [...RECORD_WORDS, ...RECORD_AFTER]) expect(reason.length, word).toBeGreaterThan(20);
    for (const { words, reason } of NONE_AFTER) expect(reason.length, words).toBeGreaterThan(20);
  });

  it('reads a record word before the span, a few words of what it is said of between', () => {
    expect(recordOf('Ferry crews staged their first walkout in 11 years on Monday.', '11 years')).toBe('first');
    expect(recordOf('For the first time in a decade the Tarn council cut its budget.', 'a decade')).toBe('first');
    expect(recordOf('Tarn unemployment fell to its lowest level in over three years.', 'three years')).toBe('least');
    expect(recordOf("It was the Tarn valley's wettest month for nearly 40 years.", '40 years')).toBe('most');
    expect(recordOf('That is the lowest the Tarn jobless rate has been in more than two years.', 'two years')).toBe(
      'least',
    );
  });

  it('reads a record noun right after the span', () => {
    expect(recordOf('The Tarn bank lifted its rate to 6%, a 17-year high.', '17-year')).toBe('most');
    expect(recordOf('Tarn bond yields sank to a three-month low on Friday.', 'three-month')).toBe('least');
    expect(recordOf('Tarn bond yields sank to a three-month low.', 'three-month')).toBe('least');
    expect(recordOf('Tarn rents rose to a 20-year peak of $900, the survey said.', '20-year')).toBe('most');
  });

  it('leaves a length of what is named a length', () => {
    expect(recordOf('Ferry crews ended a seven-week walkout on Monday.', 'seven-week')).toBeNull();
    expect(recordOf('Most ferry crews have been on strike for seven weeks.', 'seven weeks')).toBeNull();
    expect(recordOf('Tarn approved a 10-year low-income housing plan.', '10-year')).toBeNull();
    expect(recordOf('Tarn pupils follow a four-year high school course.', 'four-year')).toBeNull();
    expect(recordOf('The first ferry crews were idle for nine days, the union said.', 'nine days')).toBeNull();
  });

  it('reads a first time before a span since a day as a record, no total since then', () => {
    expect(spanOfRecord('The Tarn bank made its first rate cut since March 2020 on Friday.', 'since march 2020')).toBe(
      true,
    );
    expect(spanOfRecord('Tarn has cut its rate by 2 points since March 2020.', 'since march 2020')).toBe(false);
  });

  it('reads a length that passed with none of a thing', () => {
    const sentence = 'Almost four years with no Tarn ferry strike ended on Monday.';
    expect(spanWithNone(sentence, sentence.indexOf('four years'), 'four years'.length)).toBe(true);
  });
});

describe('a span since a record against other lengths', () => {
  const checked = async (page: string, told: string, figure: string) =>
    verdictAndRelations(await checkedFigure(page, '2025-06-14', [report('Tarn Post', '2025-06-14', told)], figure));

  it('is no length of the thing it is said of: a first walkout in 11 years, an 11-year contract', async () => {
    expect(
      await checked(
        'Ferry crews at the Tarn port staged their first walkout in 11 years on Monday.',
        'Ferry crews at the Tarn port ended an 11-year contract on Monday.',
        '11 years',
      ),
    ).toEqual({ verdict: 'unverified', relations: [] });
  });

  it('is no period a rate is measured over: its lowest in two years, the 24 months to May', async () => {
    expect(
      await checked(
        'Tarn inflation fell to 3.1% in May, its lowest level in two years.',
        'Tarn inflation was 3.1% in the 24 months to May, the statistics office said.',
        'two years',
      ),
    ).toEqual({ verdict: 'unverified', relations: [] });
  });

  it('is no term of office: the first time in a decade, a 10-year rule', async () => {
    expect(
      await checked(
        'For the first time in a decade the Tarn Unity party lost its majority on Sunday.',
        'Over its 10-year rule the Tarn Unity party built 40 schools.',
        'a decade',
      ),
    ).toEqual({ verdict: 'unverified', relations: [] });
  });

  it('agrees with the same span told the other way: a 17-year high, the highest in 17 years', async () => {
    expect(
      await checked(
        'The Tarn central bank lifted its key rate to 6% on Friday, a 17-year high.',
        'The Tarn central bank raised its key rate to 6% on Friday, its highest level in 17 years.',
        '17-year',
      ),
    ).toEqual({ verdict: 'agree', relations: ['agree 17 years'] });
  });

  it('never contradicts the span since another record of the story', async () => {
    const { verdict } = await checked(
      'The Tarn central bank lifted its key rate to 6% on Friday, a 17-year high.',
      'Tarn core prices rose 7% in May, their highest rate for over 30 years.',
      '17-year',
    );
    expect(verdict).toBe('unverified');
  });

  it('agrees with a length that names no thing, the first time in 20 years, in power for 20 years', async () => {
    expect(
      await checked(
        'The Tarn Unity party lost its majority on Sunday for the first time in 20 years.',
        'The Tarn Unity party, in power for 20 years, conceded on Monday.',
        '20 years',
      ),
    ).toEqual({ verdict: 'agree', relations: ['agree 20 years'] });
  });

  it('but not as the span since a superlative record: its worst result in 20 years', async () => {
    const { verdict } = await checked(
      'The Tarn Unity party had its worst result in 20 years on Sunday.',
      'The Tarn Unity party, in power for 20 years, conceded on Monday.',
      '20 years',
    );
    expect(verdict).toBe('unverified');
  });

  it('holds with a span told as passing with none: the first in over two years, nearly three years with none', async () => {
    expect(
      await checked(
        'The Tarn Savings Bank is the first Tarn bank to fail in more than two years.',
        'Nearly three years with no Tarn bank failures came to an end on Friday.',
        'two years',
      ),
    ).toEqual({ verdict: 'compatible', relations: ['compatible three years'] });
  });
});
