import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Ack, PopupToContent } from '@/lib/messages';
import { createCardView, type CardView } from './card';
import { figureStepper } from './figure-steps';
import type { Highlighter } from './highlights';
import { openCardsOnHover } from './hover';
import type { PageClaims } from './page-claims';
import { reveal } from './reveal';

/** What the extension asks of a page besides its claims and article: show a claim, or step to the next figure. */
export type Jump = Exclude<PopupToContent, { type: 'get-claims' | 'get-article' }>;

export interface PageUi {
  card: CardView;
  jump(message: Jump): Ack;
}

/**
 * The part of the content script the reader interacts with: the hover card (Preact, in a shadow root), the
 * keys between figures and the jumps the popup asks for. Built as its own module (entrypoints/page-ui.ts)
 * and imported once the page has a claim, so a page without figures neither evaluates it nor has its
 * pointer, key and scroll events listened to.
 */
export function startPageUi(ctx: ContentScriptContext, page: PageClaims, highlighter: Highlighter): PageUi {
  const card = createCardView(ctx);
  openCardsOnHover(ctx, page, card);
  const step = figureStepper(ctx, page, card, highlighter);
  return {
    card,
    jump: (message) =>
      message.type === 'reveal'
        ? reveal(ctx, page.get(message.id), card, highlighter)
        : step(message.step, message.among),
  };
}
