import { isActiveOn, DEFAULT_SETTINGS, type SiteSettings } from '@/lib/page/site-settings';
import { readSettings, watchSettings } from '@/lib/page/settings-store';
import { createCardView } from './card';
import { conflictStepper } from './conflict-steps';
import { watchDom } from './dom-watch';
import { isReadFrame, isTopFrame, siteOrigin } from './frames';
import { safely } from './guard';
import { createHighlighter } from './highlights';
import { openCardsOnHover } from './hover';
import { PageClaims } from './page-claims';
import { answerExtension } from './popup-bridge';
import { pageShown } from './page-shown';
import { createScanner } from './scanner';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'ui',
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
    const card = createCardView(ctx);
    let conflictsShown = -1;
    const onSettled = safely(() => {
      if (card.current && !page.get(card.current.id)) card.hide();
      const conflicts = [...page.all()].filter((c) => c.verdict === 'conflict').length;
      if (!isTopFrame() || conflicts === conflictsShown) return;
      conflictsShown = conflicts;
      void browser.runtime.sendMessage({ type: 'summary', conflicts }).catch(() => undefined);
    });
    const scanner = createScanner(ctx, page, highlighter, onSettled);
    const dom = watchDom(ctx, safely((nodes, removed) => scanner.changed(nodes, removed)));
    scanner.onShadowRoot = (root) => dom.observe(root);
    openCardsOnHover(ctx, page, card);
    answerExtension(ctx, page, card, highlighter, conflictStepper(ctx, page, card, highlighter));

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
      card.hide();
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
        card.hide();
        if (active) scanner.navigated();
      }),
    );
  },
});
