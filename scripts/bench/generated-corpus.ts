import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { LIMITS, type NewArticle } from '../../lib/bundle/types';
import { extractClaims } from '../../lib/claims/extract';
import { generator } from '../../test/support/generate';

/** About 5 KB of text per article: some 50 MB of JSON Lines per bundle of 10,000. */
const SENTENCES = 78;
/** Claims on the news page checked against the corpus. */
export const PAGE_CLAIMS = 200;

/** The articles of bundle `index` of `perBundle` articles, as the bundle file holds them. */
export function* bundleArticles(index: number, perBundle: number): Generator<Omit<NewArticle, 'origin'>> {
  const g = generator(2024 + index);
  for (let i = 0; i < perBundle; i++) {
    const id = index * perBundle + i;
    yield {
      title: `Generated report ${id} from ${g.place()}`,
      url: `https://bench.example/${id}`,
      outlet: `Outlet ${id % 60}`,
      published: `2024-01-${String(1 + (id % 28)).padStart(2, '0')}`,
      text: g.article(SENTENCES),
    };
  }
}

/** A bundle's articles written to `dir`, in as many files as the options page's 50 MB limit per file needs. */
export async function writeBundle(dir: string, index: number, perBundle: number): Promise<string[]> {
  const paths: string[] = [];
  let out: WriteStream | undefined;
  let bytes = 0;
  for (const article of bundleArticles(index, perBundle)) {
    const line = JSON.stringify(article);
    if (!out || bytes + Buffer.byteLength(line) + 1 > LIMITS.fileBytes) {
      await new Promise((ok) => (out ? out.end(ok) : ok(undefined)));
      paths.push(join(dir, `bench-${index + 1}-${paths.length + 1}.jsonl`));
      out = createWriteStream(paths.at(-1)!);
      bytes = 0;
    }
    bytes += Buffer.byteLength(line) + 1;
    const stream = out;
    if (!stream.write(line + '\n')) await new Promise((ok) => stream.once('drain', ok));
  }
  await new Promise((ok) => out!.end(ok));
  return paths;
}

/** A news page of the generator's sentences with PAGE_CLAIMS claims, four sentences a paragraph. */
export function newsPage(): { html: string; text: string; claims: number } {
  const g = generator(2024);
  const sentences: string[] = [];
  while (extractClaims(sentences.join(' ')).length < PAGE_CLAIMS) sentences.push(g.sentence());
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(`<p>${sentences.slice(i, i + 4).join(' ')}</p>`);
  return {
    html: `<!doctype html><html><head><meta charset="utf-8"><title>Bench page</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`,
    text: sentences.join(' '),
    claims: extractClaims(sentences.join(' ')).length,
  };
}
