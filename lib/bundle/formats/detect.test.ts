import { expect, it } from 'vitest';
import { formatOfContent, formatOfName } from './detect';

const bytes = (s: string) => new TextEncoder().encode(s);
const sniff = (s: string) => formatOfContent(bytes(s), s);

it('goes by the extension first', () => {
  expect(['a.JSON', 'a.jsonl', 'a.ndjson', 'a.csv', 'a.txt', 'a.htm', 'a.zip', 'a.pdf'].map(formatOfName)).toEqual([
    'json',
    'jsonl',
    'jsonl',
    'csv',
    'text',
    'html',
    'zip',
    null,
  ]);
});

it('else by the content', () => {
  expect(formatOfContent(new Uint8Array([0x50, 0x4b, 3, 4]), '')).toBe('zip');
  expect(sniff('<!DOCTYPE html><html>')).toBe('html');
  expect(sniff('{"text": "a"}\n{"text": "b"}')).toBe('jsonl');
  expect(sniff('{"articles": []}')).toBe('json');
  expect(sniff('[{"text": "a"}]')).toBe('json');
  expect(sniff('title,url,text\na,b,c')).toBe('csv');
  expect(sniff('Officials said, on Monday, that 40 workers came.')).toBe('text');
});
