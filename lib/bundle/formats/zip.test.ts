import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseBundleBytes } from '../read-file';

const TEXT = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';
const noHtml = () => Promise.resolve(['no DOM here']);
const read = (files: Record<string, string>, name = 'archive.zip') =>
  parseBundleBytes(zipSync(Object.fromEntries(Object.entries(files).map(([n, s]) => [n, strToU8(s)]))), name, noHtml);

describe('ZIP archives', () => {
  it('reads every bundle file inside as one bundle, skipping folders and hidden files', async () => {
    const r = await read({
      'a/one.txt': `Library budget approved\n\n${TEXT}`,
      'two.jsonl': JSON.stringify({ text: `${TEXT} Twice.`, outlet: 'Gazette' }),
      '__MACOSX/._one.txt': 'junk',
      '.DS_Store': 'junk',
    });
    expect(r.ok && r.articles.map((a) => [a.origin, a.outlet])).toEqual([
      ['archive.zip/a/one.txt', 'one'],
      [`archive.zip/two.jsonl`, 'Gazette'],
    ]);
  });

  it('refuses the whole archive for one bad record, naming the file inside', async () => {
    const r = await read({ 'good.txt': TEXT, 'bad.csv': `title,text\nA,` });
    expect(r).toEqual({ ok: false, errors: ['bad.csv: row 2: "text" is missing'] });
  });

  it('refuses files it cannot read and archives inside archives', async () => {
    const r = await read({ 'photo.jpg': 'x', 'inner.zip': 'x' });
    expect(r.ok ? [] : r.errors).toEqual([
      'inner.zip: archives inside archives are not read',
      'photo.jpg: not a bundle file (.json, .jsonl, .csv, .txt, .html)',
    ]);
  });

  it('is recognised without its extension; a broken one is named', async () => {
    expect((await read({ 'one.txt': TEXT }, 'download')).ok).toBe(true);
    expect(await parseBundleBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'x.zip', noHtml)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^not a ZIP archive: /)],
    });
  });
});
