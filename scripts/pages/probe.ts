/** What the probe records in the page's main world: DOMContentLoaded and the first highlight, from navigation start. */
export interface Probe {
  dcl: number | null;
  first: number | null;
}

/**
 * Runs in each page before its own scripts. It notes when DOMContentLoaded fired and when a highlight
 * first appeared, and plays the part of the scripts a saved page can no longer run: a page hidden by an
 * anti-flicker style (body or html with visibility: hidden or opacity: 0, removed by its analytics script
 * once loaded) is revealed one second after its load event, as that script would.
 */
export const PROBE = `(() => {
  const p = (window.__pages = { dcl: null, first: null });
  document.addEventListener('DOMContentLoaded', () => { p.dcl = performance.now(); });
  const highlighted = () => { for (const [name, h] of CSS.highlights) if (name.startsWith('crosscheck-') && h.size > 0) return true; return false; };
  const poll = setInterval(() => { if (highlighted()) { p.first = performance.now(); clearInterval(poll); } }, 10);
  const HIDES = /(?:^|[\\s,}])(?:html|body|\\.async-hide)\\s*\\{[^}]*(?:visibility\\s*:\\s*hidden|opacity\\s*:\\s*0)/i;
  addEventListener('load', () => setTimeout(() => {
    for (const style of document.querySelectorAll('style')) if (HIDES.test(style.textContent)) style.remove();
    document.documentElement.classList.remove('async-hide');
  }, 1000));
})();`;
