import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * axe-core's violations on `page`, WCAG 2.1 A and AA and best practice. The source is evaluated through the
 * DevTools protocol, which extension pages' content security policy does not stop.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    ),
  );
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/**
 * The markup and styles inside the shadow root of the element named `hostName`, read through the DevTools
 * protocol (it pierces closed shadow roots), so they can be checked on a page of their own.
 */
export async function shadowMarkup(page: Page, hostName: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    interface Node {
      nodeId: number;
      nodeName: string;
      children?: Node[];
      shadowRoots?: Node[];
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (node: Node): Node | undefined =>
      node.nodeName === hostName.toUpperCase()
        ? node
        : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) throw new Error(`no shadow root under <${hostName}>`);
    const parts = await Promise.all(
      (shadow.children ?? []).map((child) => cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })),
    );
    return parts.map((p) => p.outerHTML).join('');
  } finally {
    await cdp.detach();
  }
}
