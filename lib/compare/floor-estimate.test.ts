import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';

/** A rough figure against another source's floor for one count of one day, in sentences of our own. */
describe('a rough figure below a floor for one count of one day', () => {
  // An orchard county after a mudslide, and a strike at a port: other fields than the stories'.
  const barns = [
    report('Farm Gazette', '2025-07-14', 'Officials in Dunmore said more than 110 barns were buried by the mudslide.'),
  ];

  it('contradicts it when rounding cannot reach the floor', async () => {
    const page = 'It is estimated that around 70 barns were buried by the mudslide in Dunmore.';
    expect(await checkedVerdict(page, '2025-07-14', barns, '70')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 110'],
    });
  });

  it('holds beside it when rounding reaches the floor, or on another day', async () => {
    const close = 'It is estimated that around 105 barns were buried by the mudslide in Dunmore.';
    expect((await checkedVerdict(close, '2025-07-14', barns, '105')).verdict).not.toBe('conflict');
    const earlier = 'It is estimated that around 70 barns were buried by the mudslide in Dunmore.';
    expect((await checkedVerdict(earlier, '2025-07-12', barns, '70')).verdict).not.toBe('conflict');
  });

  it("may be a part's figure when it names a place the floor does not", async () => {
    const part = 'Around 70 barns were buried by the mudslide in the upper valley of Kessel, Dunmore officials said.';
    expect((await checkedVerdict(part, '2025-07-14', barns, '70')).verdict).not.toBe('conflict');
  });

  it('is far from a floor more than twice it: two quantities as often as one', async () => {
    const far = 'It is estimated that around 40 barns were buried by the mudslide in Dunmore.';
    expect((await checkedVerdict(far, '2025-07-14', barns, '40')).verdict).not.toBe('conflict');
  });

  it('is a morning count against an evening one for a total counted through the day', async () => {
    const injured = [
      report(
        'Port Times',
        '2025-09-03',
        'More than 90 dockers were injured in clashes at the Harwick port, medics said.',
      ),
    ];
    const page = 'Around 60 dockers were injured in clashes at the Harwick port, medics said.';
    expect((await checkedVerdict(page, '2025-09-03', injured, '60')).verdict).not.toBe('conflict');
  });
});
