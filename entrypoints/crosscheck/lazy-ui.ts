import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter } from './highlights';
import { importOwn } from './own-module';
import type { PageClaims } from './page-claims';
import type { PageUi, startPageUi } from './page-ui';

/**
 * The page UI, imported on first need: most of the extension's page code (Preact, the card, WXT's
 * shadow-root UI), which a page without claims never evaluates.
 */
export function lazyPageUi(ctx: ContentScriptContext, page: PageClaims, highlighter: Highlighter) {
  let ui: PageUi | undefined;
  let loading: Promise<PageUi> | undefined;
  return {
    /** The UI, once loaded. */
    get loaded(): PageUi | undefined {
      return ui;
    },
    load: (): Promise<PageUi> =>
      (loading ??= importOwn<typeof startPageUi>('/page-ui.js').then((start) => (ui = start(ctx, page, highlighter)))),
  };
}

export type LazyPageUi = ReturnType<typeof lazyPageUi>;
