import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text';
import { STRICT_FLOORS } from '../claims/grammar/bounds';
import { MemoryCorpus } from '../corpus/memory-corpus';

/** A floor that leaves its figure out against that figure told exact, in sentences of our own about an invented place. */
const report = (text: string) => ({
  title: 'T',
  outlet: 'Quay Times',
  published: '2025-06-03',
  url: null,
  origin: 'Q',
  text,
});

async function verdict(page: string, source: string, figure: string) {
  const claims = await checkText(page, new MemoryCorpus([report(source)]), null, Promise.resolve(new Set()), {
    published: '2025-06-03',
  });
  const claim = claims.find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in: ${page}`);
  return claim.verdict;
}

describe('a floor that leaves its figure out', () => {
  it('gives a reason for each of its words', () => {
    for (const f of STRICT_FLOORS) expect(f.reason.length, f.word).toBeGreaterThan(10);
  });

  it('is compatible with that figure told exact, either way round, not in agreement', async () => {
    const exact = 'The toll from the Tolvan landslide has reached 4,310, the regional governor said.';
    const floor = 'More than 4,310 people have died in the Tolvan landslide, the regional governor said.';
    expect(await verdict(floor, exact, '4,310')).toBe('compatible');
    expect(await verdict(exact, floor, '4,310')).toBe('compatible');
    const years = 'Tolvan rates are at their highest level in more than 22 years.';
    expect(await verdict('Tolvan rates are at their highest level in 22 years.', years, '22 years')).toBe('compatible');
  });

  it('still agrees where the floor takes the figure in, or the figure is rounded with a scale word', async () => {
    const handed = await verdict(
      'Militia leaders in Tolvan handed over 23 captives.',
      'The Tolvan militia freed 23 hostages.',
      '23',
    );
    expect(handed).toBe('agree');
    const exact = 'The toll from the Tolvan landslide has reached 4,310, the regional governor said.';
    const atLeast = 'At least 4,310 people have died in the Tolvan landslide, the regional governor said.';
    expect(await verdict(atLeast, exact, '4,310')).toBe('agree');
    const rounded = 'The governor said 13 million people in Tolvan were affected by the landslide.';
    const floor = 'The Tolvan landslide affected more than 13 million people, the governor said.';
    expect(await verdict(floor, rounded, '13 million')).toBe('agree');
  });
});
