import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageClaimsResponse } from '../../lib/messages';
import { DEMO_SEED } from '../support/demo-pages';
import {
  badgeText,
  openScanned,
  readShadowDialog,
  tabIdOf,
  useExtension,
  waitForScan,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

/** The extension API as functions passed to `worker.evaluate` see it in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

const NO_FIGURES =
  '<!doctype html><html><head><title>Quiet</title></head><body><article><p>Nothing here is counted or measured.</p></article></body></html>';
const VERDICT_ORDER = ['conflict', 'mixed', 'agree', 'compatible', 'unverified'];

describe('popup', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let article: Page;
  let popup: Page;
  let tabId: number;
  let scanned: PageClaimsResponse;

  const openPopupFor = async (tab: number) => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tab}`);
    return page;
  };

  const start = useExtension({ '/no-figures': () => NO_FIGURES });
  beforeAll(async () => {
    ({ session, server } = await start());
    article = await session.context.newPage();
    await article.goto(server.url(`/seed/${DEMO_SEED}`));
    scanned = await waitForScan(session, article);
    tabId = await tabIdOf(session, article);
    popup = await openPopupFor(tabId);
    await popup.locator('.cc-group').first().waitFor();
  }, 60_000);

  it("lists the page's claims grouped by verdict, conflicts first, with counts", async () => {
    const groups = await popup.locator('.cc-group').evaluateAll((sections) =>
      sections.map((s) => ({
        verdict: s.getAttribute('data-verdict')!,
        count: Number(s.querySelector('.cc-group-count')?.textContent),
        rows: s.querySelectorAll('.cc-claim').length,
      })),
    );
    const expected = VERDICT_ORDER.map((verdict) => ({
      verdict,
      count: scanned.claims.filter((c) => c.verdict === verdict).length,
    }))
      .filter((g) => g.count > 0)
      .map((g) => ({ ...g, rows: g.count }));
    expect(scanned.claims.length).toBeGreaterThan(0);
    expect(groups).toEqual(expected);
  });

  it('expands a claim to show its sources', async () => {
    const row = popup.locator('.cc-claim', { has: popup.locator('.cc-claim-toggle') }).first();
    await row.locator('.cc-claim-toggle').click();
    await expect.poll(() => row.locator('.cc-source').count()).toBeGreaterThan(0);
    expect(await row.locator('.cc-claim-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await row.locator('.cc-source-meta').first().textContent()).not.toBe('');
  });

  it('folds the unverified figures until the reader unfolds them', async () => {
    const group = popup.locator('.cc-group[data-verdict="unverified"]');
    expect(await group.getAttribute('open')).toBeNull();
    expect(await group.locator('.cc-claim-jump').first().isVisible()).toBe(false);
    expect(await popup.locator('.cc-group[data-verdict="conflict"]').getAttribute('open')).not.toBeNull();
    await group.locator('summary').click();
    expect(await group.locator('.cc-claim-jump').first().isVisible()).toBe(true);
  });

  it("shows each figure's sentence around the figure, so what it counts is in view", async () => {
    const row = popup.locator('.cc-claim', { has: popup.locator('.cc-claim-figure', { hasText: /^110$/ }) }).first();
    const sentence = row.locator('.cc-claim-jump .cc-sentence');
    expect(await sentence.innerText()).toContain('110 Israeli women and children');
    // In view, not only in the DOM: the words' box lies inside the sentence's visible box.
    const inView = await sentence.evaluate((el) => {
      const text = [...el.childNodes].find((n) => n.textContent?.includes(' Israeli women and children'));
      if (!text?.firstChild && text?.nodeType !== Node.TEXT_NODE) return false;
      const node = text.nodeType === Node.TEXT_NODE ? text : text.firstChild!;
      const at = node.textContent!.indexOf('children');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'children'.length);
      return range.getBoundingClientRect().bottom <= el.getBoundingClientRect().bottom + 1;
    });
    expect(inView).toBe(true);
  });

  it('opens the corpus page from its link', async () => {
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Corpus and import' }).click();
    expect((await opened).url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
  });

  it('scrolls the page to a claim and flashes it when the claim is clicked', async () => {
    const last = scanned.claims.at(-1)!;
    expect(await article.evaluate(() => scrollY)).toBe(0);
    await popup.locator(`.cc-claim[data-claim="${last.id}"] .cc-claim-jump`).click();
    await article.bringToFront();
    await expect
      .poll(() =>
        article.evaluate(() => {
          const flash = CSS.highlights.get('crosscheck-flash');
          const range = flash && ([...flash][0] as Range | undefined);
          if (!range) return null;
          const box = range.getBoundingClientRect();
          return { text: range.toString(), visible: box.top >= 0 && box.bottom <= innerHeight, scrolled: scrollY > 0 };
        }),
      )
      .toEqual({ text: last.text, visible: true, scrolled: true });
  });

  it("opens the claim's card with the focus, for the keyboard, and Escape closes it", async () => {
    const last = scanned.claims.at(-1)!;
    await expect
      .poll(async () => (await readShadowDialog(article, 'crosscheck-card'))?.text ?? '')
      .toContain(last.text);
    expect(await article.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-card');
    await article.keyboard.press('Tab');
    expect(await article.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-card');
    await article.keyboard.press('Escape');
    await expect.poll(() => readShadowDialog(article, 'crosscheck-card')).toBeNull();
  });

  it('shows the number of conflicts on the toolbar badge', async () => {
    const conflicts = scanned.claims.filter((c) => c.verdict === 'conflict').length;
    expect(conflicts).toBeGreaterThan(0);
    expect(await badgeText(session, tabId)).toBe(String(conflicts));
    const worker = await session.worker();
    expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      `Crosscheck: ${conflicts} conflicting ${conflicts === 1 ? 'figure' : 'figures'} on this page`,
    );
  });

  it('says so on a page without figures', async () => {
    const quiet = await openScanned(session, server.url('/no-figures'));
    const quietPopup = await openPopupFor(await tabIdOf(session, quiet));
    await expect.poll(() => quietPopup.locator('.cc-status').textContent()).toBe('No figures found on this page.');
    expect(await quietPopup.locator('.cc-group').count()).toBe(0);
  });

  it('says so on a page it cannot run on', async () => {
    const settings = await session.context.newPage();
    await settings.goto('chrome://version');
    const settingsPopup = await openPopupFor(await tabIdOf(session, settings));
    await expect.poll(() => settingsPopup.locator('.cc-status').textContent()).toContain("can't run on this page");
  });
});
