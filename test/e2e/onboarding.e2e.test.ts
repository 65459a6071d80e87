import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useExtension, type ExtensionSession } from './harness';

describe('first run', () => {
  let session: ExtensionSession;
  let welcome: Page;

  const start = useExtension(undefined, { keepWelcome: true });
  beforeAll(async () => {
    ({ session } = await start());
    const isWelcome = (p: Page) => p.url().endsWith('/onboarding.html');
    welcome =
      session.context.pages().find(isWelcome) ?? (await session.context.waitForEvent('page', { predicate: isWelcome }));
    await welcome.waitForLoadState();
  });

  it('opens a welcome page on install that explains every verdict and says nothing leaves the browser', async () => {
    await welcome.locator('h1').waitFor();
    const verdicts = await welcome
      .locator('tr[data-verdict]')
      .evaluateAll((rows) => rows.map((r) => r.dataset.verdict));
    expect(verdicts).toEqual(['conflict', 'mixed', 'agree', 'compatible', 'unverified']);
    expect(await welcome.textContent('body')).toContain('Nothing leaves the browser');
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(welcome)).toEqual([]);
  });

  it('opens the corpus page from its button', async () => {
    const opened = session.context.waitForEvent('page');
    await welcome.getByRole('button', { name: 'Open the corpus' }).click();
    expect((await opened).url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
  });
});
