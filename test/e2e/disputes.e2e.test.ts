import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dispute } from '../../lib/disputes';
import { DEMO_FIGURE, DEMO_SEED } from '../support/demo-pages';
import {
  figureBox,
  highlightTexts,
  openScanned,
  readShadowDialog,
  useExtension,
  type Box,
  type ExtensionSession,
} from './harness';
import { until } from '../support/until';

const CARD = 'crosscheck-card';
const DISPUTE_LABEL = 'Wrong match: mark this match as wrong';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const findNode = (node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined =>
  test(node)
    ? node
    : [...(node.shadowRoots ?? []), ...(node.children ?? [])].reduce<CdpNode | undefined>(
        (found, child) => found ?? findNode(child, test),
        undefined,
      );
const attribute = (node: CdpNode, name: string) => {
  const i = (node.attributes ?? []).findIndex((value, at) => at % 2 === 0 && value === name);
  return i < 0 ? undefined : node.attributes![i + 1];
};

/** The box of the first element named `label` inside the closed shadow root of `hostName`, through the DevTools protocol. */
async function shadowButtonBox(page: Page, hostName: string, label: string): Promise<Box | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findNode(root, (n) => n.nodeName === hostName.toUpperCase())?.shadowRoots?.[0];
    const button = shadow && findNode(shadow, (n) => attribute(n, 'aria-label') === label);
    if (!button) return null;
    const { model: boxModel } = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId });
    const xs = [boxModel.border[0]!, boxModel.border[2]!, boxModel.border[4]!, boxModel.border[6]!];
    const ys = [boxModel.border[1]!, boxModel.border[3]!, boxModel.border[5]!, boxModel.border[7]!];
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
  } finally {
    await cdp.detach();
  }
}

/** Whether the focused element, in whatever shadow root, is the button named `label`, by the accessibility tree. */
async function focusedIs(page: Page, label: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { name?: { value?: string }; properties?: { name: string; value: { value?: unknown } }[] }[];
    };
    return nodes.some(
      (n) =>
        n.name?.value === label && (n.properties ?? []).some((p) => p.name === 'focused' && p.value.value === true),
    );
  } finally {
    await cdp.detach();
  }
}

const centre = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
const conflicting = async (page: Page) => (await highlightTexts(page))['crosscheck-conflict']!;

describe('marking a match as wrong', () => {
  let session: ExtensionSession;
  let article: Page;
  let figure: Box;
  let conflictsBefore: number;
  let figuresBefore: number;

  const start = useExtension();
  beforeAll(async () => {
    let server;
    ({ session, server } = await start());
    article = await openScanned(session, server.url(`/seed/${DEMO_SEED}`));
    figure = await figureBox(article, DEMO_FIGURE.phrase, DEMO_FIGURE.figure);
    conflictsBefore = (await conflicting(article)).filter((t) => t === DEMO_FIGURE.figure).length;
    figuresBefore = Object.values(await highlightTexts(article))
      .flat()
      .filter((t) => t === DEMO_FIGURE.figure).length;
  }, 60_000);

  it('offers a "Wrong match" button on each source of the card', async () => {
    expect(conflictsBefore).toBeGreaterThan(0);
    const { x, y } = centre(figure);
    await article.mouse.move(x, y);
    const card = await until(
      () => readShadowDialog(article, CARD),
      (c) => c !== null,
    );
    expect(card?.text).toContain('VOA');
    expect(card?.text).toContain('Wrong match');
  });

  it('hides the match and recolours the figure at once, without a reload', async () => {
    const card = (await readShadowDialog(article, CARD))!;
    const button = (await shadowButtonBox(article, CARD, DISPUTE_LABEL))!;
    expect(button).not.toBeNull();
    // Onto the card first, as a reader's pointer goes, so the card stays open on the way.
    await article.mouse.move((card.box.left + card.box.right) / 2, card.box.top + 8, { steps: 6 });
    await article.mouse.click(centre(button).x, centre(button).y);
    const after = await until(
      () => conflicting(article),
      (texts) => texts.filter((t) => t === DEMO_FIGURE.figure).length < conflictsBefore,
    );
    expect(after.filter((t) => t === DEMO_FIGURE.figure).length).toBe(conflictsBefore - 1);
    // The figure moved to another verdict's highlight rather than losing its highlight.
    const everywhere = Object.values(await highlightTexts(article)).flat();
    expect(everywhere.filter((t) => t === DEMO_FIGURE.figure).length).toBe(figuresBefore);
    const open = await readShadowDialog(article, CARD);
    expect(open?.text).toContain(DEMO_FIGURE.figure);
    expect(open?.text).not.toContain('To date, Hamas has released 105 hostages');
  });

  it('lists the mark on the options page and exports it as JSON', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const row = options.getByTestId('dispute-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(`${DEMO_FIGURE.figure}, matched with 105 in VOA (conflict)`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export-disputes').click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      disputes: Dispute[];
    };
    expect(exported.format).toBe('crosscheck-wrong-matches');
    const voa = exported.disputes.find((d) => d.source.outlet === 'VOA')!;
    expect(voa).toMatchObject({
      page: { figure: DEMO_FIGURE.figure },
      source: { figure: '105' },
      relation: 'conflict',
    });
    expect(voa.page.url).toContain(DEMO_SEED);
    expect(voa.page.sentence).toContain(DEMO_FIGURE.phrase);
    await options.close();
  });

  it('brings the match back on the page when the mark is removed', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const rows = options.getByTestId('dispute-row');
    await rows.first().waitFor();
    for (let n = await rows.count(); n > 0; n--)
      await rows
        .first()
        .getByRole('button', { name: /^Remove/ })
        .click();
    await options.getByTestId('disputes-empty').waitFor();
    await options.close();
    const restored = await until(
      () => conflicting(article),
      (texts) => texts.filter((t) => t === DEMO_FIGURE.figure).length === conflictsBefore,
    );
    expect(restored.filter((t) => t === DEMO_FIGURE.figure).length).toBe(conflictsBefore);
  });

  it('can be marked from the keyboard: step to the figure, Tab to the button, Enter', async () => {
    await article.bringToFront();
    await article.mouse.move(5, 5);
    // The hover card of the tests before closes first: the card a step opens is the one that takes the focus.
    await article.keyboard.press('Escape');
    expect(
      await until(
        () => readShadowDialog(article, CARD),
        (c) => c === null,
      ),
    ).toBeNull();
    const isDemoCard = (text: string) => new RegExp(`^\\W*(Conflict|Mixed)\\s*${DEMO_FIGURE.figure}\\b`).test(text);
    let text = '';
    for (let step = 0; step < 20 && !isDemoCard(text); step++) {
      const before = text;
      await article.keyboard.press('Alt+Shift+KeyN');
      text = await until(
        async () => (await readShadowDialog(article, CARD))?.text ?? '',
        (now) => now !== '' && now !== before,
        3_000,
      );
    }
    expect(isDemoCard(text)).toBe(true);
    let focused = false;
    for (let tab = 0; tab < 15 && !focused; tab++) {
      await article.keyboard.press('Tab');
      focused = await focusedIs(article, DISPUTE_LABEL);
    }
    expect(focused).toBe(true);
    await article.keyboard.press('Enter');
    const after = await until(
      () => conflicting(article),
      (texts) => texts.filter((t) => t === DEMO_FIGURE.figure).length < conflictsBefore,
    );
    expect(after.filter((t) => t === DEMO_FIGURE.figure).length).toBe(conflictsBefore - 1);
  });
});
