import { describe, expect, it } from 'vitest';
import { readPage } from '@/test/support/located';
import { covers, inDocumentOrder, locateClaim, PageClaims } from './page-claims';
import { liveRange } from './ranges';

const PAGE = `<html><body>
<h1>Library budget approved</h1>
<p>The city council approved a budget of <b>$12.4</b> million on Tuesday.</p>
<p>Construction will take about 18 months and employ 120 workers.</p>
<ul><li>Reading room: <em>seats for <span>300</span> readers</em></li></ul>
</body></html>`;

const textOf = (range: StaticRange) => liveRange(range)!.toString();

describe('locateClaim', () => {
  it('places a claim on its figure in the page, with its sentence and the block element it came from', async () => {
    const page = await readPage(PAGE);
    const budget = page.claim('$12.4 million');
    expect(textOf(budget.range)).toBe('$12.4 million');
    expect(budget.sentence).toBe('The city council approved a budget of $12.4 million on Tuesday.');
    expect(budget.sentence.slice(budget.offsetInSentence)).toMatch(/^\$12\.4 million/);
    expect(budget.block).toBe(page.document.querySelectorAll('p')[0]);
    const months = page.claim('18');
    expect(textOf(months.range)).toBe(months.text);
    expect(months.block).toBe(page.document.querySelectorAll('p')[1]);
  });

  it('gives up on a block that is gone or whose text has changed', async () => {
    const page = await readPage(PAGE);
    const figure = page.claim('120');
    const blockIndex = page.blocks.findIndex((b) => b.element === figure.block);
    const answer = {
      ...figure,
      block: blockIndex,
      start: page.blocks[blockIndex]!.text.indexOf('120'),
      end: page.blocks[blockIndex]!.text.indexOf('120') + 3,
      sentenceStart: 0,
      sentenceEnd: page.blocks[blockIndex]!.text.length,
    };
    expect(locateClaim(answer, page.blocks, 99)?.id).toBe(99);
    expect(locateClaim({ ...answer, block: page.blocks.length }, page.blocks, 99)).toBeNull();
    page.blocks[blockIndex]!.pieces[0]!.node.data = 'Construction will take about 18 months and employ 150 workers.';
    expect(locateClaim(answer, page.blocks, 99)).toBeNull();
  });
});

describe('covers', () => {
  it('holds the figure from its first to its last offset, within one text node', async () => {
    const page = await readPage(PAGE);
    const { range } = page.claim('120');
    const node = range.startContainer;
    expect(covers(range, node, range.startOffset)).toBe(true);
    expect(covers(range, node, range.endOffset)).toBe(true);
    expect(covers(range, node, range.startOffset - 1)).toBe(false);
    expect(covers(range, node, range.endOffset + 1)).toBe(false);
  });

  it('holds a point in any text node of a figure that spans several', async () => {
    const page = await readPage(PAGE);
    const { range } = page.claim('$12.4 million');
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(covers(range, range.startContainer, 2)).toBe(true);
    expect(covers(range, range.endContainer, 3)).toBe(true);
    expect(covers(range, range.endContainer, 9)).toBe(false);
  });
});

describe('inDocumentOrder', () => {
  it('sorts claims by where their figures stand, across blocks and nesting depths', async () => {
    const page = await readPage(PAGE);
    const figures = ['$12.4 million', '18', '120', '300'].map((f) => page.claim(f));
    const shuffled = [figures[3]!, figures[1]!, figures[0]!, figures[2]!];
    expect(inDocumentOrder(shuffled)).toEqual(figures);
  });
});

describe('PageClaims', () => {
  it('finds claims by id and by the text nodes they start or end in', async () => {
    const page = await readPage(PAGE);
    const claims = new PageClaims();
    const budget = page.claim('$12.4 million');
    const workers = page.claim('120');
    claims.add(budget);
    claims.add(workers);
    expect(claims.size).toBe(2);
    expect(claims.get(workers.id)).toBe(workers);
    expect(claims.at(budget.range.startContainer)).toEqual([budget]);
    expect(claims.at(budget.range.endContainer)).toEqual([budget]);
    expect(claims.at(workers.range.startContainer)).toEqual([workers]);
    claims.remove(budget);
    expect(claims.at(budget.range.startContainer)).toEqual([]);
    expect([...claims.all()]).toEqual([workers]);
  });

  it('tells whether a new figure would overlap one already placed', async () => {
    const page = await readPage(PAGE);
    const claims = new PageClaims();
    const workers = page.claim('120');
    claims.add(workers);
    expect(claims.overlaps(workers.range)).toBe(true);
    expect(claims.overlaps(page.claim('18').range)).toBe(false);
  });

  it('keeps its document order up to date as claims come in', async () => {
    const page = await readPage(PAGE);
    const claims = new PageClaims();
    claims.add(page.claim('120'));
    expect(claims.inOrder().map((c) => c.text)).toEqual([page.claim('120').text]);
    claims.add(page.claim('$12.4 million'));
    expect(claims.inOrder().map((c) => c.text)).toEqual([page.claim('$12.4 million').text, page.claim('120').text]);
  });

  it('lists the claims whose text has changed as stale', async () => {
    const page = await readPage(PAGE);
    const claims = new PageClaims();
    for (const c of page.claims) claims.add(c);
    const workers = page.claim('120');
    (workers.range.startContainer as Text).data = 'Construction is on hold.';
    expect(
      claims
        .stale()
        .map((c) => c.id)
        .sort(),
    ).toEqual(
      page.claims
        .filter((c) => c.block === workers.block)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('answers the popup without ranges or elements, and with the error once reading failed', async () => {
    const page = await readPage(PAGE);
    const claims = new PageClaims();
    claims.add(page.claim('120'));
    const answer = claims.toResponse('https://example.org/story');
    expect(answer.status).toBe('scanning');
    expect(answer.claims[0]).not.toHaveProperty('range');
    expect(answer.claims[0]).not.toHaveProperty('block');
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    claims.fail('no answer from the extension');
    expect(claims.toResponse('https://example.org/story')).toMatchObject({
      status: 'failed',
      error: 'no answer from the extension',
    });
  });
});
