import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'crosscheck@crosscheck.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
