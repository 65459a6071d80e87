import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, type CheckRequest, type CheckResponse, type SummaryRequest } from '@/lib/messages';
import { errorText } from '@/lib/reply';
import { clearHighlights, showHighlights } from './highlights';
import { locateClaims, type PageClaims } from './page-claims';
import { collectBlocks } from './text-blocks';

/** Reads the page's text, has the background check it, and highlights the claims it finds. */
export async function scanPage(ctx: ContentScriptContext, page: PageClaims): Promise<void> {
  const scan = page.begin();
  clearHighlights();
  // Documents without a body (SVG, XML) hold no prose.
  if (!document.body) return page.finish([]);
  const blocks = collectBlocks(document.body)
    .filter((block) => /\S/.test(block.text))
    .slice(0, MAX_BLOCKS)
    .map((block) => ({ ...block, text: block.text.slice(0, MAX_BLOCK_CHARS) }));
  const request: CheckRequest = { type: 'check', url: location.href, blocks: blocks.map((b) => b.text) };
  let answer: CheckResponse | undefined;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch (e) {
    answer = { ok: false, error: errorText(e) };
  }
  if (!ctx.isValid || !page.isCurrent(scan)) return;
  if (!answer?.ok) return page.fail(answer?.error ?? 'no answer from the extension');
  const claims = locateClaims(answer.claims, blocks);
  page.finish(claims);
  showHighlights(claims);
  const summary: SummaryRequest = { type: 'summary', conflicts: claims.filter((c) => c.verdict === 'conflict').length };
  await browser.runtime.sendMessage(summary).catch(() => undefined);
}
