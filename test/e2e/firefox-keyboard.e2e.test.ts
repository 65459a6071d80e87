import type { KeyInput, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_LABEL } from '../../components/verdicts';
import type { PageClaim } from '../../lib/messages';
import {
  askTab,
  chord,
  highlightCounts,
  shadowElement,
  untilAnswered,
  useFirefox,
  type FirefoxSession,
  openDemoArticle,
} from './firefox-harness';

/**
 * The keyboard path of controls.e2e.test.ts in Firefox ESR: Alt+Shift+N / P through the contradicted
 * figures, Alt+Shift+. / , through every checked figure, each opening its card with the focus, and
 * Escape closing it with the focus given back.
 */
describe('the keyboard in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let article: Page;
  let claims: PageClaim[];

  const start = useFirefox();
  beforeAll(async () => {
    firefox = await start();
    article = await openDemoArticle(firefox);
    await untilAnswered(
      () => highlightCounts(article),
      (c) => (c?.['crosscheck-conflict'] ?? 0) > 0,
    );
    const scanned = await untilAnswered(
      () => askTab(firefox.browser, article.url()),
      (answer) => answer?.status === 'done',
    );
    claims = scanned?.claims ?? [];
  }, 90_000);

  /** The open card's accessible name ("Crosscheck: 110, Conflict"), or '' when no card is open. */
  const cardName = async () =>
    (await shadowElement(firefox.browser, article, 'crosscheck-card', (a) => a.role === 'dialog'))?.attributes[
      'aria-label'
    ] ?? '';
  const nameOf = (c: PageClaim) => `Crosscheck: ${c.text}, ${VERDICT_LABEL[c.verdict]}`;
  const press = (key: KeyInput) => chord(article, 'Alt', 'Shift', key);
  const cardShows = (claim: PageClaim) =>
    untilAnswered(cardName, (name) => name === nameOf(claim)).then(() => cardName());
  const activeElement = () => article.evaluate(() => document.activeElement?.localName);

  it('moves between the contradicted figures (conflict and mixed) with Alt+Shift+N and Alt+Shift+P, the card taking the focus', async () => {
    const contradicted = claims.filter((c) => c.verdict === 'conflict' || c.verdict === 'mixed');
    expect(contradicted.some((c) => c.verdict === 'mixed')).toBe(true);
    await article.bringToFront();
    for (const claim of contradicted) {
      await press('KeyN');
      expect(await cardShows(claim)).toBe(nameOf(claim));
    }
    // The card takes the focus just after it shows its figure.
    expect(await untilAnswered(activeElement, (e) => e === 'crosscheck-card')).toBe('crosscheck-card');
    await press('KeyP');
    expect(await cardShows(contradicted.at(-2)!)).toBe(nameOf(contradicted.at(-2)!));
    await article.keyboard.press('Escape');
    expect(await untilAnswered(cardName, (name) => name === '')).toBe('');
  });

  it('steps through every checked figure with Alt+Shift+. and Alt+Shift+, and Escape leaves the caret at the figure', async () => {
    await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Steps go on from the figure the last step reached (the previous test's).
    const contradicted = claims.filter((c) => c.verdict === 'conflict' || c.verdict === 'mixed');
    const from = claims.findIndex((c) => c.id === contradicted.at(-2)!.id);
    const next = (k: number) => claims[(from + k) % claims.length]!;
    for (const k of [1, 2, 3]) {
      await press('Period');
      expect(await cardShows(next(k))).toBe(nameOf(next(k)));
    }
    await press('Comma');
    expect(await cardShows(next(2))).toBe(nameOf(next(2)));
    await article.keyboard.press('Escape');
    expect(await untilAnswered(cardName, (name) => name === '')).toBe('');
    expect(await activeElement()).not.toBe('crosscheck-card');
    const caret = await article.evaluate(() => {
      const s = document.getSelection()!;
      return s.anchorNode?.textContent?.slice(s.anchorOffset, s.anchorOffset + 12) ?? '';
    });
    expect(caret.startsWith(next(2).text)).toBe(true);
  });

  it('gives the focus back to what had it before the card took it', async () => {
    // A control of the page's own, focused by the reader before stepping to a figure: focusing it scrolls
    // the page to the top, and that scroll may end after the step began.
    await article.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'reader-was-here';
      button.textContent = 'Share';
      document.body.prepend(button);
      button.focus();
    });
    await press('Period');
    await untilAnswered(cardName, (name) => name !== '');
    expect(await untilAnswered(activeElement, (e) => e === 'crosscheck-card')).toBe('crosscheck-card');
    await article.keyboard.press('Escape');
    expect(await untilAnswered(cardName, (name) => name === '')).toBe('');
    expect(await article.evaluate(() => document.activeElement?.id)).toBe('reader-was-here');
  });
});
