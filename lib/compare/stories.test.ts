import { describe, expect, it } from 'vitest';
import { storiesOf } from './stories';

describe('storiesOf', () => {
  const wire = ['a|1', 'a|2', 'a|3', 'a|4', 'a|5'];
  it('takes texts that share most of their figures as one story, and versions of versions too', () => {
    const { storyOf, pageStory } = storiesOf([], new Map([
      [7, wire],
      [3, ['a|1', 'a|2', 'a|3', 'x|9']],
      [9, ['a|2', 'a|3', 'a|4', 'a|5', 'y|1', 'y|2']],
      [4, ['a|1', 'b|2', 'c|3', 'd|4']],
    ]));
    expect([storyOf.get(7), storyOf.get(3), storyOf.get(9)]).toEqual([3, 3, 3]);
    expect(storyOf.get(4)).toBe(4);
    expect(pageStory.size).toBe(0);
  });

  it("marks the versions of the checked text's own story", () => {
    const { pageStory } = storiesOf(wire, new Map([[1, wire.slice(0, 4)], [2, ['a|1', 'z|1', 'z|2', 'z|3', 'z|4']]]));
    expect([...pageStory]).toEqual([1]);
  });

  it('needs three shared figures: two are news, not copying', () => {
    const { storyOf } = storiesOf([], new Map([[1, ['a|1', 'a|2']], [2, ['a|1', 'a|2']]]));
    expect(storyOf.get(1)).not.toBe(storyOf.get(2));
  });
});
