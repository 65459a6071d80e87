import { describe, expect, it } from 'vitest';
import { checkedFigure, checkedVerdict, report } from '../../test/support/dated-reports';
import { authorityOf, authorityReader, BODY_ANAPHORS } from './authority';

const at = (sentence: string, figure: string) => authorityOf(sentence, sentence.indexOf(figure));

describe('the body a sentence gives a figure to', () => {
  it('is read when first asked, as authorityOf reads it', () => {
    const sentence = 'Officials said 37 miners died, while the WHO put the toll at 45.';
    const before = 'The Red Cross sent 12 teams.';
    const read = authorityReader(sentence, sentence.indexOf('45'), before);
    expect(read()).toBe(authorityOf(sentence, sentence.indexOf('45'), before));
    expect(read()).toBe('un');
    expect(authorityReader(sentence, sentence.indexOf('37'))()).toBe('government');
  });

  it('is the one that tells it, by a reporting verb, a noun for its figure or "according to"', () => {
    expect(at('The floods killed 900 people, the interior ministry said on Tuesday.', '900')).toBe('government');
    expect(at('A UN agency put the likely toll at 1,300.', '1,300')).toBe('un');
    expect(at('According to the Red Crescent, 450 people died in the storm.', '450')).toBe('red cross');
    expect(at('The WHO estimates 3,100 people were killed.', '3,100')).toBe('un');
    expect(at('The government figure is twice the U.N. estimate of 800 dead.', '800')).toBe('un');
    const agency = 'The toll rose to 2,053, a spokesman for the national disaster management authority said.';
    expect(at(agency, '2,053')).toBe('government');
  });

  it('is the body a speaker named after "said" is told as speaking for', () => {
    const spokeswoman = 'Some 900 people died in the floods, said Ana Ruiz, a spokeswoman for the health ministry.';
    expect(at(spokeswoman, '900')).toBe('government');
    const director = '"We have counted 1,450 dead," said Tomas Erl, acting director of the National Disaster Centre.';
    expect(at(director, '1,450')).toBe('government');
    expect(at('"The village lost 80 people," says Mira Oduya, who wrote to the United Nations.', '80')).toBe('');
    expect(at('"We lost 80 people," said Mira Oduya, whose son works for the government.', '80')).toBe('');
  });

  it("is each clause's own when a sentence sets two bodies' figures against each other", () => {
    const side = 'The UN puts the toll at 670, while the government says more than 2,000 died.';
    expect(at(side, '670')).toBe('un');
    expect(at(side, '2,000')).toBe('government');
    const but = 'The ministry said 900 people died, but the Red Cross counted 1,400 dead.';
    expect(at(but, '900')).toBe('government');
    expect(at(but, '1,400')).toBe('');
    expect(at('The agency estimates 670 died, whereas officials believe 2,000 were buried.', '670')).toBe('');
  });

  it('is the body named last before a noun that names it again, in the text before the sentence', () => {
    for (const { words, reason } of BODY_ANAPHORS) {
      expect(reason.length, words).toBeGreaterThan(10);
      const sentence = `${words[0]!.toUpperCase()}${words.slice(1)} estimates 1,300 people died in the floods.`;
      expect(authorityOf(sentence, sentence.indexOf('1,300'), 'The Red Cross sent 40 teams to Velda.'), words).toBe(
        'red cross',
      );
    }
    const page = 'The agency estimates 670 died, while the ministry believes more than 2,000 were buried.';
    const before = 'The U.N. is sheltering 1,600 people in the valley.';
    expect(authorityOf(page, page.indexOf('670'), before)).toBe('un');
    expect(authorityOf(page, page.indexOf('2,000'), before)).toBe('government');
    // With no text before it (a stored claim keeps its sentence only), or no body named there, it names none.
    expect(authorityOf(page, page.indexOf('670'))).toBe('');
    expect(authorityOf(page, page.indexOf('670'), 'Rain fell for a week.')).toBe('');
    // Not a body told something: "told the agency".
    const told = 'Villagers told the agency that 300 people were missing.';
    expect(authorityOf(told, told.indexOf('300'), before)).toBe('');
  });

  it('is not a body told something, nor one named beside the figure for another reason', () => {
    expect(at('Local leaders told the United Nations that 1,200 people were missing.', '1,200')).toBe('');
    expect(at('Aid from the UN reached 300 families in the valley.', '300')).toBe('');
    expect(at('Who knows how many of the 500 residents fled.', '500')).toBe('');
  });

  it('is none for a tally told as reached so far, a floor of any estimate', () => {
    expect(at('The health minister said 210 bodies had been recovered so far.', '210')).toBe('');
  });
});

describe('two bodies giving one toll on one day', () => {
  const unEstimate = report(
    'Kessel Herald',
    '2025-06-03',
    'The Velda mudslide killed about 900 people, the UN migration agency said on Tuesday.',
  );

  it('contradict each other when their figures cannot both hold, though far apart', async () => {
    const page = 'The Velda mudslide killed more than 2,400 people, the national government said on Tuesday.';
    expect((await checkedFigure(page, '2025-06-03', [unEstimate], '2,400')).verdict).toBe('conflict');
    const other = 'According to the Red Cross, at least 2,400 people died in the Velda mudslide.';
    expect((await checkedFigure(other, '2025-06-03', [unEstimate], '2,400')).verdict).toBe('conflict');
    const speaker =
      '"The Velda mudslide killed more than 2,400 people," said Tomas Erl, acting director of the National Disaster Centre.';
    expect((await checkedFigure(speaker, '2025-06-03', [unEstimate], '2,400')).verdict).toBe('conflict');
  });

  it('contradict each other when a page names a body again by a noun alone', async () => {
    const government = report(
      'Kessel Herald',
      '2025-06-03',
      'The Velda mudslide killed more than 2,400 people, the national government said on Tuesday.',
    );
    const page = 'The UN is sheltering 1,600 people near Velda. The agency estimates 900 people died in the mudslide.';
    expect((await checkedFigure(page, '2025-06-03', [government], '900')).verdict).toBe('conflict');
    // Named again after the same body, it is one body's count updated through the day.
    const same =
      'The national government sent 40 teams to Velda. The agency estimates 900 people died in the mudslide.';
    expect((await checkedFigure(same, '2025-06-03', [government], '900')).verdict).not.toBe('conflict');
  });

  it('do not when one body tells both figures, a count updated through the day', async () => {
    const page = 'The Velda mudslide killed more than 2,400 people, the UN migration agency said on Tuesday.';
    expect((await checkedFigure(page, '2025-06-03', [unEstimate], '2,400')).verdict).not.toBe('conflict');
  });

  it('do not in reports of different days, where the toll may have grown', async () => {
    const page = 'The Velda mudslide killed more than 2,400 people, the national government said on Thursday.';
    expect((await checkedFigure(page, '2025-06-05', [unEstimate], '2,400')).verdict).not.toBe('conflict');
  });

  it('do not when no body is named on one side', async () => {
    const page = 'The Velda mudslide killed more than 2,400 people.';
    expect((await checkedFigure(page, '2025-06-03', [unEstimate], '2,400')).verdict).not.toBe('conflict');
  });

  it('do not when one is a tally so far', async () => {
    const page = 'Rescuers have recovered 2,400 bodies so far, the national government said on Tuesday.';
    expect((await checkedFigure(page, '2025-06-03', [unEstimate], '2,400')).verdict).not.toBe('conflict');
  });

  it('do not when the figures are farther apart than estimates of one toll', async () => {
    const page = 'The Velda mudslide killed more than 9,000 people, the national government said on Tuesday.';
    expect((await checkedFigure(page, '2025-06-03', [unEstimate], '9,000')).verdict).not.toBe('conflict');
  });
});

describe("one body's ceiling on a toll against another body's figure", () => {
  // A dam burst in a mountain province, told by the Red Cross and the army: not a story of the fixtures.
  const redCross = report(
    'Ridge Courier',
    '2025-04-12',
    'The Red Cross said 150 people were killed when the Orsa dam burst on Saturday.',
  );

  it('reads an army as a body of its own, and a military that governs as the government', () => {
    expect(at('The army said fewer than 60 people were killed in the dam burst.', '60')).toBe('military');
    expect(at('The military-led government said 300 people were killed in the dam burst.', '300')).toBe('government');
  });

  it('contradict each other in reports up to two days apart, the ceiling being a denial of the higher count', async () => {
    const page = 'The army said fewer than 60 people were killed when the Orsa dam burst on Saturday.';
    expect((await checkedFigure(page, '2025-04-14', [redCross], '60')).verdict).toBe('conflict');
  });

  it('do not when the army gives a count rather than a ceiling a day later: the toll may have grown', async () => {
    const page = 'The army said 60 people were killed when the Orsa dam burst on Saturday.';
    expect((await checkedFigure(page, '2025-04-13', [redCross], '60')).verdict).not.toBe('conflict');
  });

  it('do not when the ceiling comes days later, nor when one kind of body tells both', async () => {
    const later = 'The army said fewer than 60 people were killed when the Orsa dam burst on Saturday.';
    expect((await checkedFigure(later, '2025-04-16', [redCross], '60')).verdict).not.toBe('conflict');
    const same = 'The Red Crescent said fewer than 60 people were killed when the Orsa dam burst on Saturday.';
    expect((await checkedFigure(same, '2025-04-13', [redCross], '60')).verdict).not.toBe('conflict');
  });
});

describe("a body's ceiling disputed beside an agreeing report of the page's own day", () => {
  it('stays a dispute, not an earlier point of a series the agreement sets aside', async () => {
    const reports = [
      report(
        'Ridge Courier',
        '2025-04-12',
        'The army said fewer than 60 people were killed in the raid on the Orsa camp.',
      ),
      report(
        'Valley Post',
        '2025-04-13',
        'At least 150 people were killed in a raid on Saturday on the Orsa camp, according to the health ministry.',
      ),
    ];
    const page = 'The health ministry said 150 people were killed in the raid on the Orsa camp.';
    expect(await checkedVerdict(page, '2025-04-13', reports, '150')).toEqual({
      verdict: 'mixed',
      relations: ['agree 150', 'conflict 60'],
    });
  });
});
