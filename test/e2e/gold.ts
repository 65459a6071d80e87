import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, seedParagraphs } from '../support/demo-pages';

interface GoldEntry {
  id?: string;
  file: string;
  quote: string;
  span: string;
  span_offset: number;
}

interface Gold {
  articles: { file: string }[];
  claims: GoldEntry[];
  not_claims: GoldEntry[];
}

/** A gold span located the way the test pages render it: paragraph index and offsets in that paragraph. */
export interface GoldSpan {
  file: string;
  label: string;
  span: string;
  paragraph: number;
  start: number;
  end: number;
}

const gold = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/seed-gold.json'), 'utf8')) as Gold;

export const SEED_FILES = gold.articles.map((a) => a.file);

function locate(entry: GoldEntry): GoldSpan {
  const paragraphs = seedParagraphs(entry.file);
  const paragraph = paragraphs.findIndex(
    (p) => entry.span_offset >= p.offset && entry.span_offset + entry.span.length <= p.offset + p.text.length,
  );
  const start = entry.span_offset - paragraphs[paragraph]!.offset;
  if (paragraphs[paragraph]!.text.slice(start, start + entry.span.length) !== entry.span)
    throw new Error(`gold span ${entry.span} of ${entry.file} not found`);
  return {
    file: entry.file,
    label: entry.id ?? entry.quote,
    span: entry.span,
    paragraph,
    start,
    end: start + entry.span.length,
  };
}

export const goldClaims = (file: string) => gold.claims.filter((c) => c.file === file).map(locate);
export const goldNotClaims = (file: string) => gold.not_claims.filter((c) => c.file === file).map(locate);
