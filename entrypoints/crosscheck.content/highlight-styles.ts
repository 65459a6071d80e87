import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from './highlights.css?inline';

/**
 * `::highlight()` rules must live in the page's own style scope (the card's shadow root cannot style page
 * text). An adopted sheet does that without adding an element to the page, and is dropped on invalidation.
 */
export function adoptHighlightStyles(ctx: ContentScriptContext): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets.push(sheet);
  ctx.onInvalidated(() => {
    const at = document.adoptedStyleSheets.indexOf(sheet);
    if (at >= 0) document.adoptedStyleSheets.splice(at, 1);
  });
}
