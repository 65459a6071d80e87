import { parsePopupMessage, type Ack, type PageClaimsResponse } from '@/lib/messages';
import { errorText } from '@/lib/reply';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageClaims } from './page-claims';
import type { PageUi } from './page-ui';

/**
 * Answers the extension (popup, or the background forwarding a keyboard command): the page's claims at
 * once, and jumps to them through the page UI, loaded first if the page has not needed it yet.
 */
export function answerExtension(ctx: ContentScriptContext, page: PageClaims, ui: () => Promise<PageUi>): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: PageClaimsResponse | Ack) => void) => {
    const message = sender.id === browser.runtime.id ? parsePopupMessage(raw) : null;
    if (!message) return false;
    if (message.type === 'get-claims') {
      try {
        sendResponse(page.toResponse(location.href));
      } catch (e) {
        sendResponse({ ok: false, error: errorText(e) });
      }
      return false;
    }
    void ui()
      .then((loaded) => loaded.jump(message))
      .catch((e: unknown): Ack => ({ ok: false, error: errorText(e) }))
      .then(sendResponse);
    // The answer comes after this returns.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
