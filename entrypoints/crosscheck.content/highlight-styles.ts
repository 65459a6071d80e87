import css from './highlights.css?inline';

/**
 * `::highlight()` rules must live in the style scope of the text they paint: the page's, and each open
 * shadow root holding figures. An adopted sheet does that without adding an element to the page. The
 * page's own sheet is adopted as the document starts, before its first style computation: adopted later,
 * it restyles the whole document (170 ms on a 1 MB live blog).
 */
export function highlightStyles() {
  let sheet: CSSStyleSheet | undefined;
  const adopted = new Set<Document | ShadowRoot>();
  return {
    /** Adopts the rules in the scope of `node` (once per document or shadow root). */
    cover(node: Node): void {
      const scope = node.getRootNode();
      if (!(scope instanceof Document || scope instanceof ShadowRoot)) return;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      // Checked each time, not remembered: a page may replace its adopted sheets wholesale.
      if (scope.adoptedStyleSheets.includes(sheet)) return;
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      adopted.add(scope);
    },
    /** Drops the rules again, when the extension is turned off or updated. */
    remove(): void {
      for (const scope of adopted) {
        if (sheet) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      adopted.clear();
    },
  };
}
