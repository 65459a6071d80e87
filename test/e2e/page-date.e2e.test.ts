import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { weeklyTollReports } from '../support/dated-reports';
import { until } from '../support/until';
import {
  figureBox,
  importJson,
  openOptions,
  openScanned,
  readShadowDialog,
  useExtension,
  type Running,
} from './harness';

/**
 * The date a page states in its markup reaches the engine: "on Monday" in a page of 12 March is 11 March,
 * whose toll the Hill Post gave. An undated page is compared with the Valley Wire's toll of 4 March, the
 * earlier report.
 */
const SENTENCE = 'Floods killed 14 people in the valley on Monday, officials said.';
const page = (head: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Valley floods</title>${head}
</head><body><article><h1>Floods in the valley</h1><p>${SENTENCE}</p>
<p>Rescue teams in the valley worked through the night.</p></article></body></html>`;

const OPEN_GRAPH = '<meta property="article:published_time" content="2024-03-12T09:30:00Z">';
const JSON_LD = `<script type="application/ld+json">${JSON.stringify({
  '@type': 'NewsArticle',
  headline: 'Floods in the valley',
  datePublished: '2024-03-12T07:00:00+01:00',
})}</script>`;

const BUNDLE = {
  articles: weeklyTollReports.map(({ title, outlet, published, text }) => ({ title, outlet, published, text })),
};

async function cardOf(news: Page): Promise<string> {
  const figure = await figureBox(news, '14 people', '14');
  await news.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
  const card = await until(
    () => readShadowDialog(news, 'crosscheck-card'),
    (c) => c !== null,
  );
  if (!card) throw new Error('no card opened on "14"');
  return card.text;
}

describe("a page's stated date", () => {
  const start = useExtension({ '/open-graph': () => page(OPEN_GRAPH), '/json-ld': () => page(JSON_LD) });
  let running: Running;
  beforeAll(async () => {
    running = await start();
    const options = await openOptions(running.session);
    await importJson(options, 'valley.json', BUNDLE);
    await options.close();
  }, 90_000);

  it.each([
    ['Open Graph', '/open-graph'],
    ['JSON-LD', '/json-ld'],
  ])(
    'resolves the time words of a page dated by %s',
    async (_markup, path) => {
      const news = await openScanned(running.session, running.server.url(path));
      const card = await cardOf(news);
      expect(card).toContain('Hill Post');
      expect(card).not.toContain('Valley Wire');
    },
    30_000,
  );
});
