import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ARTICLE_FIELDS, BUNDLE_FIELDS, LIMITS } from './types';

// public/bundle.schema.json documents the format for people writing bundles; it must say what parseBundle checks.
interface ObjectSchema {
  properties: Record<string, { maxLength?: number }>;
  required?: string[];
}
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/bundle.schema.json'), 'utf8')) as {
  $defs: { article: ObjectSchema; articles: { maxItems: number } };
  oneOf: ObjectSchema[];
};
const article = schema.$defs.article;

it('names the same fields as the parser accepts', () => {
  expect(Object.keys(article.properties).sort()).toEqual([...ARTICLE_FIELDS].sort());
  expect(article.required).toEqual(['text']);
  expect(Object.keys(schema.oneOf[1]!.properties).sort()).toEqual([...BUNDLE_FIELDS].sort());
});

it('states the same limits as the parser enforces', () => {
  expect(schema.$defs.articles.maxItems).toBe(LIMITS.articles);
  expect(article.properties.text?.maxLength).toBe(LIMITS.textChars);
  expect(article.properties.title?.maxLength).toBe(LIMITS.titleChars);
  expect(article.properties.outlet?.maxLength).toBe(LIMITS.outletChars);
  expect(article.properties.url?.maxLength).toBe(LIMITS.urlChars);
  expect(article.properties.origin?.maxLength).toBe(LIMITS.originChars);
});
