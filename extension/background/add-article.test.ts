import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// First: it installs fake-indexeddb before Dexie loads.
import { freshCorpus } from '../../lib/corpus/test-db';
import { READER_BUNDLES } from '../../lib/corpus/append-article';
import { saveKeepArticles } from '../page/keep-setting';
import { saveSettings } from '../page/settings-store';
import { answerArticle, type ArticleDeps } from './add-article';

type Sender = Parameters<typeof answerArticle>[1];

const PAGE_URL = 'https://gazette.example/nurses';
const article = {
  url: `${PAGE_URL}?utm_source=mail`,
  title: 'Riverton hires nurses',
  siteName: 'Riverton Gazette',
  published: '2024-03-05T09:30:00Z',
  text: 'Officials in Riverton said 160 nurses had been hired since the start of the year.',
};
const popup: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const tab: Sender = { id: 'test-extension-id', url: PAGE_URL, tab: { id: 4 } as Sender['tab'], frameId: 0 };

describe('answerArticle', () => {
  const db = freshCorpus();
  let deps: ArticleDeps;
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all([db.bundles.clear(), db.articles.clear(), db.packs.clear(), db.sources.clear()]);
    deps = { seeded: Promise.resolve(), db: () => db, changed: vi.fn() };
  });

  it("adds the popup's article to “Articles I added”, under its normalised address, and tells the other tabs", async () => {
    expect(await answerArticle({ type: 'article-stored', article }, popup, deps)).toEqual({
      ok: true,
      state: 'new',
      title: 'Riverton hires nurses',
    });
    expect(await answerArticle({ type: 'add-article', article, tabId: 8 }, popup, deps)).toEqual({
      ok: true,
      state: 'added',
      title: 'Riverton hires nurses',
    });
    // Every tab but the page added.
    expect(deps.changed).toHaveBeenCalledWith(8);
    expect(await db.articles.toArray()).toMatchObject([
      { url: PAGE_URL, outlet: 'Riverton Gazette', published: '2024-03-05', bundleId: READER_BUNDLES.added.id },
    ]);
    const again = { ok: true, state: 'stored', title: 'Riverton hires nurses', bundle: 'Articles I added' };
    expect(await answerArticle({ type: 'article-stored', article }, popup, deps)).toEqual(again);
    expect(await answerArticle({ type: 'add-article', article }, popup, deps)).toEqual(again);
    expect(deps.changed).toHaveBeenCalledTimes(1);
  });

  it('adds only from the extension’s own pages, and only well-formed articles', async () => {
    expect(await answerArticle({ type: 'add-article', article }, tab, deps)).toEqual({
      ok: false,
      error: 'only the popup may add an article',
    });
    expect(await answerArticle({ type: 'add-article', article }, { ...popup, id: 'other' }, deps)).toMatchObject({
      ok: false,
    });
    expect(await answerArticle({ type: 'add-article', article: { ...article, text: 3 } }, popup, deps)).toEqual({
      ok: false,
      error: 'malformed message',
    });
    const local = { ...article, url: 'file:///home/reader/page.html' };
    expect(await answerArticle({ type: 'add-article', article: local }, popup, deps)).toEqual({
      ok: false,
      error: 'the article could not be read: only web pages (http or https) can be added',
    });
    expect(await db.articles.count()).toBe(0);
  });

  it('keeps a page’s article only when the reader opted in and the site is on, under the address the browser gives', async () => {
    const keep = { type: 'keep-article', article: { ...article, url: 'https://elsewhere.example/claimed' } };
    expect(await answerArticle(keep, tab, deps)).toEqual({ ok: false, error: 'keeping the articles read is off' });
    await saveKeepArticles(true);
    await saveSettings({ enabled: true, disabledOrigins: ['https://gazette.example'] });
    expect(await answerArticle(keep, tab, deps)).toEqual({ ok: false, error: 'Crosscheck is off on this site' });
    expect(await answerArticle(keep, { ...tab, frameId: 3 }, deps)).toMatchObject({ ok: false });
    expect(await answerArticle(keep, { ...tab, url: 'chrome://newtab/' }, deps)).toMatchObject({ ok: false });
    expect(await db.articles.count()).toBe(0);

    await saveSettings({ enabled: true, disabledOrigins: [] });
    expect(await answerArticle(keep, tab, deps)).toMatchObject({ ok: true, state: 'added' });
    // The tab the article came from has nothing new to check against.
    expect(deps.changed).toHaveBeenCalledWith(4);
    expect(await db.articles.toArray()).toMatchObject([{ url: PAGE_URL, bundleId: READER_BUNDLES.read.id }]);
  });

  it('keeps at most 60 articles from one site in an hour', async () => {
    await saveKeepArticles(true);
    const keepNth = (n: number) =>
      answerArticle(
        { type: 'keep-article', article: { ...article, text: `Report number ${n}: ${n + 3} buses were late today.` } },
        { ...tab, url: `https://loop.example/${n}` },
        deps,
      );
    for (let n = 0; n < 60; n++) expect(await keepNth(n)).toMatchObject({ ok: true, state: 'added' });
    expect(await keepNth(60)).toEqual({ ok: false, error: 'more than 60 articles kept from this site in an hour' });
    expect(await db.articles.count()).toBe(60);
  });
});
