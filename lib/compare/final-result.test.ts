import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { FINAL_RESULT_WORDS, resultReader } from './final-result';

/** One party's count in a final result against another report of it, in sentences of our own about invented places. */
describe('a final result', () => {
  it('is told by words with a reason for each, and its owners are the names of the clause before the figure', () => {
    for (const w of FINAL_RESULT_WORDS) expect(w.reason.length, w.words).toBeGreaterThan(10);
    const read = (sentence: string, figure: string) => resultReader(sentence, sentence.indexOf(figure))();
    expect(read('The Harbour Party won 31 seats, according to the final count.', '31')).toEqual({
      final: true,
      owners: ['harbour party'],
    });
    // The words after another figure, to the next comma or "and", are that figure's.
    expect(read('The Greens took 20 seats, against 14 for the Liberals and 3 for Labour.', '3').owners).toEqual([]);
    expect(read('The Greens led with 20 seats, followed by Anna Berg’s Liberals on 14.', '14').owners).toEqual([
      'anna berg',
      'liberals',
    ]);
    // A day is no owner.
    expect(read('On Monday the Greens had 20 seats.', '20').owners).toEqual(['greens']);
  });

  const council = [
    report(
      'Tolvan Courier',
      '2025-05-12',
      'The Greens won 14 seats on the Tolvan city council, according to the final results published by the electoral office.',
    ),
  ];

  it("gives one figure for each party: another report of that party's count no earlier cannot differ", async () => {
    const page = 'The Greens have secured 12 seats on the Tolvan city council, the electoral office announced.';
    expect(await checkedVerdict(page, '2025-05-12', council, '12')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 14'],
    });
    // A shareholder vote's final count: another field.
    const votes = [
      report(
        'Market Desk',
        '2025-03-20',
        'Final results show Halden Foods won 8,240 votes from investors at the meeting.',
      ),
    ];
    const told = 'Halden Foods received 7,900 votes from investors at the meeting, the registrar said.';
    expect((await checkedVerdict(told, '2025-03-20', votes, '7,900')).verdict).toBe('conflict');
  });

  it("is no other party's count, nor a count reported before it", async () => {
    const other = 'The Liberals have secured 12 seats on the Tolvan city council, the electoral office announced.';
    expect((await checkedVerdict(other, '2025-05-12', council, '12')).verdict).not.toBe('conflict');
    const before = 'The Greens were on course for 12 seats on the Tolvan city council as counting went on.';
    expect((await checkedVerdict(before, '2025-05-11', council, '12')).verdict).not.toBe('conflict');
  });
});
