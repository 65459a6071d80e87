import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The snippet is linted as if it were a file under lib/ or entrypoints/, through the project's own
// eslint.config.js. It is not on disk, so TypeScript cannot give it a program: type information is switched
// off and only the two rules under test run (neither needs types).
const RULES = new Set(['no-restricted-globals', 'no-restricted-imports']);

const SNIPPET = `import { browser as wxtBrowser } from 'wxt/browser';

export const reach = () => [
  document.title,
  window.innerWidth,
  browser.runtime.id,
  chrome.runtime.id,
  wxtBrowser.runtime.id,
];
`;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => RULES.has(ruleId),
  });
});

async function reported(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, text: code.split('\n')[m.line - 1]!.trim() }));
}

describe("the engine's lint rule", { timeout: 60_000 }, () => {
  it('reports the DOM and extension globals and the wxt import in lib/', async () => {
    const messages = await reported(SNIPPET, 'lib/x.ts');
    expect(messages).toEqual([
      { rule: 'no-restricted-imports', line: 1, text: "import { browser as wxtBrowser } from 'wxt/browser';" },
      { rule: 'no-restricted-globals', line: 4, text: 'document.title,' },
      { rule: 'no-restricted-globals', line: 5, text: 'window.innerWidth,' },
      { rule: 'no-restricted-globals', line: 6, text: 'browser.runtime.id,' },
      { rule: 'no-restricted-globals', line: 7, text: 'chrome.runtime.id,' },
    ]);
  });

  it('applies in the folders below lib/ too', async () => {
    expect(await reported(SNIPPET, 'lib/corpus/x.ts')).toHaveLength(5);
  });

  it.each(['#imports', 'wxt', '@wxt-dev/storage', 'webextension-polyfill', '../entrypoints/crosscheck/ranges'])(
    'refuses an import of %s in lib/',
    async (specifier) => {
      const messages = await reported(`import * as m from '${specifier}';\nexport default m;\n`, 'lib/x.ts');
      expect(messages.map((m) => m.rule)).toEqual(['no-restricted-imports']);
    },
  );

  it('lets the same code through in entrypoints/ and extension/', async () => {
    expect(await reported(SNIPPET, 'entrypoints/x.ts')).toEqual([]);
    expect(await reported(SNIPPET, 'extension/page/x.ts')).toEqual([]);
  });
});
