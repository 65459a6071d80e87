import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  openScanned,
  figureBox,
  readShadowDialog,
  useExtension,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const FIGURE = 'Hamas has released 105 hostages since the truce began, officials said.';

const PAGES: Record<string, () => string> = {
  // A strict policy: no inline styles or scripts of any origin but the page's declared none.
  '/csp': () =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><article><p>${FIGURE}</p></article></body></html>`,
  '/rtl': () =>
    `<!doctype html><html dir="rtl" lang="ar"><body><article><p>قال المسؤولون إن ${FIGURE}</p></article></body></html>`,
  '/huge': () => `<!doctype html><html><body><article><p>${(FIGURE + ' ').repeat(1500)}</p></article></body></html>`,
  // Built-ins the page overrides (the content script's isolated world has its own).
  '/overrides': () => `<!doctype html><html><head><script>
    Array.prototype.map = () => { throw new Error('page map'); };
    JSON.parse = () => null; window.Promise = function () {}; Node.prototype.contains = () => false;
  </script></head><body><article><p>${FIGURE}</p></article></body></html>`,
  '/shadow':
    () => `<!doctype html><html><body><article><p>The article starts here.</p><div id="host"></div></article><script>
    document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>${FIGURE}</p>';
  </script></body></html>`,
  '/frame': () =>
    `<!doctype html><html><body><article><p>The article continues in the frame.</p><iframe src="/inner" width="600" height="200"></iframe></article></body></html>`,
  '/inner': () => `<!doctype html><html><body><p>${FIGURE}</p></body></html>`,
  // A frame without an address of its own, which the page writes into.
  '/written-frame':
    () => `<!doctype html><html><body><article><p>The article continues in the frame.</p><iframe id="written"></iframe></article><script>
    const frame = document.getElementById('written').contentDocument;
    frame.open();
    frame.write('<p>${FIGURE}</p>');
    frame.close();
  </script></body></html>`,
};

/**
 * The texts of the crosscheck highlights registered in a page's (or frame's) document, including those in
 * open shadow roots; plain loops, since one page overrides Array.prototype.map.
 */
const figures = (target: Page | Frame) =>
  target.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const r of highlight) texts.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    }
    return texts;
  });

describe('pages that are hard to read', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  const errors: string[] = [];

  const open = (path: string) => openScanned(session, server.url(path), errors);

  const start = useExtension(PAGES);
  beforeAll(async () => {
    ({ session, server } = await start());
  }, 60_000);

  it.each(['/csp', '/rtl', '/huge', '/overrides', '/shadow'])('highlights the figures of %s', async (path) => {
    const page = await open(path);
    await expect.poll(() => figures(page)).toContain('105');
    await page.close();
  });

  // The card is a module the content script imports from the extension when the page has a claim.
  it('opens the hover card under the strict policy', async () => {
    const page = await open('/csp');
    await expect.poll(() => figures(page)).toContain('105');
    const figure = await figureBox(page, '105 hostages', '105');
    await page.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
    await expect.poll(async () => (await readShadowDialog(page, 'crosscheck-card'))?.text).toContain('105');
    await page.close();
  });

  it('highlights the figures of a same-origin iframe in its own document', async () => {
    const page = await open('/frame');
    const inner = page.frames().find((f) => f.url().endsWith('/inner'))!;
    await expect.poll(() => figures(inner)).toContain('105');
    await page.close();
  });

  it('highlights the figures of an about:blank frame the page writes into', async () => {
    const page = await open('/written-frame');
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => figures(frame)).toContain('105');
    await page.close();
  });

  it('puts no error on any page', () => {
    expect(errors.filter((e) => !e.includes('page map'))).toEqual([]);
  });
});
