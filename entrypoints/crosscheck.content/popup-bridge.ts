import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parsePopupMessage, type Ack, type ConflictStep, type PageClaimsResponse } from '@/lib/messages';
import { errorText } from '@/lib/reply';
import type { CardView } from './card';
import type { Highlighter } from './highlights';
import type { PageClaims } from './page-claims';
import { reveal } from './reveal';

/** Answers the extension (popup, or the background forwarding a keyboard command): the page's claims, and jumps to them. */
export function answerExtension(ctx: ContentScriptContext, page: PageClaims, card: CardView, highlighter: Highlighter, step: (direction: ConflictStep) => Ack): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: PageClaimsResponse | Ack) => void) => {
    const message = sender.id === browser.runtime.id ? parsePopupMessage(raw) : null;
    if (!message) return false;
    try {
      if (message.type === 'get-claims') sendResponse(page.toResponse(location.href));
      else if (message.type === 'reveal') sendResponse(reveal(ctx, page.get(message.id), card, highlighter));
      else sendResponse(step(message.step));
    } catch (e) {
      sendResponse({ ok: false, error: errorText(e) });
    }
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
