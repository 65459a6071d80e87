import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS_DIR = join(ROOT, 'test/fixtures/seeds');

/** The seed article shown by `npm start` and in the README screenshot: CNN on the end of the truce. */
export const DEMO_SEED = '001_6f0f6d7dc1d14af9.txt';

/** Its "110" hostages released, which the VOA seed contradicts ("Hamas has released 105 hostages"). */
export const DEMO_FIGURE = { phrase: '110 Israeli women and children', figure: '110' } as const;

/** A seed article's paragraphs as the pages render them, each with its offset in the file. */
export function seedParagraphs(file: string): { text: string; offset: number }[] {
  const source = readFileSync(join(SEEDS_DIR, file), 'utf8');
  const paragraphs: { text: string; offset: number }[] = [];
  for (const match of source.matchAll(/[^\n]*\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const text = match[0].trim();
    paragraphs.push({ text, offset: match.index + match[0].indexOf(text) });
  }
  return paragraphs;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ARTICLE_STYLE =
  'body{margin:0;background:#fbfaf7;color:#1d1d1d}article{max-width:680px;margin:0 auto;padding:32px 24px;font:18px/1.6 Georgia,serif}';

/** A news-like HTML page holding a seed article's text, one paragraph per block. */
export function seedPage(file: string): string {
  return articlePage(
    file,
    seedParagraphs(file).map((p) => p.text),
  );
}

/** A news page of the given paragraphs, styled like the demo article. */
export function articlePage(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${ARTICLE_STYLE}</style></head><body><article>${body}</article></body></html>`;
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves HTML on loopback: `route` returns a path's page, or undefined for a 404. */
export async function servePages(route: (path: string) => string | undefined): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let body: string | undefined;
    try {
      body = route(path);
    } catch {
      body = undefined;
    }
    if (body === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
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

/** Serves the demo article at the root of a loopback server. */
export const serveDemo = () => servePages((path) => (path === '/' ? seedPage(DEMO_SEED) : undefined));
