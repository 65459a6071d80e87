import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { PEAK_BEFORE, peakAt } from './peak';

const verdictOf = async (...args: Parameters<typeof checkedFigure>) =>
  verdictAndRelations(await checkedFigure(...args));

describe('a peak', () => {
  it('is read from the words right before a figure, with what its clause says it is of', () => {
    for (const { words, peak, reason } of PEAK_BEFORE) {
      expect(reason.length, words).toBeGreaterThan(10);
      const sentence = `Joblessness in Tarnia eased to 6.1% from ${words} 8.4% last year.`;
      const at = peakAt(sentence, sentence.indexOf('8.4%'));
      expect(at?.kind, words).toBe(peak);
      expect(at?.words.has('joblessness'), words).toBe(true);
    }
    const plain = 'Joblessness in Tarnia eased to 6.1% from 8.4% last year.';
    expect(peakAt(plain, plain.indexOf('8.4%'))).toBeNull();
  });

  it('is one value whatever day or year each report names: two that cannot both hold conflict', async () => {
    const high = report(
      'Tarnia Ledger',
      '2025-06-10',
      'Inflation in Tarnia fell to 4.2% in May, down from a high of 12.3% in November 2024.',
    );
    const page = 'Inflation in Tarnia has slowed to 4.2% from a record 10.5%, the statistics office said.';
    expect(await verdictOf(page, '2025-06-12', [high], '10.5%')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 12.3%'],
    });
    // Another field: a reservoir's fill, told as its low point.
    const low = report(
      'Valley Wire',
      '2025-09-02',
      'The Orlen reservoir has refilled to 64% of its capacity from a low of 18% in July.',
    );
    const refilled =
      'The Orlen reservoir, which bottomed out at 25% of its capacity this summer, is refilling after the rains.';
    expect((await verdictOf(refilled, '2025-09-05', [low], '25%')).verdict).toBe('conflict');
  });

  it('leaves a peak apart from a level, from the other extreme and from a peak of other months', async () => {
    const high = report(
      'Tarnia Ledger',
      '2025-06-10',
      'Inflation in Tarnia fell to 4.2% in May, down from a high of 12.3% in November 2024.',
    );
    const level = 'Inflation in Tarnia was 10.5% in March, the statistics office said.';
    expect((await verdictOf(level, '2025-06-12', [high], '10.5%')).verdict).not.toBe('conflict');
    const low = 'Inflation in Tarnia has risen to 4.2% from a low of 10.5%, the statistics office said.';
    expect((await verdictOf(low, '2025-06-12', [high], '10.5%')).verdict).not.toBe('conflict');
    // Two months on, a later release may tell of a new peak.
    const later = 'Inflation in Tarnia has slowed to 4.2% from a record 10.5%, the statistics office said.';
    expect((await verdictOf(later, '2025-09-12', [high], '10.5%')).verdict).not.toBe('conflict');
  });
});
