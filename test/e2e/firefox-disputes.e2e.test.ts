import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIGURE } from '../support/demo-pages';
import { locateFigure, type Box } from '../support/figure-box';
import {
  chord,
  highlightTexts,
  openAddonPage,
  shadowElement,
  shadowText,
  untilAnswered,
  useFirefox,
  type FirefoxSession,
  openDemoArticle,
} from './firefox-harness';

/**
 * The disputes path of disputes.e2e.test.ts in Firefox ESR: a match marked as wrong from the card, with
 * the pointer and with the keyboard, recolours the figure at once and is listed on the options page.
 */
const CARD = 'crosscheck-card';
const DISPUTE_LABEL = 'Wrong match: mark this match as wrong';
const VOA_SENTENCE = 'To date, Hamas has released 105 hostages';
const LISTED = `${DEMO_FIGURE.figure}, matched with 105 in VOA (conflict)`;

const centre = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

describe('marking a match as wrong in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let article: Page;
  let conflictsBefore: number;
  let figuresBefore: number;

  const start = useFirefox();
  beforeAll(async () => {
    firefox = await start();
    article = await openDemoArticle(firefox);
    const texts = await untilAnswered(
      () => highlightTexts(article),
      (t) => (t?.['crosscheck-conflict'] ?? []).includes(DEMO_FIGURE.figure),
    );
    conflictsBefore = (texts?.['crosscheck-conflict'] ?? []).filter((t) => t === DEMO_FIGURE.figure).length;
    figuresBefore = Object.values(texts ?? {})
      .flat()
      .filter((t) => t === DEMO_FIGURE.figure).length;
  }, 90_000);

  const demoConflicts = async () =>
    ((await highlightTexts(article))['crosscheck-conflict'] ?? []).filter((t) => t === DEMO_FIGURE.figure).length;
  const cardText = () => shadowText(firefox.browser, article, CARD);
  const disputeButton = () => shadowElement(firefox.browser, article, CARD, (a) => a['aria-label'] === DISPUTE_LABEL);

  /** The options page's list of marks, once it shows `count` of them. */
  async function listedMarks(count: number): Promise<string[]> {
    const options = await openAddonPage(firefox.browser, 'options.html');
    try {
      const rows = await untilAnswered(
        () =>
          options.evaluate(() =>
            [...document.querySelectorAll('[data-testid="dispute-row"]')].map((r) => r.textContent ?? ''),
          ),
        (list) => list?.length === count,
      );
      return rows ?? [];
    } finally {
      await options.close();
    }
  }

  it('offers a "Wrong match" button on the sources of the demo figure\'s card', async () => {
    expect(conflictsBefore).toBeGreaterThan(0);
    const figure = await article.evaluate(locateFigure, [DEMO_FIGURE.phrase, DEMO_FIGURE.figure] as const);
    await article.mouse.move(centre(figure).x, centre(figure).y);
    const text = await untilAnswered(cardText, (t) => t?.includes('Wrong match') ?? false);
    expect(text).toContain('VOA');
    expect(text).toContain(VOA_SENTENCE);
  });

  it('hides the match with a click and recolours the figure at once, without a reload', async () => {
    const dialog = (await shadowElement(firefox.browser, article, CARD, (a) => a.role === 'dialog'))!;
    const button = (await disputeButton())!;
    expect(button).not.toBeNull();
    // Onto the card first, as a reader's pointer goes, so the card stays open on the way.
    await article.mouse.move(centre(dialog.box).x, dialog.box.top + 8, { steps: 6 });
    await article.mouse.click(centre(button.box).x, centre(button.box).y);
    expect(await untilAnswered(demoConflicts, (n) => n !== undefined && n < conflictsBefore)).toBe(conflictsBefore - 1);
    // The figure moved to another verdict's highlight rather than losing its highlight.
    const everywhere = Object.values(await highlightTexts(article)).flat();
    expect(everywhere.filter((t) => t === DEMO_FIGURE.figure)).toHaveLength(figuresBefore);
    expect(await untilAnswered(cardText, (t) => !(t?.includes(VOA_SENTENCE) ?? true))).not.toContain(VOA_SENTENCE);
  });

  it('lists the mark on the options page, and removing it there brings the match back', async () => {
    const [row] = await listedMarks(1);
    expect(row).toContain(LISTED);
    const options = await openAddonPage(firefox.browser, 'options.html');
    const remove = await untilAnswered(
      () => options.$('[data-testid="dispute-row"] button'),
      (handle) => handle !== null && handle !== undefined,
    );
    await remove!.click();
    await untilAnswered(
      () => options.$('[data-testid="disputes-empty"]'),
      (handle) => handle !== null && handle !== undefined,
    );
    await options.close();
    expect(await untilAnswered(demoConflicts, (n) => n === conflictsBefore)).toBe(conflictsBefore);
  });

  it('can be marked from the keyboard: step to the figure, Tab to the button, Enter', async () => {
    await article.bringToFront();
    await article.mouse.move(5, 5);
    await article.keyboard.press('Escape');
    expect(await untilAnswered(cardText, (t) => t === '')).toBe('');
    const isDemoCard = (name: string | undefined) =>
      new RegExp(`^Crosscheck: ${DEMO_FIGURE.figure}, (Conflict|Mixed)$`).test(name ?? '');
    const cardName = async () =>
      (await shadowElement(firefox.browser, article, CARD, (a) => a.role === 'dialog'))?.attributes['aria-label'];
    let name: string | undefined;
    for (let step = 0; step < 20 && !isDemoCard(name); step++) {
      const before = name;
      await chord(article, 'Alt', 'Shift', 'KeyN');
      name = await untilAnswered(cardName, (now) => now !== undefined && now !== before);
    }
    expect(isDemoCard(name)).toBe(true);
    let focused = false;
    for (let tab = 0; tab < 15 && !focused; tab++) {
      await article.keyboard.press('Tab');
      focused = (await disputeButton())?.focused ?? false;
    }
    expect(focused).toBe(true);
    await article.keyboard.press('Enter');
    expect(await untilAnswered(demoConflicts, (n) => n !== undefined && n < conflictsBefore)).toBe(conflictsBefore - 1);
    const [row] = await listedMarks(1);
    expect(row).toContain(LISTED);
  });
});
