import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text';
import { MemoryCorpus } from '../corpus/memory-corpus';
import { OFFSET_WORDS } from './time-words';
import { offsetWord } from './when';

/** Figures compared across reports by the time they refer to, in sentences of our own about an invented place. */
const report = (outlet: string, published: string, text: string) => ({
  title: outlet,
  outlet,
  published,
  url: null,
  origin: outlet,
  text,
});

async function checked(page: string, published: string, reports: ReturnType<typeof report>[], figure: string) {
  const claims = await checkText(page, new MemoryCorpus(reports), null, Promise.resolve(new Set()), { published });
  const claim = claims.find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in: ${page}`);
  return { verdict: claim.verdict, relations: claim.matches.map((m) => `${m.relation} ${m.claim.text}`).sort() };
}

describe('a length of time from or to an event', () => {
  it('is read from the words after it, with a reason for each', () => {
    for (const w of OFFSET_WORDS) expect(w.reason.length, w.words).toBeGreaterThan(10);
    const at = (sentence: string, figure: string) => offsetWord(sentence, sentence.indexOf(figure), figure.length);
    expect(at('Barely three hours after the ceasefire lapsed, shelling resumed in Tolvan.', 'three hours')).toBe(
      'after',
    );
    expect(at('In the forty days before the ceasefire, Tolvan was shelled daily.', 'forty days')).toBe('before');
    expect(at('Ten days into the strike, Tolvan dockers voted again.', 'Ten days')).toBe('into');
    // How long the thing itself lasted.
    expect(at('The Tolvan ceasefire held five days before collapsing.', 'five days')).toBeNull();
    expect(at('A five-day ceasefire in Tolvan ended on Sunday.', 'five-day')).toBeNull();
  });

  it('is never the length of that event', async () => {
    const corpus = [report('Harbour Post', '2025-06-02', 'A five-day ceasefire in Tolvan collapsed on Sunday.')];
    const page = 'Barely three hours after the ceasefire in Tolvan lapsed, shelling resumed.';
    expect((await checked(page, '2025-06-02', corpus, 'three hours')).verdict).toBe('unverified');
    const length = 'The Tolvan ceasefire, which lasted four days, collapsed on Sunday.';
    expect((await checked(length, '2025-06-02', corpus, 'four days')).verdict).toBe('conflict');
  });
});
