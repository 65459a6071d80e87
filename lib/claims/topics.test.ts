import { describe, expect, it } from 'vitest';
import { shareTopic, topicsOf } from './topics';

describe('what a text is about', () => {
  it('reads names inside sentences, normalised, most frequent first', () => {
    expect(
      topicsOf('The army said Israelis and Palestinians met. Talks with Israeli officials and Hamas’ leaders went on.'),
    ).toEqual(['israeli', 'palestinian', 'hamas']);
  });

  it('reads "U.S.", "US" and "the United States" as one topic', () => {
    const a = topicsOf('Employers in the U.S. added 199,000 jobs.');
    const b = topicsOf('The economy of the US added 199,000 jobs.');
    const c = topicsOf('Employers in the United States added jobs.');
    expect([a, b, c]).toEqual([['us'], ['us'], ['us']]);
    expect(shareTopic(a, b)).toBe(true);
  });

  it('keeps texts about different things apart, and lets a text that names nothing match any', () => {
    expect(shareTopic(['gaza'], ['haikui'])).toBe(false);
    expect(shareTopic([], ['haikui'])).toBe(true);
  });
});
