/**
 * `npm run screenshot`: builds the extension and saves, in light and in dark mode, the pictures the README
 * shows: the demo article with its "110" hovered (docs/hover-card-<scheme>.png), the popup for that page
 * (docs/popup-<scheme>.png) and the options page (docs/options-<scheme>.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'wxt';
import { findBrowser, launchWithExtension } from '../test/support/browser';
import { DEMO_FIGURE, ROOT, serveDemo } from '../test/support/demo-pages';
import { figureBox } from '../test/support/figure-box';

/** The extension API as functions passed to `worker.evaluate` see it in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const DOCS = join(ROOT, 'docs');
const SCHEMES = ['light', 'dark'] as const;

const executable = findBrowser();
if (!executable) {
  console.error(
    'No Chromium or Chrome found. Install Chromium (e.g. `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

async function save(page: Page, name: string) {
  const path = join(DOCS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`Saved ${path}`);
}

await build();
mkdirSync(DOCS, { recursive: true });
const server = await serveDemo();
const browser = await launchWithExtension(executable, { headless: true, viewport: { width: 1280, height: 800 } });
try {
  const extensionId = new URL(
    (browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'))).url(),
  ).host;
  for (const colorScheme of SCHEMES) {
    const article = await browser.context.newPage();
    await article.emulateMedia({ colorScheme });
    await article.goto(server.url('/'));
    await article.waitForFunction(() => (CSS.highlights.get('crosscheck-conflict')?.size ?? 0) > 0, undefined, {
      timeout: 30_000,
    });
    const figure = await figureBox(article, DEMO_FIGURE.phrase, DEMO_FIGURE.figure);
    await article.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
    // The card's host element is in the page; its content is in a closed shadow root.
    await article.waitForSelector('crosscheck-card', { state: 'attached', timeout: 10_000 });
    await article.waitForTimeout(400);
    await article.screenshot({ path: join(DOCS, `hover-card-${colorScheme}.png`) });
    console.log(`Saved ${join(DOCS, `hover-card-${colorScheme}.png`)}`);

    // The popup sees itself as the active tab when opened in one: the article's tab is named instead.
    await article.bringToFront();
    const worker = browser.context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
    const tabId = await worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.cc-group').first().waitFor();
    await save(popup, `popup-${colorScheme}`);

    const options = await browser.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('article-row').first().waitFor();
    await save(options, `options-${colorScheme}`);
    await Promise.all([article.close(), popup.close(), options.close()]);
  }
} finally {
  await browser.close();
  await server.close();
}
