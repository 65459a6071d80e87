import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generator } from '../support/generate';
import {
  figureBox,
  openScanned,
  readShadowDialog,
  useExtension,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

/**
 * One small bundle of each format imported through the options page; each article's figure must back
 * the same figure on a news page (its hover card names the article's outlet). The page states another
 * figure than the article, so the article is a conflicting source and never taken for the page itself.
 */
const FORMATS = [
  { format: 'json', noun: 'nurses', figure: 140, other: 160 },
  { format: 'jsonl', noun: 'teachers', figure: 230, other: 250 },
  { format: 'csv', noun: 'firefighters', figure: 320, other: 340 },
  { format: 'txt', noun: 'drivers', figure: 410, other: 430 },
  { format: 'html', noun: 'engineers', figure: 520, other: 540 },
  { format: 'zip', noun: 'librarians', figure: 610, other: 630 },
] as const;
type Case = (typeof FORMATS)[number];

const sentence = (c: Case, figure: number) =>
  `Officials in Riverton said ${figure} ${c.noun} had been hired since the start of the year.`;
const articleText = (c: Case) => `${sentence(c, c.figure)}\n\nThe ${c.noun} will start work in the spring.`;
const outlet = (c: Case) => `${c.format.toUpperCase()} Gazette`;
const url = (c: Case) => `https://gazette.example/${c.format}`;
const title = (c: Case) => `Riverton hires ${c.noun}`;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function fixture(c: Case): { name: string; buffer: Buffer } {
  const record = { title: title(c), url: url(c), outlet: outlet(c), published: '2024-03-05', text: articleText(c) };
  const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  switch (c.format) {
    case 'json':
      return { name: 'riverton.json', buffer: Buffer.from(JSON.stringify({ articles: [record] })) };
    case 'jsonl':
      return { name: 'riverton.jsonl', buffer: Buffer.from(JSON.stringify(record) + '\n') };
    case 'csv':
      return {
        name: 'riverton.csv',
        buffer: Buffer.from(
          `stories_id,headline,link,media_name,publish_date,body\n1,${csvCell(title(c))},${url(c)},${outlet(c)},2024-03-05 10:00:00,${csvCell(articleText(c))}\n`,
        ),
      };
    case 'txt':
      return { name: 'TXT Gazette.txt', buffer: Buffer.from(`${title(c)}\n\n${articleText(c)}\n`) };
    case 'html':
      return { name: 'riverton.html', buffer: Buffer.from(htmlPage(c)) };
    case 'zip':
      return { name: 'riverton.zip', buffer: Buffer.from(zipSync({ 'story.jsonl': strToU8(JSON.stringify(record)) })) };
  }
}

function htmlPage(c: Case): string {
  const paragraphs = articleText(c)
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
  return `<!doctype html><html><head><title>${title(c)} | Gazette</title><meta property="og:site_name" content="${outlet(c)}">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z"><link rel="canonical" href="${url(c)}"></head>
    <body><nav><a href="/">Home</a></nav><article><h1>${title(c)}</h1>${paragraphs}<p>Residents welcomed the news at a meeting on Tuesday evening, and several asked when the recruitment would continue.</p></article>
    <footer>© Gazette <script>document.title = "ran"</script></footer></body></html>`;
}

/** Where each case's imported article is listed: by URL, except plain text, which has none. */
const origin = (c: Case) => (c.format === 'txt' ? 'TXT Gazette.txt' : url(c));

const MALFORMED: { name: string; content: string | Uint8Array; problem: string }[] = [
  {
    name: 'bad.json',
    content: JSON.stringify([{ text: 'Fine, 3 of them.' }, { title: 'no text' }]),
    problem: 'article 2: "text" is missing',
  },
  { name: 'bad.jsonl', content: `{"text": "Fine, 3 of them."}\n{"text": oops}\n`, problem: 'line 2: not JSON' },
  { name: 'bad.csv', content: 'headline,link\nA,https://x.example/a\n', problem: 'no text column' },
  { name: 'bad.txt', content: ' \n\n ', problem: 'the file is empty' },
  {
    name: 'bad.html',
    content: '<!doctype html><html><head><title>Nothing</title></head><body></body></html>',
    problem: 'no article text found in the page',
  },
  {
    name: 'bad.zip',
    content: zipSync({ 'ok.txt': strToU8('Some 30 people came.'), 'rows.csv': strToU8('title,text\nA,\n') }),
    problem: 'rows.csv: row 2: "text" is missing',
  },
];

let session: ExtensionSession;
let server: FixtureServer;
let options: Page;

const rowOrigins = () =>
  options.getByTestId('article-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-origin')));
const articleCount = async () => Number((await options.getByTestId('stat-articles').textContent())?.replace(/,/g, ''));

const newsPage = () =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Riverton</title></head><body><article><h1>Riverton hiring</h1>${FORMATS.map(
    (c) => `<p>${sentence(c, c.other)}</p>`,
  ).join('')}</article></body></html>`;

const start = useExtension({ '/riverton': newsPage });
beforeAll(async () => {
  ({ session, server } = await start());
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByText('5 articles · shipped with Crosscheck', { exact: false }).waitFor({ timeout: 15_000 });
});

describe('importing each format through the options page', () => {
  it.each(FORMATS)('$format: imports the article and lists it', async (c) => {
    const before = await articleCount();
    const file = fixture(c);
    await options.getByTestId('import-input').setInputFiles({ ...file, mimeType: 'application/octet-stream' });
    const summary = options.getByTestId('import-summary').filter({ hasText: file.name });
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toContain('Imported 1 article');
    await expect.poll(articleCount).toBe(before + 1);
    await expect.poll(rowOrigins).toContain(origin(c));
    const row = options.locator(`[data-testid=article-row][data-origin="${origin(c)}"]`);
    expect(await row.getByTestId('article-outlet').textContent()).toBe(outlet(c));
    expect(await row.getByTestId('article-title').textContent()).toContain(title(c));
  });

  it('each imported figure backs the same figure on a news page, shown in its hover card', async () => {
    const page = await openScanned(session, server.url('/riverton'));
    for (const c of FORMATS) {
      const box = await figureBox(page, `${c.other} ${c.noun}`, String(c.other));
      await page.keyboard.press('Escape');
      await expect.poll(() => readShadowDialog(page, 'crosscheck-card')).toBeNull();
      await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      await expect
        .poll(async () => (await readShadowDialog(page, 'crosscheck-card'))?.text ?? '', { timeout: 5_000 })
        .toContain(outlet(c));
      const card = (await readShadowDialog(page, 'crosscheck-card'))!.text;
      expect(card).toContain(`${c.figure} ${c.noun} had been hired`);
    }
    await page.close();
  });

  it('searches the imported articles by title and outlet', async () => {
    await options.getByTestId('article-search').fill('csv gaz');
    await expect.poll(rowOrigins).toEqual([url(FORMATS[2])]);
    await options.getByTestId('article-search').fill('');
    await expect.poll(async () => (await rowOrigins()).length).toBe(11);
  });
});

describe('malformed bundles, dropped together', () => {
  it('refuses each, naming the problem, and leaves the corpus unchanged after a reload', async () => {
    const before = await articleCount();
    const files = MALFORMED.map((m) => ({
      name: m.name,
      bytes: [...(typeof m.content === 'string' ? strToU8(m.content) : m.content)],
    }));
    const transfer = await options.evaluateHandle((dropped) => {
      const dt = new DataTransfer();
      for (const f of dropped) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, files);
    await options.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => options.getByTestId('import-error').count(), { timeout: 15_000 }).toBe(MALFORMED.length);
    for (const m of MALFORMED) {
      expect(
        await options
          .getByTestId('import-error')
          .filter({ hasText: `from ${m.name}:` })
          .textContent(),
      ).toContain(m.problem);
    }
    expect(await options.getByTestId('import-totals').textContent()).toContain(
      '0 articles added, 0 duplicates skipped, 6 files refused',
    );

    await options.reload();
    await expect.poll(articleCount, { timeout: 15_000 }).toBe(before);
  });
});

describe('a large import', () => {
  it('shows progress and can be cancelled, leaving the corpus unchanged', async () => {
    const before = await articleCount();
    const g = generator(11);
    const lines = Array.from({ length: 6000 }, (_, i) =>
      JSON.stringify({ title: `Generated ${i}`, text: g.article(12) }),
    ).join('\n');
    await options
      .getByTestId('import-input')
      .setInputFiles({ name: 'big.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(lines) });
    await expect
      .poll(() => options.getByTestId('import-progress').textContent(), { timeout: 15_000, interval: 20 })
      .toMatch(/of 6,000 articles written \([\d,]+ analysed, [\d,]+ claims found\)…$/);
    await options.getByTestId('import-cancel').click();
    await options.getByTestId('import-cancelled').waitFor({ timeout: 15_000 });
    expect(await options.getByTestId('import-cancelled').textContent()).toBe(
      'Cancelled: nothing was imported from big.jsonl.',
    );
    await options.reload();
    await expect.poll(articleCount, { timeout: 15_000 }).toBe(before);
  });

  it("stores the articles in the file's order, whichever analysis worker finishes first", async () => {
    const g = generator(12);
    // Five chunks, analysed side by side by the workers.
    const titles = Array.from({ length: 1250 }, (_, i) => `Ordered ${i}`);
    const lines = titles.map((t) => JSON.stringify({ title: t, text: g.article(12) })).join('\n');
    await options
      .getByTestId('import-input')
      .setInputFiles({ name: 'ordered.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(lines) });
    await options.getByTestId('import-summary').filter({ hasText: 'ordered.jsonl' }).waitFor({ timeout: 60_000 });
    // Ids tell the latest articles under a key: they must follow the file.
    const stored = await options.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('crosscheck');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const all = open.result.transaction('articles').objectStore('articles').getAll();
            all.onsuccess = () => resolve((all.result as { title: string }[]).map((a) => a.title));
            open.result.close();
          };
        }),
    );
    expect(stored.filter((t) => t.startsWith('Ordered '))).toEqual(titles);
  }, 90_000);
});
