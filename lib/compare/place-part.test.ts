import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { membersIn } from './members';

/** One place's count against a count that names no place, in sentences of our own (a rail strike, a ferry). */
describe("one place's count below a count naming no place", () => {
  const strike = [
    report('Rail Weekly', '2025-02-11', 'The union said 900 drivers remain on strike across the network.'),
  ];

  it('is a part of the whole the other counts, no contradiction', async () => {
    const page = 'The union said 600 drivers remain on strike in Oldbury.';
    const seen = await checkedVerdict(page, '2025-02-11', strike, '600');
    expect(seen.verdict).not.toBe('conflict');
    expect(seen.verdict).not.toBe('mixed');
  });

  it('still contradicts it when the count names no place on either side', async () => {
    const page = 'The union said 600 drivers remain on strike.';
    expect((await checkedVerdict(page, '2025-02-11', strike, '600')).verdict).toBe('conflict');
  });

  it("still contradicts it when the place's count is above the other, which cannot then be the whole", async () => {
    const page = 'The union said 1,400 drivers remain on strike in Oldbury.';
    expect((await checkedVerdict(page, '2025-02-11', strike, '1,400')).verdict).toBe('conflict');
  });

  it("still contradicts it when the other's text speaks of the place: its count may be the place's own", async () => {
    const ferry = [
      report(
        'Coast Radio',
        '2025-06-02',
        'Off Skerrin, coastguards said 30 passengers remain missing after the ferry sank.',
      ),
    ];
    const page = 'Coastguards said 18 passengers remain missing off Skerrin after the ferry sank.';
    expect((await checkedVerdict(page, '2025-06-02', ferry, '18')).verdict).toBe('conflict');
  });
});

/** One site's count against the whole event's, in sentences of our own (a warehouse fire, a mine). */
describe("one site's count below the event's", () => {
  const storm = [report('Valley Courier', '2025-09-03', 'Officials said 240 people remain missing after the storm.')];

  it('is a part of the whole, no contradiction', async () => {
    // Figures within the factor of two, which a contradiction needs (relation.ts).

    const page = 'Firefighters at the scene said 160 people remain missing after the storm.';
    const seen = await checkedVerdict(page, '2025-09-03', storm, '160');
    expect(seen.verdict).not.toBe('conflict');
    expect(seen.verdict).not.toBe('mixed');
  });

  it('still contradicts it when both tell the site, or when the site holds more than the whole', async () => {
    const atTheSite = [report('Valley Courier', '2025-09-03', 'Crews at the site said 70 people remain missing.')];
    const page = 'Crews at the site said 40 people remain missing.';
    expect((await checkedVerdict(page, '2025-09-03', atTheSite, '40')).verdict).toBe('conflict');
    const more = 'Firefighters at the scene said 400 people remain missing after the storm.';
    expect((await checkedVerdict(more, '2025-09-03', storm, '400')).verdict).toBe('conflict');
  });
});

/** One named member's count against a count of several of that noun, in sentences of our own (storms, plants). */
describe("one named member's count against a count of several", () => {
  const member = (n: number) =>
    report('Weather Desk', '2025-11-03', `Officials said ${n} people had died during the Ashcombe storm as of Monday.`);
  const page = (noun: string) => `Officials said 14 people had died during the ${noun} as of Monday.`;

  it('is a part of the whole: compatible, neither a contradiction nor the same figure', async () => {
    expect((await checkedVerdict(page('storms'), '2025-11-03', [member(9)], '14')).verdict).toBe('compatible');
    expect((await checkedVerdict(page('storms'), '2025-11-03', [member(14)], '14')).verdict).toBe('compatible');
  });

  it('still contradicts a count of the one thing, or a member above the whole', async () => {
    expect((await checkedVerdict(page('storm'), '2025-11-03', [member(9)], '14')).verdict).toBe('conflict');
    expect((await checkedVerdict(page('storms'), '2025-11-03', [member(19)], '14')).verdict).toBe('conflict');
  });

  it('reads a member by the name before its noun, and several by a definite plural', () => {
    const read = (own: string) => {
      const { named, plural } = membersIn(own);
      return { named: [...named], plural: [...plural] };
    };
    expect(read(' jobs go at the Kelso plant')).toEqual({ named: ['plant'], plural: [] });
    expect(read(' staff work at both plants')).toEqual({ named: [], plural: ['plant'] });
    expect(read(' died in the Ashcombe and Brae storms')).toEqual({ named: [], plural: ['storm'] });
    // A people's adjective names no member; a bare plural after a figure is that figure's noun.
    expect(read(' the Egyptian death toll rose to').named).toEqual([]);
    expect(read(' provinces and said that').plural).toEqual([]);
    // A definite phrase that runs into another ("the final bill from the floods") leaves that one whole.
    expect(read('The final bill from the floods rose to').plural).toEqual(['flood']);
    expect(read('The late entries from both festivals fell to').plural).toContain('festival');
  });
});
