import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { singular } from './lemma';

/** The head a claim is filed under (lib/claims/key.ts): what it counts, people as "person". */
const headOf = (text: string, figure: string): string => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return found!.key.split('|')[1]!;
};

describe('what a figure counts, read in sentences of our own', () => {
  it('gives a plural shared by a noun in -ie and its variant in -y the singular news writes', () => {
    expect(singular('bogies')).toBe('bogie');
    expect(singular('bogie')).toBe('bogie');
    expect(singular('cookies')).toBe('cookie');
    expect(singular('junkies')).toBe('junkie');
    // A plural with no noun in -ie beside it keeps the rule's singular.
    expect(singular('casualties')).toBe('casualty');
    expect(singular('bodies')).toBe('body');
  });

  it('gives a compound of "man" its singular in -man, and leaves nouns that only end so alone', () => {
    expect(singular('gunmen')).toBe('gunman');
    expect(singular('firemen')).toBe('fireman');
    expect(singular('congressmen')).toBe('congressman');
    expect(singular('Germans')).toBe('german');
    expect(singular('humans')).toBe('human');
    expect(singular('specimen')).toBe('specimen');
    expect(headOf('Six derailed bogies blocked the line.', 'Six')).toBe(headOf('Only one bogie was left.', 'one'));
  });
});

describe('nouns that only measure a figure or name its change', () => {
  it('counts what a change never counted as events is of: "job creations" are jobs', () => {
    expect(headOf('Builders reported 90,000 job creations in the spring.', '90,000')).toBe('job');
    expect(headOf('Builders reported 90,000 job additions in the spring.', '90,000')).toBe('job');
    expect(headOf('Builders reported 90,000 new jobs in the spring.', '90,000')).toBe('job');
  });

  it('keeps a change news counts as events as what a count counts', () => {
    expect(headOf('The central bank has made three rate rises this year.', 'three')).toBe('rise');
    expect(headOf('The index posted four gains in a row.', 'four')).toBe('gain');
  });

  it('reads a percentage or a sum told with a change as the size of a change in what is named before it', () => {
    expect(headOf('Annual wage growth slowed to 3.9% in the spring.', '3.9%')).toBe('wage');
    expect(headOf('Nurses were offered a 12% salary rise.', '12%')).toBe('salary');
    expect(headOf('Grocers expect a 4% price increase next month.', '4%')).toBe('price');
    // With nothing before it that names what changed, the change is all a figure is said to be.
    expect(headOf('The stock recovered after a 9% slide on Monday.', '9%')).toBe('slide');
  });

  it('reads past a noun that only holds or measures a figure', () => {
    expect(headOf('Reservoirs are far below the 40% level set by engineers.', '40%')).toBe('');
    expect(headOf('The tally stood at 310 by the evening.', '310')).toBe('');
    expect(headOf('That measure fell to 6.1 million in March.', '6.1 million')).toBe('');
    // Shares in the plural are a company's stock.
    expect(headOf('Shares of the carmaker fell 7% in early trading.', '7%')).toBe('share');
  });

  it("leaves a body's name the owner of a figure told of it, not what the figure counts", () => {
    expect(headOf('Harbor Point Bancorp lost 31% in a single session.', '31%')).toBe('');
    expect(headOf('Meanwhile Lakeside Financial dropped 12% before the close.', '12%')).toBe('');
    expect(headOf('The Fisheries Ministry put the catch at 40,000 tonnes.', '40,000 tonnes')).toBe('');
    // A name whose last word is what it measures stays: the index is what moved.
    expect(headOf('The regional Banking Index fell 4.1% by noon.', '4.1%')).toBe('index');
  });
});
