import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { IN_CARE_WORDS, inCare } from './in-care';

const at = (sentence: string, figure: string) => inCare(sentence, sentence.indexOf(figure) + figure.length);

describe('people said to be in hospital care now', () => {
  it('reads the care words after a word of state, past an aside on a part', () => {
    for (const w of IN_CARE_WORDS) expect(w.reason.length, w.words).toBeGreaterThan(10);
    expect(at('Thirty passengers hurt in the derailment, including four children, remain in hospital.', 'Thirty')).toBe(
      true,
    );
    expect(at('The clinic said 14 climbers are still being treated for frostbite.', '14')).toBe(true);
    expect(at('Some 60 workers were hospitalized after the gas leak at the Dunmore plant.', '60')).toBe(true);
  });

  it('not care given and over, a deed that happened in hospital, nor a part told after the figure', () => {
    expect(at('Some 60 workers were admitted to hospital after the gas leak.', '60')).toBe(false);
    expect(at('So far 75 workers have been hospitalized across the Dunmore clinics.', '75')).toBe(false);
    expect(at('So far 75 workers have been hospitalized and 20 remain hospitalized.', '20')).toBe(true);
    expect(at('Two more miners died of their injuries in hospital on Sunday.', 'Two')).toBe(false);
    expect(at('The blast injured 45 people, of whom 12 remain in hospital.', '45')).toBe(false);
    expect(at('The blast injured 45 people, of whom 12 remain in hospital.', '12')).toBe(true);
  });
});

describe('a count of people in hospital against other counts', () => {
  const injured = report(
    'Dunmore Post',
    '2025-06-02',
    'The derailment near Dunmore injured 140 passengers, officials said.',
  );
  const inWard = report(
    'Dunmore Post',
    '2025-06-02',
    'Officials said 95 passengers are still being treated in hospitals.',
  );

  it('is no count of the injured, whatever its figure', async () => {
    const page = 'At least 90 passengers hurt in the Dunmore derailment remain in hospital.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-06-02', [injured], '90'))).toEqual({
      verdict: 'unverified',
      relations: [],
    });
  });

  it('and is one count with another of those in hospital that day, whatever befell them is said', async () => {
    const page = 'Officials said 70 injured passengers remain in hospital in Dunmore.';
    expect((await checkedFigure(page, '2025-06-02', [inWard], '70')).verdict).toBe('conflict');
  });
});
