/**
 * Script in data: a bundle whose every field carries markup and script is imported through the options
 * page, listed there, shown in a hover card and in the popup; no script runs (the payload would set a
 * trap global and open a dialog), every link is http(s), and a bundle with a javascript: or data: URL
 * is refused with its message shown as text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  figureBox,
  readShadowDialog,
  tabIdOf,
  useExtension,
  waitForScan,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const TRAP = 'window.__pwned=1;alert(1)';
const PAYLOADS = [
  `<img src=x onerror="${TRAP}">`,
  `<script>${TRAP}</script>`,
  `</style><svg onload="${TRAP}">`,
  `</title></textarea><iframe src="javascript:${TRAP}">`,
  '\u202eevil\u202c\u2066',
  `"><a href="javascript:${TRAP}">x</a>`,
];
const HOSTILE = PAYLOADS.join(' ');
const SENTENCE = 'Officials in Riverton said 410 bridges had been inspected since the start of the year.';
const PAGE_SENTENCE = 'Officials in Riverton said 430 bridges had been inspected since the start of the year.';
const LONG_TITLE = `${HOSTILE} ${'very long title '.repeat(60)}`.slice(0, 1000);

const ARTICLE = {
  title: LONG_TITLE,
  outlet: `Gazette ${PAYLOADS[0]}`,
  url: `https://gazette.example/a?q=${encodeURIComponent(HOSTILE)}#${PAYLOADS[0]}`,
  origin: HOSTILE,
  published: '2024-03-05',
  text: `${SENTENCE} ${HOSTILE}\n\n${'The inspections continue. '.repeat(20_000)}`,
};

const newsPage = () =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Riverton</title></head><body><article><h1>Bridges</h1><p>${PAGE_SENTENCE}</p></article></body></html>`;

/** Every page the payload could reach: a trap global set or a dialog opened fails the test. */
const pwned: string[] = [];
const watch = (page: Page, name: string) => {
  page.on('dialog', (d) => {
    pwned.push(`${name}: dialog ${d.message()}`);
    void d.dismiss();
  });
  return page;
};
const trapSet = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);

/** The href of every link in the page, closed shadow roots included (through the DevTools protocol). */
async function linksOf(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const hrefs: string[] = [];
    const walk = (n: Node) => {
      const attrs = n.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2)
        if (attrs[i] === 'href' && n.nodeName === 'A') hrefs.push(attrs[i + 1]!);
      for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(child);
    };
    walk(root);
    return hrefs;
  } finally {
    await cdp.detach();
  }
}

describe('script in data', () => {
  const startBrowser = useExtension({ '/riverton': newsPage });
  let session: ExtensionSession;
  let server: FixtureServer;
  let options: Page;

  beforeAll(async () => {
    ({ session, server } = await startBrowser());
    options = watch(await session.context.newPage(), 'options');
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByText('5 articles · shipped with Crosscheck', { exact: false }).waitFor({ timeout: 15_000 });
  }, 60_000);

  describe('a bundle of markup and script', () => {
    it('refuses javascript: and data: URLs, showing the message as text', async () => {
      const refused: [string, string][] = [
        ['js.json', `javascript:${TRAP}`],
        ['data.json', `data:text/html,<script>${TRAP}</script>`],
      ];
      for (const [name, url] of refused) {
        const buffer = Buffer.from(JSON.stringify([{ ...ARTICLE, url }]));
        await options.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer });
        const error = options.getByTestId('import-error').filter({ hasText: `from ${name}:` });
        await error.waitFor({ timeout: 15_000 });
        expect(await error.textContent()).toContain('"url" must be an http(s) URL');
      }
      expect(await trapSet(options)).toBe(0);
    });

    it('imports it, lists it with its markup as text, and runs none of it', async () => {
      const buffer = Buffer.from(JSON.stringify({ articles: [ARTICLE] }));
      await options
        .getByTestId('import-input')
        .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer });
      const summary = options.getByTestId('import-summary').filter({ hasText: 'hostile.json' });
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.textContent()).toContain('Imported 1 article');
      const row = options.getByTestId('article-row').filter({ hasText: 'Gazette' });
      await row.first().waitFor({ timeout: 15_000 });
      expect(await row.first().getByTestId('article-outlet').textContent()).toBe(ARTICLE.outlet);
      // The long title is cut for display only: what is shown is shorter than what is stored.
      const shown = (await row.first().getByTestId('article-title').textContent()) ?? '';
      expect(shown).toContain('<img src=x');
      const box = await row.first().getByTestId('article-title').boundingBox();
      expect(box!.height).toBeLessThan(200);
      expect(await options.locator('img[onerror], svg[onload], iframe, script:not([src])').count()).toBe(0);
      for (const href of await linksOf(options)) expect(href).toMatch(/^(https?:|chrome-extension:|#|blob:)/);
      expect(await trapSet(options)).toBe(0);
    });

    it('shows it in the hover card and the popup as text, links only http(s)', async () => {
      const page = watch(await session.context.newPage(), 'news page');
      await page.goto(server.url('/riverton'));
      await waitForScan(session, page);
      const figure = await figureBox(page, '430 bridges', '430');
      await page.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
      await expect
        .poll(async () => (await readShadowDialog(page, 'crosscheck-card'))?.text ?? '', { timeout: 10_000 })
        .toContain('Gazette <img src=x');
      const card = await readShadowDialog(page, 'crosscheck-card');
      expect(card!.box.bottom - card!.box.top).toBeLessThan(800);
      for (const href of await linksOf(page)) expect(href).toMatch(/^https?:/);
      expect(await trapSet(page)).toBe(0);

      const popup = watch(await session.context.newPage(), 'popup');
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, page)}`);
      await popup.locator('.cc-group').first().waitFor();
      expect(await popup.locator('img[onerror], svg[onload], iframe').count()).toBe(0);
      for (const href of await linksOf(popup)) expect(href).toMatch(/^(https?:|chrome-extension:|#)/);
      expect(await trapSet(popup)).toBe(0);
      await popup.close();
      await page.close();
    });

    it('exports it whole and imports the export back as the same article, running none of it', async () => {
      const row = options.getByTestId('bundle-row').filter({ hasText: 'hostile.json' });
      const download = options.waitForEvent('download');
      await row.getByTestId('export-bundle').click();
      const exported = readFileSync(await (await download).path(), 'utf8');
      const [back] = exported
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as typeof ARTICLE);
      // Cut for display only: the stored title, outlet and text come back whole.
      expect(back!.title).toBe(ARTICLE.title);
      expect(back!.outlet).toBe(ARTICLE.outlet);
      // The import normalises a URL and trims a text; nothing is cut.
      expect(back!.url).toBe(new URL(ARTICLE.url).href);
      expect(back!.text).toBe(ARTICLE.text.trim());

      await row.getByTestId('delete-bundle').click();
      await options.getByTestId('confirm-delete').click();
      await expect.poll(() => options.getByTestId('article-row').filter({ hasText: 'Gazette' }).count()).toBe(0);
      await options.getByTestId('import-input').setInputFiles({
        name: 'hostile-again.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(exported),
      });
      const summary = options.getByTestId('import-summary').filter({ hasText: 'hostile-again.jsonl' });
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.textContent()).toContain('Imported 1 article');
      const again = options.getByTestId('article-row').filter({ hasText: 'Gazette' }).first();
      expect(await again.getByTestId('article-outlet').textContent()).toBe(ARTICLE.outlet);
      expect(await options.locator('img[onerror], svg[onload], iframe, script:not([src])').count()).toBe(0);
      expect(await trapSet(options)).toBe(0);
    });

    it('opened no dialog anywhere', () => {
      expect(pwned).toEqual([]);
    });
  });
});
