import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isActiveOn, DEFAULT_SETTINGS, type SiteSettings } from '@/extension/page/site-settings';
import { readSettings, watchSettings } from '@/extension/page/settings-store';
import type { PageArticleAnswer } from '@/lib/article-messages';
import { isCorpusChanged } from '@/lib/messages';
import type { DomWatch } from './dom-watch';
import { isTopFrame, siteOrigin } from './frames';
import { safely } from './guard';
import { hideDisputedMatches } from './disputed';
import { keepReadArticles } from './keep-article';
import { createHighlighter } from './highlights';
import { lazyPageUi, type LazyPageUi } from './lazy-ui';
import { readPageArticle } from './page-article';
import { PageClaims } from './page-claims';
import { pageRevealed, pageShown } from './page-shown';
import { createScanner } from './scanner';

export interface Reader {
  page: PageClaims;
  ui: LazyPageUi;
  /** The page's article, for the corpus (page-article.ts). */
  article: () => PageArticleAnswer;
}

/**
 * Reads the page and highlights its figures as long as the reader's switches (per site and everywhere)
 * allow, following its changes (reported by `dom`, until now watched for a first sign of a figure) and
 * single-page navigation; the hover card comes with the first claim. Resolves once the switches have
 * been read and applied. Built as its own module (entrypoints/reader.ts), which the content script
 * imports when it starts reading a page.
 */
export async function startReader(dom: DomWatch): Promise<Reader> {
  // WXT's context stops the reading when the extension is updated or removed under an open page.
  const ctx = new ContentScriptContext('crosscheck', { noScriptStartedPostMessage: true });
  const firstSettings = readSettings().catch(() => DEFAULT_SETTINGS);
  const page = new PageClaims();
  const highlighter = createHighlighter(ctx);
  const ui = lazyPageUi(ctx, page, highlighter);
  let conflictsShown = -1;
  const keeper = keepReadArticles(ctx);
  const onSettled = safely(() => {
    if (page.status === 'done') keeper.settled();
    const card = ui.loaded?.card;
    if (card?.current && !page.get(card.current.id)) card.hide();
    const conflicts = [...page.all()].filter((c) => c.verdict === 'conflict').length;
    if (!isTopFrame() || conflicts === conflictsShown) return;
    conflictsShown = conflicts;
    void browser.runtime.sendMessage({ type: 'summary', conflicts }).catch(() => undefined);
  });
  const disputed = hideDisputedMatches(ctx, page, highlighter, () => ui.loaded?.card, onSettled);
  const onPlaced = safely(() => {
    disputed.apply();
    return page.size > 0 ? ui.load() : undefined;
  });
  const scanner = createScanner(ctx, page, highlighter, { placed: onPlaced, settled: onSettled });
  scanner.onShadowRoot = (root) => dom.observe(root);

  let active: boolean | undefined;
  // Reading starts once the page shows itself; what changes before then is read with the rest.
  let revealed = false;
  let shown: Promise<void> = Promise.resolve();
  const apply = safely((settings: SiteSettings) => {
    const on = isActiveOn(settings, siteOrigin() ?? location.origin);
    if (on === active) return;
    active = on;
    if (on) {
      dom.observe(document);
      void shown.then(safely(() => (active ? scanner.start() : undefined)));
      return;
    }
    dom.disconnect();
    ui.loaded?.card.hide();
    scanner.stop();
    page.status = 'off';
    onSettled();
  });
  await pageShown(ctx);
  shown = pageRevealed(ctx).then(() => void (revealed = true));
  apply(await firstSettings);
  dom.onChange = safely((nodes, removed) => (revealed ? scanner.changed(nodes, removed) : undefined));
  ctx.onInvalidated(() => dom.disconnect());
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
  // The corpus changed (an import, a deletion, a restore; extension/background/corpus-changed.ts): the
  // page's figures are checked again.
  const recheck = safely((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isCorpusChanged(message) || !active) return;
    scanner.stop();
    scanner.start();
  });
  browser.runtime.onMessage.addListener(recheck);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(recheck));
  return { page, ui, article: readPageArticle };
}
