import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mainContent } from './main-content';
import { isPageChrome } from './page-chrome';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures/pages', name), 'utf8');

/** The text the content script would read: the main content, without the chrome inside it. */
function articleText(root: Element): string {
  const parts: string[] = [];
  const visit = (element: Element) => {
    if (isPageChrome(element)) return;
    for (const node of element.childNodes) {
      if (node.nodeType === 3) parts.push(node.textContent ?? '');
      else if (node.nodeType === 1) visit(node as Element);
    }
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('main content and page chrome', () => {
  const { document: news } = parseHTML(fixture('news-chrome.html'));
  const text = articleText(mainContent(news.body));

  it("keeps the article's headline and paragraphs", () => {
    expect(mainContent(news.body).localName).toBe('article');
    for (const figure of ['after 7 days', '105 hostages', '14,800 people', 'three Palestinian prisoners'])
      expect(text).toContain(figure);
  });

  it('leaves out menus, cookie banners, bylines, timestamps, ads, link lists and footers', () => {
    for (const chrome of [
      'Top 10',
      '842 partners',
      '2 other reporters',
      '9:30 AM',
      'Save 40%',
      '5 friends',
      '20 ways',
      '9 things',
      '120 Main Street',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads a live blog of many small posts through their common container', () => {
    const posts = Array.from(
      { length: 30 },
      (_, i) => `<article class="post"><p>Update ${i}: ${i * 10} people were evacuated.</p></article>`,
    ).join('');
    const { document: blog } = parseHTML(
      `<html><body><nav><a href="/">Home</a></nav><main id="feed">${posts}</main></body></html>`,
    );
    expect(mainContent(blog.body).id).toBe('feed');
  });

  it('falls back to the body on a page without article markup', () => {
    const { document: plain } = parseHTML('<html><body><div><p>About 40 people came.</p></div></body></html>');
    expect(mainContent(plain.body).localName).toBe('body');
  });

  it('does not take words that merely contain a chrome word for chrome', () => {
    const { document: page } = parseHTML(
      '<html><body><div class="headline-bad loaded"><p>x</p></div><div class="read-more"><p>y</p></div></body></html>',
    );
    expect([...page.querySelectorAll('div')].map(isPageChrome)).toEqual([false, false]);
  });
});
