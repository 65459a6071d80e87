import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';

// Tuesday's official figures for a ferry fire: the dead and the injured given together.
const tuesday = report(
  'Harbour Wire',
  '2025-09-02',
  'The official toll from the Kessel ferry fire stood at 212 dead as of Tuesday evening, while 540 people were listed as injured.',
);
const verdictOf = async (page: string, published: string, figure: string) =>
  (await checkedFigure(page, published, [tuesday], figure)).verdict;

describe('two reports telling one update of a tally beside another', () => {
  it('contradict each other when the later one gives a lower figure beside the same figure for the other tally', async () => {
    const page =
      'With the official toll from the Kessel ferry fire now at 212 dead and 300 injured, divers resumed work.';
    expect(await verdictOf(page, '2025-09-03', '300')).toBe('conflict');
    // Other words, another order: the wounded first, the dead told by a verb.
    const reordered = 'The Kessel ferry fire left 300 people wounded and killed 212, officials said.';
    expect(await verdictOf(reordered, '2025-09-04', '300')).toBe('conflict');
  });

  it('are a series when the later figure is higher: two updates, the other tally held still', async () => {
    const page = 'The Kessel ferry fire has killed 212 people and injured 700, officials said on Wednesday.';
    expect(await verdictOf(page, '2025-09-03', '700')).toBe('compatible');
  });

  it('are a series when nothing beside the figures says they tell one update', async () => {
    const otherToll = 'The Kessel ferry fire has killed 230 people and injured 300, officials said on Wednesday.';
    expect(await verdictOf(otherToll, '2025-09-03', '300')).not.toBe('conflict');
    const alone = 'Some 300 people were injured in the Kessel ferry fire, officials said on Wednesday.';
    expect(await verdictOf(alone, '2025-09-03', '300')).not.toBe('conflict');
  });

  it('are a part and its whole when a sentence gives a second figure of the tally compared', async () => {
    const part = 'The Kessel ferry fire has killed 212 people, and 300 of the 540 injured remain in hospital.';
    expect(await verdictOf(part, '2025-09-03', '300')).not.toBe('conflict');
  });

  it('are counts of one day when reported the same day: a morning and an evening may differ', async () => {
    const page = 'The Kessel ferry fire has killed 212 people and injured 300, officials said on Tuesday morning.';
    expect(await verdictOf(page, '2025-09-02', '300')).not.toBe('conflict');
  });
});

// A breakdown of the dead by nationality, as an agency gave it on Tuesday.
const nationalities = report(
  'Lake Wire',
  '2025-06-10',
  'The pilgrims who died in the Arvel heat include 40 Kenyans, 52 Ugandans, 18 Tanzanians and 12 Rwandans.',
);
const breakdownVerdict = async (page: string, figure: string) =>
  (await checkedFigure(page, '2025-06-13', [nationalities], figure)).verdict;

describe('one breakdown told twice', () => {
  it('gives one figure for each part: another figure for a part is a contradiction', async () => {
    const retold =
      'Among the pilgrims who died in the Arvel heat were 40 Kenyans, 25 Ugandans, 18 Tanzanians and 12 Rwandans.';
    expect(await breakdownVerdict(retold, '25')).toBe('conflict');
  });

  it('is no breakdown told twice when fewer than three parts are the same', async () => {
    const other =
      'Among the pilgrims who died in the Arvel heat were 44 Kenyans, 25 Ugandans, 18 Tanzanians and 14 Rwandans.';
    expect(await breakdownVerdict(other, '25')).not.toBe('conflict');
  });

  it('is a later count when the parts count a running total, which grows part by part', async () => {
    const source = report(
      'Lake Wire',
      '2025-06-10',
      'The floods killed 40 Kenyans, 25 Ugandans, 18 Tanzanians and 12 Rwandans in the Arvel valley.',
    );
    const later = 'The floods killed 40 Kenyans, 52 Ugandans, 18 Tanzanians and 12 Rwandans in the Arvel valley.';
    expect((await checkedFigure(later, '2025-06-13', [source], '52')).verdict).not.toBe('conflict');
    // A part below its earlier figure cannot be a later count of it.
    const lower = 'The floods killed 40 Kenyans, 21 Ugandans, 18 Tanzanians and 12 Rwandans in the Arvel valley.';
    expect((await checkedFigure(lower, '2025-06-13', [source], '21')).verdict).toBe('conflict');
  });
});
