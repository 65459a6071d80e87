import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import {
  ABOARD_WORDS,
  CARRYING_VERBS,
  COMPLEMENT_COMPOUNDS,
  COMPLEMENT_NOUNS,
  DIMENSION_AFTER,
  DIMENSION_BEFORE,
  sizeOf,
} from './size';

const verdictOf = async (...args: Parameters<typeof checkedFigure>) =>
  verdictAndRelations(await checkedFigure(...args));

describe('the size of a thing', () => {
  it('has a reason for every word, and reads the dimension and the words naming the thing', () => {
    for (const table of [
      DIMENSION_AFTER,
      DIMENSION_BEFORE,
      COMPLEMENT_NOUNS,
      ABOARD_WORDS,
      CARRYING_VERBS,
      COMPLEMENT_COMPOUNDS,
    ])
      for (const { words, reason } of table) expect(reason.length, words).toBeGreaterThan(10);
    const sentence = 'The 610-foot-long bulk carrier Orsa ran aground near Kell on Monday.';
    const size = sizeOf(sentence, sentence.indexOf('610'), '610-foot'.length, '');
    expect(size?.dimension).toBe('length');
    expect(size?.words.has('carrier')).toBe(true);
    const crew = 'The 14 crew members aboard the trawler were rescued.';
    expect(sizeOf(crew, crew.indexOf('14'), 2, 'crew members')).toMatchObject({ dimension: 'crew', complement: true });
    // A crew placed on no craft may be a company's or a rescue service's.
    const teams = 'Some 50 rescue crews worked through the night in Kell.';
    expect(sizeOf(teams, teams.indexOf('50'), 2, 'rescue crews')).toBeNull();
  });

  it('sets two lengths of one thing against each other, whatever day each report names', async () => {
    const freighter = report(
      'Port Ledger',
      '2025-05-06',
      'The 690-foot-long container ship Marla struck the Kell viaduct on Monday, officials said.',
    );
    const page = 'On Tuesday divers reached the 960-foot-long container ship Marla beneath the viaduct.';
    expect(await verdictOf(page, '2025-05-07', [freighter], '960-foot')).toEqual({
      verdict: 'unverified',
      relations: [],
    });
    const slip = 'On Tuesday divers reached the 670-foot-long container ship Marla beneath the viaduct.';
    expect(await verdictOf(slip, '2025-05-07', [freighter], '670-foot')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 690-foot'],
    });
    // Another field: a tower's height, told a week apart.
    const tower = report('City Desk', '2025-02-03', 'The 312-foot-tall Arden tower was evacuated after the fire.');
    const later = 'Engineers said the 321-foot-tall Arden tower was safe to reopen.';
    expect((await verdictOf(later, '2025-02-10', [tower], '321-foot')).verdict).toBe('conflict');
  });

  it('leaves a rounding of a conversion, another dimension and another thing unopposed', async () => {
    const freighter = report(
      'Port Ledger',
      '2025-05-06',
      'The 690-foot-long (210-metre-long) container ship Marla struck the Kell viaduct.',
    );
    // 210 metres is 688.98 feet: 689 is the same figure rounded the other way.
    const rounded = 'The 689-foot-long container ship Marla struck the Kell viaduct.';
    expect((await verdictOf(rounded, '2025-05-06', [freighter], '689-foot')).verdict).not.toBe('conflict');
    const wide = 'The 680-foot-wide container ship Marla struck the Kell viaduct.';
    expect((await verdictOf(wide, '2025-05-06', [freighter], '680-foot')).verdict).not.toBe('conflict');
    const tug = 'A 670-foot-long tanker, the Brisa, passed under the Kell viaduct an hour before.';
    expect((await verdictOf(tug, '2025-05-06', [freighter], '670-foot')).verdict).not.toBe('conflict');
  });

  it("sets two counts of a craft's complement against each other, whatever day each names", async () => {
    const crew = report(
      'Harbour Times',
      '2025-08-11',
      'The managing company said on Sunday that all 19 crew members of the vessel Velo were safe.',
    );
    const page = 'Investigators said 18 crew members were on board the Velo when it grounded.';
    expect(await verdictOf(page, '2025-08-13', [crew], '18')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 19'],
    });
    // Another field: an airliner's passengers.
    const flight = report('Air Desk', '2025-01-20', 'The Kell flight had 164 passengers on board, the airline said.');
    const other = 'There were 161 passengers on board the Kell flight, the airline said on Tuesday.';
    expect((await verdictOf(other, '2025-01-21', [flight], '161')).verdict).toBe('conflict');
    // "An 18-man crew" is a crew of 18; "18 Filipino crew members" may be a part of it.
    const manned = 'The 18-man crew aboard the Velo was safe, the company said.';
    expect((await verdictOf(manned, '2025-08-13', [crew], '18')).verdict).toBe('conflict');
    const part = 'The company said 18 Filipino crew members aboard the Velo were safe.';
    expect((await verdictOf(part, '2025-08-13', [crew], '18')).verdict).not.toBe('conflict');
    // Passengers and crew counted together are everyone aboard, another complement than the passengers alone.
    const everyone = 'All 176 passengers and crew were on board the Kell flight, the airline said on Tuesday.';
    expect((await verdictOf(everyone, '2025-01-21', [flight], '176')).verdict).not.toBe('conflict');
    const aboard = report('Air Desk', '2025-01-20', 'The Kell flight had 170 passengers and crew on board.');
    expect((await verdictOf(everyone, '2025-01-21', [aboard], '176')).verdict).toBe('conflict');
    // Passengers a deed befell are a toll, which grows: no size.
    const toll = 'The airline said 158 passengers on board the Kell flight were injured.';
    expect((await verdictOf(toll, '2025-01-21', [flight], '158')).verdict).not.toBe('conflict');
  });

  it('reads a craft and a verb of holding before the complement as placing it aboard', async () => {
    const sentence =
      'The ferry was carrying 530 people, including 412 passengers and 25 crew members, when it caught fire.';
    expect(sizeOf(sentence, sentence.indexOf('412'), 3, 'passengers')).toMatchObject({
      dimension: 'passenger',
      complement: true,
    });
    const ferry = report('Coast Desk', '2025-09-02', sentence);
    const page = 'The ferry had 398 passengers and 25 crew members when fire broke out, its operator said.';
    expect((await verdictOf(page, '2025-09-03', [ferry], '398')).verdict).toBe('conflict');
    // A craft named before a count its verb does not hold says nothing of where they are.
    const stranded = 'Flight cancellations at Kell left 412 passengers stranded overnight.';
    expect(sizeOf(stranded, stranded.indexOf('412'), 3, 'passengers')).toBeNull();
  });
});
