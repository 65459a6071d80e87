import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { clockHour } from './clock';
import { DAY_AS_OBJECT } from './scope';

/** The scope and anchor extraction gives the figure `figure` of `sentence`. */
function scopeOf(sentence: string, figure: string): string {
  const claim = extractClaims(sentence).find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in: ${sentence}`);
  return `${claim.quantity.scope} ${claim.quantity.anchor}`.trim();
}

describe('a day that is what a verb acts on, not when a figure held', () => {
  it('reads no day in "declared Sunday a day of mourning", whatever verb of the table', () => {
    for (const { word, reason } of DAY_AS_OBJECT) {
      expect(reason.length).toBeGreaterThan(10);
      const sentence = `The governor ${word} Tuesday a day of remembrance for the 41 people who died in the flood.`;
      expect(scopeOf(sentence, '41'), word).toBe('other');
    }
  });

  it('leaves the figure the day its own words give', () => {
    expect(
      scopeOf('The mayor declared Monday a holiday after 12 houses collapsed in the storm on Saturday.', '12'),
    ).toBe('single_day saturday');
  });

  it('keeps a day told with "on" after the same verbs', () => {
    expect(scopeOf('The agency declared on Tuesday that 41 people had died.', '41')).toBe('single_day tuesday');
    expect(scopeOf('Officials named 14 victims on Friday.', '14')).toBe('single_day friday');
  });
});

describe('a running total as of an hour of the clock', () => {
  it('runs to the day after the hour, as a total', () => {
    expect(scopeOf('The toll stood at 212 as of 2 p.m. Friday.', '212')).toBe('cumulative as of friday');
    expect(scopeOf('As of 6 a.m. local time on Sunday, 480 people had died.', '480')).toBe('cumulative as of sunday');
    // "by" names no total of itself: the day is a limit, and the time is read as of it (lib/compare/when.ts).
    expect(scopeOf('By 9pm on Monday, 31 people had died.', '31')).toBe('other');
  });

  it('keeps "before 10 p.m. Wednesday" a time on the day', () => {
    expect(scopeOf('Crews found 36 homes destroyed just before 10 p.m. Wednesday.', '36')).toBe('single_day wednesday');
  });

  it('reads the hour of the clock', () => {
    expect([clockHour('2 p.m.'), clockHour('12 a.m.'), clockHour('12pm'), clockHour('6:30 am')]).toEqual([
      14, 0, 12, 6.5,
    ]);
    expect(clockHour('13 p.m.')).toBeNull();
  });
});

describe('"since" as an adverb', () => {
  it('names no start after an auxiliary of the perfect', () => {
    expect(scopeOf('The toll of 480 in Marvale has since risen.', '480')).toBe('other');
    expect(scopeOf('The 40 sailors, who have since been freed, were held for weeks.', '40')).toBe('other');
    expect(scopeOf('In Marvale, 200 people have been killed since Friday.', '200')).toBe('cumulative since friday');
  });
});

describe('a relative day closing a name', () => {
  it('is no day of a figure', () => {
    expect(scopeOf('Of the 1,081 dead, 90 were Indians, according to India Today.', '90')).toBe('other');
    expect(scopeOf('An official told USA Today that 31 people were missing.', '31')).toBe('other');
    expect(scopeOf('Today, 31 people were missing.', '31')).toBe('single_day today');
  });
});

describe('a day in what was said', () => {
  it('is the figure\'s own past "that", the telling\'s before it', () => {
    expect(scopeOf('The ministry said that on Monday night 3,400 people had taken shelter.', '3,400')).toBe(
      'single_day monday',
    );
    expect(scopeOf('The ministry said on Monday that 3,400 people had taken shelter.', '3,400')).toBe('other');
  });
});

describe('days in a list of figures', () => {
  it('give each figure the day told after it', () => {
    const list =
      'Airlines cancelled 1,160 flights on Monday, 476 were cancelled on Tuesday and 90 were cancelled on Wednesday.';
    expect(scopeOf(list, '476')).toBe('single_day tuesday');
    expect(scopeOf(list, '90')).toBe('single_day wednesday');
    const longer = 'Storms killed 212 people on Saturday and another 40 were found dead on Sunday.';
    expect(scopeOf(longer, '40')).toBe('single_day sunday');
  });

  it('leave a day closing a clause to the figure after it when that one has none', () => {
    expect(scopeOf('Storms killed 212 people on Saturday, and 40 more were injured.', '40')).toBe(
      'single_day saturday',
    );
  });
});

describe('a running total as of a date', () => {
  it('keeps the whole date, and the day after the edge of it', () => {
    expect(scopeOf('The toll stood at 90 as of Sept. 5.', '90')).toBe('cumulative as of september 5');
    expect(scopeOf('Officials had received 225 calls as of 11 a.m. on Jan. 3.', '225')).toBe(
      'cumulative as of january 3',
    );
    expect(scopeOf('The toll has risen to 55 as of early Friday.', '55')).toBe('cumulative as of friday');
  });
});

describe('"due to": a cause, or an arrangement', () => {
  it('reads no plan in a cause', () => {
    expect(scopeOf('The number of flights cancelled due to the strike has reached 340.', '340')).toBe('other');
    expect(scopeOf('Losses due to heavy frost came to $12 million, the growers said.', '$12 million')).toBe('other');
  });

  it('reads a plan in an arrangement told with a verb of being', () => {
    expect(scopeOf('The council is due to approve 340 new homes next week.', '340')).toBe('plan');
    expect(scopeOf('The bakery chain is shortly due to be sold for $40 million.', '$40 million')).toBe('plan');
  });
});
