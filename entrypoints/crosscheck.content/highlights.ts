import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { VERDICTS, type Verdict } from '@/lib/compare/types';

export const highlightName = (verdict: Verdict) => `crosscheck-${verdict}`;
const FLASH = 'crosscheck-flash';
const FLASH_MS = 1600;

/** Registers one highlight per verdict; the page's DOM is left untouched. */
export function showHighlights(claims: { verdict: Verdict; range: Range }[]): void {
  for (const verdict of VERDICTS) {
    const ranges = claims.filter((c) => c.verdict === verdict).map((c) => c.range);
    if (ranges.length > 0) CSS.highlights.set(highlightName(verdict), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(verdict));
  }
}

export function clearHighlights(): void {
  for (const verdict of VERDICTS) CSS.highlights.delete(highlightName(verdict));
  CSS.highlights.delete(FLASH);
}

/** Briefly paints a figure over its verdict colour so the reader's eye finds it after a jump. */
export function flashRange(ctx: ContentScriptContext, range: Range): void {
  const flash = new Highlight(range);
  flash.priority = 1;
  CSS.highlights.set(FLASH, flash);
  ctx.setTimeout(() => {
    if (CSS.highlights.get(FLASH) === flash) CSS.highlights.delete(FLASH);
  }, FLASH_MS);
}
