import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIGURE, DEMO_SEED } from '../support/demo-pages';
import {
  figureBox,
  openScanned,
  readShadowDialog,
  useExtension,
  waitForScan,
  type Box,
  type ExtensionSession,
  type FixtureServer,
  type ShadowDialog,
} from './harness';
import { until } from '../support/until';

const CARD = 'crosscheck-card';
const NEAR_MISS_SEED = '000_f08bef55c7702ec1.txt';

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('hover card', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page;
  let figure: Box;

  const start = useExtension();
  beforeAll(async () => {
    ({ session, server } = await start());
    page = await openScanned(session, server.url(`/seed/${DEMO_SEED}`));
    figure = await figureBox(page, DEMO_FIGURE.phrase, DEMO_FIGURE.figure);
  }, 60_000);

  it('opens no card for a pointer that only passes over figures', async () => {
    // Counts the card's host element being added to the page, however briefly.
    await page.evaluate(() => {
      const seen = { cards: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if ((n as Element).localName === 'crosscheck-card') seen.cards++;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    // A sweep along the figure's line, from the left edge to the right, crossing the figure and others.
    const y = (figure.top + figure.bottom) / 2;
    await page.mouse.move(0, y);
    await page.mouse.move(1200, y, { steps: 60 });
    await page.mouse.move(1200, 5);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { seen: { cards: number } }).seen.cards)).toBe(0);
  });

  it('opens on the figure and shows the conflicting source', async () => {
    await page.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
    const card = await until(
      () => readShadowDialog(page, CARD),
      (c) => c !== null,
    );
    expect(card?.text).toContain('Conflicting sources');
    expect(card?.text).toContain('To date, Hamas has released 105 hostages');
  });

  it('names each source by its outlet and date, never by a file name', async () => {
    const card = (await readShadowDialog(page, CARD)) as ShadowDialog;
    expect(card.text).toContain('VOA');
    expect(card.text).toContain('2023-12-01');
    expect(card.text).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it('does not cover the figure', async () => {
    const card = (await readShadowDialog(page, CARD)) as ShadowDialog;
    expect(intersects(card.box, figure)).toBe(false);
  });

  it('stays open while the pointer moves onto it', async () => {
    const card = (await readShadowDialog(page, CARD)) as ShadowDialog;
    const x = (card.box.left + card.box.right) / 2;
    await page.mouse.move(x, card.box.top > figure.bottom ? card.box.top + 12 : card.box.bottom - 12, { steps: 8 });
    await page.waitForTimeout(700);
    expect(await readShadowDialog(page, CARD)).not.toBeNull();
  });

  it('closes on Escape', async () => {
    await page.keyboard.press('Escape');
    expect(
      await until(
        () => readShadowDialog(page, CARD),
        (c) => c === null,
      ),
    ).toBeNull();
  });

  it('closes when the pointer leaves both the figure and the card', async () => {
    await page.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
    expect(
      await until(
        () => readShadowDialog(page, CARD),
        (c) => c !== null,
      ),
    ).not.toBeNull();
    await page.mouse.move(5, 5, { steps: 4 });
    expect(
      await until(
        () => readShadowDialog(page, CARD),
        (c) => c === null,
      ),
    ).toBeNull();
  });

  it('on an unverified figure, shows what Crosscheck read, so a misreading can be told from a gap', async () => {
    const { claims } = await waitForScan(session, page);
    const unverified = claims.find((c) => c.verdict === 'unverified' && /^\d/.test(c.text))!;
    const phrase = unverified.sentence.slice(unverified.offsetInSentence, unverified.offsetInSentence + 40);
    const box = await figureBox(page, phrase, unverified.text);
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    const card = await until(
      () => readShadowDialog(page, CARD),
      (c) => c?.text.includes(unverified.text) ?? false,
    );
    expect(card?.text).toContain('What Crosscheck read');
    expect(card?.text).toContain(`Counts${unverified.quantity.counted || unverified.quantity.lemma}`);
  });

  it('on an unverified figure that a corpus figure of the same thing misses, says in one line why', async () => {
    // The demo article's other figures all find a source; the VOA seed keeps some that narrowly miss one.
    const voa = await openScanned(session, server.url(`/seed/${NEAR_MISS_SEED}`));
    const { claims } = await waitForScan(session, voa);
    const missed = claims.find((c) => c.verdict === 'unverified' && c.nearMiss && /^\d/.test(c.text))!;
    const phrase = missed.sentence.slice(missed.offsetInSentence, missed.offsetInSentence + 40);
    const box = await figureBox(voa, phrase, missed.text);
    await voa.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    const card = await until(
      () => readShadowDialog(voa, CARD),
      (c) => c?.text.includes('Not matched') ?? false,
    );
    expect(card?.text).toContain(`Not matched: ${missed.nearMiss!.claim.text} (`);
    expect(card?.text).toContain(missed.nearMiss!.why);
    await voa.close();
  });
});
