import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { transformWithEsbuild } from 'vite';

/** Unlisted scripts that the content script imports as ES modules (entrypoints/<name>.ts). */
const MODULES = ['reader', 'page-ui'];

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Checks the numbers in the news against other sources, without anything leaving your browser.',
    // Only "storage": the reader's on/off switches (per site and everywhere) must reach every tab's content
    // script, which cannot open the extension's IndexedDB (it would get the page's); storage.local is
    // readable there and tells each tab when the popup changes it. The corpus lives in the extension's own
    // IndexedDB, the popup talks to the active tab's content script by message, and the badge needs none.
    permissions: ['storage'],
    // The content script (entrypoints/crosscheck) is an unlisted script registered here rather than a WXT
    // content script, whose context WXT would make on every page before the script runs: the reader makes
    // it once a page is read. From the start of every frame, to read a page as soon as it is parsed and
    // painted once (document_idle can come long after). The highlight styles are given to each document by
    // the browser before it is first styled, at no cost to the page's main thread (a sheet adopted later
    // restyles the whole document: 170 ms on a 1 MB live blog).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
        js: ['crosscheck.js'],
        css: ['assets/crosscheck.css'],
      },
    ],
    // Keys to move between the page's contradicted figures (conflict and mixed) and between all its checked
    // figures; the reader can remap them in the browser. Chrome allows four suggested keys.
    commands: {
      'next-conflict': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Next conflicting or mixed figure on the page',
      },
      'previous-conflict': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Previous conflicting or mixed figure on the page',
      },
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Next checked figure on the page',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Previous checked figure on the page',
      },
    },
    // The modules the content script imports when a page needs them: the reader, once the page shows a
    // sign of a figure (entrypoints/reader.ts), and the hover card, keys and jumps with its first claim
    // (entrypoints/page-ui.ts). Web-accessible so the page's content script may import them; Chrome serves
    // them under a per-session address (use_dynamic_url), so pages cannot probe a fixed URL to tell the
    // extension is installed. Firefox already gives every install its own address.
    web_accessible_resources: [
      {
        resources: MODULES.map((name) => `${name}.js`),
        matches: ['<all_urls>'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'crosscheck@crosscheck.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // WXT builds unlisted scripts as classic scripts; these are imported as modules, for their export.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => MODULES.includes(e.name)) || !config.build?.lib) return;
      config.build.lib.formats = ['es'];
      // Vite keeps the whitespace of ES libraries for the bundlers that consume them; these ship as built.
      config.plugins?.push({
        name: 'minify-modules',
        async generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle))
            if (chunk.type === 'chunk')
              chunk.code = (await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true })).code;
        },
      });
    },
  },
});
