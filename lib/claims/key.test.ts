import { describe, expect, it } from 'vitest';
import { claimKey, eventKey, keyFields, keyWithoutEvent, lookupKeys } from './key';

describe('claim keys', () => {
  it('reads back the fields claimKey writes', () => {
    const key = claimKey('count', { lemma: 'tractor', event: '', unit: '' });
    expect(keyFields(key)).toEqual({ kind: 'count', head: 'tractor', unitFamily: '' });
  });

  it('reads a key cut short or with a field more as splitting it at each bar would', () => {
    expect(keyFields('other||length')).toEqual({ kind: 'other', head: '', unitFamily: 'length' });
    expect(keyFields('money|fund|usd|extra')).toEqual({ kind: 'money', head: 'fund', unitFamily: 'usd' });
    expect(keyFields('rate|vessel')).toEqual({ kind: 'rate', head: 'vessel', unitFamily: '' });
    expect(keyFields('count')).toEqual({ kind: 'count', head: '', unitFamily: '' });
  });

  it('files a count of people under "person" and looks it up with the counts that name nothing too', () => {
    const key = claimKey('count', { lemma: 'nurse', event: '', unit: '' });
    expect(keyFields(key).head).toBe('person');
    expect(lookupKeys(key)).toEqual([key, 'count||']);
  });

  it('looks up nothing more for a thing other than people', () => {
    const key = claimKey('count', { lemma: 'tractor', event: '', unit: '' });
    expect(lookupKeys(key)).toEqual([key]);
  });

  it('files a count of people with what befell them under a key of its own, and reads the key back without it', () => {
    const key = claimKey('count', { lemma: 'passenger', event: 'rescue', unit: '' });
    expect(eventKey(key, 'rescue')).toBe('count|person||rescue');
    expect(keyWithoutEvent('count|person||rescue')).toBe(key);
    expect(keyFields('count|person||rescue')).toEqual({ kind: 'count', head: 'person', unitFamily: '' });
    expect(keyWithoutEvent('rate|person|per day|evacuate')).toBe('rate|person|per day');
    expect(keyWithoutEvent(key)).toBe(key);
    // Nothing befell them, or they are not people: one key only.
    expect(eventKey(key, '')).toBeNull();
    expect(eventKey(claimKey('count', { lemma: 'tractor', event: 'sell', unit: '' }), 'sell')).toBeNull();
  });
});
