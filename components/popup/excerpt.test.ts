import { expect, it } from 'vitest';
import { excerptAround } from './excerpt';

const LONG =
  'The renewed hostilities signify the conclusion of a fragile arrangement that, over the course of a week and ' +
  'after long talks between mediators in three capitals, facilitated the release of 110 women and children ' +
  'held since the attack, along with many foreign nationals whose governments had pressed for their return.';

const figureIn = (e: { text: string; offset: number }, figure: string) =>
  e.text.slice(e.offset, e.offset + figure.length);

it('keeps a short sentence whole', () => {
  expect(excerptAround('Some 30 people came.', 5, 2)).toEqual({ text: 'Some 30 people came.', offset: 5 });
});

it('shows the words after a figure deep in a long sentence, not only its opening', () => {
  const at = LONG.indexOf('110');
  const e = excerptAround(LONG, at, 3, 100);
  expect(figureIn(e, '110')).toBe('110');
  expect(e.text).toContain('110 women and children');
  expect(e.text.startsWith('…')).toBe(true);
  expect(e.text.endsWith('…')).toBe(true);
  expect(e.text.length).toBeLessThanOrEqual(102);
});

it('cuts between words', () => {
  const e = excerptAround(LONG, LONG.indexOf('110'), 3, 100);
  const words = new Set(LONG.split(/\s+/));
  for (const word of e.text.replace(/…/g, '').split(/\s+/)) expect(words).toContain(word);
});

it('gives the room a figure at the start does not use to the words after it', () => {
  const sentence = `42 ${LONG}`;
  const e = excerptAround(sentence, 0, 2, 100);
  expect(e.offset).toBe(0);
  expect(e.text.startsWith('42 The renewed')).toBe(true);
  expect(e.text.endsWith('…')).toBe(true);
});

it('leaves the sentence whole when the offset does not point into it', () => {
  expect(excerptAround(LONG, -1, 3, 100).text).toBe(LONG);
});
