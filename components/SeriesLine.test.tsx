import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { expect, it } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import type { SeriesPoint } from '@/lib/compare/series';
import { ClaimCard } from './ClaimCard';
import { SeriesLine } from './SeriesLine';
import { seriesLineText } from './series-text';

const point = (p: Partial<SeriesPoint> & Pick<SeriesPoint, 'text'>): SeriesPoint => ({
  words: '',
  day: null,
  order: 'older',
  revised: false,
  outlet: '',
  ...p,
});

const POINTS = [
  point({ text: '480', words: 'as of saturday evening', day: '2024-03-02' }),
  point({ text: '530', words: 'so far', day: '2024-03-03', order: 'this' }),
  point({ text: '612', words: 'by monday', day: '2024-03-04', order: 'newer' }),
  point({ text: '<b>400</b>', order: 'newer', revised: true }),
];

it('says each report of a running total with its time and its order against the figure', () => {
  expect(seriesLineText(POINTS)).toBe(
    '480 as of Saturday evening (older); 530 so far, reported 2024-03-03 (this figure); 612 by Monday (newer); <b>400</b> undated (newer, revised down)',
  );
});

it('renders a named list of the reports, the figure itself marked as current, their days as times, data as text', () => {
  const { document: page } = parseHTML('<!doctype html><html><body></body></html>');
  const root = page.createElement('div');
  render(<SeriesLine points={POINTS} />, root);
  const section = root.querySelector('section')!;
  const title = root.querySelector(`#${section.getAttribute('aria-labelledby')}`);
  expect(title?.textContent).toBe('Running total over time');
  const items = [...section.querySelectorAll('ol > li')];
  expect(items.map((li) => li.textContent)).toEqual(seriesLineText(POINTS).split('; '));
  expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'true', null, null]);
  expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2024-03-02');
  expect(section.querySelector('b')).toBeNull();
});

it('stands in the claim card of a running total, under the verdict', () => {
  const { document: page } = parseHTML('<!doctype html><html><body></body></html>');
  const root = page.createElement('div');
  const claim = extractClaims('So far, 530 people have died in the Marvale floods.')[0]!;
  const card = (series?: SeriesPoint[]) => (
    <ClaimCard claim={{ ...claim, verdict: 'compatible', matches: [], series }} onClose={() => undefined} />
  );
  render(card(POINTS), root);
  expect(root.querySelector('.cc-explanation + section.cc-series')?.textContent).toContain('Running total over time');
  render(card(), root);
  expect(root.querySelector('section.cc-series')).toBeNull();
});
