import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from './demo-pages';

export const FIXTURES_DIR = join(ROOT, 'test/fixtures/readability');

export interface Fixture {
  name: string;
  source: string;
  /** Readability's article as text, a paragraph break between its blocks. */
  article: string;
}

/** Elements after which Readability's output starts a new block of text. */
const BLOCK_END =
  /<\/(?:p|div|li|h[1-6]|td|th|tr|blockquote|pre|figcaption|dd|dt|section|article|ul|ol|table)>|<br\s*\/?>/gi;

/** The article text of Readability's expected output, blocks separated by blank lines. */
export function articleText(expectedHtml: string): string {
  const { document: page } = parseHTML(
    `<!doctype html><html><body>${expectedHtml.replace(BLOCK_END, '$&\n\n')}</body></html>`,
  );
  return (page.body.textContent ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The fixture pages, all or those named. */
export function fixtures(names: string[] = []): Fixture[] {
  const all = readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return all
    .filter((name) => names.length === 0 || names.includes(name))
    .map((name) => ({
      name,
      source: readFileSync(join(FIXTURES_DIR, name, 'source.html'), 'utf8'),
      article: articleText(readFileSync(join(FIXTURES_DIR, name, 'expected.html'), 'utf8')),
    }));
}
