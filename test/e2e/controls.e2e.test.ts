import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageClaimsResponse } from '../../lib/messages';
import { DEMO_SEED } from '../support/demo-pages';
import {
  highlightTexts,
  readShadowDialog,
  tabIdOf,
  useExtension,
  waitForScan,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const highlightCount = async (page: Page) => Object.values(await highlightTexts(page)).flat().length;

describe("the reader's controls", () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let article: Page;
  let scanned: PageClaimsResponse;

  const openPopup = async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, article)}`);
    return popup;
  };

  const start = useExtension();
  beforeAll(async () => {
    ({ session, server } = await start());
    article = await session.context.newPage();
    await article.goto(server.url(`/seed/${DEMO_SEED}`));
    scanned = await waitForScan(session, article);
  }, 60_000);

  const cardText = async () => (await readShadowDialog(article, 'crosscheck-card'))?.text ?? '';

  it('moves between the contradicted figures (conflict and mixed) with Alt+Shift+N and Alt+Shift+P, opening each card with the focus', async () => {
    const contradicted = scanned.claims.filter((c) => c.verdict === 'conflict' || c.verdict === 'mixed');
    expect(scanned.claims.some((c) => c.verdict === 'mixed')).toBe(true);
    await article.bringToFront();
    const seen: string[] = [];
    for (let i = 0; i < contradicted.length; i++) {
      await article.keyboard.press('Alt+Shift+KeyN');
      await expect.poll(cardText).toContain(contradicted[i]!.text);
      seen.push(contradicted[i]!.verdict);
    }
    expect(seen).toContain('mixed');
    expect(await article.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-card');
    await article.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(cardText).toContain(contradicted.at(-2)!.text);
    await article.keyboard.press('Escape');
  });

  it('steps through every checked figure with Alt+Shift+. and Alt+Shift+, and gives the focus back on Escape', async () => {
    await article.bringToFront();
    await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Steps go on from the figure the last step reached (the previous test's), whatever it was among.
    const contradicted = scanned.claims.filter((c) => c.verdict === 'conflict' || c.verdict === 'mixed');
    const from = scanned.claims.indexOf(contradicted.at(-2)!);
    const next = (k: number) => scanned.claims[(from + k) % scanned.claims.length]!;
    for (const k of [1, 2, 3]) {
      await article.keyboard.press('Alt+Shift+Period');
      await expect.poll(cardText).toContain(next(k).text);
    }
    expect(await cardText()).toMatch(/Conflict|Mixed|Agrees|Compatible|Unverified/);
    await article.keyboard.press('Alt+Shift+Comma');
    await expect.poll(cardText).toContain(next(2).text);
    await article.keyboard.press('Escape');
    await expect.poll(() => readShadowDialog(article, 'crosscheck-card')).toBeNull();
    // The focus leaves the closed card, and the caret stands at the figure the reader stepped to.
    expect(await article.evaluate(() => document.activeElement?.localName)).not.toBe('crosscheck-card');
    const caret = await article.evaluate(() => {
      const s = document.getSelection()!;
      return s.anchorNode?.textContent?.slice(s.anchorOffset, s.anchorOffset + 12) ?? '';
    });
    expect(caret.startsWith(next(2).text)).toBe(true);
  });

  it('turns highlighting off for the site from the popup, remembers it, and turns it back on', async () => {
    const before = await highlightCount(article);
    expect(before).toBeGreaterThan(0);
    const popup = await openPopup();
    const site = popup.locator('input[name="site"]');
    await site.waitFor();
    expect(await site.isChecked()).toBe(true);
    await site.uncheck();
    await expect.poll(() => highlightCount(article)).toBe(0);
    await expect.poll(() => popup.locator('.cc-status').textContent()).toBe('Crosscheck is off on this page.');

    await article.reload();
    expect(await waitForScan(session, article).then((answer) => answer.status)).toBe('off');
    expect(await highlightCount(article)).toBe(0);

    await popup.reload();
    await popup.locator('input[name="site"]').check();
    await expect.poll(() => highlightCount(article)).toBe(before);
    await popup.close();
  });

  it('turns highlighting off everywhere and back on', async () => {
    const before = await highlightCount(article);
    const popup = await openPopup();
    const everywhere = popup.locator('input[name="everywhere"]');
    await everywhere.uncheck();
    await expect.poll(() => highlightCount(article)).toBe(0);
    expect(await popup.locator('input[name="site"]').isDisabled()).toBe(true);
    await everywhere.check();
    await expect.poll(() => highlightCount(article)).toBe(before);
    await popup.close();
  });
});
