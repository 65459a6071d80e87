import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: {
    name: 'Crosscheck',
    description: 'Checks the numbers in the news against other sources, without anything leaving your browser.',
    permissions: [],
    browser_specific_settings: {
      gecko: { id: 'crosscheck@crosscheck.invalid', data_collection_permissions: { required: ['none'] } },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
