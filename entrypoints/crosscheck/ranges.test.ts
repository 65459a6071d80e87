import { describe, expect, it } from 'vitest';
import { loadPage } from '@/test/support/dom';
import { blockFigure, liveRange, stillHolds } from './ranges';
import { blocksIn } from './text-blocks';

const PAGE = `<html><body>
<p>Budget: <b>$12.4</b> million, up from $9 million.</p>
<p>Turnout was 61<span>%</span> this year.</p>
</body></html>`;

function setUp() {
  const { document: dom } = loadPage(PAGE);
  const blocks = [...blocksIn(dom.body, () => undefined)].filter((b) => b.text.trim() !== '');
  return { dom, budget: blocks[0]!, turnout: blocks[1]! };
}
const at = (text: string, figure: string) => [text.indexOf(figure), text.indexOf(figure) + figure.length] as const;

describe('blockFigure', () => {
  it('places a figure inside one text node', () => {
    const { budget } = setUp();
    const figure = blockFigure(budget, ...at(budget.text, '$9 million'))!;
    expect(figure.text).toBe('$9 million');
    expect(figure.range.startContainer).toBe(figure.range.endContainer);
    expect((figure.range.startContainer as Text).data.slice(figure.range.startOffset, figure.range.endOffset)).toBe(
      '$9 million',
    );
  });

  it('places a figure that spans text nodes, starting and ending in the right ones', () => {
    const { budget, turnout } = setUp();
    const money = blockFigure(budget, ...at(budget.text, '$12.4 million'))!;
    expect([(money.range.startContainer as Text).data, money.range.startOffset]).toEqual(['$12.4', 0]);
    expect([(money.range.endContainer as Text).data, money.range.endOffset]).toEqual([
      ' million, up from $9 million.',
      8,
    ]);
    expect(liveRange(money.range)!.toString()).toBe('$12.4 million');
    const share = blockFigure(turnout, ...at(turnout.text, '61%'))!;
    expect(liveRange(share.range)!.toString()).toBe('61%');
  });

  it('ends a figure in the piece it closes, not the next one starting there', () => {
    const { budget } = setUp();
    const figure = blockFigure(budget, ...at(budget.text, '$12.4'))!;
    expect(figure.range.endContainer).toBe(figure.range.startContainer);
    expect(figure.range.endOffset).toBe(5);
  });

  it('refuses an empty span and one whose text has changed since the block was read', () => {
    const { budget } = setUp();
    expect(blockFigure(budget, 5, 5)).toBeNull();
    budget.pieces[2]!.node.data = ' million, up from $8 million.';
    expect(blockFigure(budget, ...at(budget.text, '$9 million'))).toBeNull();
  });
});

describe('stillHolds', () => {
  it('holds while the text is there, and not once it changes or leaves the page', () => {
    const { dom, budget } = setUp();
    const figure = blockFigure(budget, ...at(budget.text, '$12.4 million'))!;
    expect(stillHolds(figure)).toBe(true);
    (figure.range.startContainer as Text).data = '$13.1';
    expect(stillHolds(figure)).toBe(false);
    (figure.range.startContainer as Text).data = '$12.4';
    expect(stillHolds(figure)).toBe(true);
    dom.querySelector('p')!.remove();
    expect(stillHolds(figure)).toBe(false);
  });

  it('does not hold when the text is shortened under its offsets', () => {
    const { budget } = setUp();
    const figure = blockFigure(budget, ...at(budget.text, '$12.4 million'))!;
    (figure.range.endContainer as Text).data = ' m';
    expect(liveRange(figure.range)).toBeNull();
    expect(stillHolds(figure)).toBe(false);
  });
});
