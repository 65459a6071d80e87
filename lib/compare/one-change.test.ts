import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';
import { CHANGE_BASES } from './one-change';

const results = report(
  'Motor Wire',
  '2025-05-14',
  'Kestrel Motors said its revenue rose 41% from a year earlier, lifted by sales of its electric vans.',
);
const verdictOf = async (page: string, published: string, figure: string) =>
  (await checkedFigure(page, published, [results], figure)).verdict;

describe('one change of one figure told twice', () => {
  it('has a reason for each base period', () => {
    for (const b of CHANGE_BASES) expect(b.reason.length, b.base).toBeGreaterThan(10);
  });

  it('contradicts another figure for it against the same base, a day apart, in other words', async () => {
    const page = 'Revenue at Kestrel Motors jumped 47% compared with the same quarter last year.';
    expect(await verdictOf(page, '2025-05-15', '47%')).toBe('conflict');
    const sameDay = 'Kestrel Motors said revenue increased by 47% over the same period last year.';
    expect(await verdictOf(sameDay, '2025-05-14', '47%')).toBe('conflict');
  });

  it('agrees with the same figure', async () => {
    const page = 'Revenue at Kestrel Motors jumped 41% compared with the same quarter last year.';
    expect(await verdictOf(page, '2025-05-15', '41%')).toBe('agree');
  });

  it('is another change against another base period', async () => {
    const page = 'Revenue at Kestrel Motors rose 47% from the previous quarter.';
    expect(await verdictOf(page, '2025-05-15', '47%')).not.toBe('conflict');
  });

  it("is another figure for a part of the company's", async () => {
    const page = 'Kestrel Motors said van revenues rose 47% from a year earlier.';
    expect(await verdictOf(page, '2025-05-15', '47%')).not.toBe('conflict');
  });

  it('is another release when told more than a release apart', async () => {
    const page = 'Revenue at Kestrel Motors jumped 47% compared with the same quarter last year.';
    expect(await verdictOf(page, '2025-08-20', '47%')).not.toBe('conflict');
  });
});
