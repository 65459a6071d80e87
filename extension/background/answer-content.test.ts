import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';
import { weeklyTollReports } from '../../test/support/dated-reports';
import { answerContent, type BackgroundDeps } from './answer-content';

const corpus = new MemoryCorpus([
  {
    title: 'Elsewhere',
    outlet: 'Other Wire',
    published: '2023-12-01',
    url: 'https://other.example/a',
    origin: 'a.txt',
    text: 'To date, Hamas has released 105 hostages.',
  },
]);
const deps: BackgroundDeps = { seeded: Promise.resolve(), corpus: () => corpus };
const fromTab = { tab: { id: 7 } } as Parameters<typeof answerContent>[1];

describe('answerContent', () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks the blocks and answers offsets relative to each block', async () => {
    const blocks = ['A headline', 'Hamas has released 110 hostages so far.'];
    const answer = await answerContent({ type: 'check', url: 'https://page.example/', blocks }, fromTab, deps);
    if (!answer.ok || !('claims' in answer)) throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
    const figure = answer.claims.find((c) => c.text === '110');
    expect(figure).toBeDefined();
    expect(blocks[figure!.block]!.slice(figure!.start, figure!.end)).toBe('110');
  });

  it('recognises a corpus article sent in several batches as the page itself', async () => {
    const first = [
      'On Monday the committee met in Lyon to hear the report.',
      'Officials said 42 families had been evacuated from the valley.',
    ];
    const second = [
      'Engineers expected the repairs to take most of the winter.',
      'By Friday, 50 families had been evacuated from the valley, officials said.',
    ];
    const ownArticle = [...first, ...second].join('\n\n');
    const own = new MemoryCorpus([
      { title: 'Valley', outlet: 'Lyon Daily', published: null, url: null, origin: 'v.txt', text: ownArticle },
    ]);
    const withOwn: BackgroundDeps = { seeded: Promise.resolve(), corpus: () => own };
    const url = 'https://lyon.example/valley';
    await answerContent(
      { type: 'check', url, blocks: first },
      { tab: { id: 9 } } as Parameters<typeof answerContent>[1],
      withOwn,
    );
    const answer = await answerContent(
      { type: 'check', url, blocks: second },
      { tab: { id: 9 } } as Parameters<typeof answerContent>[1],
      withOwn,
    );
    if (!answer.ok || !('claims' in answer)) throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
    expect(answer.claims.flatMap((c) => c.matches)).toEqual([]);
  });

  it("reads the page's time words from the date the page states", async () => {
    const reports = new MemoryCorpus(weeklyTollReports);
    const withReports: BackgroundDeps = { seeded: Promise.resolve(), corpus: () => reports };
    const comparedWith = async (published: string) => {
      const blocks = ['Floods killed 14 people in the valley on Monday, officials said.'];
      const message = { type: 'check', url: 'https://page.example/', blocks, title: 'Floods in the valley', published };
      const answer = await answerContent(message, fromTab, withReports);
      if (!answer.ok || !('claims' in answer)) throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
      return answer.claims.flatMap((c) => c.matches.map((m) => m.claim.text));
    };
    expect(await comparedWith('2024-03-05')).toEqual(['12']);
    expect(await comparedWith('2024-03-12')).toEqual(['30']);
  });

  it('shows the number of conflicts on the sender tab, and nothing for none', async () => {
    expect(await answerContent({ type: 'summary', conflicts: 3 }, fromTab, deps)).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    await answerContent({ type: 'summary', conflicts: 0 }, fromTab, deps);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('answers a wake at once, before the corpus is ready and without reading it', async () => {
    const unread = () => Promise.reject(new Error('read'));
    const starting: BackgroundDeps = {
      seeded: new Promise(() => undefined),
      corpus: () => ({
        claimsByKeys: unread,
        claimsByFigureKeys: unread,
        figureKeysOf: unread,
        selfArticleIds: unread,
      }),
    };
    expect(await answerContent({ type: 'wake' }, fromTab, starting)).toEqual({ ok: true });
  });

  it('answers errors instead of throwing', async () => {
    expect(await answerContent({ type: 'check', url: 1, blocks: [] }, fromTab, deps)).toEqual({
      ok: false,
      error: 'malformed message',
    });
    expect(await answerContent({ type: 'summary', conflicts: 1 }, {}, deps)).toMatchObject({ ok: false });
    const gone = () => Promise.reject(new Error('db gone'));
    const failing: BackgroundDeps = {
      ...deps,
      corpus: () => ({ claimsByKeys: gone, claimsByFigureKeys: gone, figureKeysOf: gone, selfArticleIds: gone }),
    };
    expect(await answerContent({ type: 'check', url: 'u', blocks: ['7 days'] }, fromTab, failing)).toEqual({
      ok: false,
      error: 'db gone',
    });
  });
});
