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

  it('moves between the conflicting figures with Alt+Shift+N and Alt+Shift+P, opening each card with the focus', async () => {
    const conflicts = scanned.claims.filter((c) => c.verdict === 'conflict');
    expect(conflicts.length).toBeGreaterThan(0);
    await article.bringToFront();
    await article.keyboard.press('Alt+Shift+KeyN');
    await expect
      .poll(async () => (await readShadowDialog(article, 'crosscheck-card'))?.text ?? '')
      .toContain(conflicts[0]!.text);
    expect(await article.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-card');
    await article.keyboard.press('Alt+Shift+KeyP');
    await expect
      .poll(async () => (await readShadowDialog(article, 'crosscheck-card'))?.text ?? '')
      .toContain(conflicts.at(-1)!.text);
    await article.keyboard.press('Escape');
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
