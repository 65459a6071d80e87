import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';
import { APPROACHING_VERBS, approachedAt } from './hedges';

const at = (sentence: string, figure: string) => approachedAt(sentence, sentence.indexOf(figure));

describe('a figure a verb brings a quantity up to', () => {
  it('is told as approached by each verb of the table, with its reason', () => {
    for (const v of APPROACHING_VERBS) {
      expect(v.reason.length, v.word).toBeGreaterThan(10);
      expect(at(`The toll ${v.word} 500 on Monday.`, '500'), v.word).toBe(true);
    }
    expect(at('The toll reached 500 on Monday.', '500')).toBe(false);
    expect(at('Nearing the coast, the storm killed 500 people.', '500')).toBe(false);
  });

  it('is just under the figure written: a finer figure below it holds, one above it does not', async () => {
    const peak = report('Desert Wire', '2025-07-14', 'Temperatures in Ardun neared 49 degrees Celsius on Monday.');
    const below = 'Temperatures in Ardun reached 48.7 degrees Celsius on Monday.';
    expect((await checkedFigure(below, '2025-07-14', [peak], '48.7 degrees Celsius')).verdict).toBe('compatible');
    const above = 'Temperatures in Ardun reached 49.4 degrees Celsius on Monday.';
    expect((await checkedFigure(above, '2025-07-14', [peak], '49.4 degrees Celsius')).verdict).toBe('conflict');
  });
});
