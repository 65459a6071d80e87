import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { VERDICTS, type Verdict } from '@/lib/compare/types';
import { effectiveBackground, isDarkSurface, parseColor, type Rgba } from '@/extension/page/surface';
import { highlightStyles } from './highlight-styles';

/** The highlight of a verdict, in the palette drawn for the page's surface (highlights.css has both). */
export const highlightName = (verdict: Verdict, onDark: boolean) => `crosscheck-${verdict}${onDark ? '-on-dark' : ''}`;

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** What Chrome and Firefox paint under a page that declares only a dark colour scheme. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** Whether the page's text sits on a dark background: its body's and root's colours over the canvas. */
function pageIsDark(): boolean {
  const root = document.documentElement;
  const layers = [document.body, root]
    .filter((el): el is HTMLElement => el !== null)
    .map((el) => parseColor(getComputedStyle(el).backgroundColor) ?? WHITE);
  const scheme = getComputedStyle(root).colorScheme;
  const canvas = /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? DARK_CANVAS : WHITE;
  return isDarkSurface(effectiveBackground(layers, canvas));
}
const FLASH = 'crosscheck-flash';
const FLASH_MS = 1600;
/**
 * Only figures within this distance of the viewport are registered: Chrome revalidates every registered
 * range in each frame where a highlight changes (about 20 µs a range, so 7,000 figures made 140 ms
 * frames), while a figure far away needs no paint. Generous, so a page's article is usually covered whole.
 */
const NEAR = '4000px 0px';

interface Painted {
  verdict: Verdict;
  range: StaticRange;
  block: Element;
}

/**
 * One highlight per verdict, registered once and then grown and shrunk a figure at a time, holding the
 * figures of the blocks near the viewport as the reader scrolls. The DOM is left untouched.
 */
export function createHighlighter(ctx: ContentScriptContext) {
  const styles = highlightStyles();
  const byVerdict = new Map<Verdict, Highlight>();
  const byBlock = new Map<Element, Set<Painted>>();
  const nearBlocks = new Set<Element>();
  // Read when the first figure is painted, once the page's styles have loaded.
  let onDark: boolean | undefined;

  const highlightFor = (verdict: Verdict) => {
    let highlight = byVerdict.get(verdict);
    if (!highlight) {
      highlight = new Highlight();
      byVerdict.set(verdict, highlight);
      onDark ??= pageIsDark();
      CSS.highlights.set(highlightName(verdict, onDark), highlight);
    }
    return highlight;
  };
  const paint = (figure: Painted) => {
    styles.cover(figure.range.startContainer);
    highlightFor(figure.verdict).add(figure.range);
  };
  const unpaint = (figure: Painted) => byVerdict.get(figure.verdict)?.delete(figure.range);

  const near = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting === nearBlocks.has(target)) continue;
        if (isIntersecting) nearBlocks.add(target);
        else nearBlocks.delete(target);
        for (const figure of byBlock.get(target) ?? []) (isIntersecting ? paint : unpaint)(figure);
      }
    },
    { rootMargin: NEAR },
  );

  const highlighter = {
    /**
     * Adds a figure. `inView` says its block was near the viewport when read: its figures are painted at
     * once, rather than when the observer first reports on the block, after the page's next frame.
     */
    add(figure: Painted, inView: boolean): void {
      let figures = byBlock.get(figure.block);
      if (!figures) {
        byBlock.set(figure.block, (figures = new Set()));
        near.observe(figure.block);
        if (inView) nearBlocks.add(figure.block);
      }
      figures.add(figure);
      if (nearBlocks.has(figure.block)) paint(figure);
    },
    delete(figure: Painted): void {
      const figures = byBlock.get(figure.block);
      if (!figures?.delete(figure)) return;
      unpaint(figure);
      if (figures.size > 0) return;
      byBlock.delete(figure.block);
      nearBlocks.delete(figure.block);
      near.unobserve(figure.block);
    },
    clear(): void {
      near.disconnect();
      byBlock.clear();
      nearBlocks.clear();
      for (const verdict of VERDICTS)
        for (const dark of [false, true]) CSS.highlights.delete(highlightName(verdict, dark));
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
  ctx.onInvalidated(() => highlighter.clear());
  return highlighter;
}

export type Highlighter = ReturnType<typeof createHighlighter>;
