import css from './highlights.css?inline';

/**
 * `::highlight()` rules must live in the style scope of the text they paint. The document has them from
 * the manifest (see index.ts); each open shadow root holding figures gets them as an adopted sheet, which
 * adds no element to the page.
 */
export function highlightStyles() {
  let sheet: CSSStyleSheet | undefined;
  const adopted = new Set<ShadowRoot>();
  return {
    /** Adopts the rules in the shadow root holding `node`, if any (once per shadow root). */
    cover(node: Node): void {
      const scope = node.getRootNode();
      if (!(scope instanceof ShadowRoot)) return;
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
