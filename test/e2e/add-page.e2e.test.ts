import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED } from '../support/demo-pages';
import { ROUTES } from './add-page-pages';
import { highlightTexts, openScanned, tabIdOf, useExtension, waitForScan, type Running } from './harness';

/**
 * A reader grows their own corpus (issue 15, item 8): the popup adds the page's article, which then backs
 * a figure on another outlet's page about the same story; and, opted in, every article read is kept.
 */
const openPopupFor = async ({ session }: Running, tab: number): Promise<Page> => {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tab}`);
  return popup;
};

const openOptions = async ({ session }: Running): Promise<Page> => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByText('shipped with Crosscheck', { exact: false }).waitFor({ timeout: 30_000 });
  return options;
};

/** The options page's bundles, as "name · N articles" lines, read afresh from the corpus. */
async function bundleLines(options: Page): Promise<string[]> {
  await options.reload();
  await options.getByText('shipped with Crosscheck', { exact: false }).waitFor({ timeout: 30_000 });
  return options
    .getByTestId('bundle-row')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          `${r.querySelector('.bundle-name')?.textContent} · ${r.querySelector('.muted')?.textContent?.split(' · ')[0]}`,
      ),
    );
}

describe('adding the page to my corpus from the popup', () => {
  const start = useExtension(ROUTES);
  let running: Running;
  beforeAll(async () => {
    running = await start();
  }, 60_000);

  it('adds the article, which then checks another outlet on the same story', async () => {
    const { session, server } = running;
    const gazette = await openScanned(session, server.url('/local/riverton-nurses?utm_source=newsletter#top'));
    expect((await highlightTexts(gazette))['crosscheck-unverified']).toContain('160');
    const popup = await openPopupFor(running, await tabIdOf(session, gazette));
    const add = popup.getByRole('button', { name: 'Add this article to my corpus' });
    await expect.poll(() => add.getAttribute('data-state'), { timeout: 15_000 }).toBe('new');
    expect(await add.getAttribute('aria-disabled')).toBeNull();
    // From the keyboard: focused and pressed, as a reader tabbing through the popup would.
    await add.focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.locator('#cc-add-note').textContent(), { timeout: 15_000 })
      .toBe('Added: Riverton hires 160 nurses for its hospital');

    const options = await openOptions(running);
    expect(await bundleLines(options)).toContain('Articles I added · 1 article');
    const row = options.getByTestId('article-row').filter({ hasText: 'Riverton hires 160 nurses for its hospital' });
    const cells = await row.locator('td').allInnerTexts();
    expect([cells[1], cells[2], cells[4]]).toEqual(['Riverton Gazette', '2024-03-05', 'Articles I added']);
    // The stored address is the page's, without the newsletter's tag or the place in the page.
    const link = row.getByRole('link', { name: 'Riverton hires 160 nurses for its hospital' });
    expect(await link.getAttribute('href')).toBe(server.url('/local/riverton-nurses'));

    const tribune = await openScanned(session, server.url('/valley/riverton-hospital'));
    await expect
      .poll(async () => (await highlightTexts(tribune))['crosscheck-conflict'], { timeout: 15_000 })
      .toEqual(['140']);
    const scanned = await waitForScan(session, tribune);
    const figure = scanned.claims.find((c) => c.text === '140');
    expect(figure?.matches.map((m) => [m.source.outlet, m.claim.text])).toEqual([['Riverton Gazette', '160']]);
  }, 120_000);

  it('never checks the added page against itself, and offers no second add', async () => {
    const { session, server } = running;
    // Under another address than the stored one, so the page knows itself by its sentences.
    const gazette = await openScanned(session, server.url('/local/riverton-nurses?utm_medium=email'));
    // The Tribune's 140 is not in the corpus: the Gazette's own 160 has no source but itself.
    const scanned = await waitForScan(session, gazette);
    expect(scanned.claims.find((c) => c.text === '160')?.verdict).toBe('unverified');
    const popup = await openPopupFor(running, await tabIdOf(session, gazette));
    const add = popup.getByRole('button', { name: 'Add this article to my corpus' });
    await expect.poll(() => add.getAttribute('data-state'), { timeout: 15_000 }).toBe('stored');
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    expect(await popup.locator('#cc-add-note').textContent()).toBe(
      'Already in your corpus, in “Articles I added”: Riverton hires 160 nurses for its hospital',
    );
    // Still in the tab order, its reason as its description; pressing it adds nothing.
    expect(await add.evaluate((b) => b.tabIndex)).toBe(0);
    await add.focus();
    await popup.keyboard.press('Enter');
    expect(await bundleLines(await openOptions(running))).toContain('Articles I added · 1 article');
  }, 90_000);

  it('says why a page that is not an article cannot be added', async () => {
    const { session, server } = running;
    const contact = await openScanned(session, server.url('/contact'));
    const popup = await openPopupFor(running, await tabIdOf(session, contact));
    const add = popup.getByRole('button', { name: 'Add this article to my corpus' });
    await expect.poll(() => add.getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    expect(await popup.locator('#cc-add-note').textContent()).toBe(
      'This page does not look like a news article: it holds too little prose.',
    );
  }, 60_000);

  it('knows a seed article on a page, under another address and headline, for one already stored', async () => {
    const { session, server } = running;
    const demo = await openScanned(session, server.url(`/seed/${DEMO_SEED}`));
    const popup = await openPopupFor(running, await tabIdOf(session, demo));
    const add = popup.getByRole('button', { name: 'Add this article to my corpus' });
    await expect.poll(() => add.getAttribute('data-state'), { timeout: 15_000 }).toBe('stored');
    expect(await popup.locator('#cc-add-note').textContent()).toMatch(
      /^Already in your corpus, in “Built-in articles”: /,
    );
  }, 60_000);
});

describe('keeping every article read, opted in', () => {
  const start = useExtension(ROUTES);
  let running: Running;
  beforeAll(async () => {
    running = await start();
  }, 60_000);

  it('keeps nothing while off; once on, keeps each article read, which never checks itself', async () => {
    const { session, server } = running;
    const options = await openOptions(running);
    const keep = options.getByRole('checkbox', { name: 'Keep every news article I open in my corpus' });
    expect(await keep.isChecked()).toBe(false);
    // Read while the setting is off: never kept, not even when it is turned on while the page is open.
    const monday = await openScanned(session, server.url('/lakeside/monday'));
    expect((await highlightTexts(monday))['crosscheck-unverified']).toContain('42');

    await options.bringToFront();
    await keep.check();
    const tuesday = await openScanned(session, server.url('/lakeside/tuesday'));
    expect((await highlightTexts(tuesday))['crosscheck-unverified']).toContain('57');
    await expect.poll(() => bundleLines(options), { timeout: 15_000 }).toContain('Articles I read · 1 article');
    expect(await options.getByTestId('article-row').filter({ hasText: 'Lakeside Tuesday News' }).count()).toBe(1);

    // Monday's open page is checked again against Tuesday's kept article.
    await expect
      .poll(async () => (await highlightTexts(monday))['crosscheck-conflict'], { timeout: 15_000 })
      .toEqual(['42']);
    // Tuesday's page, read again, is not its own source.
    await tuesday.reload();
    const again = await waitForScan(session, tuesday);
    expect(again.claims.find((c) => c.text === '57')?.verdict).toBe('unverified');
    // Monday's page, read while the setting was off and checked again since, was never kept; Tuesday's
    // read again was not kept twice.
    expect(await bundleLines(options)).toContain('Articles I read · 1 article');
    expect(await options.getByTestId('article-row').filter({ hasText: 'Lakeside Monday News' }).count()).toBe(0);

    // Deleted like any bundle; Monday's page, checked again, has no source left.
    const read = options.getByTestId('bundle-row').filter({ hasText: 'Articles I read' });
    await read.getByTestId('delete-bundle').click();
    await read.getByTestId('confirm-delete').click();
    await expect.poll(() => options.getByTestId('bundle-row').filter({ hasText: 'Articles I read' }).count()).toBe(0);
    await expect
      .poll(async () => (await highlightTexts(monday))['crosscheck-unverified'], { timeout: 15_000 })
      .toContain('42');
  }, 120_000);
});
