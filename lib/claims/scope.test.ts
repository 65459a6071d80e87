import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
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
