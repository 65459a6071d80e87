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

  const prose = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i}: officials said on Friday that ${i * 10} people, including children, were evacuated.</p>`,
    ).join('');

  it('never leaves out the article\'s own <main> for a class name ("social" on CNN)', () => {
    const { document: page } = parseHTML(
      `<html><body><nav><a href="/">Home</a></nav><main class="container js-social-anchor-start">${prose(6)}</main></body></html>`,
    );
    const main = page.querySelector('main')!;
    expect(isPageChrome(main)).toBe(false);
    expect(mainContent(page.body, () => true)).toBe(main);
  });

  it('reads an article split around an advert as one', () => {
    const { document: page } = parseHTML(
      `<html><body><div id="story"><div class="part">${prose(4)}</div><div class="ad-slot">Buy 2</div><div class="part">${prose(3)}</div></div><aside>${prose(1)}</aside></body></html>`,
    );
    expect(mainContent(page.body, () => true).id).toBe('story');
  });

  it('never takes a sidebar feed for the article, however many updates it holds', () => {
    const feed = Array.from(
      { length: 50 },
      (_, i) => `<p>Update ${i}: ${i % 9} more trucks arrived at the border.</p>`,
    );
    const { document: page } = parseHTML(
      `<html><body><article id="story">${prose(3)}</article><aside id="feed">${feed.join('')}</aside></body></html>`,
    );
    expect(mainContent(page.body, () => true).id).toBe('story');
  });

  it('measures link lists without their indentation', () => {
    const items = Array.from(
      { length: 5 },
      (_, i) => `\n        <li>\n          <a href="/${i}">${i + 2} dead in storm</a>\n        </li>`,
    ).join('');
    const { document: page } = parseHTML(`<html><body><ul>${items}</ul></body></html>`);
    expect(isPageChrome(page.querySelector('ul')!)).toBe(true);
  });

  it('leaves out boxes titled as other stories', () => {
    const { document: page } = parseHTML(
      '<html><body><section><h2>Most Read</h2><p>3 things to know</p></section><section><h2>Les plus lus</h2><p>5 choses</p></section></body></html>',
    );
    expect([...page.querySelectorAll('section')].map(isPageChrome)).toEqual([true, true]);
  });
});
