import { describe, expect, it } from 'vitest';
import { BOUNDS_BEFORE } from '../claims/grammar/bounds';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import {
  countsPopulation,
  FIXED_MEASURE_UNITS,
  fixedOnceHappened,
  POPULATION_BEFORE,
  POPULATION_HEADS,
  POPULATION_NOUNS,
  populationPlace,
} from './standing';

const EARLY = report(
  'Lake Gazette',
  '2026-03-02',
  'Voters in Amberley, a town of about 40,000 people, elect a new council on Sunday.',
);
const LATER = report(
  'Shire Post',
  '2026-03-16',
  'Amberley, which has a population of at least 44,000, counted its council ballots overnight.',
);

describe('how many people live in a place', () => {
  it('reads each table entry, with its reason', () => {
    for (const w of POPULATION_BEFORE) {
      expect(w.reason.length, w.words).toBeGreaterThan(10);
      expect(countsPopulation(`Amberley, an old ${w.words} some `, 'person', ''), w.words).toBe(true);
    }
    for (const h of POPULATION_HEADS) expect(countsPopulation('Amberley has ', h.head, ''), h.head).toBe(true);
    for (const n of POPULATION_NOUNS) {
      expect(n.reason.length, n.head).toBeGreaterThan(10);
      expect(countsPopulation('Amberley, home to ', n.head, ''), n.head).toBe(true);
    }
    // Any bound written before a figure may stand between the words and it; a sign may be glued to it.
    for (const b of BOUNDS_BEFORE) {
      const lead = `Amberley, a town of ${b.phrase}${/\p{L}$/u.test(b.phrase) ? ' ' : ''}`;
      expect(countsPopulation(lead, 'person', ''), b.phrase).toBe(true);
    }
    expect(countsPopulation('Amberley, a town of many ', 'person', '')).toBe(false);
    // Something happened to them: a count of what happened, not of who lives there.
    expect(countsPopulation('The storm left a town of ', 'person', 'flee')).toBe(false);
    // A group named is a part of those who live there.
    expect(countsPopulation('Amberley, home to ', 'refugee', '')).toBe(false);
  });

  it('is one figure whenever reported: figures that cannot both hold conflict, weeks apart', async () => {
    const page = 'Amberley, home to roughly 30,000 people, votes on a new bypass.';
    expect(await checkedVerdict(page, '2026-03-20', [EARLY, LATER], '30,000')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 40,000', 'conflict 44,000'],
    });
    // "at least 44,000" allows "about 50,000"; "about 40,000" (36,000-44,000) does not.
    const near = 'Amberley, a community of about 50,000 people, votes on a new bypass.';
    expect(await checkedVerdict(near, '2026-03-20', [EARLY, LATER], '50,000')).toEqual({
      verdict: 'conflict',
      relations: ['compatible 44,000', 'conflict 40,000'],
    });
  });

  it('told roughly, is a rounded census figure: its digits say how far it may lie from the truth', async () => {
    const wire = report('Isle Wire', '2026-03-02', 'The storm hit Marvale, a port city of nearly 600,000 people.');
    // Within a tenth of each other, but "about 510,000" is no rounding of a figure of nearly 600,000.
    const page = 'Relief convoys set off for Marvale, home to about 510,000 people, on Monday.';
    expect(await checkedVerdict(page, '2026-03-03', [wire], '510,000')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 600,000'],
    });
    const rounded = 'Relief convoys set off for Marvale, home to some 590,000 people, on Monday.';
    expect((await checkedVerdict(rounded, '2026-03-03', [wire], '590,000')).verdict).toBe('compatible');
    // One digit kept ("about 500,000") is a coarse figure: it keeps the tenth either way of an estimate.
    const coarse = report('Harbour News', '2026-03-02', 'Marvale, a city of about 500,000, lost power overnight.');
    const close = 'Relief convoys set off for Marvale, home to 540,000 people, on Monday.';
    expect((await checkedVerdict(close, '2026-03-03', [coarse], '540,000')).verdict).toBe('compatible');
    // A round figure told exactly is a rounding of the census figure too: "about 520,000" may be told "500,000".
    const round = report('Harbour News', '2026-03-02', 'Marvale, a city of 500,000 people, lost power overnight.');
    const finer = 'Relief convoys set off for Marvale, home to about 520,000 people, on Monday.';
    expect((await checkedVerdict(finer, '2026-03-03', [round], '520,000')).verdict).toBe('compatible');
  });

  it('is of the place its sentence names before it: two places, two populations', async () => {
    expect(populationPlace('Voters in Amberley, a town of about ')).toBe('amberley');
    expect(populationPlace('The water reached the city, home to ')).toBe('');
    const corvel = report(
      'Lake Gazette',
      '2026-03-02',
      'Voters in Corvel, a town of about 40,000 people, went to the polls.',
    );
    const page = 'Amberley, home to roughly 30,000 people, votes on a new bypass.';
    expect((await checkedVerdict(page, '2026-03-20', [corvel], '30,000')).relations).not.toContain('conflict 40,000');
  });

  it('is not a group named among those who live there', async () => {
    const refugees = report('Lake Gazette', '2026-03-02', 'Amberley, home to 40,000 refugees, elects a new council.');
    const page = 'Amberley, home to roughly 30,000 people, votes on a new bypass.';
    expect((await checkedVerdict(page, '2026-03-20', [refugees], '30,000')).relations).not.toContain('conflict 40,000');
  });

  it('leaves other counts of people a series, as before', async () => {
    const crowd = 'Some 30,000 people in Amberley turned out for the council vote.';
    expect((await checkedVerdict(crowd, '2026-03-20', [EARLY, LATER], '30,000')).relations).not.toContain(
      'conflict 40,000',
    );
  });
});

describe('a measure fixed once its event happened', () => {
  it('has a reason for each unit', () => {
    for (const u of FIXED_MEASURE_UNITS) {
      expect(u.reason.length, u.unit).toBeGreaterThan(10);
      expect(fixedOnceHappened(u.unit)).toBe(true);
    }
  });

  it("takes a day told with a quake's magnitude for the quake's day, not the figure's", async () => {
    const sources = [
      report('Isle Wire', '2026-05-04', 'The 6.9 magnitude undersea quake off Corvel shook the harbour.'),
      report('Harbour News', '2026-05-05', 'The seismology institute measured the Corvel quake at magnitude 6.8.'),
    ];
    const page = 'A magnitude 6.9 earthquake struck off Corvel on Sunday, shaking the harbour.';
    expect(await checkedVerdict(page, '2026-05-04', sources, '6.9')).toEqual({
      verdict: 'agree',
      relations: ['agree 6.9 magnitude', 'compatible 6.8'],
    });
  });

  it('takes magnitudes more than a few tenths apart for two quakes, not one told wrong', async () => {
    const sources = [report('Isle Wire', '2026-05-04', 'The magnitude 7.0 earthquake off Corvel shook the harbour.')];
    const page = 'A magnitude 6.1 quake struck Corvel on Monday, shaking the harbour.';
    expect(await checkedVerdict(page, '2026-05-04', sources, '6.1')).toEqual({ verdict: 'unverified', relations: [] });
  });

  it("takes no deed told in its sentence for the deed of the magnitude, and another agency's magnitude for compatible", async () => {
    const sources = [
      report('Harbour News', '2026-05-05', 'The seismology institute measured the Corvel quake at magnitude 6.8.'),
    ];
    const page = 'A magnitude 6.9 quake struck Corvel, an island whose harbour was destroyed by a storm last year.';
    expect(await checkedVerdict(page, '2026-05-04', sources, '6.9')).toEqual({
      verdict: 'compatible',
      relations: ['compatible 6.8'],
    });
  });
});
