import { describe, expect, it } from 'vitest';
import { isArticleRequest, parseArticleRequest, parseArticleState, parsePageArticleAnswer } from './article-messages';

const article = { url: 'https://a.example/x', title: 'T', siteName: '', published: '', text: 'Some text.' };

describe('article messages', () => {
  it('validates requests, with their article', () => {
    for (const type of ['article-stored', 'add-article', 'keep-article'] as const)
      expect(parseArticleRequest({ type, article })).toEqual({ type, article });
    expect(parseArticleRequest({ type: 'add-article', article, tabId: 3 })).toEqual({
      type: 'add-article',
      article,
      tabId: 3,
    });
    expect(parseArticleRequest({ type: 'add-article', article, tabId: '3' })).toBeNull();
    expect(parseArticleRequest({ type: 'add-article', article: { ...article, text: 1 } })).toBeNull();
    expect(parseArticleRequest({ type: 'delete-corpus', article })).toBeNull();
    expect(isArticleRequest({ type: 'keep-article' })).toBe(true);
    expect(isArticleRequest({ type: 'check' })).toBe(false);
  });

  it("validates the page's answer before the popup uses it", () => {
    expect(parsePageArticleAnswer({ ok: true, article })).toEqual({ ok: true, article });
    expect(parsePageArticleAnswer({ ok: false, reason: 'Not an article.' })).toEqual({
      ok: false,
      reason: 'Not an article.',
    });
    expect(parsePageArticleAnswer({ ok: false, reason: 'x'.repeat(501) })).toBeNull();
    expect(parsePageArticleAnswer({ ok: true })).toBeNull();
    expect(parsePageArticleAnswer('yes')).toBeNull();
  });

  it("validates the background's answer", () => {
    expect(parseArticleState({ ok: true, state: 'added', title: 'T' })).toEqual({
      ok: true,
      state: 'added',
      title: 'T',
    });
    expect(parseArticleState({ ok: true, state: 'stored', title: 'T', bundle: 'B' })).toEqual({
      ok: true,
      state: 'stored',
      title: 'T',
      bundle: 'B',
    });
    expect(parseArticleState({ ok: true, state: 'stored', title: 'T' })).toBeNull();
    expect(parseArticleState({ ok: true, state: 'gone', title: 'T' })).toBeNull();
    expect(parseArticleState({ ok: false, error: 'full disk' })).toEqual({ ok: false, error: 'full disk' });
    expect(parseArticleState(undefined)).toBeNull();
  });
});
