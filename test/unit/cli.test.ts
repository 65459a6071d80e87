/**
 * The command line run for real (tsx in a child process): `check --corpus` with a bundle of each format
 * the options page imports, and every kind of bad file refused in one line naming it, with no stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      [join(ROOT, 'scripts/cli/index.ts'), ...args],
      { cwd: ROOT, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => done({ code: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
    );
  });
}

const TITLE = 'Storm hits Riverton';
const SENTENCE = 'The storm killed 12 people in Riverton on Monday, the mayor of Riverton said.';
const TEXT = `${TITLE}\n\n${SENTENCE} About 300 homes in Riverton lost power.`;
const ARTICLE = {
  title: TITLE,
  outlet: 'Gazette',
  published: '2024-03-05',
  url: 'https://gazette.example/storm',
  text: TEXT,
};
const PAGE = 'A storm in Riverton\n\nThe storm killed 14 people in Riverton on Monday, the Riverton mayor said.\n';

const BUNDLES: Record<string, string | Uint8Array> = {
  'a.json': JSON.stringify([ARTICLE]),
  'a.jsonl': `${JSON.stringify(ARTICLE)}\n`,
  'a.csv': `title,outlet,published,url,text\n${TITLE},Gazette,2024-03-05,https://gazette.example/storm,"${TEXT}"\n`,
  'Gazette.txt': TEXT,
  'a.html': `<!doctype html><html><head><title>${TITLE}</title><meta property="og:site_name" content="Gazette"></head><body><article><h1>${TITLE}</h1><p>${SENTENCE}</p><p>About 300 homes in Riverton lost power, and crews worked through the night to restore it, the utility said on Tuesday.</p></article></body></html>`,
  'a.zip': zipSync({ 'inside.json': strToU8(JSON.stringify([ARTICLE])) }),
};

let dir = '';
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  for (const [name, content] of Object.entries(BUNDLES)) writeFileSync(at(name), content);
  writeFileSync(at('page.txt'), PAGE);
  // Valid UTF-8, as a database's header is, with the NULs that mark a binary file.
  writeFileSync(at('binary.json'), 'SQLite format 3\u0000\u0010\u0000\u0001\u0001');
  writeFileSync(at('latin1.txt'), new Uint8Array([...strToU8('Caf'), 0xe9, ...strToU8(' 12 people')]));
  writeFileSync(at('empty.json'), '');
  writeFileSync(at('bad.json'), '[{"text": "12 people", }]');
  mkdirSync(at('folder.json'));
  // 200 MB without writing 200 MB: a sparse file.
  const big = openSync(at('big.json'), 'w');
  ftruncateSync(big, 200 * 1024 * 1024);
  closeSync(big);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --corpus', () => {
  for (const name of Object.keys(BUNDLES)) {
    it(`checks against the articles of a ${name.split('.').pop()!.toUpperCase()} bundle`, async () => {
      const run = await cli('check', '--json', '--corpus', at(name), at('page.txt'));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const [report] = JSON.parse(run.stdout) as { claims: { text: string; verdict: string; matches: unknown[] }[] }[];
      expect(report!.claims.map((c) => [c.text, c.verdict])).toEqual([['14', 'conflict']]);
    }, 60_000);
  }

  it("reads the checked text's date where its page printed it, at its foot too, to resolve its time words", async () => {
    const shelling = { ...ARTICLE, published: '2024-03-06', text: "Tuesday's shelling in Riverton killed 41 people." };
    writeFileSync(at('shelling.json'), JSON.stringify([shelling]));
    // 6 March 2024 was a Wednesday: "on Tuesday" is the day of "Tuesday's shelling", one count told twice.
    const story = 'Shelling in Riverton\n\nOfficials said 35 people were killed in Riverton on Tuesday.\n';
    writeFileSync(at('dated.txt'), `${story}\nPublished on Wednesday, March 6, 2024 at 9:10 am\n`);
    writeFileSync(at('undated.txt'), story);
    const run = await cli('check', '--json', '--corpus', at('shelling.json'), at('dated.txt'), at('undated.txt'));
    const reports = JSON.parse(run.stdout) as { claims: { text: string; verdict: string }[] }[];
    expect(reports.map((r) => r.claims.map((c) => [c.text, c.verdict]))).toEqual([
      [['35', 'conflict']],
      [['35', 'unverified']],
    ]);
  }, 60_000);

  it('reads several bundles, and the seed corpus without --corpus', async () => {
    const both = await cli('check', '--json', '--corpus', at('a.json'), `--corpus=${at('a.csv')}`, at('page.txt'));
    const [report] = JSON.parse(both.stdout) as { claims: { matches: unknown[] }[] }[];
    expect(report!.claims[0]!.matches.length).toBeGreaterThanOrEqual(1);
    const seed = await cli('check', '--json', at('page.txt'));
    expect(seed.code).toBe(0);
    expect((JSON.parse(seed.stdout) as { claims: { verdict: string }[] }[])[0]!.claims[0]!.verdict).toBe('unverified');
  }, 60_000);
});

// Each run is mostly Node starting, so they overlap.
describe.concurrent('bad files', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['--corpus', at('missing.json')], /missing\.json: no such file$/],
    ['a folder', () => ['--corpus', at('folder.json')], /folder\.json: is a folder, not a file$/],
    ['a binary file', () => ['--corpus', at('binary.json')], /binary\.json: the file is binary, not text/],
    ['invalid UTF-8', () => ['--corpus', at('latin1.txt')], /latin1\.txt: the file is not UTF-8 text/],
    ['an empty file', () => ['--corpus', at('empty.json')], /empty\.json: the file is empty$/],
    ['a 200 MB file', () => ['--corpus', at('big.json')], /big\.json: the file is larger than 50 MB$/],
    ['a malformed bundle', () => ['--corpus', at('bad.json')], /bad\.json: not JSON: .* at line 1, column \d+$/],
    ['--corpus with no file', () => [at('page.txt'), '--corpus'], /^--corpus needs a bundle file after it$/],
    ['a bad file to check', () => [at('latin1.txt'), at('page.txt')], /latin1\.txt: the file is not UTF-8 text/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}: one line naming it, a non-zero exit, no stack trace`, async () => {
      const run = await cli('check', ...args(), ...(args().includes(at('page.txt')) ? [] : [at('page.txt')]));
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }, 60_000);
  }
});
