/**
 * The browser stops the extension's service worker while a page is open (as it does after 30 s idle, or
 * under memory pressure): text the page adds afterwards is still checked, with no reload.
 */
import type { CDPSession } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openScanned, useExtension, type ExtensionSession, type FixtureServer } from './harness';

const FIRST = 'Hamas has released 105 hostages since the truce began, officials said.';
const LATER = 'Officials said 240 Palestinian prisoners had been freed during the truce.';

const PAGE = () =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body><article id="a"><p>${FIRST}</p></article></body></html>`;

const highlighted = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const r of highlight) texts.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    }
    return texts;
  });

describe('the service worker stopped during a check', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  const start = useExtension({ '/live': PAGE });
  beforeAll(async () => {
    ({ session, server } = await start());
  }, 60_000);

  it('text added after the worker stopped is checked without a reload', async () => {
    const page = await openScanned(session, server.url('/live'));
    await expect.poll(() => highlighted(page)).toContain('105');
    const cdp: CDPSession = await session.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.includes(session.extensionId)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    // The page adds a paragraph, and the worker is stopped while the content script sends it to be checked.
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('a')!.append(p);
    }, LATER);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses, { timeout: 10_000 }).toContain('stopped');
    await expect.poll(() => highlighted(page), { timeout: 20_000 }).toContain('240');
    expect(await highlighted(page)).toContain('105');
    await cdp.detach();
    await page.close();
  }, 60_000);
});
