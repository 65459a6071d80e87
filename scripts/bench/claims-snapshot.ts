/**
 * `npx tsx scripts/bench/claims-snapshot.ts OUT.jsonl [BEFORE.jsonl]`: the claims extractClaims finds in every
 * text of test/fixtures (text files, every string of the JSON fixtures, the HTML pages with and without their
 * tags) and in 2,000 generated articles, one line per text, so a change meant to leave extraction as it is
 * can be checked against a snapshot taken before it. With BEFORE, prints the texts whose claims differ.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extractClaims } from '../../lib/claims/extract';
import { generator } from '../../test/support/generate';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 8 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

function texts(): [string, string][] {
  const out: [string, string][] = [];
  for (const path of files(FIXTURES)) {
    const name = relative(FIXTURES, path);
    const content = readFileSync(path, 'utf8');
    if (path.endsWith('.json')) stringsOf(JSON.parse(content)).forEach((s, i) => out.push([`${name}#${i}`, s]));
    else if (path.endsWith('.html')) {
      out.push([name, content]);
      out.push([`${name}#text`, content.replace(/<[^>]*>/g, ' ')]);
    } else out.push([name, content]);
  }
  const g = generator(2024);
  for (let i = 0; i < 2000; i++) out.push([`generated#${i}`, g.article(i % 2 ? 78 : 12)]);
  return out;
}

const [outPath, beforePath] = process.argv.slice(2);
if (!outPath) throw new Error('usage: claims-snapshot.ts OUT.jsonl [BEFORE.jsonl]');
const lines = texts().map(([name, text]) => JSON.stringify({ name, claims: extractClaims(text) }));
writeFileSync(outPath, lines.join('\n') + '\n');
console.log(`${lines.length} texts, ${lines.reduce((n, l) => n + l.length, 0)} characters of claims → ${outPath}`);
if (beforePath) {
  const before = readFileSync(beforePath, 'utf8').trimEnd().split('\n');
  const differ = lines.filter((line, i) => line !== before[i]);
  for (const line of differ.slice(0, 20)) console.log('differs:', (JSON.parse(line) as { name: string }).name);
  console.log(differ.length || before.length !== lines.length ? `${differ.length} texts differ` : 'identical');
  if (differ.length || before.length !== lines.length) process.exitCode = 1;
}
