import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../support/demo-pages';
import { GAZETTE_TITLE, ROUTES } from './add-page-pages';
import { highlightCounts, openAddonPage, untilAnswered, useFirefox, type FirefoxSession } from './firefox-harness';

/** The popup's "Add this article to my corpus" in Firefox ESR: the added page backs another outlet's figure. */
describe('adding the page to my corpus, in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let news: PageServer;
  const start = useFirefox();
  beforeAll(async () => {
    [firefox, news] = await Promise.all([start(), servePages((path) => ROUTES[path as keyof typeof ROUTES]?.())]);
  }, 90_000);
  afterAll(() => news.close());

  it('adds the article from the popup, and another outlet on the same story is checked against it', async () => {
    const gazette = await firefox.browser.newPage();
    await gazette.goto(news.url('/local/riverton-nurses'));
    const probe = await openAddonPage(firefox.browser, 'popup.html');
    const tabId = await untilAnswered(
      () =>
        probe.evaluate(async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id, gazette.url()),
      (id) => typeof id === 'number',
    );
    const popup = await openAddonPage(firefox.browser, `popup.html?tab=${tabId}`);
    const stateOf = () => popup.evaluate(() => document.querySelector('.cc-add-button')?.getAttribute('data-state'));
    expect(await untilAnswered(stateOf, (s) => s === 'new')).toBe('new');
    await popup.click('.cc-add-button');
    const note = await untilAnswered(
      () => popup.evaluate(() => document.querySelector('#cc-add-note')?.textContent),
      (text) => text?.startsWith('Added') ?? false,
    );
    expect(note).toBe(`Added: ${GAZETTE_TITLE}`);

    const tribune = await firefox.browser.newPage();
    await tribune.goto(news.url('/valley/riverton-hospital'));
    const counts = await untilAnswered(
      () => highlightCounts(tribune),
      (c) => (c?.['crosscheck-conflict'] ?? 0) > 0,
    );
    expect(counts?.['crosscheck-conflict']).toBe(1);
  }, 120_000);

  it('keeps an article read once the reader opts in', async () => {
    const options = await openAddonPage(firefox.browser, 'options.html');
    await untilAnswered(
      () => options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="keep-articles"]')?.disabled),
      (disabled) => disabled === false,
    );
    await options.click('input[name="keep-articles"]');
    expect(
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="keep-articles"]')?.checked),
    ).toBe(true);
    const tuesday = await firefox.browser.newPage();
    await tuesday.goto(news.url('/lakeside/tuesday'));
    // The corpus as the options page's own database holds it (a reload of an add-on page is not reported
    // to BiDi as a load).
    const bundles = () =>
      options.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('crosscheck');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const all = open.result.transaction('bundles').objectStore('bundles').getAll();
              all.onsuccess = () =>
                resolve(
                  (all.result as { name: string; articleCount: number }[]).map((b) => `${b.name}: ${b.articleCount}`),
                );
              open.result.close();
            };
          }),
      );
    const kept = await untilAnswered(bundles, (names) => names?.some((n) => n.startsWith('Articles I read')) ?? false);
    expect(kept).toContain('Articles I read: 1');
  }, 120_000);
});
