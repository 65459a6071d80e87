import { beforeAll, describe, expect, it } from 'vitest';
import { inArticle, isDateOrTime, normalize } from '../support/article-judge';
import { fixtures } from '../support/readability-fixtures';
import { openScanned, useExtension, waitForScan, type ExtensionSession, type FixtureServer } from './harness';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Story</title>${head}</head><body>${body}</body></html>`;

const STORY =
  '<p>More than 14,800 people have been killed in Gaza since October, according to the health ministry.</p><p>Hamas has released 105 hostages during the seven-day truce, officials said on Friday.</p>';

/** CNN's markup: the story's <main> carries a class with "social" in it (where its share bar anchors). */
const SOCIAL_MAIN = page(
  `<header><nav><a href="/">Home</a></nav></header><main class="container js-social-anchor-start" role="main"><article><h1>Truce ends</h1>${STORY}</article></main>`,
);

/** An anti-flicker snippet: the body stays hidden until a script removes the style, a second after load. */
const HIDDEN_UNTIL_LOADED = page(
  `<article>${STORY}</article><script>addEventListener('load', () => setTimeout(() => document.getElementById('hide').remove(), 1000));</script>`,
  '<style id="hide">body { visibility: hidden !important; }</style>',
);

/** The same with Google Optimize's class on <html> and opacity. */
const FADED_UNTIL_LOADED = page(
  `<article>${STORY}</article><script>document.documentElement.className = 'async-hide'; addEventListener('load', () => setTimeout(() => { document.documentElement.className = ''; }, 1000));</script>`,
  '<style>.async-hide { opacity: 0 !important; }</style>',
);

/** A French report: its dates and times hold numbers, its figures are in digits and in words. */
const FRENCH = page(
  `<main><article><h1>Le projet de loi adopté</h1>
  <p>Le texte a été adopté lors d'un vote solennel, mardi 5 mai, par 438 voix contre 86, a annoncé le président de l'Assemblée.</p>
  <p>Il y a 3 minutes, le gouvernement a indiqué que la commission serait composée de six magistrats et que 250 agents seraient recrutés d'ici le 1er juin.</p>
  <p>Selon le ministère, le budget du renseignement atteindra 425 millions d'euros en 2016, soit une hausse de 12 % par rapport à l'année dernière.</p>
  </article></main>`,
);

/** Readability test pages read in the e2e run (all of them are read by npm run test:pages). */
const SAMPLE = ['cnn', 'webmd-2', 'nytimes-4', 'salon-1', 'lemonde-1'];
const pages = fixtures(SAMPLE);
const routes: Record<string, () => string> = {
  '/social-main': () => SOCIAL_MAIN,
  '/hidden': () => HIDDEN_UNTIL_LOADED,
  '/faded': () => FADED_UNTIL_LOADED,
  '/french': () => FRENCH,
};
for (const fixture of pages) routes[`/readability/${fixture.name}`] = () => fixture.source;

describe('real pages', () => {
  let session: ExtensionSession;
  let server: FixtureServer;

  const start = useExtension(routes);
  beforeAll(async () => {
    ({ session, server } = await start());
    // The saved pages ask for their sites' scripts, images and ads: none is fetched.
    await session.context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) || !route.request().url().startsWith('http')
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
  }, 60_000);

  const claimsOn = async (path: string) => {
    const tab = await openScanned(session, server.url(path));
    const answer = await waitForScan(session, tab);
    await tab.close();
    return answer;
  };

  it('reads a <main> whose class names a share bar', async () => {
    const { claims } = await claimsOn('/social-main');
    expect(claims.map((c) => c.text)).toEqual(expect.arrayContaining(['14,800', '105']));
  });

  it.each(['/hidden', '/faded'])('reads %s once the page shows its body', async (path) => {
    const { claims } = await claimsOn(path);
    expect(claims.map((c) => c.text)).toEqual(expect.arrayContaining(['14,800', '105']));
  });

  it('reads a French page in French: figures in digits, none of its dates or times', async () => {
    const answer = await claimsOn('/french');
    expect(answer.language).toBe('fr');
    const texts = answer.claims.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['438', '250']));
    expect(texts.some((t) => /^(?:5|3|1er|2016|six)$/.test(t))).toBe(false);
  });

  it.each(SAMPLE)('highlights %s inside its article only, and no date', async (name) => {
    const fixture = pages.find((f) => f.name === name)!;
    const { claims } = await claimsOn(`/readability/${name}`);
    const article = normalize(fixture.article);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((claim) => !inArticle(claim, article)).map((c) => c.sentence)).toEqual([]);
    expect(claims.filter(isDateOrTime).map((c) => c.sentence)).toEqual([]);
  });
});
