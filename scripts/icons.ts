/**
 * `npm run icons`: renders the toolbar icon (docs/icon.svg) to the PNG sizes the manifest uses,
 * with the system Chromium. The PNGs are committed; run this after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../test/support/browser';
import { ROOT } from '../test/support/demo-pages';

const SIZES = [16, 32, 48, 96, 128];
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium found: install it or set CHROME_PATH');
const svg = readFileSync(join(ROOT, 'docs/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(join(ROOT, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
