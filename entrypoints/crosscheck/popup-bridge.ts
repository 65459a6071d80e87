import type { PageArticleAnswer } from '@/lib/article-messages';
import { parsePopupMessage, type Ack, type PageClaimsResponse } from '@/lib/messages';
import { errorText } from '@/lib/reply';
import type { Reader } from './reader';

type Answer = PageClaimsResponse | PageArticleAnswer | Ack;

/**
 * Answers the extension (popup, or the background forwarding a keyboard command): the page's claims, its
 * article (to add it to the corpus), and jumps to the claims with the page UI. A page not read yet is read
 * first, so the answer is its own.
 */
export function answerExtension(reader: () => Promise<Reader>): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: Answer) => void) => {
    const message = sender.id === browser.runtime.id ? parsePopupMessage(raw) : null;
    if (!message) return false;
    const answer = async ({ page, ui, article }: Reader): Promise<Answer> =>
      message.type === 'get-claims'
        ? page.toResponse(location.href)
        : message.type === 'get-article'
          ? article()
          : (await ui.load()).jump(message);
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
