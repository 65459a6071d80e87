import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { transformWithEsbuild } from 'vite';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Checks the numbers in the news against other sources, without anything leaving your browser.',
    // Only "storage": the reader's on/off switches (per site and everywhere) must reach every tab's content
    // script, which cannot open the extension's IndexedDB (it would get the page's); storage.local is
    // readable there and tells each tab when the popup changes it. The corpus lives in the extension's own
    // IndexedDB, the popup talks to the active tab's content script by message, and the badge needs none.
    permissions: ['storage'],
    // Keys to move between the page's conflicting figures; the reader can remap them in the browser.
    commands: {
      'next-conflict': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Next conflicting figure on the page' },
      'previous-conflict': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Previous conflicting figure on the page' },
    },
    // The hover card, keys and jumps, which the content script imports only once a page has a figure
    // (entrypoints/page-ui.ts). Web-accessible so the page's content script may import it; Chrome serves it
    // under a per-session address (use_dynamic_url), so pages cannot probe a fixed URL to tell the extension
    // is installed. Firefox already gives every install its own address.
    web_accessible_resources: [
      { resources: ['page-ui.js'], matches: ['<all_urls>'], ...(browser !== 'firefox' && { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'crosscheck@crosscheck.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // WXT builds unlisted scripts as classic scripts; the page UI is imported as a module, for its export.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'page-ui') || !config.build?.lib) return;
      config.build.lib.formats = ['es'];
      // Vite keeps the whitespace of ES libraries for the bundlers that consume them; this one ships as built.
      config.plugins?.push({
        name: 'minify-page-ui',
        async generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = (await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true })).code;
        },
      });
    },
  },
});
