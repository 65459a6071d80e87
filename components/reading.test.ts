import { expect, it } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { readingOf } from './reading';

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
