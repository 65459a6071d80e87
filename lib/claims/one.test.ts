import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('a bare "one" (one.ts)', () => {
  it('counts "one of them" as a part of a whole the sentence counted before it', () => {
    expect(texts('Police detained five fans after the match, and one of them was later charged.')).toEqual([
      'five',
      'one',
    ]);
    expect(texts('Twelve branches will close this year, one of those in the city centre.')).toEqual(['Twelve', 'one']);
    expect(texts('The club signed three strikers, one of whom had never played abroad.')).toEqual(['three', 'one']);
  });

  it('leaves "one of them" alone when nothing before it was counted', () => {
    expect(texts('One of them said the council had ignored the warnings.')).toEqual([]);
    expect(texts('Shares rose 4% and one of those buying was a pension fund.')).toEqual(['4%']);
  });

  it('counts the one left out of a whole: "except one", "save for one", "but for one"', () => {
    expect(texts('Every passenger was rescued except one.')).toEqual(['one']);
    expect(texts('All the ministers backed the plan, save for one.')).toEqual(['one']);
    expect(texts('The vote was unanimous but for one director.')).toEqual(['one']);
    expect(texts('Except for one who was injured, the climbers reached the summit.')).toEqual(['one']);
  });

  it('counts one of any kind of person WordNet knows when something befell them', () => {
    expect(texts('One miner died in the blast.')).toEqual(['One']);
    expect(texts('The storm killed one fisherman off the coast.')).toEqual(['one']);
    expect(texts('One pilgrim died of heatstroke, the ministry said.')).toEqual(['One']);
    expect(texts('One analyst said prices would rise.')).toEqual([]);
    expect(texts('One resident described the flood as terrifying.')).toEqual([]);
  });

  it('counts one thing an event befell, told as the object of its verb', () => {
    expect(texts('The airline cancelled one flight.')).toEqual(['one']);
    expect(texts('The storm destroyed one house and damaged several others.')).toEqual(['one']);
    expect(texts('Police seized one vehicle during the raid.')).toEqual(['one']);
    expect(texts('He said one thing and did another.')).toEqual([]);
  });

  it('counts a range from one with no noun after it: it is never the pronoun', () => {
    expect(texts('Rescuers hope one or two are still alive.')).toEqual(['one or two']);
    expect(texts('Only one to three were expected to qualify.')).toEqual(['one to three']);
    expect(texts('One or the other will have to give way.')).toEqual([]);
  });

  it('reads over a gloss in brackets between the one counted and its passive verb', () => {
    expect(texts('One carriage (the dining car) was derailed near the station.')).toEqual(['One']);
    expect(texts('One ward (intensive care) has been closed to visitors.')).toEqual(['One']);
  });

  it('counts a bare "one" dealt to each of several after a count', () => {
    expect(texts('The chain runs three stores in Leeds and one each in York and Hull.')).toEqual(['three', 'one']);
    expect(texts('Four stations flooded in the east and one apiece in the north and south.')).toEqual(['Four', 'one']);
  });

  it('counts a bare "one" added to a list of counts after a comma and "with"', () => {
    expect(texts('The motion passed by nine votes to four, with one abstention.')).toEqual(['nine', 'four', 'one']);
    expect(texts('He made 41 appearances, with one goal.')).toEqual(['41', 'one']);
  });
});
