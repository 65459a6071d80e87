import { describe, expect, it } from 'vitest';
import { DURATION_TABLE } from '../claims/grammar/durations';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { DURATION_LOOSENESS, LASTING_WORDS } from './durations';

describe('how loosely each unit of time is told', () => {
  it('has an entry with a reason for every unit extraction reads', () => {
    const units = DURATION_LOOSENESS.map((d) => d.unit);
    for (const { word } of DURATION_TABLE) expect(units, word).toContain(word);
    for (const { unit, reason } of DURATION_LOOSENESS) expect(reason.length, unit).toBeGreaterThan(20);
  });

  it('gives a reason for every verb of lasting', () => {
    for (const { word, reason } of LASTING_WORDS) expect(reason.length, word).toBeGreaterThan(10);
  });
});

describe('a length told in another unit', () => {
  const walkout = report(
    'Kestrel Courier',
    '2025-06-14',
    'Dockworkers at the Kestrel port ended a 46-day walkout on Friday.',
  );
  const page = (sentence: string) => `${sentence} The dockworkers will return to the Kestrel port on Monday.`;

  it('holds when the coarser unit rounds or cuts the length down: six weeks for 46 days', async () => {
    const told = page('The Kestrel port walkout ended on Friday after six weeks.');
    expect(verdictAndRelations(await checkedFigure(told, '2025-06-14', [walkout], 'six weeks'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 46-day'],
    });
  });

  // 46 days is 1.5 months, which rounds to the two told: the same length, told roughly.
  it('holds when told as nearly the next whole unit: nearly two months for 46 days', async () => {
    const told = page('Dockworkers ended a walkout of nearly two months at the Kestrel port on Friday.');
    expect((await checkedFigure(told, '2025-06-14', [walkout], 'two months')).verdict).toBe('agree');
  });

  it('agrees when converted and rounded to the unit it is told in: two weeks for 14 days', async () => {
    const fortnight = report(
      'Kestrel Post',
      '2025-06-14',
      'Ferry crews at the Kestrel port ended a 14-day stoppage on Friday.',
    );
    const told = page('Ferry crews at the Kestrel port ended a two-week stoppage on Friday.');
    expect((await checkedFigure(told, '2025-06-14', [fortnight], 'two-week')).verdict).toBe('agree');
  });

  it('holds when days are counted whole against hours: four days for more than 100 hours', async () => {
    const rescue = report(
      'Kestrel Post',
      '2025-06-14',
      'A miner was pulled alive from the Kestrel colliery on Friday after more than 100 hours underground.',
    );
    const told = 'A miner was pulled alive from the Kestrel colliery on Friday after four days underground.';
    expect((await checkedFigure(told, '2025-06-14', [rescue], 'four days')).verdict).toBe('compatible');
  });

  it('still contradicts a length no rounding or cutting down reaches', async () => {
    for (const [sentence, figure] of [
      ['The Kestrel port walkout ended on Friday after nine weeks.', 'nine weeks'],
      ['Dockworkers ended a walkout of nearly a month at the Kestrel port on Friday.', 'a month'],
    ]) {
      expect((await checkedFigure(page(sentence!), '2025-06-14', [walkout], figure!)).verdict, figure).toBe('conflict');
    }
  });

  it('still contradicts another count in the same unit: 45 days against 46', async () => {
    const told = page('Dockworkers at the Kestrel port ended a 45-day walkout on Friday.');
    expect((await checkedFigure(told, '2025-06-14', [walkout], '45-day')).verdict).toBe('conflict');
  });
});

describe('lengths of time tied to one thing only loosely', () => {
  const walkout = report(
    'Kestrel Courier',
    '2025-06-14',
    'Dockworkers at the Kestrel port ended a six-week walkout on Friday.',
  );

  it('are no contradiction when many times apart and one names what it times away from its figure', async () => {
    const told =
      'The Kestrel port walkout, which ended on Friday, was the first walkout by the dockworkers in 12 years.';
    expect(verdictAndRelations(await checkedFigure(told, '2025-06-14', [walkout], '12 years'))).toEqual({
      verdict: 'unverified',
      relations: [],
    });
  });

  it('are not even compatible when many times apart and one names what it times away from its figure', async () => {
    const floor = report(
      'Kestrel Post',
      '2025-06-14',
      'Dockworkers at the Kestrel port ended their walkout on Friday after more than six weeks.',
    );
    const told =
      'The Kestrel port walkout, which ended on Friday, was the first walkout by the dockworkers in 12 years.';
    expect((await checkedFigure(told, '2025-06-14', [floor], '12 years')).verdict).toBe('unverified');
  });

  it('still contradict each other far apart when both name what they time at the figure', async () => {
    const told = 'Dockworkers at the Kestrel port ended a 15-week walkout on Friday.';
    expect((await checkedFigure(told, '2025-06-14', [walkout], '15-week')).verdict).toBe('conflict');
  });

  it('are not compatible on weak evidence when neither is tied to what it times', async () => {
    const record = report(
      'Kestrel Post',
      '2025-06-14',
      'Visitor numbers at the Kestrel port reached their highest level in two years, the council said.',
    );
    const told = 'The Kestrel port council has raised its fees six times in the past 17 months.';
    expect(verdictAndRelations(await checkedFigure(told, '2025-06-14', [record], '17 months'))).toEqual({
      verdict: 'unverified',
      relations: [],
    });
  });

  it('still contradict each other when verbs of lasting tie both to what they time', async () => {
    const ran = report(
      'Kestrel Post',
      '2025-06-14',
      'The walkout at the Kestrel port ran for four weeks, the union said.',
    );
    const told = 'The Kestrel port walkout lasted six weeks, the dockworkers said.';
    expect((await checkedFigure(told, '2025-06-14', [ran], 'six weeks')).verdict).toBe('conflict');
  });

  it('are no contradiction when neither names what it times at its figure nor says it lasted so long', async () => {
    const deal = report(
      'Kestrel Courier',
      '2025-06-14',
      'The Kestrel port agreement gives the dockworkers a raise of 5% in each of the next two years.',
    );
    const told = 'The Kestrel port agreement raises the dockworkers’ pay by 18% over the next three years.';
    expect((await checkedFigure(told, '2025-06-14', [deal], 'three years')).verdict).not.toBe('conflict');
  });
});
