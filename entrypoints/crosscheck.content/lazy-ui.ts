import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter } from './highlights';
import type { PageClaims } from './page-claims';
import type { PageUi, startPageUi } from './page-ui';

/**
 * The page UI, imported from the extension's own package on first need. It is most of the content
 * script's code (Preact, the card, WXT's shadow-root UI), which evaluating on every page cost more than
 * everything else a page without figures asks of the extension.
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
      (loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/page-ui.js')).then(
        (module: { default: typeof startPageUi }) => (ui = module.default(ctx, page, highlighter)),
      )),
  };
}

export type LazyPageUi = ReturnType<typeof lazyPageUi>;
