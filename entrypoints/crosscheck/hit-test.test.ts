import { describe, expect, it } from 'vitest';
import { CHAR_PX } from '@/test/support/dom';
import { readPage } from '@/test/support/located';
import { claimAtPoint } from './hit-test';
import { PageClaims } from './page-claims';

// Boxes come from the fixed-pitch layout of test/support/dom.ts (one text node per line): what is tested is
// how the caret and the figure's boxes decide between claims, not a browser's line breaking.
const PAGE = `<html><body>
<p>Prices rose 4% in May and 6% in June.</p>
<p>The council approved <b>$12.4</b> million for 120 new beds.</p>
</body></html>`;

async function setUp() {
  const page = await readPage(PAGE);
  const claims = new PageClaims();
  for (const c of page.claims) claims.add(c);
  const over = (figure: string, offset = 0) => {
    const { range } = page.claim(figure);
    return page.pointAt(range.startContainer as Text, range.startOffset + offset);
  };
  return { page, claims, over };
}

describe('claimAtPoint', () => {
  it('finds the claim under the pointer among several in one text node', async () => {
    const { page, claims, over } = await setUp();
    const may = over('4%');
    const june = over('6%', 1);
    expect(claimAtPoint(claims, may.x, may.y)).toBe(page.claim('4%'));
    expect(claimAtPoint(claims, june.x, june.y)).toBe(page.claim('6%'));
  });

  it('finds a figure that spans elements from a point on either part', async () => {
    const { page, claims } = await setUp();
    const money = page.claim('$12.4');
    const start = page.pointAt(money.range.startContainer as Text, 1);
    const end = page.pointAt(money.range.endContainer as Text, money.range.endOffset - 2);
    expect(claimAtPoint(claims, start.x, start.y)).toBe(money);
    expect(claimAtPoint(claims, end.x, end.y)).toBe(money);
  });

  it('finds nothing on the words between figures or beside a figure', async () => {
    const { claims, over } = await setUp();
    const between = over('4%', 5);
    expect(claimAtPoint(claims, between.x, between.y)).toBeUndefined();
    // The caret snaps to the figure's end, but the point lies past its box.
    const beside = over('6%', 2);
    expect(claimAtPoint(claims, beside.x + CHAR_PX / 2 - 2, beside.y)).toBeUndefined();
  });

  it('finds nothing where there is no text', async () => {
    const { claims } = await setUp();
    expect(claimAtPoint(claims, 5, 10_000)).toBeUndefined();
  });
});
