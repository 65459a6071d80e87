import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from './demo-pages';

export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/**
 * A Chromium-family browser able to load an unpacked extension: CHROME_PATH or CHROMIUM_PATH when set,
 * else Chromium before Google Chrome, because branded Chrome 137+ ignores --load-extension.
 */
export function findBrowser(): string | null {
  const candidates = [
    process.env.CHROME_PATH,
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

export interface BrowserSession {
  context: BrowserContext;
  /** Closes the browser (if still open) and deletes its throwaway profile. */
  close: () => Promise<void>;
}

/**
 * Starts the browser at `executablePath` with the built extension loaded, in a fresh profile, or in
 * `profile` when given (kept on close: a bench reuses a corpus imported once).
 */
export async function launchWithExtension(
  executablePath: string,
  options: { headless: boolean; viewport?: { width: number; height: number } | null; profile?: string },
): Promise<BrowserSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless,
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
