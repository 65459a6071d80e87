import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isArticleProse } from './article-prose';
import { mainContent } from './main-content';

const shown = () => true;
const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
const sentence = (n: number) =>
  `${'The council of the town met again on Monday evening to hear the report. '.repeat(n)}`;

describe('isArticleProse', () => {
  it('takes a story of a few paragraphs for an article', () => {
    const story = body(`<article>${[3, 4, 3].map((n) => `<p>${sentence(n)}</p>`).join('')}</article>`);
    expect(isArticleProse(mainContent(story), shown)).toBe(true);
  });

  it('leaves out a page of three one-line items, as Firefox offers it no reader view', () => {
    const fixture = readFileSync(join(import.meta.dirname, '../../test/fixtures/pages/news-chrome.html'), 'utf8');
    const news = parseHTML(fixture).document.body;
    expect(mainContent(news).localName).toBe('article');
    expect(isArticleProse(mainContent(news), shown)).toBe(false);
  });

  it('does not take short paragraphs, teasers in lists, asides or hidden text for one', () => {
    expect(isArticleProse(body(`<article><p>${sentence(1)}</p><p>${sentence(1)}</p></article>`), shown)).toBe(false);
    const front = body(`<main><ul>${[3, 3, 3, 3].map((n) => `<li><p>${sentence(n)}</p></li>`).join('')}</ul></main>`);
    expect(isArticleProse(front, shown)).toBe(false);
    const sidebar = body(`<main><p>Short.</p><aside><p>${sentence(4)}</p><p>${sentence(4)}</p></aside></main>`);
    expect(isArticleProse(sidebar, shown)).toBe(false);
    const hidden = body(`<article><p class="x">${sentence(4)}</p><p class="x">${sentence(4)}</p></article>`);
    expect(isArticleProse(hidden, (p) => !p.matches('.x'))).toBe(false);
    expect(isArticleProse(hidden, shown)).toBe(true);
  });
});
