import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { CURRENCY_NAMES, CURRENCY_NAMES_NOT_READ } from './currencies';
import { ISO_CURRENCIES } from './iso-currencies';

const moneyIn = (text: string) => extractClaims(text).map((c) => [c.text, c.kind, c.quantity.unit]);

describe("the world's currencies, from CLDR's list", () => {
  it('holds every current currency Node knows, so the table is regenerated when ICU moves', () => {
    const listed = new Set(ISO_CURRENCIES.map(([code]) => code));
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    const current = Intl.supportedValuesOf('currency').filter((c) => !names.of(c)?.includes('('));
    expect(current.filter((c) => !listed.has(c.toLowerCase()))).toEqual([]);
  });

  it('reads a sum in every currency named with its country, in the singular and the plural', () => {
    const notRead = new Set(CURRENCY_NAMES_NOT_READ.map((w) => w.word));
    // As news mostly writes them: "Sao Tome", "Curacao".
    const plain = (name: string) => name.normalize('NFD').replace(/[\p{M}ʻ]/gu, '');
    // A name that is one English word left unread ("sucre") is no country's name.
    const named = ISO_CURRENCIES.filter(([, , one]) => !notRead.has(one));
    const unread = named.flatMap(([code, , one, many]) =>
      [`1 ${plain(one)}`, `2 million ${plain(many)}`].filter((figure) => {
        const [claim] = extractClaims(`The fund paid ${figure} last year.`);
        return claim?.kind !== 'money' || claim.quantity.unit !== code;
      }),
    );
    expect(unread).toEqual([]);
  });

  it('reads every name alone, unless it is an English word left unread or another currency of its name', () => {
    const read = new Map(CURRENCY_NAMES.map((c) => [c.word, c.currency]));
    const notRead = new Set(CURRENCY_NAMES_NOT_READ.map((w) => w.word));
    const forgotten = ISO_CURRENCIES.flatMap(([, , one, many]) => [one, many].map((n) => n.split(' ').pop()!)).filter(
      (name) => /[a-z]$/.test(name) && !read.has(name) && !notRead.has(name),
    );
    expect(forgotten).toEqual([]);
    expect(moneyIn('Relief of 2.3 million kina was pledged.')).toEqual([['2.3 million kina', 'money', 'pgk']]);
    expect(moneyIn('A permit costs 40,000 lempiras.')).toEqual([['40,000 lempiras', 'money', 'hnl']]);
    expect(moneyIn('Fines of 500 Kuwaiti dinars were set.')).toEqual([['500 Kuwaiti dinars', 'money', 'kwd']]);
    expect(moneyIn('He scored 10 marks in the test.')).toEqual([['10', 'count', '']]);
  });

  it('reads "K" glued to a sum in millions, to the thousand or to the cent as the kina, and leaves names alone', () => {
    expect(moneyIn('Police seized drugs worth K2.3 million.')).toEqual([['K2.3 million', 'money', 'pgk']]);
    expect(moneyIn('He paid K1,500 for the land.')).toEqual([['K1,500', 'money', 'pgk']]);
    expect(moneyIn('Climbers died on K2 in 2008.')).toEqual([]);
  });

  it('reads "P" glued to a sum in millions, to the thousand or to the cent as the Philippine peso', () => {
    expect(moneyIn('The mayor pledged P4.5 million for the flood wall.')).toEqual([['P4.5 million', 'money', 'php']]);
    expect(moneyIn('A sack of rice now sells for P2,350.')).toEqual([['P2,350', 'money', 'php']]);
    // A letter before a small figure names a thing: a heat, an audience band, a paper size.
    expect(moneyIn('She won heat P3 and the ad reached viewers P25-54 on A4 sheets.')).toEqual([]);
  });

  it('reads bare sums in millions or more in the currency their sentence stated before them ("in current USD")', () => {
    expect(
      moneyIn('Measured in current USD, the largest exporters were Chile (41 billion) and Peru (28.5 billion).'),
    ).toEqual([
      ['41 billion', 'money', 'usd'],
      ['28.5 billion', 'money', 'usd'],
    ]);
    expect(moneyIn('In constant 2010 euros, the fund grew to 3.2 billion by the end of the decade.')).toEqual([
      ['3.2 billion', 'money', 'eur'],
    ]);
    // A code is read in capitals only, and a count below a million keeps its kind.
    expect(moneyIn('In all regions, 3.2 million people voted.')).toEqual([['3.2 million', 'count', '']]);
    expect(moneyIn('In USD terms, prices rose at 40 stores.')).toEqual([['40', 'count', '']]);
    // A figure in millions that counts its own plural is no sum.
    expect(moneyIn('Measured in USD, exports grew as 3.2 million people found work.')).toEqual([
      ['3.2 million', 'count', ''],
    ]);
  });

  it('reads "pounds" spelt out before a sum as the pound sign, but not after a figure it measures', () => {
    expect(moneyIn('Season tickets rose from pounds 310 to pounds 345 this summer.')).toEqual([
      ['pounds 310', 'money', 'gbp'],
      ['pounds 345', 'money', 'gbp'],
    ]);
    expect(moneyIn('The foal weighed 90 pounds 4 ounces at birth.').map(([, kind]) => kind)).not.toContain('money');
  });

  it('reads "pounds" after a verb of weighing or paying across any bound of the table', () => {
    expect(moneyIn('Officers found a crate weighing roughly 40 pounds.')).toEqual([['40 pounds', 'other', 'lb']]);
    expect(moneyIn('The club paid an estimated 30 million pounds for him.')).toEqual([
      ['30 million pounds', 'money', 'gbp'],
    ]);
  });
});
