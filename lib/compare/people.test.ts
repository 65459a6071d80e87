import { describe, expect, it } from 'vitest';
import { checkedAgainst, report } from '../../test/support/dated-reports';
import { personNounOf, namesNothing, namesPeople } from './people';

describe('a plural in -men that lemmatising left as it was', () => {
  it('is the noun for people in -man WordNet names, and nothing else', () => {
    expect(personNounOf('gunmen')).toBe('gunman');
    expect(namesPeople(personNounOf('fishermen'))).toBe(true);
    expect(personNounOf('specimen')).toBe('specimen');
    expect(personNounOf('abdomen')).toBe('abdomen');
    expect(personNounOf('miner')).toBe('miner');
  });
});

describe('a compound written with a hyphen that WordNet does not know', () => {
  it('counts the people its last part names ("case-patients", "rescue-divers")', () => {
    expect(personNounOf('case-patient')).toBe('patient');
    expect(personNounOf('rescue-diver')).toBe('diver');
    expect(personNounOf('well-being')).toBe('well-being');
    expect(personNounOf('lay-by')).toBe('lay-by');
  });

  it('unless the part before the hyphen says they are not such people ("non-residents", "ex-soldiers")', () => {
    expect(personNounOf('non-resident')).toBe('non-resident');
    expect(personNounOf('ex-soldier')).toBe('ex-soldier');
    expect(personNounOf('pseudo-doctor')).toBe('pseudo-doctor');
  });

  it('so that the same people told with the compound and with its last part alone agree', async () => {
    const [claim] = await checkedAgainst(
      'Nineteen of the case-patients at the Orvan clinic were hospitalized.',
      '2024-03-05',
      [report('S', '2024-03-05', 'At the Orvan clinic, 19 patients were hospitalized.')],
    );
    expect(claim).toMatchObject({ text: 'Nineteen', verdict: 'agree' });
  });
});

describe('a word read as what is counted that WordNet files only as an adjective or an adverb', () => {
  it('names nothing ("the global total", "Egyptian deaths alone", "a decade of strong governance", a slip: "43 peopled died")', () => {
    expect(['global', 'alone', 'strong', 'peopled'].filter(namesNothing)).toEqual([
      'global',
      'alone',
      'strong',
      'peopled',
    ]);
  });

  it('unless it is a noun too or tells what befell people ("the injured", "the missing")', () => {
    expect(['building', 'national', 'injured', 'missing', 'seat'].filter(namesNothing)).toEqual([]);
  });
});
