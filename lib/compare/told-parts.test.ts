import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { partsReader, wholeReader } from './told-parts';

const partsOf = (sentence: string, figure: string) => partsReader(sentence, sentence.indexOf(figure), figure.length)();
const wholeOf = (sentence: string, figure: string) =>
  wholeReader(sentence, sentence.indexOf(figure), figure.length)()?.value ?? null;

describe('the count a sentence tells a figure as taken from', () => {
  it('reads the whole a partitive names right after the figure', () => {
    expect(wholeOf('The court ruled that 7 of the 9 judges had dissented.', '7')).toBe(9);
    expect(wholeOf('Some 18 out of 20 clubs backed the new salary cap.', '18')).toBe(20);
    expect(wholeOf('The bank will close 30 of its 45 branches next year.', '30')).toBe(45);
  });

  it('reads the whole a part opener follows before the figure', () => {
    expect(wholeOf('The airline cancelled 60 flights, including 25 to Lisbon and 10 to Porto.', '25')).toBe(60);
    expect(wholeOf('The airline cancelled 60 flights, including 25 to Lisbon and 10 to Porto.', '10')).toBe(60);
    expect(wholeOf('Police made 200 arrests, among them 45 minors.', '45')).toBe(200);
    expect(wholeOf('The airline cancelled 60 flights and 25 trains.', '25')).toBeNull();
  });

  it('reads none when other words stand between, or for the whole itself', () => {
    expect(wholeOf('The bank will close 30 branches of the 2 regional networks.', '30')).toBeNull();
    expect(wholeOf('The court ruled that 7 of the 9 judges had dissented.', '9')).toBeNull();
    expect(wholeOf('He scored 12 of his points in the last 5 minutes.', '12')).toBeNull();
  });
});

describe('the counts a sentence tells as parts of a figure', () => {
  it('reads the list a part opener starts after the figure', () => {
    expect(partsOf('The airline cancelled 60 flights, including 25 to Lisbon and 10 to Porto.', '60')).toEqual([
      25, 10,
    ]);
    expect(partsOf('Police made 200 arrests, among them 45 minors.', '200')).toEqual([45]);
    expect(partsOf('The party won 120 seats, 70 of them in the north.', '120')).toEqual([70]);
    expect(partsOf('About 90 passengers were aboard, of whom 60 were rescued.', '90')).toEqual([60]);
  });

  it('reads none without an opener, or past a clause break', () => {
    expect(partsOf('The airline cancelled 60 flights and 25 trains.', '60')).toEqual([]);
    expect(partsOf('The airline cancelled 60 flights; including delays, 25 trains were hit.', '60')).toEqual([]);
  });
});

/** A whole against a source's figure for a part the page's own sentence names, in sentences of our own. */
describe("a source's figure for a part the sentence tells", () => {
  const flu = [
    report(
      'Health Desk',
      '2025-02-20',
      'Officials said 14 patients treated at the Harwick clinic had died of flu as of Wednesday.',
    ),
  ];

  it('is no second figure of the whole', async () => {
    const page =
      'Officials said 23 patients had died of flu as of Wednesday, including 14 treated at the Harwick clinic and 9 at the Stowe clinic.';
    const seen = await checkedVerdict(page, '2025-02-20', flu, '23');
    expect(seen.verdict).not.toBe('conflict');
    expect(seen.verdict).not.toBe('mixed');
  });

  it('still contradicts a whole whose sentence names no such part', async () => {
    const page = 'Officials said 23 patients had died of flu as of Wednesday.';
    expect((await checkedVerdict(page, '2025-02-20', flu, '23')).verdict).toBe('conflict');
  });
});

/** A part told as taken from a whole, against another source's figure for that whole, in sentences of our own. */
describe("a source's figure for the whole a sentence takes its figure from", () => {
  const ferry = [
    report(
      'Coast Desk',
      '2025-03-04',
      '"The ferry was carrying 58 passengers and crew members on board the vessel," the operator said.',
    ),
  ];

  it('is no second figure of the part', async () => {
    const page = 'Rescuers reached 57 of the 58 passengers and crew members on board the ferry.';
    expect(await checkedVerdict(page, '2025-03-06', ferry, '57')).toEqual({
      verdict: 'compatible',
      relations: ['compatible 58'],
    });
  });

  it('still lets a different whole contradict it', async () => {
    const page = 'Rescuers reached 57 passengers and crew members on board the ferry.';
    expect((await checkedVerdict(page, '2025-03-06', ferry, '57')).verdict).toBe('conflict');
  });
});

/** Two sources' parts of one whole each tells with the same figure, in sentences of our own. */
describe('a part of one whole told twice', () => {
  const clinic = [
    report(
      'Health Desk',
      '2025-02-20',
      'The regional health board said 112 patients were admitted with flu this week, including 31 children.',
    ),
  ];

  it('contradicts another figure for the same part of the same whole', async () => {
    const page = 'Hospitals admitted 112 patients with flu this week, including 34 children, the health board said.';
    expect((await checkedVerdict(page, '2025-02-20', clinic, '34')).verdict).toBe('conflict');
  });

  it('agrees with the same figure for it', async () => {
    const page = 'Hospitals admitted 112 patients with flu this week, including 31 children, the health board said.';
    expect((await checkedVerdict(page, '2025-02-20', clinic, '31')).verdict).toBe('agree');
  });

  it('leaves a part of another whole, or another part, alone', async () => {
    const otherWhole =
      'Hospitals admitted 118 patients with flu this week, including 34 children, the health board said.';
    expect((await checkedVerdict(otherWhole, '2025-02-20', clinic, '34')).verdict).not.toBe('conflict');
    const otherPart =
      'Hospitals admitted 112 patients with flu this week, including 34 pensioners, the health board said.';
    expect((await checkedVerdict(otherPart, '2025-02-20', clinic, '34')).verdict).not.toBe('conflict');
  });

  it('reads a whole taken from, in a squad or a board, the same way', async () => {
    const squad = [report('Sports Desk', '2025-05-02', 'The coach picked 14 of the 23 players from the home league.')];
    const page = 'The coach picked 16 of the 23 players from the home league, the federation said.';
    expect((await checkedVerdict(page, '2025-05-02', squad, '16')).verdict).toBe('conflict');
  });

  it('leaves a running count of one whole at two times a series', async () => {
    const mine = [
      report(
        'Mining Desk',
        '2025-06-10',
        'By Tuesday evening rescuers had brought 41 of the 58 trapped miners to the surface.',
      ),
    ];
    const page = 'By Thursday morning rescuers had brought 55 of the 58 trapped miners to the surface.';
    const seen = await checkedVerdict(page, '2025-06-12', mine, '55');
    expect(seen.verdict).not.toBe('conflict');
    expect(seen.verdict).not.toBe('mixed');
  });
});
