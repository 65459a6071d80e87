import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { correctionsIn as statedIn, REVISION_VERBS } from './correction';
import {
  CORRECTION_MARKERS,
  EARLIER_REPORT_WORDS,
  REPLACED_BEFORE,
  REVISED_DOWN,
  REVISED_TO_HEDGES,
  REVISED_TALLY_NOUNS,
  TOLL_WORDS,
} from './time-words';

/** The corrections a sentence states, its revisions left out (a revision is a later estimate). */
const correctionsIn = (sentence: string) => statedIn(sentence).filter((c) => !c.revision);

const EARLY = report(
  'Coast Herald',
  '2025-04-14',
  'The toll from the Pellham floods has risen to 640, the regional authority said.',
);
const AMENDED = report(
  'Valley Wire',
  '2025-04-17',
  'The regional authority amended its figures for the Pellham floods, saying 212 people died instead of 640 as was earlier reported.',
);

describe('corrections', () => {
  it('have a reason for every word', () => {
    for (const w of [...REPLACED_BEFORE, ...CORRECTION_MARKERS]) expect(w.reason.length, w.words).toBeGreaterThan(10);
  });

  it('pair a figure set right with the figure it replaced, only when the sentence says a report was set right', () => {
    expect(
      correctionsIn(
        'Officials now say 212 people died in Pellham, rather than the 640 first announced, as previously reported.',
      ),
    ).toMatchObject([{ value: 212, replaced: 640 }]);
    expect(correctionsIn(AMENDED.text)).toMatchObject([{ value: 212, replaced: 640 }]);
    // An expectation missed and a statistics office's later estimate are not corrections.
    expect(
      correctionsIn('Pellham wages rose 0.2 percent in May instead of the 0.4 percent economists expected.'),
    ).toEqual([]);
    expect(correctionsIn("Pellham's May payrolls were revised to 31,000, up from 26,000 initially.")).toEqual([]);
  });

  it('read a toll revised down as a correction, in either order, and nothing else revised down', () => {
    expect(correctionsIn('The authority revised the Pellham flood toll down to 212 from 640.')).toMatchObject([
      { value: 212, replaced: 640 },
    ]);
    expect(correctionsIn('The Pellham death toll was revised down from 640 to 212.')).toMatchObject([
      { value: 212, replaced: 640 },
    ]);
    // A toll revised up is counted on; payrolls revised down are a later estimate; a cut elsewhere in a sentence of deaths.
    expect(correctionsIn('The Pellham death toll was revised up to 700 from 640.')).toEqual([]);
    expect(correctionsIn('Pellham payrolls for May were revised down to 26,000 from 31,000.')).toEqual([]);
    expect(correctionsIn('As deaths rose, the Pellham council cut its staff to 2,100 from 2,500.')).toEqual([]);
    for (const w of [
      ...REVISED_DOWN,
      ...TOLL_WORDS,
      ...REVISED_TALLY_NOUNS,
      ...EARLIER_REPORT_WORDS,
      ...REVISED_TO_HEDGES,
    ])
      expect(w.reason.length, w.words).toBeGreaterThan(5);
  });

  it('read a toll revised down however the revision is worded: a long name of the toll, the noun, the clause after', () => {
    expect(
      correctionsIn(
        'The health ministry has revised the death toll of the two bombings at the crowded Merrow fish market from 96 to 71.',
      ),
    ).toMatchObject([{ value: 71, replaced: 96 }]);
    expect(correctionsIn('Coroners in Merrow announced a revision of the death toll from 96 to 71.')).toMatchObject([
      { value: 71, replaced: 96 },
    ]);
    expect(
      correctionsIn('Police had first put the Merrow death toll at 96, but coroners later lowered it to 71.'),
    ).toMatchObject([{ value: 71, replaced: 96 }]);
    expect(correctionsIn('Officials said 96 people died in Merrow, a toll since cut to 71.')).toMatchObject([
      { value: 71, replaced: 96 },
    ]);
    expect(correctionsIn('The Merrow death toll, initially reported as 96, was revised to 71.')).toMatchObject([
      { value: 71, replaced: 96 },
    ]);
    expect(
      correctionsIn('Officials had first said 96 people were killed in Merrow before revising the figure to 71.'),
    ).toMatchObject([{ value: 71, replaced: 96 }]);
    expect(correctionsIn('The Merrow death toll was corrected to 71 from 96.')).toMatchObject([
      { value: 71, replaced: 96 },
    ]);
    expect(
      correctionsIn('Coroners later lowered the figure to 71 from an earlier estimate of 96 killed in Merrow.'),
    ).toMatchObject([{ value: 71, replaced: 96 }]);
    expect(
      correctionsIn('Officials said 71 people were killed in Merrow, down from an earlier toll of 96.'),
    ).toMatchObject([{ value: 71, replaced: 96 }]);
    // A count of another period is no earlier report of the same toll, nor is a fall told in a clause past the verb.
    expect(correctionsIn('Weekly deaths in Merrow fell to 71, down from 96 the week before.')).toEqual([]);
    expect(
      correctionsIn('The Merrow clinic revised its guidance, and deaths from the fever fell from 96 to 71 this month.'),
    ).toEqual([]);
    // Revised up, a cut of something else after a toll, and a revision of no toll are no corrections.
    expect(correctionsIn('Police had first put the Merrow death toll at 71, but later revised it to 96.')).toEqual([]);
    expect(correctionsIn('As 96 people died in Merrow, the council cut its aid to 71 villages.')).toEqual([]);
    expect(correctionsIn('Analysts announced a revision of the Merrow harvest estimate from 96 to 71 tonnes.')).toEqual(
      [],
    );
  });

  it('make the replaced figure and its replacement contradict each other, however far apart their reports', async () => {
    const page = 'Floods in Pellham have killed 640 people, officials said.';
    expect(await checkedVerdict(page, '2025-04-15', [EARLY, AMENDED], '640')).toEqual({
      verdict: 'mixed',
      relations: ['agree 640', 'agree 640', 'conflict 212'],
    });
    const later = 'At least 212 people died in the Pellham floods, according to the regional authority.';
    expect((await checkedVerdict(later, '2025-04-18', [EARLY, AMENDED], '212')).verdict).toBe('mixed');
    // The page's own sentence may set the figure right.
    const own = 'The authority amended the Pellham flood toll: 212 people died instead of 640 as earlier reported.';
    expect((await checkedVerdict(own, '2025-04-18', [EARLY], '212')).relations).toEqual(['conflict 640']);
  });

  it("set a toll against its revision told in another report's own words", async () => {
    const revision = report(
      'Valley Wire',
      '2025-04-17',
      'The chief coroner of the Pellham region confirmed a revision in the death toll from the floods from 640 to 212.',
    );
    const page = 'Floods in Pellham have killed at least 640 people, officials said.';
    expect(await checkedVerdict(page, '2025-04-15', [EARLY, revision], '640')).toEqual({
      verdict: 'mixed',
      relations: ['agree 640', 'agree 640', 'conflict 212'],
    });
  });

  it('set a toll revised down, no figure it replaced named, against higher figures reported before it', async () => {
    expect(correctionsIn('The death toll from the Merrow bombing has been revised down to 71.')).toMatchObject([
      { value: 71, alone: true },
    ]);
    expect(
      correctionsIn('Officials said the Merrow bombing killed 71 people, revising down an earlier toll.'),
    ).toMatchObject([{ value: 71, alone: true }]);
    // Revised with no direction told may be revised up: a later count.
    expect(correctionsIn('The death toll from the Merrow bombing was revised to 71 on Monday.')).toEqual([]);
    const revised = report(
      'Valley Wire',
      '2025-03-12',
      'Coroners lowered the death toll from the Merrow bombing to 71, officials said.',
    );
    const before = 'At least 96 people were killed in the Merrow bombing, officials said.';
    expect(await checkedVerdict(before, '2025-03-11', [revised], '96')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 71'],
    });
    // Reported after the revision, a higher toll has risen again.
    const after = 'The Merrow bombing has killed 80 people, officials said.';
    expect((await checkedVerdict(after, '2025-03-14', [revised], '80')).verdict).toBe('compatible');
  });

  it('set a lower exact toll told on the day of a revision down against the figure it was revised to', async () => {
    const revised = report(
      'Valley Wire',
      '2025-03-12',
      'The death toll from the Merrow bombing has been revised down to 71, officials said.',
    );
    const lower = 'The Merrow bombing, claimed by a separatist group, killed 69 people, officials said.';
    expect(await checkedVerdict(lower, '2025-03-12', [revised], '69')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 71'],
    });
    // Another field: a ferry's toll lowered after a recount, and a paper's figure the same day below it.
    const ferry = report(
      'Harbour Times',
      '2025-07-02',
      'Coastguard officials lowered the toll from the Kessa ferry sinking to 38 after a recount.',
    );
    const page = 'The Kessa ferry sinking killed 35 passengers, the coastguard said on Wednesday.';
    expect((await checkedVerdict(page, '2025-07-02', [ferry], '35')).verdict).toBe('conflict');
    // A floor below the revised figure holds it; a lower figure reported another day is no point of that day.
    const floor = 'The Merrow bombing killed at least 60 people, officials said.';
    expect((await checkedVerdict(floor, '2025-03-12', [revised], '60')).verdict).not.toBe('conflict');
    expect((await checkedVerdict(lower, '2025-03-13', [revised], '69')).verdict).not.toBe('conflict');
  });

  it('take a figure told roughly for the corrected figure it holds, not the one it replaced', async () => {
    const amended = report(
      'Hill Courier',
      '2025-09-03',
      'The mining ministry corrected its count of the Orlov landslide, saying 47 workers died instead of 130 as was first announced.',
    );
    const first = report(
      'Hill Times',
      '2025-09-01',
      'The Orlov landslide killed 130 workers, the mining ministry said.',
    );
    const rough = 'Unions put the Orlov landslide toll at about 50 workers as of Tuesday.';
    expect(await checkedVerdict(rough, '2025-09-04', [first, amended], '50')).toEqual({
      verdict: 'conflict',
      relations: ['compatible 47', 'conflict 130', 'conflict 130'],
    });
    // Told roughly enough to hold both figures, it stands for neither.
    const vague = 'Unions put the Orlov landslide toll at about 100 workers as of Tuesday.';
    expect((await checkedVerdict(vague, '2025-09-04', [first, amended], '100')).relations).not.toContain(
      'conflict 130',
    );
  });

  it('leave a lower toll reported later a series when no word says it replaced the other', async () => {
    const lower = report(
      'Valley Wire',
      '2025-04-17',
      'The regional authority put the toll from the Pellham floods at 212.',
    );
    const page = 'Floods in Pellham have killed 640 people, officials said.';
    expect((await checkedVerdict(page, '2025-04-15', [EARLY, lower], '640')).verdict).toBe('agree');
  });

  it('read a figure revised from another as a revision, which corrects nothing', async () => {
    expect(
      statedIn("Orlov's copper output for May was revised to 4,180 tonnes, up from 4,020 tonnes initially."),
    ).toMatchObject([{ value: 4180, replaced: 4020, revision: true }]);
    expect(statedIn('The Orlov mine updated its count from 12 to 15 injured workers.')).toMatchObject([
      { value: 15, replaced: 12, revision: true },
    ]);
    for (const w of REVISION_VERBS) expect(w.reason.length, w.words).toBeGreaterThan(10);
    const revision = report(
      'Hill Times',
      '2025-07-04',
      "Orlov's copper output for May was revised to 4,180 tonnes, up from 4,020 tonnes initially.",
    );
    // The figure before a revision is an earlier estimate, not one the revision says was wrong.
    const revised = "Orlov's May copper output stands at 4,180 tonnes, the ministry said.";
    expect(await checkedVerdict(revised, '2025-07-04', [revision], '4,180 tonnes')).toEqual({
      verdict: 'agree',
      relations: ['agree 4,180 tonnes'],
    });
  });

  it('make two accounts of one revision that give different figures before it contradict each other', async () => {
    const revision = report(
      'Hill Times',
      '2025-07-04',
      "Orlov's copper output for May was revised to 4,180 tonnes, up from 4,020 tonnes initially.",
    );
    const other = "Orlov's May copper output was revised from 3,950 tonnes to 4,180 tonnes.";
    expect(await checkedVerdict(other, '2025-07-04', [revision], '3,950 tonnes')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 4,020 tonnes'],
    });
    // Revised to another figure, it is another revision.
    const another = "Orlov's May copper output was revised from 3,950 tonnes to 4,300 tonnes.";
    expect((await checkedVerdict(another, '2025-07-04', [revision], '3,950 tonnes')).verdict).not.toBe('conflict');
  });

  it('read what a revision counts between its figures', () => {
    expect(
      statedIn("Kestria's April vehicle output was revised to 43,900 vehicles, up from 41,500 vehicles."),
    ).toMatchObject([{ value: 43900, replaced: 41500, revision: true }]);
    expect(statedIn("Kestria's April vehicle output was revised from 41,500 vehicles to 43,900.")).toMatchObject([
      { value: 43900, replaced: 41500, revision: true },
    ]);
  });

  it("meet the figure a revision replaced with the last release's figure for the same month", async () => {
    const release = report(
      'Kestria Post',
      '2025-06-06',
      "Kestria's vehicle output in April was 41,200 vehicles, the statistics office said.",
    );
    const revised = (before: string, month = 'April') =>
      `Kestria's ${month} vehicle output was revised to 43,900 vehicles, up from ${before} vehicles initially.`;
    expect(await checkedVerdict(revised('41,500'), '2025-07-04', [release], '41,500')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 41,200'],
    });
    expect((await checkedVerdict(revised('41,200'), '2025-07-04', [release], '41,200')).verdict).toBe('agree');
    // Either side may tell the revision.
    const page = "Kestria's vehicle output in April was 41,200 vehicles, the statistics office said.";
    const later = report('Hill Times', '2025-07-04', revised('41,500'));
    expect((await checkedVerdict(page, '2025-06-06', [later], '41,200')).relations).toContain('conflict 41,500');
    // Another month's figure, or a release before the last, is not the one replaced.
    expect((await checkedVerdict(revised('41,500', 'March'), '2025-07-04', [release], '41,500')).verdict).not.toBe(
      'conflict',
    );
    expect((await checkedVerdict(revised('41,500'), '2025-08-01', [release], '41,500')).verdict).not.toBe('conflict');
  });

  it('leave a running total revised from an earlier figure a series with its earlier reports', async () => {
    const earlier = report(
      'Kestria Post',
      '2025-06-20',
      "Kestria's measles cases in April have reached 800 cases so far, the health ministry said.",
    );
    const revision = "Kestria's count of measles cases in April was revised to 950 cases, up from 890 cases initially.";
    expect((await checkedVerdict(revision, '2025-07-04', [earlier], '890')).verdict).not.toBe('conflict');
  });
});
