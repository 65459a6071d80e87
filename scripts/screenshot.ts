/**
 * `npm run screenshot`: builds the extension, opens the demo article headless, hovers its "110" and saves
 * the viewport, figure and card, as docs/hover-card.png for the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'wxt';
import { findBrowser, launchWithExtension } from '../test/support/browser';
import { DEMO_FIGURE, ROOT, serveDemo } from '../test/support/demo-pages';
import { figureBox } from '../test/support/figure-box';

const OUTPUT = join(ROOT, 'docs/hover-card.png');

const executable = findBrowser();
if (!executable) {
  console.error(
    'No Chromium or Chrome found. Install Chromium (e.g. `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

await build();
const server = await serveDemo();
const browser = await launchWithExtension(executable, { headless: true, viewport: { width: 1280, height: 800 } });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('/'));
  await page.waitForFunction(() => (CSS.highlights.get('crosscheck-conflict')?.size ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
  const figure = await figureBox(page, DEMO_FIGURE.phrase, DEMO_FIGURE.figure);
  await page.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
  // The card's host element is in the page; its content is in a closed shadow root.
  await page.waitForSelector('crosscheck-card', { state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(300);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: OUTPUT });
  console.log(`Saved ${OUTPUT}`);
} finally {
  await browser.close();
  await server.close();
}
