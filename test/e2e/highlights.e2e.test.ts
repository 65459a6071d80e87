import { beforeAll, describe, expect, it } from 'vitest';
import { goldClaims, goldNotClaims, SEED_FILES, type GoldSpan } from './gold';
import {
  highlightSpans,
  openScanned,
  useExtension,
  type ExtensionSession,
  type FixtureServer,
  type HighlightSpan,
} from './harness';

const REQUIRED_SHARE = 0.8;
const overlaps = (gold: GoldSpan, span: HighlightSpan) =>
  gold.paragraph === span.paragraph && span.start < gold.end && gold.start < span.end;

describe('highlights on the seed articles', () => {
  let session: ExtensionSession;
  let server: FixtureServer;
  const found = new Map<string, HighlightSpan[]>();
  /** Per seed, whether every paragraph is still one untouched text node after highlighting. */
  const untouched = new Map<string, boolean>();

  const start = useExtension();
  beforeAll(async () => {
    ({ session, server } = await start());
    for (const file of SEED_FILES) {
      const page = await openScanned(session, server.url(`/seed/${file}`));
      found.set(file, await highlightSpans(page));
      untouched.set(
        file,
        await page.evaluate(() =>
          [...document.querySelectorAll('p')].every(
            (p) => p.childNodes.length === 1 && p.firstChild?.nodeType === Node.TEXT_NODE,
          ),
        ),
      );
      await page.close();
    }
  }, 180_000);

  it.each(SEED_FILES)('highlights figures of %s without changing the page', (file) => {
    expect(found.get(file)!.length).toBeGreaterThan(0);
    expect(untouched.get(file)).toBe(true);
  });

  it(`highlights at least ${REQUIRED_SHARE * 100}% of the gold claims of the five seeds`, () => {
    const gold = SEED_FILES.flatMap(goldClaims);
    const missed = gold.filter((g) => !found.get(g.file)!.some((span) => overlaps(g, span)));
    const share = (gold.length - missed.length) / gold.length;
    expect(share, `missed: ${missed.map((m) => `${m.label} "${m.span}"`).join(', ')}`).toBeGreaterThanOrEqual(
      REQUIRED_SHARE,
    );
  });

  it('highlights no date, year or clock time', () => {
    const highlighted = SEED_FILES.flatMap(goldNotClaims).filter((g) =>
      found.get(g.file)!.some((span) => overlaps(g, span)),
    );
    expect(highlighted.map((g) => `${g.file}: "${g.span}"`)).toEqual([]);
  });
});
