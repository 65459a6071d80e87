import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/demo-pages';
import { openScanned, useExtension, type ExtensionSession, type FixtureServer } from './harness';

const NEWS_PAGE = readFileSync(join(ROOT, 'test/fixtures/pages/news-chrome.html'), 'utf8');
/** Where the fixture keeps its chrome: masthead menus, cookie banner, byline, timestamp, ad, sidebar, trending box, footers. */
const CHROME =
  'header.site-header, nav, .cookie-banner, .byline, time, #ad-slot-3, .article-footer, aside, .trending-list, body > footer';

describe('a news page with navigation chrome', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page;

  const start = useExtension({ '/news': () => NEWS_PAGE });
  beforeAll(async () => {
    ({ session, server } = await start());
    page = await openScanned(session, server.url('/news'));
  }, 60_000);

  it("highlights the article's figures and nothing in menus, footers, bylines, timestamps, banners or ads", async () => {
    const places = await page.evaluate((chrome) => {
      const out: { text: string; inChrome: boolean }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('crosscheck-')) continue;
        for (const r of highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          out.push({ text: range.toString(), inChrome: !!r.startContainer.parentElement?.closest(chrome) });
        }
      }
      return out;
    }, CHROME);
    expect(places.map((p) => p.text)).toEqual(expect.arrayContaining(['105', '14,800']));
    expect(places.filter((p) => p.inChrome)).toEqual([]);
  });
});
