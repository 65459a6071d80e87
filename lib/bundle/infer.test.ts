import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferMetadata } from './infer';

const SEEDS = join(import.meta.dirname, '../../test/fixtures/seeds');
const seed = (file: string) => inferMetadata(readFileSync(join(SEEDS, file), 'utf8'), file);

describe('inferMetadata on the seeds', () => {
  it('000: date from the crawler header, stripped from the text', () => {
    const m = seed('000_f08bef55c7702ec1.txt');
    expect(m.published).toBe('2023-12-01');
    expect(m.text.startsWith('Fighting between Hamas and Israel')).toBe(true);
    expect(m.outlet).toBe('000_f08bef55c7702ec1');
  });

  it('001: headline as title, CNN from the "appeared first on" footer', () => {
    const m = seed('001_6f0f6d7dc1d14af9.txt');
    expect(m.title).toBe('Israel resumes fighting against Hamas after truce to free hostages expires');
    expect(m.outlet).toBe('CNN');
    expect(m.published).toBeNull();
  });

  it('002: UPI from the dateline, date from the header', () => {
    const m = seed('002_8eb272c886383ff4.txt');
    expect(m.outlet).toBe('UPI');
    expect(m.published).toBe('2023-12-01');
  });

  it('003: a headline in the second paragraph', () => {
    expect(seed('003_29568914a9981e09.txt').title).toBe(
      'Israel resumes fighting against Hamas after truce to free hostages conclude',
    );
  });

  it('004: CNN from the "(CNN) —" dateline; title from the lead without the dateline', () => {
    const m = seed('004_c8efec407d59efd0.txt');
    expect(m.outlet).toBe('CNN');
    expect(m.title).toBe('Deadly fighting broke out across Gaza on Friday as Israel’s…');
  });
});

describe('inferMetadata rules', () => {
  const body = 'Officials said on Monday that the talks had ended without an agreement of any kind.';

  it.each([
    ['WASHINGTON (Reuters) - ' + body, 'Reuters'],
    ['GAZA CITY, Dec 1 (AP) — ' + body, 'AP'],
    [`${body}\n\nPhoto by Jane Doe/Getty Images`, 'wire'],
    [`${body}\n\nRead more at https://www.npr.org/sections/news`, 'NPR'],
    [`${body}\n\nThe post appeared first on www.example.org`, 'example.org'],
  ])('outlet of %j is %s', (text, outlet) => {
    expect(inferMetadata(text, 'wire.json').outlet).toBe(outlet);
  });

  it('takes the date of a "Published" line', () => {
    expect(inferMetadata(`Published December 1, 2023\n\n${body}`, 'x.txt').published).toBe('2023-12-01');
    expect(inferMetadata(`Updated: 2023-02-30\n\n${body}`, 'x.txt').published).toBeNull();
  });

  it('falls back to the first ten words when nothing looks like a headline', () => {
    expect(inferMetadata(body, 'x.txt').title).toBe('Officials said on Monday that the talks had ended without…');
  });

  it('normalises line endings', () => {
    expect(inferMetadata('Title here now\r\n\r\n' + body, 'x.txt').text).toBe('Title here now\n\n' + body);
  });
});
