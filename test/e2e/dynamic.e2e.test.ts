import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts, openScanned, useExtension, type ExtensionSession, type FixtureServer } from './harness';

const UPDATES = [
  'More than 14,800 people have been killed in Gaza, the health ministry said.',
  'About 240 trucks of aid entered the strip on Tuesday.',
  'At least 50 workers were evacuated from the port in Lagos.',
  'Officials in Cairo said 12 hostages had been freed since Friday.',
];

/** A live blog: one post on load, then one more every 300 ms. */
const LIVE_BLOG = `<!doctype html><html><head><meta charset="utf-8"><title>Live</title></head><body>
<header class="site-header"><nav><a href="/">Home</a></nav></header>
<main><article id="feed"><h1>Live: truce talks</h1><p>Hamas has released 105 hostages so far, officials said.</p></article></main>
<script>
  const updates = ${JSON.stringify(UPDATES)};
  let next = 0;
  const timer = setInterval(() => {
    const post = document.createElement('p');
    post.textContent = updates[next];
    document.getElementById('feed').append(post);
    if (++next === updates.length) clearInterval(timer);
  }, 300);
</script></body></html>`;

/** A page without a figure until its script writes one, a second after it has loaded. */
const LATE_FIGURE = `<!doctype html><html><head><meta charset="utf-8"><title>Later</title></head><body>
<main><article id="story"><h1>Talks go on</h1><p>Negotiators met again, and nobody would say for how long.</p></article></main>
<script>
  setTimeout(() => {
    const post = document.createElement('p');
    post.textContent = ${JSON.stringify(UPDATES[0])};
    document.getElementById('story').append(post);
  }, 1000);
</script></body></html>`;

const figures = async (page: Page) => Object.values(await highlightTexts(page)).flat();
/** Whether every highlighted range still covers text in the document. */
const allLive = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('crosscheck-'))
      .every(([, h]) => [...h].every((r) => r.startContainer.isConnected && r.endContainer.isConnected)),
  );

describe('a page that changes', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page;

  const start = useExtension({ '/live': () => LIVE_BLOG, '/late': () => LATE_FIGURE });
  beforeAll(async () => {
    ({ session, server } = await start());
    page = await openScanned(session, server.url('/live'));
  }, 60_000);

  it('highlights paragraphs appended every few hundred milliseconds, once each', async () => {
    await expect
      .poll(() => figures(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['105', '14,800', '240', '50', '12']));
    const found = await figures(page);
    expect(new Set(found).size).toBe(found.length);
  });

  it('drops highlights whose text went away, and follows text that changed', async () => {
    await page.evaluate(() => document.querySelector('#feed p:nth-of-type(2)')!.remove());
    await expect.poll(() => figures(page)).not.toContain('14,800');
    await page.evaluate(() => {
      (document.querySelector('#feed p:nth-of-type(2)')!.firstChild as Text).data =
        'About 310 trucks of aid entered the strip on Wednesday.';
    });
    await expect.poll(() => figures(page)).toContain('310');
    expect(await figures(page)).not.toContain('240');
    expect(await allLive(page)).toBe(true);
  });

  it('reads a page whose first figure comes after it has loaded', async () => {
    const late = await session.context.newPage();
    await late.goto(server.url('/late'));
    await expect.poll(() => figures(late), { timeout: 10_000 }).toContain('14,800');
    await late.close();
  });

  it('reads the new article after a single-page navigation through the History API', async () => {
    await page.evaluate(() => {
      history.pushState({}, '', '/live/next');
      document.querySelector('main')!.replaceChildren(
        Object.assign(document.createElement('article'), {
          innerHTML: '<h1>Next story</h1><p>Some 9,000 homes lost power in Oslo on Monday.</p>',
        }),
      );
    });
    await expect.poll(() => figures(page)).toContain('9,000');
    expect(await figures(page)).not.toContain('105');
    expect(await allLive(page)).toBe(true);
  });
});
