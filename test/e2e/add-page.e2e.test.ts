import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts, openScanned, tabIdOf, useExtension, waitForScan, type Running } from './harness';

/**
 * A reader grows their own corpus (issue 15, item 8): the popup adds the page's article, which then backs
 * a figure on another outlet's page about the same story; and, opted in, every article read is kept.
 * The stories are made up so that no seed article speaks of them.
 */
const page = (head: string, paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<article><h1>Headline</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>© The publisher</p></footer></body></html>`;

const GAZETTE = page(
  `<title>Riverton hires nurses | Riverton Gazette</title>
<meta property="og:title" content="Riverton hires 160 nurses for its hospital">
<meta property="og:site_name" content="Riverton Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-03-05T09:30:00+01:00","publisher":{"@type":"Organization","name":"Gazette Media"}}</script>`,
  [
    'Officials in Riverton said 160 nurses had been hired since the start of the year.',
    'The city is trying to reopen the wards it closed during the winter and to shorten the waiting lists at its only public hospital, where patients wait for months for a bed, according to the hospital board.',
    'The hospital board, which met in Riverton on Monday evening, said the new nurses would be spread across the emergency department, the maternity ward and the two surgical wards, where shortages had been the worst.',
    'Nurses in Riverton had warned for months that the hospital could not keep its wards open without more staff, and their union welcomed the hiring while saying that pay would decide whether the new nurses stay.',
    'The city expects the hospital to reopen its last closed ward in the spring, once the nurses hired this year have finished their training, officials in Riverton said, adding that more hiring would follow in the summer.',
  ],
);

const TRIBUNE = page(
  `<title>Riverton's hospital staffs up</title><meta property="og:site_name" content="Valley Tribune">`,
  [
    'Officials in Riverton said 140 nurses had been hired since the start of the year.',
    'The union of nurses in Riverton questioned the count as the hospital prepared to reopen two of its closed wards, saying that many of the new nurses had only signed short contracts with the hospital.',
    'The hospital in Riverton has struggled to keep its wards open since the winter, and patients have waited for weeks for operations that used to be scheduled within days, the union said.',
  ],
);

const NOT_AN_ARTICLE = page('<title>Contact us</title>', ['Write to us.']);

const MONDAY = page('<title>Lakeside schools</title><meta property="og:site_name" content="Lakeside Monday News">', [
  'Officials in Lakeside said 42 teachers had been hired since the start of the year.',
  'The schools of Lakeside had struggled to open their classes in the autumn, and parents in Lakeside had written to the council for months to ask for more teachers in the primary schools of the town, where some classes had been taught by a different supply teacher every week since September.',
  'The council of Lakeside said that the new teachers would start in the primary schools first, and that the secondary schools would have to wait for the next round of hiring in the summer, officials said, once the budget for the next school year had been approved by the council of Lakeside in June.',
]);

const TUESDAY = page('<title>Lakeside teachers</title><meta property="og:site_name" content="Lakeside Tuesday News">', [
  'Officials in Lakeside said 57 teachers had been hired since the start of the year.',
  'Head teachers in Lakeside welcomed the hiring but warned that several classes still had no permanent teacher, and the union in Lakeside asked the council to publish how many posts were still open in each of the schools, so that parents could see where the shortages were the worst.',
  'The new teachers in Lakeside were trained over the winter, and most of them come from the teaching college of the region, which doubled the number of its places two years ago to meet the demand, and which expects its first larger class of new teachers to finish their training next year.',
]);

const ROUTES = {
  '/local/riverton-nurses': () => GAZETTE,
  '/valley/riverton-hospital': () => TRIBUNE,
  '/contact': () => NOT_AN_ARTICLE,
  '/lakeside/monday': () => MONDAY,
  '/lakeside/tuesday': () => TUESDAY,
};

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
    const gazette = await openScanned(session, server.url('/local/riverton-nurses'));
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
  }, 120_000);
});
