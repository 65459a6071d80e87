import { watchDom } from './dom-watch';
import { isReadFrame } from './frames';
import { safely } from './guard';
import './highlights.css';
import { pageParsed } from './page-shown';
import { answerExtension } from './popup-bridge';
import { startReader, type Reader } from './reader';
import { bodyMayHoldFigure, mayHoldFigureIn } from './text-hint';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // The highlight styles are the manifest's: the browser gives them to each document before it is first
  // styled, at no cost to the page's main thread (a sheet adopted later restyles the whole document: 170 ms
  // on a 1 MB live blog).
  cssInjectionMode: 'manifest',
  // From the start, to read the page as soon as it has been parsed and painted once (document_idle can
  // come long after that).
  runAt: 'document_start',
  // WXT's window.postMessage announcement serves content scripts built with older WXT versions; ours
  // listen for its DOM event, and the page need not hear from the extension.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!isReadFrame()) return;
    // Looking for a sign of a figure reads text, not layout: it need not wait for the first paint.
    await pageParsed(ctx);
    // Reading starts at the first sign of a figure, or when the extension asks about the page: until
    // then a page costs a look at its text, and at text it adds.
    const dom = watchDom(ctx);
    let reader: Promise<Reader> | undefined;
    const read = () => (reader ??= startReader(ctx, dom));
    answerExtension(ctx, read);
    dom.onChange = safely((nodes: Node[]) => (nodes.some(mayHoldFigureIn) ? read() : undefined));
    dom.observe(document);
    if (bodyMayHoldFigure()) void read();
  },
});
