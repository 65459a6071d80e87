import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  highlightTexts,
  importJson,
  openOptions,
  openScanned,
  useExtension,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

/**
 * Deleting from the options page what a reader no longer wants: one article, with an undo, and the
 * built-in articles, which stay deleted across restarts until restored.
 */
const TITLE = 'Council approves library budget';
const BUNDLE = {
  articles: [
    {
      title: TITLE,
      outlet: 'Riverton Gazette',
      published: '2024-03-05',
      url: 'https://gazette.example/library-budget',
      text: 'The city council approved a budget of $12.4 million for the new library on Tuesday.',
    },
  ],
};
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Library</title></head><body><article>
<h1>Library budget</h1><p>The city council approved a budget of $15 million for the new library on Tuesday.</p>
</article></body></html>`;

const SEED_OUTLETS = ['VOA', 'CNN', 'UPI'];

// Chromium reads the visually hidden part of the name as a block of its own, with a space after it.
const deleteButton = () => options.getByRole('button', { name: new RegExp(`^Delete “${TITLE}” ?…$`) });

let session: ExtensionSession;
let server: FixtureServer;
let options: Page;

const rowTitles = () =>
  options.getByTestId('article-title').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
const verdictOf = async (page: Page, figure: string) =>
  Object.entries(await highlightTexts(page)).find(([, texts]) => texts.includes(figure))?.[0];
/** What has the focus, described as a reader would find it: a button's name, or a message's text. */
const focused = () =>
  options.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.localName, testId: el?.dataset.testid, text: el?.textContent ?? '' };
  });

const start = useExtension({ '/library': () => PAGE });
beforeAll(async () => {
  ({ session, server } = await start());
  options = await openOptions(session);
  await importJson(options, 'library.json', BUNDLE);
}, 90_000);

describe('deleting one article', () => {
  it('asks first, naming the article, from the keyboard, and Escape keeps it', async () => {
    const button = deleteButton();
    await button.focus();
    await options.keyboard.press('Enter');
    const question = options.getByRole('group', { name: `Delete “${TITLE}” from the corpus?` });
    await question.waitFor();
    expect(await question.textContent()).toContain(`Delete “${TITLE}” from the corpus?`);
    // The harmless choice has the focus; Escape puts the button back, focused.
    await expect.poll(async () => (await focused()).text).toBe('Cancel');
    await options.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused()).text).toBe(`Delete “${TITLE}”…`);
    expect(await rowTitles()).toContain(TITLE);
  });

  it('deletes it with its claims: an open page re-checks its figure without a reload, and the message takes the focus', async () => {
    const news = await openScanned(session, server.url('/library'));
    expect(await verdictOf(news, '$15 million')).toBe('crosscheck-conflict');
    await options.bringToFront();
    await deleteButton().focus();
    await options.keyboard.press('Enter');
    // The question gives Cancel the focus once it is drawn; from Cancel, Shift+Tab reaches Delete.
    await expect.poll(async () => (await focused()).text).toBe('Cancel');
    await options.keyboard.press('Shift+Tab');
    expect((await focused()).testId).toBe('confirm-delete-article');
    await options.keyboard.press('Enter');

    const notice = options.getByTestId('article-summary');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toContain(`Deleted “${TITLE}” and its 1 claim.`);
    await expect.poll(async () => (await focused()).testId).toBe('article-summary');
    await expect.poll(rowTitles).not.toContain(TITLE);
    // The stats and the bundle list are read again after the delete, a moment after the table.
    await expect.poll(() => options.getByTestId('stat-articles').textContent()).toBe('5');
    // Its bundle held nothing else, so it went with it.
    await expect.poll(() => options.getByTestId('bundle-row').filter({ hasText: 'library.json' }).count()).toBe(0);
    await expect.poll(() => verdictOf(news, '$15 million'), { timeout: 15_000 }).toBe('crosscheck-unverified');

    await options.getByTestId('undo-delete-article').click();
    await expect.poll(() => notice.textContent()).toContain(`Restored “${TITLE}”.`);
    await expect.poll(async () => (await focused()).testId).toBe('article-summary');
    await expect.poll(rowTitles).toContain(TITLE);
    await expect.poll(() => options.getByTestId('bundle-row').filter({ hasText: 'library.json' }).count()).toBe(1);
    await expect.poll(() => verdictOf(news, '$15 million'), { timeout: 15_000 }).toBe('crosscheck-conflict');
    await news.close();
  });
});

describe('the built-in articles', () => {
  const seedRow = () => options.locator('[data-testid="bundle-row"][data-kind="seed"]');

  it('are deleted like any bundle, with the same confirmation; Restore is offered only then', async () => {
    expect(await options.getByTestId('restore-seed').count()).toBe(0);
    await seedRow().getByTestId('delete-bundle').click();
    expect(await seedRow().getByRole('group').textContent()).toContain('and its 5 articles?');
    await seedRow().getByTestId('confirm-delete').click();
    const notice = options.getByTestId('bundle-summary');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('(5 articles)');
    await expect.poll(async () => (await focused()).testId).toBe('bundle-summary');
    await expect.poll(rowTitles).toEqual([TITLE]);
    expect(await options.getByTestId('restore-seed').textContent()).toBe('Restore the built-in articles');
  });

  it('stay deleted when the background starts again and the page is reloaded', async () => {
    // The background installs missing seeds each time it starts: stop it, then wake it with a page.
    const cdp: CDPSession = await session.context.newCDPSession(options);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.includes(session.extensionId)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses, { timeout: 10_000 }).toContain('stopped');
    statuses.length = 0;
    const news = await openScanned(session, server.url('/library'));
    expect(statuses).toContain('running');
    await cdp.detach();
    await news.close();

    await options.reload();
    await options.getByTestId('restore-seed').waitFor();
    expect(await rowTitles()).toEqual([TITLE]);
    expect(await options.getByTestId('stat-articles').textContent()).toBe('1');
  });

  it('leave an empty corpus that says what to do, until restored with their metadata', async () => {
    const imported = options.locator('[data-testid="bundle-row"][data-kind="import"]');
    await imported.getByTestId('delete-bundle').click();
    await imported.getByTestId('confirm-delete').click();
    const empty = options.getByTestId('articles-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toBe('No articles yet. Import a bundle or restore the built-in articles.');
    await options.reload();
    await empty.waitFor();

    await options.getByTestId('restore-seed').click();
    await expect.poll(() => options.getByTestId('article-row').count(), { timeout: 15_000 }).toBe(5);
    expect(await options.getByTestId('bundle-summary').textContent()).toContain('Restored the built-in articles.');
    // The bundle list and the article list are separate live queries, so the button goes a moment later.
    await expect.poll(() => options.getByTestId('restore-seed').count()).toBe(0);
    const outlets = await options.getByTestId('article-outlet').allTextContents();
    for (const outlet of SEED_OUTLETS) expect(outlets).toContain(outlet);
    expect(await seedRow().textContent()).toContain('5 articles');
  });
});
