import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { partAndWhole } from './loose-whole';

describe('a whole named by its larger part', () => {
  const onBoard = report(
    'Coast Desk',
    '2025-03-03',
    'The Tessa ferry had 212 passengers on board when it ran aground.',
  );
  const rescued = report(
    'Harbour Wire',
    '2025-03-03',
    'All 212 passengers and 14 crew of the Tessa ferry were rescued by fishing boats.',
  );
  const page = 'There were 226 passengers on board the Tessa ferry when it ran aground, the coast guard said.';

  it('is no contradiction of the part when the corpus tells the group by its parts', async () => {
    const { verdict, relations } = await checkedVerdict(page, '2025-03-04', [onBoard, rescued], '226');
    expect(verdict).not.toBe('conflict');
    expect(verdict).not.toBe('mixed');
    expect(relations).toContain('compatible 212');
  });

  it('stays a contradiction when no report tells the parts', async () => {
    expect((await checkedVerdict(page, '2025-03-04', [onBoard], '226')).verdict).toBe('conflict');
  });

  it('pairs a part only with the whole its parts add up to', () => {
    const pairs = new Set(['212|226', '14|226']);
    expect(partAndWhole(226, 212, pairs)).toBe(true);
    expect(partAndWhole(212, 226, pairs)).toBe(true);
    expect(partAndWhole(225, 212, pairs)).toBe(false);
    expect(partAndWhole(212, 212, pairs)).toBe(false);
  });
});
