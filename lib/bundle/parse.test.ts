import { describe, expect, it } from 'vitest';
import { parseBundle } from './parse';
import { textOf } from './read-file';
import { LIMITS } from './types';

const TEXT = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';
const errorsOf = (json: string) => {
  const r = parseBundle(json, 'bundle.json');
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
const one = (article: unknown) => errorsOf(JSON.stringify([article]));

describe('parseBundle accepts', () => {
  it('an array of articles, inferring what is left out', () => {
    const r = parseBundle(JSON.stringify([{ text: `Library budget approved\n\n${TEXT}` }]), 'city.json');
    expect(r).toEqual({
      ok: true,
      version: null,
      articles: [
        {
          title: 'Library budget approved',
          outlet: 'city',
          published: null,
          url: null,
          origin: 'city.json',
          text: `Library budget approved\n\n${TEXT}`,
        },
      ],
    });
  });

  it('an object with articles and a version; a URL gives outlet and origin; a timestamp gives its date', () => {
    const r = parseBundle(
      JSON.stringify({
        version: 3,
        articles: [
          { title: 'T', text: TEXT, url: 'https://edition.cnn.com/x', published: '2023-12-01T23:30:00-05:00' },
        ],
      }),
      'b.json',
    );
    expect(r.ok && r.version).toBe(3);
    expect(r.ok && r.articles[0]).toMatchObject({
      outlet: 'CNN',
      origin: 'https://edition.cnn.com/x',
      published: '2023-12-01',
    });
  });

  it('null for optional fields', () => {
    expect(parseBundle(JSON.stringify([{ text: TEXT, url: null, published: null, title: null }]), 'b.json').ok).toBe(
      true,
    );
  });
});

describe('parseBundle rejects, naming the problem and where', () => {
  it.each([
    ['', 'the file is empty'],
    ['{"articles": [\n  {"text": "x",}\n]}', /^not JSON: .* at line 2, column 16$/],
    ['[\n  {"text": x}\n]', /^not JSON: Unexpected token 'x' at line 2, column 12$/],
    ['"text"', 'a bundle must be an array of articles or an object {"articles": [...]}, not a string'],
    ['{"items": []}', 'unknown field "items" in the bundle'],
    ['{"items": []}', '"articles" is missing'],
    ['{"articles": {}}', '"articles" must be an array, not an object'],
    ['{"articles": [{"text": "x"}], "version": "1"}', '"version" must be a positive whole number, not "1"'],
    ['[]', 'the bundle holds no articles'],
  ])('%j', (json, message) => {
    const errors = errorsOf(json);
    if (typeof message === 'string') expect(errors.some((e) => e.includes(message))).toBe(true);
    else expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    [42, 'article 1: must be an object, not a number'],
    [[TEXT], 'article 1: must be an object, not an array'],
    [{ title: 'x' }, 'article 1: "text" is missing'],
    [{ text: 5 }, 'article 1: "text" must be a string, not a number'],
    [{ text: ' \n ' }, 'article 1: "text" is empty'],
    [{ text: 'x'.repeat(LIMITS.textChars + 1) }, 'article 1: "text" is longer than 1,000,000 characters (1,000,001)'],
    [{ text: TEXT, title: 'x'.repeat(1001) }, 'article 1: "title" is longer than 1,000 characters (1,001)'],
    [{ text: TEXT, title: '' }, 'article 1: "title" is empty'],
    [{ text: TEXT, outlet: ['CNN'] }, 'article 1: "outlet" must be a string, not an array'],
    [{ text: TEXT, url: 'javascript:alert(1)' }, 'article 1: "url" must be an http(s) URL, not "javascript:alert(1)"'],
    [{ text: TEXT, url: 'not a url' }, 'article 1: "url" must be an http(s) URL, not "not a url"'],
    [
      { text: TEXT, published: '1 Dec 2023' },
      'article 1: "published" must be a date YYYY-MM-DD or an ISO timestamp, not "1 Dec 2023"',
    ],
    [{ text: TEXT, published: '2023-02-30' }, 'article 1: "published" must be a date YYYY-MM-DD'],
    [{ text: TEXT, origin: 7 }, 'article 1: "origin" must be a string, not a number'],
    [{ text: TEXT, headline: 'x' }, 'article 1: unknown field "headline"'],
  ])('article %j', (article, message) => {
    expect(one(article).some((e) => e.startsWith(message))).toBe(true);
  });

  it('numbers articles from 1 and rejects the whole bundle for one bad article', () => {
    const articles = [{ text: TEXT }, { text: TEXT }, { title: 'no text' }];
    expect(errorsOf(JSON.stringify({ articles }))).toEqual(['article 3: "text" is missing']);
  });

  it('lists twenty errors and counts the rest', () => {
    const errors = errorsOf(JSON.stringify(Array.from({ length: 25 }, () => ({}))));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… and 5 more errors');
  });

  it('too many articles', () => {
    expect(errorsOf(`[${'{},'.repeat(LIMITS.articles)}{}]`)).toEqual([
      'the bundle holds 200,001 articles, more than the 200,000 allowed',
    ]);
  });

  it('a file over 50 MB, counted in UTF-8 bytes', () => {
    const big = `[{"text": "${'é'.repeat(LIMITS.fileBytes / 2)}"}]`;
    expect(errorsOf(big)).toEqual(['the file is larger than 50 MB']);
  });
});

describe('textOf', () => {
  it('takes tab, line ends, form feed and escape as text and any other control code as a binary file, saying where', () => {
    const text = (s: string) => textOf(new TextEncoder().encode(s));
    for (let c = 0; c < 0x20; c++) {
      const binary = c < 0x09 || (c > 0x0d && c !== 0x1b);
      expect(text(`ab${String.fromCharCode(c)}`), `code ${c}`).toEqual(
        binary ? ['the file is binary, not text (character 3 is a control code)'] : `ab${String.fromCharCode(c)}`,
      );
    }
  });
});
