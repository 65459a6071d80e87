import { watchDom } from './dom-watch';
import { isReadFrame } from './frames';
import { safely } from './guard';
import './highlights.css';
import { importOwn } from './own-module';
import { pageParsed } from './page-shown';
import { answerExtension } from './popup-bridge';
import type { WakeRequest } from '@/lib/messages';
import type { Reader, startReader } from './reader';
import { bodyMayHoldFigure, mayHoldFigureIn } from './text-hint';

/**
 * The content script, in every page and frame (registered in wxt.config.ts). Until a page shows a sign of
 * a figure, or the extension asks about it, it only looks at the page's text once parsed and at text added
 * later, and waits for the extension's questions; then it imports the reader (entrypoints/reader.ts). A
 * page without figures pays for nothing more.
 */
export default defineUnlistedScript(() => {
  if (!isReadFrame()) return;
  // Looking for a sign of a figure reads text, not layout: it need not wait for the first paint.
  void pageParsed().then(() => {
    const dom = watchDom();
    let reader: Promise<Reader> | undefined;
    const read = () => {
      // A stopped service worker starts now, beside the reader's import and first reading, not on the first check.
      if (!reader) void browser.runtime.sendMessage({ type: 'wake' } satisfies WakeRequest).catch(() => undefined);
      return (reader ??= importOwn<typeof startReader>('/reader.js').then((start) => start(dom)));
    };
    answerExtension(read);
    dom.onChange = safely((nodes: Node[]) => {
      // A script whose extension was updated or removed stays in open pages with nothing to answer to.
      if (!browser.runtime?.id) return dom.disconnect();
      if (nodes.some(mayHoldFigureIn)) return read();
    });
    dom.observe(document);
    if (bodyMayHoldFigure()) void read();
  });
});
