/** The extension's modules that the content script imports once a page needs them (see wxt.config.ts). */
type OwnModule = '/reader.js' | '/page-ui.js';

/**
 * The default export of one of the extension's own modules: files of its package, web-accessible so that
 * the content script may import them, and not subject to the page's content security policy.
 */
export async function importOwn<T>(path: OwnModule): Promise<T> {
  const loaded = (await import(/* @vite-ignore */ browser.runtime.getURL(path))) as { default: T };
  return loaded.default;
}
