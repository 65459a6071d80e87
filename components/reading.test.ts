import { expect, it } from 'vitest';
import { checkText } from '@/lib/check-text';
import { extractClaims } from '@/lib/claims/extract';
import { MemoryCorpus } from '@/lib/corpus/memory-corpus';
import { nearMissLine, readingOf } from './reading';

const reading = (text: string, figure: string) => {
  const claim = extractClaims(text).find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in "${text}"`);
  return Object.fromEntries(readingOf(claim).map((p) => [p.label, p.value]));
};

it('says what is counted and what happened to it', () => {
  const r = reading('The storm killed 42 people in the province, officials said.', '42');
  expect(r.Counts).toBe('people');
  expect(r.Event).toBe('kill');
});

it('says a change is a change', () => {
  expect(reading('Prices rose by 3% in May.', '3%').Event).toMatch(/\(a change\)$/);
});

it('leaves out what was not read rather than showing empty fields', () => {
  const r = reading('Some 30 people came.', '30');
  expect(Object.values(r).every((v) => v !== '')).toBe(true);
  expect(r['Said by']).toBeUndefined();
});

it('says in one line which corpus figure of the same thing was not matched, and why', async () => {
  const corpus = new MemoryCorpus([
    {
      title: 't',
      outlet: 'Marvale Herald',
      published: '2024-03-04',
      url: null,
      origin: 'h',
      text: "Sunday's blast in Marvale killed 19 people.",
    },
  ]);
  const [claim] = await checkText('On Monday, the blast in Marvale killed 23 people.', corpus, null, undefined, {
    published: '2024-03-05',
  });
  expect(nearMissLine(claim!.nearMiss!)).toBe('Not matched: 19 (Marvale Herald, 2024-03-04), different day');
});
