import { DOMParser as LinkedomParser } from 'linkedom';
import { expect, it } from 'vitest';
import { articleRecordOfDocument } from './html';

const parse = (html: string) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
const LEAD = 'The city council approved a budget of $12.4 million for the new library on Tuesday, officials said.';
const MORE =
  'The vote was 7 to 2. Construction is expected to take about 18 months and to employ 120 workers, the mayor said in a statement.';

const page = (
  head: string,
  body = '',
) => `<!doctype html><html><head><title>Library budget | Riverton Gazette</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves library budget</h1><p>${LEAD}</p><p>${MORE}</p><p>${MORE.replace('mayor', 'council clerk')}</p></article>
${body}<footer>Copyright 2024 Riverton Gazette. <script>alert(1)</script></footer></body></html>`;

it('takes the main text by paragraph and the metadata of the page', () => {
  const record = articleRecordOfDocument(
    parse(
      page(`<meta property="og:site_name" content="Riverton Gazette"><meta property="og:title" content="Council approves library budget">
      <meta property="article:published_time" content="2024-03-05T09:30:00+01:00"><link rel="canonical" href="https://gazette.example/library">`),
    ),
  );
  expect(record).toMatchObject({
    title: 'Council approves library budget',
    outlet: 'Riverton Gazette',
    published: '2024-03-05',
    url: 'https://gazette.example/library',
  });
  const text = (record as Record<string, string>).text ?? '';
  expect(text.split('\n\n')).toContain(LEAD);
  expect(text).not.toContain('Home');
  expect(text).not.toContain('alert');
});

it('leaves out what the page does not state, or states unusably', () => {
  const record = articleRecordOfDocument(
    parse(page('<meta property="article:published_time" content="March 5"><link rel="canonical" href="/library">')),
  );
  expect(Object.keys(record).sort()).toEqual(['text', 'title']);
  expect((record as Record<string, string>).title).toBe('Library budget | Riverton Gazette');
});

it('refuses a page without article text', () => {
  expect(
    articleRecordOfDocument(parse('<!doctype html><html><head><title>Empty</title></head><body></body></html>')),
  ).toEqual(['no article text found in the page']);
});
