import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine (lib/) runs in the service worker, the options page's worker and Node: it may not reach the
// page or the extension, so it can be tested in isolation and reused by the command line.
const BROWSER_ONLY = ['document', 'window', 'browser', 'chrome', 'navigator', 'location', 'localStorage'].map(
  (name) => ({ name, message: 'lib/ is the engine: no DOM or extension APIs. Wire it up under entrypoints/.' }),
);

const WINDOW_PROPERTIES = [
  'name',
  'origin',
  'event',
  'top',
  'self',
  'parent',
  'length',
  'open',
  'close',
  'find',
  'focus',
  'status',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-shadow': 'off',
      // A local named like a global (`window`, `document`, `escape`) reads as the global; the window's
      // legacy one-word properties (`name`, `origin`, `top`...) are ordinary names for locals.
      '@typescript-eslint/no-shadow': ['error', { builtinGlobals: true, hoist: 'never', allow: WINDOW_PROPERTIES }],
    },
  },
  {
    // Preact's hooks live in the UI; elsewhere a `use...` name is not a hook (the e2e tests' useExtension
    // registers vitest set-up and tear-down).
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The query hook's dependency lists are checked where it is called.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useLiveQuery$' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Patterns are read like .gitignore lines, where a leading # starts a comment: WXT's
              // auto-import module needs its # escaped.
              group: ['wxt', 'wxt/*', '\\#imports', '@wxt-dev/*', 'webextension-polyfill'],
              message: 'lib/ is the engine: no extension APIs.',
            },
            { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ does not depend on the browser side.' },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
