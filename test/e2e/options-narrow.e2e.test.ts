import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { importJson, useExtension, type ExtensionSession } from './harness';

/**
 * The options page on a phone's width (390 px): the article table shows a card per article and the bundle
 * list stacks, so nothing scrolls sideways and every action stays in view, in light and dark mode. A
 * bundle with an unbroken title, outlet and URL a hundred characters long stretches what it can.
 */
const LONG = 'Riverton'.repeat(14);
const BUNDLE = {
  articles: [
    {
      title: `${LONG} budget`,
      outlet: LONG,
      published: '2024-03-05',
      url: `https://gazette.example/${LONG.toLowerCase()}`,
      text: 'The city council approved a budget of $12.4 million for the new library on Tuesday.',
    },
  ],
};

interface Overflow {
  scrollWidth: number;
  windowWidth: number;
  /** The action buttons not wholly inside the viewport's width, or not shown. */
  hidden: string[];
  buttons: number;
}

/** The page's width against the window's, and the buttons of the bundle list, the article table and messages. */
const measure = (page: Page): Promise<Overflow> =>
  page.evaluate(() => {
    const buttons = [...document.querySelectorAll<HTMLElement>('.bundles button, .articles button, .notice button')];
    const hidden = buttons
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return !b.checkVisibility() || r.width === 0 || r.left < 0 || r.right > innerWidth;
      })
      .map((b) => b.textContent ?? '');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      windowWidth: innerWidth,
      hidden,
      buttons: buttons.length,
    };
  });

describe('the options page at 390 px', () => {
  let session: ExtensionSession;
  let options: Page;

  const start = useExtension();
  beforeAll(async () => {
    ({ session } = await start());
    options = await session.context.newPage();
    await options.setViewportSize({ width: 390, height: 844 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByText('5 articles · shipped with Crosscheck', { exact: false }).waitFor({ timeout: 30_000 });
    await importJson(options, `${LONG}.json`, BUNDLE);
    await options.getByTestId('article-row').nth(5).waitFor();
  }, 90_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`neither scrolls sideways nor hides an action, with no axe violation, in ${colorScheme} mode`, async () => {
      await options.emulateMedia({ colorScheme });
      const { scrollWidth, windowWidth, hidden, buttons } = await measure(options);
      expect(windowWidth).toBe(390);
      expect(scrollWidth).toBeLessThanOrEqual(windowWidth);
      // Export and Delete for each of the two bundles, Delete for each of the six articles.
      expect(buttons).toBe(10);
      expect(hidden).toEqual([]);
      expect(await axeViolations(options)).toEqual([]);
    });
  }

  it('keeps a confirmation in view, for an article and for a bundle', async () => {
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByTestId('delete-article').last().click();
    await options.locator('[data-testid="bundle-row"][data-kind="import"]').getByTestId('delete-bundle').click();
    const { scrollWidth, windowWidth, hidden, buttons } = await measure(options);
    expect(scrollWidth).toBeLessThanOrEqual(windowWidth);
    expect(buttons).toBe(12);
    expect(hidden).toEqual([]);
    expect(await axeViolations(options)).toEqual([]);
  });

  it('keeps the message of a deletion in view with its Undo, in dark mode', async () => {
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.getByTestId('confirm-delete-article').click();
    const notice = options.getByTestId('article-summary');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Deleted “${LONG} budget”`);
    const { scrollWidth, windowWidth, hidden } = await measure(options);
    expect(scrollWidth).toBeLessThanOrEqual(windowWidth);
    expect(hidden).toEqual([]);
    expect(await options.getByTestId('undo-delete-article').isVisible()).toBe(true);
    expect(await axeViolations(options)).toEqual([]);
  });
});
