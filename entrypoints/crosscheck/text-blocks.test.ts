import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '@/test/support/dom';
import { blockOwner, blocksIn, type TextBlock } from './text-blocks';

// Display comes from the tag's HTML default or an inline style (test/support/dom.ts): what is tested here
// is how blocks are cut and what is left out, not a browser's cascade.
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures/dom', name), 'utf8');

const read = (html: string) => {
  const { document: dom } = loadPage(html);
  const blocks = [...blocksIn(dom.body, () => undefined)];
  return { dom, blocks };
};
/** The blocks with words in them (a page's indentation makes blocks of white space between elements). */
const worded = (blocks: TextBlock[]) => blocks.filter((b) => b.text.trim() !== '');

describe('blocksIn', () => {
  const { dom, blocks } = read(fixture('article.html'));

  it("reads the article's prose in document order, one block per block-level element", () => {
    expect(worded(blocks).map((b) => b.text.trim())).toEqual([
      'Council approves library budget',
      'The city council approved a budget of $12.4 million on Tuesday, officials said.',
      'The vote was 7 to 2.',
      'Construction takes about 18 months.',
      'It will employ 120 workers, the mayor said.',
      'Outer text',
      'Inner 5 paragraphs',
      'tail',
    ]);
  });

  it('keeps each text node with the offset where it starts in the block, inline elements included', () => {
    const budget = worded(blocks)[1]!;
    expect(budget.element.localName).toBe('p');
    expect(budget.pieces.map((p) => [p.node.data, p.start])).toEqual([
      ['The city council approved a budget of ', 0],
      ['$12.4 million', 38],
      [' on Tuesday, officials said.', 51],
    ]);
    for (const { node, start } of budget.pieces) expect(budget.text.slice(start, start + node.length)).toBe(node.data);
  });

  it('cuts a block at <br>, and around a block nested in running text', () => {
    const vote = worded(blocks).filter((b) => b.element === dom.querySelectorAll('article p')[2]);
    expect(vote.map((b) => b.text)).toEqual(['The vote was 7 to 2.', 'Construction takes about 18 months.']);
    const outer = dom.querySelector('article > div:last-of-type')!;
    expect(
      worded(blocks)
        .filter((b) => b.element === outer)
        .map((b) => b.text),
    ).toEqual(['Outer text', 'tail']);
  });

  it('leaves out scripts, hidden elements, form fields, editors and page chrome', () => {
    const all = blocks.map((b) => b.text).join(' ');
    for (const unread of [
      '1000',
      '$9 million',
      '400 readers',
      '50 words',
      '3 notes',
      'Politics',
      'A. Reporter',
      '2024',
    ])
      expect(all).not.toContain(unread);
  });

  it('reads nothing from an element that is left out as a whole', () => {
    expect(read('<html><body><nav><p>Top 10 stories</p></nav></body></html>').blocks).toEqual([]);
  });
});

describe('blockOwner', () => {
  const { document: dom } = loadPage(
    `<html><body><div id="root">
      <p>Up <em>by <b id="deep">4%</b></em></p><span id="loose">9 days</span>
    </div></body></html>`,
  );

  it('climbs inline elements to the nearest block', () => {
    expect(blockOwner(dom.getElementById('deep')!).localName).toBe('p');
  });

  it('stops at the root it is given', () => {
    const root = dom.getElementById('root')!;
    const loose = dom.getElementById('loose')!;
    expect(blockOwner(loose, loose)).toBe(loose);
    expect(blockOwner(loose, root)).toBe(root);
  });
});
