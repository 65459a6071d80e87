import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts, useExtension, type ExtensionSession, type FixtureServer } from './harness';

const SEED_ORIGINS = [
  '000_f08bef55c7702ec1.txt',
  '001_6f0f6d7dc1d14af9.txt',
  '002_8eb272c886383ff4.txt',
  '003_29568914a9981e09.txt',
  '004_c8efec407d59efd0.txt',
];

const IMPORTED = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';
const PAGE_TEXT = 'The city council approved a budget of $15 million for the new library on Tuesday.';
const bundle = {
  articles: [
    {
      title: 'Council approves library budget',
      outlet: 'Riverton Gazette',
      published: '2024-03-05',
      url: 'https://gazette.example/library-budget',
      text: IMPORTED,
    },
  ],
};

const json = (x: unknown) => ({
  name: 'bundle.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(x)),
});

let session: ExtensionSession;
let server: FixtureServer;
let options: Page;

const rowOrigins = () =>
  options.getByTestId('article-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-origin')));

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

const start = useExtension({
  '/library': () =>
    `<!doctype html><html><head><meta charset="utf-8"><title>Library</title></head><body><article><h1>Library budget</h1><p>${PAGE_TEXT}</p></article></body></html>`,
});
beforeAll(async () => {
  ({ session, server } = await start());
  options = await openOptions();
});

describe('options page', () => {
  it('lists the five seed articles', async () => {
    await expect.poll(rowOrigins, { timeout: 15_000 }).toEqual(SEED_ORIGINS);
    expect(await options.getByTestId('stat-articles').textContent()).toBe('5');
  });

  it("reads at its own text size, not Chrome's 75% for extension pages", async () => {
    const sizes = await options.evaluate(() =>
      [document.body, document.querySelector('td')].map((el) => el && getComputedStyle(el).fontSize),
    );
    // The page sets 15 px at its root; Chrome's 75% made it 11.25 px.
    expect(sizes[0]).toBe('15px');
    expect(parseFloat(sizes[1] ?? '0')).toBeGreaterThanOrEqual(13);
  });

  it('imports a bundle through the file input and lists the new article', async () => {
    await options.getByTestId('import-input').setInputFiles({ ...json(bundle), name: 'library.json' });
    const summary = options.getByTestId('import-summary');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toContain('Imported 1 article');
    await expect.poll(rowOrigins).toEqual([...SEED_ORIGINS, 'https://gazette.example/library-budget']);
    expect(await options.getByTestId('article-row').last().textContent()).toContain('Riverton Gazette');
  });

  it('highlights a figure on a page that the imported article contradicts', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/library'));
    await expect
      .poll(async () => (await highlightTexts(page))['crosscheck-conflict'], { timeout: 15_000 })
      .toContain('$15 million');
    await page.close();
  });

  it('rejects a malformed bundle, naming the problem, and leaves the corpus unchanged', async () => {
    const malformed = {
      articles: [
        { title: 'Fine', text: 'Some 30 people attended the meeting on Monday evening.' },
        { title: 'No text here' },
      ],
    };
    await options.getByTestId('import-input').setInputFiles({ ...json(malformed), name: 'broken.json' });
    const error = options.getByTestId('import-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toContain('article 2: "text" is missing');

    await options.reload();
    await expect
      .poll(rowOrigins, { timeout: 15_000 })
      .toEqual([...SEED_ORIGINS, 'https://gazette.example/library-budget']);
    expect(await options.getByTestId('stat-articles').textContent()).toBe('6');
  });

  it('deletes the imported bundle after confirmation, keeping the seeds', async () => {
    const imported = options.locator('[data-testid="bundle-row"][data-kind="import"]');
    await imported.getByTestId('delete-bundle').click();
    await imported.getByTestId('confirm-delete').click();
    await options.getByTestId('bundle-summary').waitFor({ timeout: 15_000 });
    await expect.poll(rowOrigins).toEqual(SEED_ORIGINS);
  });
});
