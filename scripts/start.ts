/**
 * `npm start`: builds the extension, serves a demo article and opens it in a visible Chromium with the
 * extension loaded. Runs until that browser window is closed.
 */
import { build } from 'wxt';
import { findBrowser, launchWithExtension } from '../test/support/browser';
import { serveDemo } from '../test/support/demo-pages';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const executable = findBrowser();
if (!executable)
  fail(
    'No Chromium or Chrome found. Install Chromium (e.g. `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
  fail(
    'No display found (DISPLAY and WAYLAND_DISPLAY are unset): `npm start` opens a browser window. Run it in a desktop session, or try `npm run screenshot`, which runs headless.',
  );

await build();
const server = await serveDemo();
const browser = await launchWithExtension(executable, { headless: false, viewport: null });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(server.url('/'));
console.log(
  `\nCrosscheck is running in ${executable}\nDemo article: ${server.url('/')}\nHover a highlighted figure to see what other sources say; close the browser to stop.\n`,
);

const shutDown = async () => {
  await browser.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
browser.context.on('close', () => void shutDown());
process.on('SIGINT', () => void shutDown());
