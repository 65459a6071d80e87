import { describe, expect, it, vi } from 'vitest';
import { pageSelf } from './page-sentences';

const detectWith = () => vi.fn((fps: string[]) => Promise.resolve(new Set(fps.map((f) => f.length))));

describe('pageSelf', () => {
  it("asks with all of a page's sentences so far, tab by tab and URL by URL", async () => {
    const detect = detectWith();
    await pageSelf(1, 'https://a.example/x', ['a', 'b'], detect);
    await pageSelf(1, 'https://a.example/x', ['c'], detect);
    await pageSelf(2, 'https://a.example/x', ['d'], detect);
    await pageSelf(1, 'https://a.example/y', ['e'], detect);
    expect(detect.mock.calls.map(([fps]) => fps)).toEqual([['a', 'b'], ['a', 'b', 'c'], ['d'], ['e']]);
  });

  it('keeps the answer once a page has shown more sentences than an article has', async () => {
    const detect = detectWith();
    const many = Array.from({ length: 400 }, (_, i) => `s${i}`);
    const first = await pageSelf(3, 'https://blog.example/', many, detect);
    expect(await pageSelf(3, 'https://blog.example/', ['later'], detect)).toBe(first);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing for a message from no tab', async () => {
    const detect = detectWith();
    await pageSelf(undefined, 'https://a.example/x', ['z'], detect);
    await pageSelf(undefined, 'https://a.example/x', ['y'], detect);
    expect(detect.mock.calls.map(([fps]) => fps)).toEqual([['z'], ['y']]);
  });
});
