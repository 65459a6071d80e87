import { existsSync } from 'node:fs';

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
