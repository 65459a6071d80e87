import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIGURE, DEMO_SEED } from '../support/demo-pages';
import { axeViolations, shadowMarkup } from './axe';
import {
  figureBox,
  openScanned,
  readShadowDialog,
  tabIdOf,
  useExtension,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

describe('axe-core finds no violations', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  const start = useExtension();
  beforeAll(async () => {
    ({ session, server } = await start());
  });

  it('in the popup, with its groups unfolded', async () => {
    const article = await openScanned(session, server.url(`/seed/${DEMO_SEED}`));
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, article)}`);
    await popup.locator('.cc-group').first().waitFor();
    await popup
      .locator('.cc-group:not([open]) summary')
      .evaluateAll((s) => s.forEach((el) => (el as HTMLElement).click()));
    await popup.locator('.cc-claim-toggle').first().click();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('in the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('article-row').first().waitFor();
    expect(await axeViolations(options)).toEqual([]);
  });

  it("in the hover card's markup", async () => {
    const article = await openScanned(session, server.url(`/seed/${DEMO_SEED}`));
    const figure = await figureBox(article, DEMO_FIGURE.phrase, DEMO_FIGURE.figure);
    await article.mouse.move((figure.left + figure.right) / 2, (figure.top + figure.bottom) / 2);
    await expect.poll(() => readShadowDialog(article, 'crosscheck-card')).not.toBeNull();
    const markup = await shadowMarkup(article, 'crosscheck-card');
    const page = await session.context.newPage();
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>Card</title></head><body><main>${markup}</main></body></html>`,
    );
    expect(await page.locator('[role="dialog"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
