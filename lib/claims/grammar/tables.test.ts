import { describe, expect, it } from 'vitest';
import * as bounds from './bounds';
import * as calendar from './calendar';
import * as changes from './changes';
import * as currencies from './currencies';
import * as durations from './durations';
import { alternatives, firstCharacters, lastCharacters, phrases, wordSet, words } from './entries';
import * as events from './events';
import * as functionWords from './function-words';
import * as idioms from './idioms';
import * as multiples from './multiples';
import * as names from './names';
import * as nouns from './nouns';
import * as periods from './periods';
import * as phrase from './phrase';
import * as ranges from './ranges';
import * as rates from './rates';
import * as roles from './roles';
import * as scope from './scope';
import * as scores from './scores';
import * as signs from './signs';
import * as units from './units';
import * as vague from './vague';

/** Every exported table of entries, by "module.NAME". */
const modules = {
  bounds,
  calendar,
  changes,
  currencies,
  durations,
  events,
  functionWords,
  idioms,
  multiples,
  names,
  nouns,
  periods,
  phrase,
  ranges,
  rates,
  roles,
  scope,
  scores,
  signs,
  units,
  vague,
};
const tables = Object.entries(modules).flatMap(([file, exported]) =>
  Object.entries(exported)
    .filter(([, value]) => Array.isArray(value) && value.length > 0 && typeof value[0] === 'object')
    .map(([name, value]) => [`${file}.${name}`, value as Record<string, unknown>[]] as const),
);
/** What an entry is written as: its word, phrase, form list, noun... */
const written = (e: Record<string, unknown>) =>
  String(
    e.word ??
      e.phrase ??
      e.forms ??
      e.words ??
      e.noun ??
      e.plural ??
      e.coin ??
      e.unit ??
      e.lemma ??
      e.verb ??
      e.name ??
      e.role,
  );

describe('the grammar tables', () => {
  it('are found', () => {
    expect(tables.length).toBeGreaterThan(40);
    expect(tables.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'currencies.LETTER_SIGNS',
        'currencies.CURRENCY_CODES',
        'names.DATED_SUMS',
        'names.ORDINAL_COUNT_NOUNS',
        'ranges.RANGE_FROM_OPENERS',
      ]),
    );
  });

  it('give every entry a reason', () => {
    const without = tables.flatMap(([name, table]) =>
      table
        .filter((e) => typeof e.reason !== 'string' || e.reason.trim().length < 3)
        .map((e) => `${name}: ${written(e)}`),
    );
    expect(without).toEqual([]);
  });

  it('hold no blank or padded word, which no matcher could reach', () => {
    const padded = tables.flatMap(([name, table]) =>
      table.filter((e) => !/^\S(?:.*\S)?$/.test(written(e))).map((e) => `${name}: "${written(e)}"`),
    );
    expect(padded).toEqual([]);
  });

  it('list a word once in a table, so no entry is silently shadowed by another', () => {
    for (const [name, table] of tables) {
      const seen = table.map(written);
      expect(
        seen.filter((w, i) => seen.indexOf(w) !== i),
        name,
      ).toEqual([]);
    }
  });

  it('write each code read only in its case as it is written, and each letter sign as one capital', () => {
    // The cased codes are matched as written ("Sh", not "SH"): one without its spelling could never match.
    expect(currencies.CURRENCY_CODES.filter((c) => c.cased && c.written?.toLowerCase() !== c.word)).toEqual([]);
    // A letter sign is the one character glued before the digits.
    expect(currencies.LETTER_SIGNS.filter((c) => !/^\p{Lu}$/u.test(c.word))).toEqual([]);
  });

  it('give each event form one event', () => {
    const forms = events.EVENT_FORMS.flatMap((e) => e.forms.split(' '));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
});

describe('the helpers the matchers are made with', () => {
  it('split lists into entries with their reason', () => {
    expect(words('r', 'a b')).toEqual([
      { word: 'a', reason: 'r' },
      { word: 'b', reason: 'r' },
    ]);
    expect(phrases('r', 'led to, resulted in').map((e) => e.word)).toEqual(['led to', 'resulted in']);
  });

  it('make sets, escaped alternatives and both-case filters', () => {
    const table = [...words('r', 'to and'), { word: '$us', reason: 'r' }, { word: 'a.m.', reason: 'r' }];
    expect(wordSet(table).has('and')).toBe(true);
    expect(alternatives(table)).toBe('to|and|\\$us|a\\.m\\.');
    expect(new RegExp(`^(?:${alternatives(table)})$`).test('a.m.')).toBe(true);
    expect(new RegExp(`^(?:${alternatives(table)})$`).test('axmx')).toBe(false);
    expect(firstCharacters(table)).toBe('tTaA$');
    expect(lastCharacters(table)).toBe('oOdDsS.');
  });
});
