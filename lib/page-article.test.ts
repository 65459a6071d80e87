import { describe, expect, it } from 'vitest';
import { LIMITS } from './bundle/types';
import { articleOfPage, normalisedPageUrl, parsePageArticle, type PageArticle } from './page-article';

const TEXT = 'Officials in Riverton said 160 nurses had been hired since the start of the year.';
const page = (extra: Partial<PageArticle> = {}): PageArticle => ({
  url: 'https://news.example/riverton',
  title: 'Riverton hires nurses',
  siteName: 'Riverton Gazette',
  published: '2024-03-05',
  text: TEXT,
  ...extra,
});

describe('normalisedPageUrl', () => {
  it('drops the fragment, credentials and tracking parameters, and keeps the rest as written', () => {
    expect(
      normalisedPageUrl('https://user:pw@News.Example/a?id=7&utm_source=mail&utm_medium=x&fbclid=abc&page=2#comments'),
    ).toBe('https://news.example/a?id=7&page=2');
    expect(normalisedPageUrl('https://news.example/a?q=a+b%20c')).toBe('https://news.example/a?q=a+b%20c');
    expect(normalisedPageUrl('https://news.example/a?utm_campaign=x')).toBe('https://news.example/a');
  });

  it('refuses what is not a web page', () => {
    for (const url of [
      'chrome-extension://abc/popup.html',
      'file:///home/a.html',
      'javascript:alert(1)',
      'about:blank',
      'no',
    ])
      expect(normalisedPageUrl(url)).toBeNull();
  });
});

describe('parsePageArticle', () => {
  it('accepts a well-formed article and nothing else', () => {
    expect(parsePageArticle(page())).toEqual(page());
    expect(parsePageArticle({ ...page(), extra: 1 })).toEqual(page());
    expect(parsePageArticle(null)).toBeNull();
    expect(parsePageArticle({ ...page(), title: 7 })).toBeNull();
    expect(parsePageArticle({ ...page(), text: '  ' })).toBeNull();
    expect(parsePageArticle({ ...page(), published: undefined })).toBeNull();
  });

  it('refuses fields past the bundle limits', () => {
    expect(parsePageArticle(page({ text: 'a'.repeat(LIMITS.textChars + 1) }))).toBeNull();
    expect(parsePageArticle(page({ title: 'a'.repeat(LIMITS.titleChars + 1) }))).toBeNull();
    expect(parsePageArticle(page({ siteName: 'a'.repeat(LIMITS.outletChars + 1) }))).toBeNull();
    expect(parsePageArticle(page({ url: `https://a.example/${'a'.repeat(LIMITS.urlChars)}` }))).toBeNull();
  });
});

describe('articleOfPage', () => {
  it('stores the page under its normalised address, with its metadata', () => {
    expect(articleOfPage(page({ url: 'https://news.example/riverton?utm_source=x#top' }))).toEqual({
      title: 'Riverton hires nurses',
      outlet: 'Riverton Gazette',
      published: '2024-03-05',
      url: 'https://news.example/riverton',
      origin: 'https://news.example/riverton',
      text: TEXT,
    });
  });

  it('names the outlet by the host and infers the title when the page states neither; drops an odd date', () => {
    const bare = articleOfPage(
      page({ url: 'https://www.gazette.example/a', title: ' ', siteName: '', published: 'Tuesday' }),
    );
    expect(bare).toMatchObject({ outlet: 'gazette.example', published: null });
    expect(Array.isArray(bare) ? bare : bare.title).toMatch(/^Officials in Riverton/);
    expect(articleOfPage(page({ url: 'https://edition.cnn.com/a', siteName: '' }))).toMatchObject({ outlet: 'CNN' });
  });

  it('refuses a page that is not on the web', () => {
    expect(articleOfPage(page({ url: 'chrome-extension://abc/options.html' }))).toEqual([
      'only web pages (http or https) can be added',
    ]);
  });
});
