import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { VERDICTS, type Verdict } from '@/lib/compare/types';
import { highlightStyles } from './highlight-styles';

export const highlightName = (verdict: Verdict) => `crosscheck-${verdict}`;
const FLASH = 'crosscheck-flash';
const FLASH_MS = 1600;

/**
 * One highlight per verdict, registered once and then grown and shrunk a figure at a time, so a batch of
 * figures costs its own size rather than a rebuild of every range on the page. The DOM is left untouched.
 */
export function createHighlighter(ctx: ContentScriptContext) {
  const styles = highlightStyles();
  const byVerdict = new Map<Verdict, Highlight>();
  const highlightFor = (verdict: Verdict) => {
    let highlight = byVerdict.get(verdict);
    if (!highlight) {
      highlight = new Highlight();
      byVerdict.set(verdict, highlight);
      CSS.highlights.set(highlightName(verdict), highlight);
    }
    return highlight;
  };
  const highlighter = {
    add(claim: { verdict: Verdict; range: StaticRange }): void {
      styles.cover(claim.range.startContainer);
      highlightFor(claim.verdict).add(claim.range);
    },
    delete(claim: { verdict: Verdict; range: StaticRange }): void {
      byVerdict.get(claim.verdict)?.delete(claim.range);
    },
    clear(): void {
      for (const verdict of VERDICTS) CSS.highlights.delete(highlightName(verdict));
      CSS.highlights.delete(FLASH);
      byVerdict.clear();
      styles.remove();
    },
    /** Briefly paints a figure over its verdict colour so the reader's eye finds it after a jump. */
    flash(range: Range): void {
      const flash = new Highlight(range);
      flash.priority = 1;
      CSS.highlights.set(FLASH, flash);
      ctx.setTimeout(() => {
        if (CSS.highlights.get(FLASH) === flash) CSS.highlights.delete(FLASH);
      }, FLASH_MS);
    },
  };
  ctx.onInvalidated(highlighter.clear);
  return highlighter;
}

export type Highlighter = ReturnType<typeof createHighlighter>;
