import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMetadata } from './page-metadata';

const parse = (head: string, body = '<p>Text.</p>') =>
  new LinkedomParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  ) as unknown as Document;

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('pageMetadata', () => {
  it('reads Open Graph and article meta tags first', () => {
    const doc = parse(`<title>Budget | Gazette</title>
      <meta property="og:title" content=" Council  approves budget ">
      <meta property="og:site_name" content="Riverton Gazette">
      <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
      ${ld({ headline: 'Other', datePublished: '2020-01-01', publisher: { name: 'Gazette Media' } })}`);
    // The date as the publisher wrote it, in its own time zone.
    expect(pageMetadata(doc)).toEqual({
      title: 'Council approves budget',
      siteName: 'Riverton Gazette',
      published: '2024-03-05',
    });
  });

  it('falls back on JSON-LD, found inside @graph and arrays', () => {
    const doc = parse(
      `<title>Budget | Gazette</title>${ld([{ '@type': 'WebSite', name: 'x' }])}${ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'BreadcrumbList' },
          {
            '@type': 'NewsArticle',
            headline: 'Council approves budget',
            datePublished: '2024-03-05T09:30:00Z',
            publisher: { '@type': 'Organization', name: 'Gazette Media' },
          },
        ],
      })}`,
    );
    expect(pageMetadata(doc)).toEqual({
      title: 'Council approves budget',
      siteName: 'Gazette Media',
      published: '2024-03-05',
    });
  });

  it('falls back on the document title and the first <time datetime>', () => {
    const doc = parse('<title>Budget | Gazette</title>', '<p>On <time datetime="2024-03-06">Wednesday</time>.</p>');
    expect(pageMetadata(doc)).toEqual({ title: 'Budget | Gazette', siteName: '', published: '2024-03-06' });
  });

  it('takes the first stated date that is a real ISO date, and none otherwise', () => {
    expect(
      pageMetadata(
        parse(
          `<meta property="article:published_time" content="March 5"><meta itemprop="datePublished" content="2024-02-30">${ld({ datePublished: '2024-03-07' })}`,
        ),
      ).published,
    ).toBe('2024-03-07');
    expect(pageMetadata(parse('<meta name="date" content="yesterday">')).published).toBe('');
  });

  it('ignores broken, hostile or oversized JSON-LD and overlong fields', () => {
    let deep: unknown = { datePublished: '2024-01-01' };
    for (let i = 0; i < 50; i++) deep = { nested: deep };
    const doc = parse(
      `<script type="application/ld+json">{"headline": </script>${ld(deep)}${ld({ headline: ['not', 'a', 'string'], publisher: 'Gazette' })}
       <script type="application/ld+json">${JSON.stringify({ headline: 'x'.repeat(300_000) })}</script>
       <meta property="og:site_name" content="${'S'.repeat(201)}"><title>Plain title</title>`,
    );
    expect(pageMetadata(doc)).toEqual({ title: 'Plain title', siteName: '', published: '' });
  });
});
