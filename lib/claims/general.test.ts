import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { isDemonym, singular } from './lemma';

const claim = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return found!;
};

describe('no story in the grammar: general rules from lexical resources', () => {
  it('reads demonyms in -i as singular nouns, so "30 Iraqis" and "30 Iraqi nationals" meet', () => {
    for (const [plural, base] of [
      ['Iraqis', 'iraqi'],
      ['Pakistanis', 'pakistani'],
      ['Yemenis', 'yemeni'],
      ['Saudis', 'saudi'],
      ['Thais', 'thai'],
    ])
      expect(singular(plural!)).toBe(base);
    const a = claim('The militia released 30 Iraqis on Monday.', '30').quantity;
    const b = claim('The militia released 30 Iraqi nationals on Monday.', '30').quantity;
    expect([a.lemma, a.groups]).toEqual([b.lemma, b.groups]);
    expect(a.groups).toEqual(['iraqi']);
  });

  it('keeps the singulars WordNet knows: crisis, analysis, bus, news, species', () => {
    expect(['crises', 'crisis', 'buses', 'viruses', 'heroes', 'news', 'species', 'analyses'].map(singular)).toEqual([
      'crisis',
      'crisis',
      'bus',
      'virus',
      'hero',
      'news',
      'species',
      'analysis',
    ]);
  });

  it('tells demonyms from place names and faiths', () => {
    expect(['Ukrainians', 'British', 'Nepali', 'Emirati', 'Mexican-American'].every(isDemonym)).toBe(true);
    expect(['Iran', 'Japan', 'Michigan', 'Christian', 'Munich', 'Monday'].some(isDemonym)).toBe(false);
  });

  it('counts people taken hostage, prisoner or captive in that role', () => {
    expect(claim('About 200 men were taken prisoner near the border.', '200').quantity.lemma).toBe('prisoner');
    expect(claim('Some 40 people were taken hostage by pirates.', '40').quantity.lemma).toBe('hostage');
    expect(claim('Twelve people remain captive in the jungle.', 'Twelve').quantity.lemma).toBe('hostage');
    expect(claim('Twelve people were held by police overnight.', 'Twelve').quantity.lemma).toBe('person');
  });

  it('reads running totals over any period noun: lockdown, strike, siege, pandemic', () => {
    expect(claim('In the lockdown, 3,000 businesses closed.', '3,000').quantity).toMatchObject({
      scope: 'cumulative',
      anchor: 'during lockdown',
    });
    expect(claim('In the eight-week strike, 40 plants stood idle.', '40').quantity.anchor).toBe('during strike');
    expect(claim('The siege that saw 1,200 civilians flee ended on Sunday.', '1,200').quantity.scope).toBe(
      'cumulative',
    );
  });

  it('reads a length changed later as the length first agreed', () => {
    expect(claim('The three-week strike was extended by a week.', 'three-week').quantity.scope).toBe('plan');
    expect(claim('The six-month programme was later shortened.', 'six-month').quantity.scope).toBe('plan');
    expect(claim('The lockdown was prolonged by 14 days.', '14 days').quantity.lemma).toBe('extension');
  });
});
