import { isActiveOn, DEFAULT_SETTINGS, type SiteSettings } from '@/lib/page/site-settings';
import { readSettings, watchSettings } from '@/lib/page/settings-store';
import { watchDom } from './dom-watch';
import { isReadFrame, isTopFrame, siteOrigin } from './frames';
import { safely } from './guard';
import { createHighlighter } from './highlights';
import { lazyPageUi } from './lazy-ui';
import { PageClaims } from './page-claims';
import { answerExtension } from './popup-bridge';
import { pageShown } from './page-shown';
import { createScanner } from './scanner';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // From the start, to adopt the highlight styles before the page is first styled and to read the page
  // as soon as it has been parsed and painted once (document_idle can come long after that).
  runAt: 'document_start',
  async main(ctx) {
    if (!isReadFrame()) return;
    const page = new PageClaims();
    const highlighter = createHighlighter(ctx);
    highlighter.prepare();
    const settings = readSettings().catch(() => DEFAULT_SETTINGS);
    await pageShown(ctx);
    // The hover card, keys and jumps come once the page has a claim (or the popup asks for a jump).
    const ui = lazyPageUi(ctx, page, highlighter);
    let conflictsShown = -1;
    const onSettled = safely(() => {
      const card = ui.loaded?.card;
      if (card?.current && !page.get(card.current.id)) card.hide();
      const conflicts = [...page.all()].filter((c) => c.verdict === 'conflict').length;
      if (!isTopFrame() || conflicts === conflictsShown) return;
      conflictsShown = conflicts;
      void browser.runtime.sendMessage({ type: 'summary', conflicts }).catch(() => undefined);
    });
    const onPlaced = safely(() => (page.size > 0 ? ui.load() : undefined));
    const scanner = createScanner(ctx, page, highlighter, { placed: onPlaced, settled: onSettled });
    const dom = watchDom(ctx, safely((nodes, removed) => scanner.changed(nodes, removed)));
    scanner.onShadowRoot = (root) => dom.observe(root);
    answerExtension(ctx, page, ui.load);

    let active: boolean | undefined;
    const apply = safely((settings: SiteSettings) => {
      const on = isActiveOn(settings, siteOrigin() ?? location.origin);
      if (on === active) return;
      active = on;
      if (on) {
        dom.observe(document);
        scanner.start();
        return;
      }
      dom.disconnect();
      ui.loaded?.card.hide();
      scanner.stop();
      page.status = 'off';
      onSettled();
    });
    apply(await settings);
    ctx.onInvalidated(watchSettings(apply));
    // Single-page sites swap articles without a page load.
    ctx.addEventListener(
      window,
      'wxt:locationchange',
      safely(() => {
        ui.loaded?.card.hide();
        if (active) scanner.navigated();
      }),
    );
  },
});
