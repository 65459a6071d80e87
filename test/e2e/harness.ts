import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker as WorkerHandle } from 'playwright-core';
import { afterAll } from 'vitest';
import type { PageClaimsResponse } from '../../lib/messages';
import type { Box } from '../support/figure-box';
import { findBrowser, launchWithExtension } from '../support/browser';
import { ROOT, seedPage, servePages, type PageServer } from '../support/demo-pages';
import { HIGHLIGHT_NAMES, readHighlightTexts } from '../support/highlight-texts';

export { figureBox, type Box } from '../support/figure-box';
const PAGES_DIR = join(ROOT, 'test/e2e/pages');

/** The extension API as functions passed to `worker.evaluate` see it in the service worker. */
declare const chrome: typeof import('wxt/browser').browser;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for what only the extension can read (tabs, badge, content-script state). */
  worker(): Promise<WorkerHandle>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Leave the welcome page the extension opens on install (the first-run test reads it); closed otherwise. */
  keepWelcome?: boolean;
  /** A profile kept across launches (a bench's imported corpus) instead of a fresh one. */
  profile?: string;
}

const isWelcome = (page: Page) => page.url().endsWith('/onboarding.html');

/**
 * Starts headless Chromium with the built extension loaded, in a fresh profile. The welcome page opened on
 * install is waited for and closed, unless kept: opened late, it would come to the front over a test's tab,
 * and the tests find their tab as the active one.
 */
export async function launchExtension({ keepWelcome = false, profile }: LaunchOptions = {}): Promise<ExtensionSession> {
  const executable = findBrowser();
  if (!executable) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  // A kept profile used before has the extension installed already: no welcome page opens.
  const installs = !profile || !existsSync(join(profile, 'Default'));
  const { context, close } = await launchWithExtension(executable, { headless: true, ...(profile && { profile }) });
  const welcome = installs
    ? (context.pages().find(isWelcome) ?? context.waitForEvent('page', { predicate: isWelcome }))
    : undefined;
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  if (welcome && !keepWelcome) await (await welcome).close();
  return {
    context,
    extensionId,
    // A stopped service worker is replaced by a new one: always ask for the current.
    worker: async () =>
      context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? context.waitForEvent('serviceworker'),
    close,
  };
}

export type FixtureServer = PageServer;

/**
 * Serves test pages on loopback: /seed/<file> renders a seed article, /pages/<name> serves
 * test/e2e/pages/<name>, and routes added through `extra` serve what they return.
 */
export function serveFixtures(extra: Record<string, () => string> = {}): Promise<FixtureServer> {
  return servePages((path) => {
    if (extra[path]) return extra[path]();
    if (path.startsWith('/seed/')) return seedPage(path.slice('/seed/'.length).replace(/[/\\]/g, ''));
    if (path.startsWith('/pages/'))
      return readFileSync(join(PAGES_DIR, path.slice('/pages/'.length).replace(/\.\.|[\\]/g, '')), 'utf8');
    return undefined;
  });
}

export interface Running {
  session: ExtensionSession;
  server: FixtureServer;
}

/**
 * The extension in Chromium and a fixture server for the tests of one file: the returned function starts
 * both (call it in the file's `beforeAll`), and both are closed after the file's tests.
 */
export function useExtension(extra?: Record<string, () => string>, options?: LaunchOptions): () => Promise<Running> {
  let running: Partial<Running> = {};
  afterAll(async () => {
    await running.session?.close();
    await running.server?.close();
  });
  return async () => {
    const [session, server] = await Promise.all([launchExtension(options), serveFixtures(extra)]);
    running = { session, server };
    return { session, server };
  };
}

/** The options page, opened once it lists the five articles the extension ships with. */
export async function openOptions(session: ExtensionSession): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByText('5 articles · shipped with Crosscheck', { exact: false }).waitFor({ timeout: 30_000 });
  return options;
}

/** Imports `bundle` as a JSON file named `name` through the options page's file input, up to its summary. */
export async function importJson(options: Page, name: string, bundle: unknown): Promise<void> {
  await options.getByTestId('import-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await options.getByTestId('import-summary').waitFor({ timeout: 30_000 });
}

/** A new tab on `url`, once the extension has read it; its uncaught page errors, if asked, go to `errors`. */
export async function openScanned(session: ExtensionSession, url: string, errors?: string[]): Promise<Page> {
  const page = await session.context.newPage();
  if (errors) page.on('pageerror', (e) => errors.push(`${new URL(url).pathname}: ${e.message}`));
  await page.goto(url);
  await waitForScan(session, page);
  return page;
}

/** The ranges registered under each crosscheck highlight name, as text, read from the page's main world. */
export const highlightTexts = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(readHighlightTexts, HIGHLIGHT_NAMES);

export interface HighlightSpan {
  /** The highlight's name, e.g. "crosscheck-conflict". */
  name: string;
  /** Index of the paragraph (`<p>`) holding it, and its offsets in that paragraph's text. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Where each crosscheck highlight sits, as paragraph and offsets, read from the page's main world. */
export async function highlightSpans(page: Page): Promise<HighlightSpan[]> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('p')];
    const spans: HighlightSpan[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const range of highlight) {
        const paragraph = range.startContainer.isConnected ? range.startContainer.parentElement?.closest('p') : null;
        if (!paragraph) continue;
        const before = document.createRange();
        before.setStart(paragraph, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const start = before.toString().length;
        const whole = document.createRange();
        whole.setStart(range.startContainer, range.startOffset);
        whole.setEnd(range.endContainer, range.endOffset);
        const text = whole.toString();
        spans.push({ name, paragraph: paragraphs.indexOf(paragraph), start, end: start + text.length, text });
      }
    }
    return spans;
  });
}

/** The text of the extension's toolbar badge for a tab. */
export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  const worker = await session.worker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * The extension's id for the tab showing `page`. Without the "tabs" permission tabs.query reveals no URL or
 * title, so the page is brought to the front and its tab is the active one.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await session.worker();
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (tab?.id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return tab.id;
}

/** Waits until the content script in `page`'s tab has checked the page, and returns what it found. */
export async function waitForScan(
  session: ExtensionSession,
  page: Page,
  timeoutMs = 30_000,
): Promise<PageClaimsResponse> {
  const tabId = await tabIdOf(session, page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = await session.worker();
    const answer = (await worker
      .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-claims' }, { frameId: 0 }), tabId)
      .catch(() => undefined)) as PageClaimsResponse | undefined;
    if (answer && answer.status !== 'scanning') return answer;
    if (Date.now() > deadline) throw new Error(`${page.url()} was not checked within ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** A dialog rendered inside a shadow root: its text and its box in viewport CSS pixels. */
export interface ShadowDialog {
  text: string;
  box: Box;
}

const inside = (node: CdpNode) => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
const textOf = (node: CdpNode): string =>
  node.nodeType === 3 ? node.nodeValue : node.nodeName === 'STYLE' ? '' : inside(node).map(textOf).join('');
const findNode = (node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined =>
  test(node)
    ? node
    : inside(node).reduce<CdpNode | undefined>((found, child) => found ?? findNode(child, test), undefined);
const isDialog = (node: CdpNode) =>
  (node.attributes ?? []).some((value, i) => i % 2 === 1 && value === 'dialog' && node.attributes![i - 1] === 'role');

/**
 * The dialog inside the shadow root of the element named `hostName`, read through the DevTools protocol,
 * which pierces closed shadow roots; null when there is none.
 */
export async function readShadowDialog(page: Page, hostName: string): Promise<ShadowDialog | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findNode(root, (n) => n.nodeName === hostName.toUpperCase())?.shadowRoots?.[0];
    const dialog = shadow && findNode(shadow, isDialog);
    if (!dialog) return null;
    // The card may close between the two requests, and a node without a box is not shown either.
    const boxModel = await cdp.send('DOM.getBoxModel', { nodeId: dialog.nodeId }).catch(() => null);
    if (!boxModel) return null;
    const quad = boxModel.model.border;
    const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
    const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
    return {
      text: textOf(dialog).replace(/\s+/g, ' ').trim(),
      box: { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) },
    };
  } finally {
    await cdp.detach();
  }
}
