/**
 * Every bundle reader on bytes nobody would save: it answers with articles or with errors, never throws,
 * answers in bounded time, and refuses what would unpack or expand far past its size (ZIP bombs, a ZIP
 * entry declaring a gigabyte, a million CSV columns, JSON nested a million deep, millions of records)
 * before building it.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import * as linkedom from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anyCodeUnit, fuzzParameters, fuzzTimeout, INVISIBLES } from '../../test/support/fuzz';
import { articleRecordOfDocument } from './formats/html';
import { parseBundleBytes } from './read-file';
import { LIMITS, type ParseResult } from './types';

const readHtml = (html: string) =>
  Promise.resolve(
    articleRecordOfDocument(new linkedom.DOMParser().parseFromString(html, 'text/html') as unknown as Document),
  );

const NAMES = ['a.json', 'a.jsonl', 'a.csv', 'a.txt', 'a.html', 'a.zip', 'download'];
/** Generous: a bound that catches a hang or a quadratic path, not a speed target. */
const SECONDS_PER_INPUT = 5;

async function read(bytes: Uint8Array, name: string): Promise<ParseResult> {
  const t = performance.now();
  const r = await parseBundleBytes(bytes, name, readHtml);
  expect(performance.now() - t).toBeLessThan(SECONDS_PER_INPUT * 1000);
  if (r.ok) {
    expect(r.articles.length).toBeGreaterThan(0);
    for (const a of r.articles) expect(typeof a.text).toBe('string');
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e).toBe('string');
  }
  return r;
}

const encode = (s: string) => new TextEncoder().encode(s);

/** Pieces of every format, so generated files get past the first check of each reader. */
const PIECES = [
  ...['{', '}', '[', ']', '"', ':', ',', '\n', '\r\n', '\t', ';', ' ', '\\', '\\u', 'null', 'true', '1e999', '-0'],
  ...['"text"', '"title"', '"url"', '"articles"', '"version"', 'text,title', 'body;date', '"javascript:alert(1)"'],
  ...['<html>', '<body>', '<p>', '</p>', '<script>', '<div>', '<!--', '<![CDATA[', '&amp;', '&#x0;', '<meta '],
  ...['PK\u0003\u0004', '12 people were killed', '2023-12-01', 'https://x.example/a', '\u0000', '\ufffd'],
  ...INVISIBLES,
];
const formatLike = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: anyCodeUnit }), {
    maxLength: 80,
  })
  .map((parts) => encode(parts.join('')));

describe('bundle readers on arbitrary bytes', () => {
  it(
    'answer with articles or errors, in bounded time, for random bytes under every name',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...NAMES), async (bytes, name) => {
          await read(bytes, name);
        }),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(150, 200),
  );

  it(
    'the same for text made of the formats’ own pieces',
    async () => {
      await fc.assert(
        fc.asyncProperty(formatLike, fc.constantFrom(...NAMES), async (bytes, name) => {
          await read(bytes, name);
        }),
        fuzzParameters(250),
      );
    },
    fuzzTimeout(250, 200),
  );

  it(
    'the same for ZIP archives of such files, and for those archives with bytes changed',
    async () => {
      const entry = fc.tuple(fc.constantFrom(...NAMES.slice(0, 5)), formatLike);
      await fc.assert(
        fc.asyncProperty(
          fc.array(entry, { minLength: 1, maxLength: 3 }),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
          async (entries, flips) => {
            const zip = zipSync(Object.fromEntries(entries.map(([n, b], i) => [`${i}-${n}`, b])));
            for (const [at, byte] of flips) zip[at % zip.length] = byte;
            await read(zip, 'a.zip');
          },
        ),
        fuzzParameters(150),
      );
    },
    fuzzTimeout(150, 200),
  );
});

/** Sets the uncompressed size a ZIP archive declares for its first (only) entry, in both its headers. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, size, true); // local file header
  const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
  view.setUint32(central + 24, size, true);
  return zip;
}

const errorsOf = (r: ParseResult) => (r.ok ? [] : r.errors);

describe('bundle readers refuse what would expand past its size', () => {
  it('a ZIP entry declaring a gigabyte, before unpacking it', async () => {
    const zip = declareSize(zipSync({ 'a.txt': strToU8('12 people were killed.') }), 1024 ** 3);
    expect(errorsOf(await read(zip, 'a.zip'))).toEqual(['a.txt: the file is larger than 50 MB']);
  });

  it('a ZIP bomb: 150 MB of spaces deflated to 150 KB', async () => {
    const bomb = zipSync({ 'a.txt': new Uint8Array(150 * 1024 * 1024).fill(32) }, { level: 9 });
    expect(bomb.length).toBeLessThan(LIMITS.fileBytes / 100);
    expect(errorsOf(await read(bomb, 'bomb.zip'))).toEqual(['a.txt: the file is larger than 50 MB']);
  }, 30_000);

  it('many small entries that together unpack to more than 100 times the archive', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`${i}.txt`, new Uint8Array(1024 * 1024).fill(32)]),
    );
    expect(errorsOf(await read(zipSync(files, { level: 9 }), 'many.zip'))).toEqual([
      `the archive unpacks to more than ${LIMITS.archiveRatio} times its size`,
    ]);
  });

  it('a CSV header of a million columns, and a million empty column names', async () => {
    const named = `text,${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n12 people,x\n`;
    expect(errorsOf(await read(encode(named), 'wide.csv'))).toEqual([
      'the header row has 1,000,001 columns, more than the 1,000 read',
    ]);
    expect(errorsOf(await read(encode(`text${','.repeat(1_000_000)}\na\n`), 'empty.csv'))).toHaveLength(1);
  });

  it('JSON nested a million deep, in a bundle and in JSON Lines', async () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(errorsOf(await read(encode(deep), 'deep.json'))).toEqual([
      `arrays and objects are nested more than ${LIMITS.jsonNesting} levels deep at line 1, column ${LIMITS.jsonNesting + 1}`,
    ]);
    expect(errorsOf(await read(encode(`{"text":"a"}\n${deep}\n`), 'deep.jsonl'))).toEqual([
      `line 2: arrays and objects are nested more than ${LIMITS.jsonNesting} levels deep at column ${LIMITS.jsonNesting + 1}`,
    ]);
    // Brackets inside strings are text.
    const inString = JSON.stringify([{ text: `12 people were killed ${'['.repeat(1000)}` }]);
    expect((await read(encode(inString), 'text.json')).ok).toBe(true);
  });

  it('millions of records, counted without a record made for each', async () => {
    const many = LIMITS.articles * 10;
    const tooMany = `the bundle holds ${many.toLocaleString('en-US')} articles, more than the 200,000 allowed`;
    expect(errorsOf(await read(encode(`[${'0,'.repeat(many - 1)}0]`), 'zeros.json'))).toEqual([tooMany]);
    expect(errorsOf(await read(encode('{}\n'.repeat(many)), 'empty.jsonl'))).toEqual([tooMany]);
    expect(errorsOf(await read(encode(`text\n${'a\n'.repeat(many)}`), 'rows.csv'))).toEqual([
      'the bundle holds more than the 200,000 articles allowed',
    ]);
  }, 60_000);

  // 10,000 levels, not more: linkedom, the tests' DOM, takes a minute to parse 100,000 (a browser does not).
  it('a web page nested 10,000 elements deep', async () => {
    const page = `<html><body>${'<div>'.repeat(10_000)}<p>12 people were killed.</p></body></html>`;
    expect(errorsOf(await read(encode(page), 'deep.html'))).toEqual([
      `the page nests elements more than ${LIMITS.htmlNesting} levels deep`,
    ]);
  }, 30_000);
});
