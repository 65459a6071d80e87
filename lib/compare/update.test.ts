import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { companionsIn } from './update';

/** Two reports of a running total that quote one update, in sentences of our own about an invented place. */
const checked = async (...args: Parameters<typeof checkedFigure>) => verdictAndRelations(await checkedFigure(...args));

describe('the companions of a figure', () => {
  const at = (sentence: string, figure: string) => companionsIn(sentence, sentence.indexOf(figure));

  it('are the other running totals its sentence gives exactly, beside it', () => {
    expect(at('The landslide in Vessary has killed 212 people and injured 480, officials said.', '480')).toEqual([
      { event: 'kill', value: 212 },
    ]);
    expect(at('Officials put the toll at 212, with 480 hurt and 37 missing.', '480')).toEqual([
      { event: 'kill', value: 212 },
      { event: 'missing', value: 37 },
    ]);
  });

  it('leave out bounds, counts of ten or fewer, figures set back in time and figures that are no running total', () => {
    expect(at('At least 212 people died and 480 were injured in Vessary.', '480')).toEqual([]);
    expect(at('Nine people died and 480 were injured in Vessary.', '480')).toEqual([]);
    expect(at('The toll rose to 230, up from 212, and 480 were injured.', '480')).toEqual([
      { event: 'kill', value: 230 },
    ]);
    expect(at('The landslide buried 212 homes in Vessary and injured 480 people.', '480')).toEqual([]);
  });
});

describe('two reports of one running total quoting one update', () => {
  const corpus = [
    report(
      'Ridge Courier',
      '2025-03-11',
      'By Tuesday evening the toll from the Vessary landslide stood at 212, while 480 people were listed as injured.',
    ),
  ];

  it('are one time, so another figure for the other total conflicts, a day later or on the same day', async () => {
    const page =
      'The landslide in Vessary has now killed 212 people and injured 350 people, the regional governor said.';
    expect(await checked(page, '2025-03-12', corpus, '350')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 480'],
    });
    const hurt = 'Rescuers in Vessary counted 212 dead and 350 hurt after the landslide.';
    expect((await checked(hurt, '2025-03-11', corpus, '350')).verdict).toBe('conflict');
    const same =
      'The landslide in Vessary has now killed 212 people and injured 480 people, the regional governor said.';
    expect((await checked(same, '2025-03-12', corpus, '480')).verdict).toBe('agree');
  });

  it('are a series when the companion figures differ, as a later update moves both totals', async () => {
    const page =
      'The landslide in Vessary has now killed 230 people and injured 350 people, the regional governor said.';
    expect(await checked(page, '2025-03-12', corpus, '350')).toEqual({
      verdict: 'compatible',
      relations: ['compatible 480'],
    });
  });

  it('are a series when the companion is a small count, which may stand still while the other is counted on', async () => {
    const small = [
      report(
        'Ridge Courier',
        '2025-03-11',
        'The Vessary landslide has killed 9 people and injured 480 people, officials said.',
      ),
    ];
    const page = 'The landslide in Vessary has now killed 9 people and injured 350 people, the regional governor said.';
    expect((await checked(page, '2025-03-12', small, '350')).verdict).toBe('compatible');
  });

  it('never tie a figure to the same total told beside it, nor a total to a count of something else', async () => {
    // The companion must be another running total: "212 dead, 180 of them in Marrow" holds two counts of the dead.
    const page = 'The landslide in Vessary has now killed 212 people, 150 of them in the upper town, and injured 350.';
    expect((await checked(page, '2025-03-12', corpus, '150')).verdict).not.toBe('conflict');
    const homes = [
      report(
        'Ridge Courier',
        '2025-03-11',
        'The Vessary landslide buried 212 homes and injured 480 people on Tuesday.',
      ),
    ];
    const hurt = 'The landslide in Vessary has now buried 212 homes and injured 350 people, the governor said.';
    expect((await checked(hurt, '2025-03-13', homes, '350')).verdict).toBe('compatible');
  });
});
