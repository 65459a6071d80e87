import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts, useExtension, waitForScan, type ExtensionSession, type FixtureServer } from './harness';

/** Bundles the fixture app with React's production build, inlined into the page. */
async function reactPage(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'fixtures/react-app.jsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8"><title>React live</title></head><body><div id="root"></div><script>${script}</script></body></html>`;
}

const highlighted = async (page: Page) => Object.values(await highlightTexts(page)).flat();

describe('a React page', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page;
  const errors: string[] = [];
  let html = '';

  const start = useExtension({ '/react': () => html });
  beforeAll(async () => {
    html = await reactPage();
    ({ session, server } = await start());
    page = await session.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url('/react'));
    await waitForScan(session, page);
  }, 60_000);

  it('keeps responding to clicks and re-renders correctly with highlights on', async () => {
    await expect.poll(() => highlighted(page)).toContain('105');
    for (let clicks = 1; clicks <= 4; clicks++) {
      await page.getByRole('button', { name: 'Next update' }).click();
      await expect
        .poll(() => page.locator('#clicks').textContent())
        .toBe(`The button was pressed ${clicks} ${clicks === 1 ? 'time' : 'times'} by 1 reader.`);
    }
    // React owns its text nodes: highlighting must not have split or wrapped any of them.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('p')].every((p) => [...p.childNodes].every((n) => n.nodeType === Node.TEXT_NODE)),
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('highlights follow the re-rendered text, and those of text that went away are dropped', async () => {
    // Four clicks show the second update.
    expect(await page.locator('#update').textContent()).toContain('14,800');
    await expect.poll(() => highlighted(page)).toContain('14,800');
    const figures = await highlighted(page);
    expect(figures).not.toContain('105');
    expect(new Set(figures).size).toBe(figures.length);
  });
});
