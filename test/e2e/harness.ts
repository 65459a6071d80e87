import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const SEEDS_DIR = join(ROOT, 'test/fixtures/seeds');
const PAGES_DIR = join(ROOT, 'test/e2e/pages');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded, in a fresh profile. */
export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A news-like HTML page holding a seed article's text, one paragraph per block. */
export function seedPage(file: string): string {
  const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(file)}</title></head><body><article>${paragraphs}</article></body></html>`;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves test pages on loopback: /seed/<file> renders a seed article, /pages/<name> serves
 * test/e2e/pages/<name>, and routes added through `extra` serve what they return.
 */
export async function serveFixtures(extra: Record<string, () => string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    try {
      let body: string | undefined;
      if (extra[path]) body = extra[path]!();
      else if (path.startsWith('/seed/')) body = seedPage(path.slice('/seed/'.length).replace(/[/\\]/g, ''));
      else if (path.startsWith('/pages/')) body = readFileSync(join(PAGES_DIR, path.slice('/pages/'.length).replace(/\.\.|[\\]/g, '')), 'utf8');
      if (body === undefined) throw new Error('not found');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** The ranges registered under each crosscheck highlight name, as text, read from the page's main world. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['crosscheck-agree', 'crosscheck-conflict', 'crosscheck-mixed', 'crosscheck-compatible', 'crosscheck-unverified']) {
      const h = CSS.highlights.get(name);
      out[name] = h ? [...h].map((r) => (r as Range).toString()) : [];
    }
    return out;
  });
}
