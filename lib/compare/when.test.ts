import { describe, expect, it } from 'vitest';
import { sameTime, whenOf } from './when';

// Friday 1 December 2023.
const FRIDAY = '2023-12-01';

describe('the time a figure refers to', () => {
  it('resolves named days against the date of publication', () => {
    expect(whenOf({ scope: 'single_day', anchor: 'thursday' }, FRIDAY).day).toBe('2023-11-30');
    expect(whenOf({ scope: 'single_day', anchor: 'friday' }, FRIDAY).day).toBe(FRIDAY);
    expect(whenOf({ scope: 'single_day', anchor: 'yesterday' }, FRIDAY).day).toBe('2023-11-30');
    expect(whenOf({ scope: 'single_day', anchor: 'november 28' }, FRIDAY).day).toBe('2023-11-28');
    expect(whenOf({ scope: 'cumulative', anchor: 'as of sunday' }, FRIDAY).day).toBe('2023-11-26');
  });

  it('takes a running total with no day of its own as of publication', () => {
    expect(whenOf({ scope: 'cumulative', anchor: 'since october 7' }, FRIDAY).day).toBe(FRIDAY);
    expect(whenOf({ scope: 'other', anchor: '' }, FRIDAY).day).toBe(FRIDAY);
    expect(whenOf({ scope: 'period', anchor: 'november' }, FRIDAY).day).toBeNull();
  });

  it('meets an undated weekday with a dated one by its name, and tells unknown apart', () => {
    const undated = whenOf({ scope: 'single_day', anchor: 'thursday' }, null);
    expect(sameTime(undated, whenOf({ scope: 'single_day', anchor: 'thursday' }, FRIDAY))).toBe('same');
    expect(sameTime(undated, whenOf({ scope: 'single_day', anchor: 'friday' }, FRIDAY))).toBe('different');
    expect(sameTime(whenOf({ scope: 'other', anchor: '' }, null), whenOf({ scope: 'other', anchor: '' }, FRIDAY))).toBe(
      'unknown',
    );
  });
});
