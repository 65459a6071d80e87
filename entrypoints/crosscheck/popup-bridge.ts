import { parsePopupMessage, type Ack, type PageClaimsResponse } from '@/lib/messages';
import { errorText } from '@/lib/reply';
import type { Reader } from './reader';

/**
 * Answers the extension (popup, or the background forwarding a keyboard command): the page's claims, and
 * jumps to them with the page UI. A page not read yet is read first, so the answer is its own.
 */
export function answerExtension(reader: () => Promise<Reader>): void {
  const listener = (
    raw: unknown,
    sender: { id?: string },
    sendResponse: (answer: PageClaimsResponse | Ack) => void,
  ) => {
    const message = sender.id === browser.runtime.id ? parsePopupMessage(raw) : null;
    if (!message) return false;
    const answer = async ({ page, ui }: Reader): Promise<PageClaimsResponse | Ack> =>
      message.type === 'get-claims' ? page.toResponse(location.href) : (await ui.load()).jump(message);
    void reader()
      .then(answer)
      .catch((e: unknown): Ack => ({ ok: false, error: errorText(e) }))
      .then(sendResponse);
    // The answer comes after this returns.
    return true;
  };
  // Never removed: when the extension goes, so do the messages.
  browser.runtime.onMessage.addListener(listener);
}
