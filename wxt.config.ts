import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Checks the numbers in the news against other sources, without anything leaving your browser.',
    // No permissions: the corpus lives in the extension's own IndexedDB, the popup talks to the active
    // tab's content script by message, and the badge needs none.
    permissions: [],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'crosscheck@crosscheck.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
