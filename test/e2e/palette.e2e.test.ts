import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrast, parseColor } from '../../extension/page/surface';
import { articlePage } from '../support/demo-pages';
import { useExtension, type ExtensionSession, type FixtureServer } from './harness';

/**
 * Another outlet's account, in our own sentences, whose figures take every verdict against the seed
 * corpus: a seven-day truce (mixed: one seed says six days), 121 hostages freed (conflict), 240 prisoners
 * (agree), more than 14,000 killed (compatible with 14,800) and 17 rockets (unverified).
 */
const VERDICTS_PAGE = () =>
  articlePage('Another outlet', [
    'Fighting resumed in Gaza on Friday after the seven-day truce between Israel and Hamas expired.',
    'During the pause, Hamas freed 121 hostages, while Israel released 240 Palestinian prisoners.',
    'More than 14,000 people have been killed in Gaza since the war began, according to the health ministry.',
    'A spokesman said 17 rockets were fired at the town of Sderot on Friday morning.',
  ]);
const DARK_PAGE = () =>
  VERDICTS_PAGE().replace('</head>', '<style>body { background: #15171a; color: #e8e8e8; }</style></head>');

interface Painted {
  name: string;
  underline: string;
  background: string;
}

/** Each crosscheck highlight registered on the page, its underline colour and the body's background. */
async function painted(page: Page): Promise<Painted[]> {
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('crosscheck-')).length), {
      timeout: 20_000,
    })
    .toBeGreaterThanOrEqual(5);
  return page.evaluate(() => {
    const p = document.querySelector('p')!;
    const background = getComputedStyle(document.body).backgroundColor;
    return [...CSS.highlights.keys()]
      .filter((name) => name.startsWith('crosscheck-') && name !== 'crosscheck-flash')
      .map((name) => ({
        name,
        underline: getComputedStyle(p, `::highlight(${name})`).textDecorationColor,
        background,
      }));
  });
}

const opaque = (css: string) => {
  const c = parseColor(css);
  if (!c) throw new Error(`unreadable colour ${css}`);
  return c.a === 0 ? { r: 255, g: 255, b: 255, a: 1 } : c;
};

describe("highlights follow the page's background, not the system's dark mode", () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  const start = useExtension({ '/light': VERDICTS_PAGE, '/dark': DARK_PAGE });
  beforeAll(async () => {
    ({ session, server } = await start());
  });

  for (const [label, path, suffix] of [
    ['a light page', '/light', ''],
    ['a dark page', '/dark', '-on-dark'],
  ] as const) {
    it(`on ${label} with the system in dark mode, every verdict's underline has at least 3:1 contrast`, async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(server.url(path));
      const highlights = await painted(page);
      expect(highlights.map((h) => h.name).sort()).toEqual(
        ['agree', 'compatible', 'conflict', 'mixed', 'unverified'].map((v) => `crosscheck-${v}${suffix}`),
      );
      for (const h of highlights)
        expect(contrast(opaque(h.underline), opaque(h.background)), h.name).toBeGreaterThanOrEqual(3);
      await page.close();
    });
  }
});
