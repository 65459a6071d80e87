import { expect, it } from 'vitest';
import fc from 'fast-check';
import { textHash } from './text-hash';

it('hashes a text as stored hashes were made, whatever its runs of whitespace', async () => {
  // The hash stored for this text since version 1: duplicates are told against it.
  const stored = 'ab748a14333e2187a7f9adfbfc04600b';
  expect(await textHash('Some 30 people attended the meeting.')).toBe(stored);
  expect(await textHash(' Some 30\u00a0people  attended\tthe\n\nmeeting. \r\n')).toBe(stored);
  expect(await textHash('Some 30 people attended\u2003the meeting.')).toBe(stored);
  expect(await textHash('Some 30 people attended the meeting')).not.toBe(stored);
});

it('gives any text the hash of its whitespace runs collapsed to one space', async () => {
  await fc.assert(
    fc.asyncProperty(fc.stringMatching(/^[ab \t\n\r\u00a0\u2003.]{0,30}$/), async (text) => {
      expect(await textHash(text)).toBe(await textHash(text.replace(/\s+/g, ' ')));
    }),
    { numRuns: 300 },
  );
});
