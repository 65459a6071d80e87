import { describe, expect, it } from 'vitest';
import { parseContentMessage, parsePageClaimsResponse, parsePopupMessage } from './messages';

const match = {
  relation: 'conflict',
  why: ['Same quantity: hostages (release), running total'],
  story: 3,
  sameStoryAsPage: false,
  claim: { text: '105', sentence: 'To date, Hamas has released 105 hostages.', offsetInSentence: 28 },
  source: { title: 'Fighting resumes', outlet: 'VOA', published: '2023-12-01', url: null },
};
const claim = {
  id: 0,
  text: '110',
  start: 10,
  end: 13,
  verdict: 'mixed',
  sentence: 'Release of 110 women.',
  offsetInSentence: 11,
  matches: [match],
};
const response = { url: 'https://news.example/a', status: 'done', claims: [claim] };

describe('parsePageClaimsResponse', () => {
  it('accepts what the content script answers', () => {
    expect(parsePageClaimsResponse(response)).toEqual(response);
    expect(parsePageClaimsResponse({ url: 'x', status: 'failed', claims: [], error: 'db gone' })).not.toBeNull();
  });

  it('rejects answers the popup could not render safely', () => {
    const broken = [
      null,
      { ...response, status: 'finished' },
      { ...response, claims: [{ ...claim, verdict: 'false' }] },
      { ...response, claims: [{ ...claim, sentence: undefined }] },
      { ...response, claims: [{ ...claim, matches: [{ ...match, why: [1] }] }] },
      { ...response, claims: [{ ...claim, matches: [{ ...match, source: { ...match.source, url: 5 } }] }] },
    ];
    for (const answer of broken) expect(parsePageClaimsResponse(answer)).toBeNull();
  });
});

describe('parsePopupMessage', () => {
  it('accepts a step among the contradicted figures or among all figures', () => {
    for (const among of ['conflicts', 'figures'] as const)
      expect(parsePopupMessage({ type: 'step', step: 'next', among })).toEqual({ type: 'step', step: 'next', among });
  });

  it("accepts the popup's question for the page's article, with nothing else taken from it", () => {
    expect(parsePopupMessage({ type: 'get-article', url: 'x' })).toEqual({ type: 'get-article' });
  });

  it('rejects steps it cannot take', () => {
    expect(parsePopupMessage({ type: 'step', step: 'sideways', among: 'figures' })).toBeNull();
    expect(parsePopupMessage({ type: 'step', step: 'next', among: 'everything' })).toBeNull();
    expect(parsePopupMessage({ type: 'step', step: 'next' })).toBeNull();
  });
});

describe("the page's language", () => {
  const check = { type: 'check', url: 'https://news.example/fr', blocks: ['Mardi 5 mai, 438 voix.'] };

  it('travels with a check as a primary language subtag', () => {
    expect(parseContentMessage({ ...check, language: 'fr' })).toEqual({ ...check, language: 'fr' });
    expect(parseContentMessage(check)).toEqual(check);
    for (const language of ['fr-FR', 'FR', 'français', 5, ''])
      expect(parseContentMessage({ ...check, language })).toBeNull();
  });

  it('comes back to the popup checked the same way', () => {
    expect(parsePageClaimsResponse({ ...response, language: 'cs' })).not.toBeNull();
    expect(parsePageClaimsResponse({ ...response, language: '<b>' })).toBeNull();
  });
});

describe("the page's stated title and date", () => {
  const check = { type: 'check', url: 'https://news.example/a', blocks: ['On Monday, 40 people died.'] };

  it('travel with a check when they are a title of ordinary length and a real day', () => {
    const stated = { ...check, title: 'Floods in the valley', published: '2024-03-05' };
    expect(parseContentMessage(stated)).toEqual(stated);
    for (const published of ['2024-02-30', '5 March 2024', '2024-03-05T10:00:00Z', 20240305, ''])
      expect(parseContentMessage({ ...check, published })).toBeNull();
    for (const title of ['x'.repeat(1_001), 7, null]) expect(parseContentMessage({ ...check, title })).toBeNull();
  });
});
