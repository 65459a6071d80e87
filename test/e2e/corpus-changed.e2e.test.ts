import { beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts, importJson, openOptions, openScanned, useExtension, type Running } from './harness';

/**
 * A news page open in one tab while a bundle is imported in another: its figures are checked again
 * against the new corpus without a reload. The page's figure has no source among the seed articles; the
 * imported article gives another figure for the same hiring.
 */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Riverton nurses</title></head><body><article>
<h1>Riverton hires nurses</h1>
<p>Officials in Riverton said 140 nurses had been hired since the start of the year.</p>
<p>The new nurses in Riverton will work at the hospital.</p>
</article></body></html>`;

const BUNDLE = {
  articles: [
    {
      title: 'Riverton hires nurses',
      url: 'https://gazette.example/riverton-nurses',
      outlet: 'Riverton Gazette',
      published: '2024-03-05',
      text: 'Officials in Riverton said 160 nurses had been hired since the start of the year.\n\nThe nurses will start work in the spring.',
    },
  ],
};

describe('a corpus changed in the options page', () => {
  const start = useExtension({ '/riverton': () => PAGE });
  let running: Running;
  beforeAll(async () => {
    running = await start();
  }, 60_000);

  it('re-checks an open page when a bundle is imported, without a reload', async () => {
    const { session, server } = running;
    const news = await openScanned(session, server.url('/riverton'));
    expect((await highlightTexts(news))['crosscheck-unverified']).toEqual(['140']);
    const loads: string[] = [];
    news.on('load', () => loads.push(news.url()));

    const options = await openOptions(session);
    await importJson(options, 'riverton.json', BUNDLE);

    await expect
      .poll(async () => (await highlightTexts(news))['crosscheck-conflict'], { timeout: 15_000 })
      .toEqual(['140']);
    expect((await highlightTexts(news))['crosscheck-unverified']).toEqual([]);
    expect(loads).toEqual([]);
  }, 90_000);
});
