import { describe, expect, it } from 'vitest';
import { groupsToldAlike, kinOf, placeAsSuch, toldAlike } from './kin';
import { checkedAgainst, report } from '../../test/support/dated-reports';

// The examples kin.ts and lib/compare/README.md give, as the generated table reads them.
describe('WordNet kin of what is counted', () => {
  it('grades synonyms, kinds and near kinds of one thing', () => {
    expect(kinOf('car', 'automobile')).toBe('synonym');
    expect(kinOf('building', 'structure')).toBe('kind');
    expect(kinOf('house', 'home')).toBe('kind');
    expect(kinOf('ship', 'vessel')).toBe('kind');
    expect(kinOf('ship', 'boat')).toBe('sibling');
  });

  it('is nothing WordNet does not file so, nor a noun its tagged corpus never met', () => {
    expect(kinOf('zone', 'area')).toBeNull();
    expect(kinOf('lorry', 'truck')).toBeNull();
  });
});

describe('nouns news uses for one another that WordNet files apart', () => {
  it('are graded by how sure the swap is', () => {
    expect(kinOf('constituency', 'seat')).toBeNull();
    expect(toldAlike('constituency', 'seat')).toBe('likely');
    expect(kinOf('household', 'residence')).toBeNull();
    expect(toldAlike('household', 'residence')).toBe('weak');
    expect(toldAlike('seat', 'household')).toBeNull();
    expect(toldAlike('vote', 'voter')).toBe('weak');
    expect(kinOf('rise', 'hike')).toBeNull();
    expect(toldAlike('rise', 'hike')).toBe('weak');
    expect(toldAlike('cut', 'reduction')).toBe('weak');
    expect(toldAlike('rise', 'cut')).toBeNull();
    expect(toldAlike('damage', 'reconstruction')).toBe('weak');
    expect(toldAlike('damage', 'rise')).toBeNull();
    expect(kinOf('carriage', 'bogy')).toBeNull();
    expect(toldAlike('carriage', 'bogy')).toBe('likely');
    expect(kinOf('bond', 'security')).toBeNull();
    expect(toldAlike('bond', 'security')).toBe('weak');
  });

  it('let a place named only as a place meet a building by WordNet, not a structure', () => {
    expect(kinOf('location', 'school')).toBeNull();
    expect(placeAsSuch('location', 'school')).toBe(true);
    expect(placeAsSuch('hospital', 'site')).toBe(true);
    expect(placeAsSuch('site', 'bridge')).toBe(false);
    expect(placeAsSuch('location', 'vote')).toBe(false);
  });

  it('so that places named only as places and the same places named as buildings agree on the same figure only', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-02', 'Police in Marvale searched three schools and seized the stolen laptops.'),
    ];
    const page = (figure: string) => `Marvale police recovered the laptops from ${figure} locations near the docks.`;
    const same = await checkedAgainst(page('three'), '2025-06-02', corpus);
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['three', 'agree']]);
    const other = await checkedAgainst(page('four'), '2025-06-02', corpus);
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['four', 'unverified']]);
  });

  it('let bonds sold meet the securities they are on the same figure only', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-02', 'Marvale Savings said it sold $4 billion in available-for-sale securities.'),
    ];
    const page = (figure: string) => `Marvale Savings chose to sell ${figure} of bonds at a loss.`;
    const same = await checkedAgainst(page('$4 billion'), '2025-06-02', corpus);
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['$4 billion', 'agree']]);
    const other = await checkedAgainst(page('$3 billion'), '2025-06-02', corpus);
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['$3 billion', 'unverified']]);
  });

  it("let a train's cars told as coaches, carriages or bogies be one count", async () => {
    const corpus = [report('Harbour Post', '2025-06-02', 'Twelve bogies of the Marvale express left the tracks.')];
    const same = await checkedAgainst('In Marvale, 12 carriages derailed.', '2025-06-02', corpus);
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['12', 'agree']]);
    const other = await checkedAgainst('In Marvale, 12 lorries overturned.', '2025-06-02', corpus);
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['12', 'unverified']]);
  });

  it("let a disaster's damage meet what rebuilding will cost on the same figure only", async () => {
    const corpus = [
      report(
        'Harbour Post',
        '2025-06-02',
        'Floods hit Marvale last week. They caused an estimated $3bn in damage, the governor said.',
      ),
    ];
    const page = (figure: string) =>
      `Marvale is counting the cost. Officials put the cost of reconstruction at about ${figure}.`;
    const same = await checkedAgainst(page('$3 billion'), '2025-06-02', corpus);
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['$3 billion', 'agree']]);
    const other = await checkedAgainst(page('$2.5 billion'), '2025-06-02', corpus);
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['$2.5 billion', 'unverified']]);
  });

  it('let a move up told by two of its nouns agree on the same figure only', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-02', 'The half-point hike came as no surprise to Marvale traders.'),
    ];
    const page = (figure: string) =>
      `Marvale's June increase was smaller than the ${figure} rise pushed through in May.`;
    const same = await checkedAgainst(page('half-point'), '2025-06-02', corpus);
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['half-point', 'agree']]);
    const other = await checkedAgainst(page('quarter-point'), '2025-06-02', corpus);
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['quarter-point', 'unverified']]);
  });

  it('let votes counted meet the voters who cast them on the same figure only', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-02', 'A record 41 million voters cast ballots in the Marvale poll.'),
    ];
    const same = await checkedAgainst('Marvale began counting 41 million votes.', '2025-06-02', corpus);
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['41 million', 'agree']]);
    const other = await checkedAgainst('Marvale began counting 39 million votes.', '2025-06-02', corpus);
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['39 million', 'unverified']]);
  });

  it('let a count of seats meet a count of constituencies', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-02', 'The Marvale Greens won 41 of the 120 seats in the assembly.'),
    ];
    const claims = await checkedAgainst('The Marvale Greens carried 41 constituencies.', '2025-06-02', corpus);
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([['41', 'agree']]);
  });
});

describe('words before a noun that news uses for one another', () => {
  it('are one set per noun, and only words of one set meet', () => {
    expect(groupsToldAlike('rate', ['interest'], ['base'])).toBe(true);
    expect(groupsToldAlike('rate', ['jobless'], ['unemployment'])).toBe(true);
    expect(groupsToldAlike('rate', ['interest'], ['unemployment'])).toBe(false);
    expect(groupsToldAlike('rate', ['inflation'], ['unemployment'])).toBe(false);
    expect(groupsToldAlike('fee', ['interest'], ['base'])).toBe(false);
  });

  it("let a central bank's rate told by two of its names agree on the same move, never conflict", async () => {
    const corpus = [
      report('Harbour Post', '2025-06-02', 'The Marvale central bank raised interest rates by a quarter of a point.'),
    ];
    const same = await checkedAgainst(
      'The Marvale central bank lifted its base rate by 0.25 percentage points.',
      '2025-06-02',
      corpus,
    );
    expect(same.map((c) => [c.text, c.verdict])).toEqual([['0.25 percentage points', 'agree']]);
    const other = await checkedAgainst(
      'The Marvale central bank lifted its base rate by 0.5 percentage points.',
      '2025-06-02',
      corpus,
    );
    expect(other.map((c) => [c.text, c.verdict])).toEqual([['0.5 percentage points', 'unverified']]);
  });
});
