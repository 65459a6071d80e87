import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { afterAll } from 'vitest';
import type { PageClaimsResponse } from '../../lib/messages';
import { DEMO_SEED, ROOT, seedPage, servePages, type PageServer } from '../support/demo-pages';
import type { Box } from '../support/figure-box';
import { HIGHLIGHT_NAMES, readHighlightTexts } from '../support/highlight-texts';
import { until } from '../support/until';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
const ADDON_ID = 'crosscheck@crosscheck.invalid';
/** The add-on's address is fixed through a pref, so the test can open its pages by URL. */
export const ADDON_UUID = '0c0ffee0-c4ec-4c4e-8000-000000000001';

export interface FirefoxSession {
  browser: Browser;
  server: PageServer;
}

/**
 * Firefox ESR with the built Firefox extension installed as a temporary add-on, driven over WebDriver BiDi,
 * and a loopback server for the seed pages; both closed after the file's tests.
 */
export function useFirefox(): () => Promise<FirefoxSession> {
  let running: Partial<FirefoxSession> = {};
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return async () => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build it first: npm run build:firefox');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      // Needed to navigate to moz-extension:// pages over BiDi.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    });
    await browser.installExtension(EXTENSION_DIR);
    const server = await servePages((path) =>
      path.startsWith('/seed/') ? seedPage(path.slice('/seed/'.length).replace(/[/\\]/g, '')) : undefined,
    );
    running = { browser, server };
    return { browser, server };
  };
}

/** A new tab at a desktop size on the demo seed article, the page the Firefox tests read. */
export async function openDemoArticle(firefox: FirefoxSession): Promise<Page> {
  const article = await firefox.browser.newPage();
  await article.setViewport({ width: 1200, height: 800 });
  await article.goto(firefox.server.url(`/seed/${DEMO_SEED}`));
  return article;
}

/**
 * `until` for Firefox: a read that fails (a page still navigating over BiDi) counts as not yet, and the
 * browser is given longer.
 */
export const untilAnswered = <T>(read: () => Promise<T>, done: (value: T | undefined) => boolean) =>
  until(() => read().catch(() => undefined), done, 15_000);

/** How many ranges each crosscheck highlight holds, read from the page's main world. */
export const highlightCounts = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights].filter(([name]) => name.startsWith('crosscheck-')).map(([name, h]) => [name, h.size]),
    ),
  );

/** The ranges registered under each crosscheck highlight name, as text, read from the page's main world. */
export const highlightTexts = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(readHighlightTexts, HIGHLIGHT_NAMES);

/** Presses keys together, e.g. chord(page, 'Alt', 'Shift', 'KeyN'): the last is pressed, the others held. */
export async function chord(page: Page, ...keys: KeyInput[]): Promise<void> {
  const held = keys.slice(0, -1);
  for (const key of held) await page.keyboard.down(key);
  await page.keyboard.press(keys.at(-1)!);
  for (const key of held.reverse()) await page.keyboard.up(key);
}

/**
 * What the content script of the tab showing `url` found, asked from one of the add-on's pages (a page's
 * own scripts cannot message the add-on). The probe page is closed after.
 */
export async function askTab(firefox: Browser, url: string): Promise<PageClaimsResponse | undefined> {
  // `browser` inside the evaluated function is the add-on page's WebExtension API.
  const probe = await openAddonPage(firefox, 'popup.html');
  try {
    return await probe.evaluate(async (pageUrl) => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === pageUrl);
      if (tab?.id === undefined) return undefined;
      return browser.tabs.sendMessage<unknown, PageClaimsResponse>(tab.id, { type: 'get-claims' }, { frameId: 0 });
    }, url);
  } finally {
    await probe.close();
  }
}

/**
 * Opens one of the add-on's pages in a new tab. Firefox does not report moz-extension:// navigations to
 * BiDi as loads, so the tab is polled until the page answers.
 */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${ADDON_UUID}/${path}`;
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await untilAnswered(
    () => page.evaluate(() => document.readyState === 'complete' && location.href),
    (href) => typeof href === 'string' && href.startsWith('moz-extension:'),
  );
  return page;
}

interface SerializedNode {
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
  };
}

const inside = (node: SerializedNode) => [node.value?.shadowRoot, ...(node.value?.children ?? [])];
const textOf = (node: SerializedNode | null | undefined): string =>
  !node?.value
    ? ''
    : node.value.nodeType === 3
      ? (node.value.nodeValue ?? '')
      : node.value.localName === 'style'
        ? ''
        : inside(node).map(textOf).join(' ');

interface BidiConnection {
  send(method: 'script.callFunction', params: object): Promise<{ result: { result?: SerializedNode } }>;
}

// Puppeteer exposes no public way to ask for closed shadow trees; its BiDi connection takes the raw command.
const bidi = (browser: Browser, page: Page) => ({
  connection: (browser as unknown as { connection: BidiConnection }).connection,
  context: (page.mainFrame() as unknown as { _id: string })._id,
});

/** The element named `hostName` serialised with its closed shadow tree, or undefined when there is none. */
async function serialisedHost(browser: Browser, page: Page, hostName: string) {
  const { connection, context } = bidi(browser, page);
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `() => document.querySelector(${JSON.stringify(hostName)})`,
    awaitPromise: false,
    target: { context },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 40 },
  });
  return result.result;
}

/**
 * The text inside the closed shadow root of the element named `hostName`, or '' when there is none. BiDi
 * serialises closed shadow trees when asked (`includeShadowTree: 'all'`), as CDP's pierce does in Chromium.
 */
export async function shadowText(browser: Browser, page: Page, hostName: string): Promise<string> {
  return textOf(await serialisedHost(browser, page, hostName))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ShadowElement {
  attributes: Record<string, string>;
  box: Box;
  focused: boolean;
}

const findNode = (
  node: SerializedNode | null | undefined,
  test: (n: SerializedNode) => boolean,
): SerializedNode | undefined =>
  !node?.value
    ? undefined
    : test(node)
      ? node
      : inside(node).reduce<SerializedNode | undefined>((found, child) => found ?? findNode(child, test), undefined);

/**
 * The first element inside the closed shadow root of `hostName` whose attributes pass `test`: its
 * attributes, its box in the viewport and whether it has the focus; null when there is none. BiDi gives
 * each serialised node a shared id, through which the element itself is then asked.
 */
export async function shadowElement(
  browser: Browser,
  page: Page,
  hostName: string,
  test: (attributes: Record<string, string>) => boolean,
): Promise<ShadowElement | null> {
  const node = findNode(await serialisedHost(browser, page, hostName), (n) => test(n.value?.attributes ?? {}));
  if (!node?.sharedId) return null;
  const { connection, context } = bidi(browser, page);
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `(el) => { const r = el.getBoundingClientRect();
      return JSON.stringify({ box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, focused: el.matches(':focus') }); }`,
    awaitPromise: false,
    target: { context },
    arguments: [{ sharedId: node.sharedId }],
  });
  const read = result.result as { value?: string } | undefined;
  if (typeof read?.value !== 'string') return null;
  return { attributes: node.value?.attributes ?? {}, ...(JSON.parse(read.value) as Omit<ShadowElement, 'attributes'>) };
}
