import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIGURE } from '../support/demo-pages';
import {
  highlightCounts,
  openAddonPage,
  shadowText,
  untilAnswered,
  useFirefox,
  type FirefoxSession,
  openDemoArticle,
} from './firefox-harness';

describe('in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let article: Page;

  const start = useFirefox();
  beforeAll(async () => {
    firefox = await start();
    article = await openDemoArticle(firefox);
  }, 90_000);

  it("highlights the article's figures, with the demo figure's conflict", async () => {
    const counts = await untilAnswered(
      () => highlightCounts(article),
      (c) => (c?.['crosscheck-conflict'] ?? 0) > 0,
    );
    expect(counts?.['crosscheck-conflict']).toBeGreaterThan(0);
    expect(counts?.['crosscheck-unverified']).toBeGreaterThan(0);
  });

  it("opens the conflict's card on hover, naming the conflicting source's sentence", async () => {
    const box = await article.evaluate(
      (phrase, figure) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(phrase);
          if (at < 0) continue;
          node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + figure.length);
          const { left, top, right, bottom } = range.getBoundingClientRect();
          return { left, top, right, bottom };
        }
        throw new Error(`"${phrase}" is not on the page`);
      },
      DEMO_FIGURE.phrase,
      DEMO_FIGURE.figure,
    );
    await article.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    const card = await untilAnswered(
      () => shadowText(firefox.browser, article, 'crosscheck-card'),
      (text) => text?.includes('Conflicting sources') ?? false,
    );
    expect(card).toContain('Conflicting sources');
    expect(card).toContain('To date, Hamas has released 105 hostages');
  });

  it("lists the page's claims by verdict in the popup, conflicts first", async () => {
    const probe = await openAddonPage(firefox.browser, 'popup.html');
    const articleUrl = article.url();
    const tabId = await probe.evaluate(async (url) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id;
    }, articleUrl);
    expect(tabId).toBeTypeOf('number');
    const popup = await openAddonPage(firefox.browser, `popup.html?tab=${tabId}`);
    const verdicts = await untilAnswered(
      () =>
        popup.evaluate(() => [...document.querySelectorAll('.cc-group')].map((g) => g.getAttribute('data-verdict'))),
      (list) => Array.isArray(list) && list.length > 0,
    );
    expect(verdicts?.[0]).toBe('conflict');
    expect(verdicts).toContain('unverified');
    const figures = await popup.evaluate(() =>
      [...document.querySelectorAll('.cc-group[data-verdict="conflict"] .cc-claim-figure')].map((f) => f.textContent),
    );
    expect(figures).toContain(DEMO_FIGURE.figure);
  });
});
