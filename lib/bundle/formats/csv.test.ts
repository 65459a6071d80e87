import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

const TEXT = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';

describe('parseCsv', () => {
  it('maps the common column names and ignores the others', () => {
    const csv = `stories_id,Headline,Link,media_name,publish_date,Body\n7,Library budget,https://gazette.example/a,Gazette,2024-03-05 10:01:02,"${TEXT}\n\nMore, with ""quotes""."\n`;
    const r = parseCsv(csv, 'export.csv');
    expect(r.ok && r.articles).toEqual([
      {
        title: 'Library budget',
        url: 'https://gazette.example/a',
        outlet: 'Gazette',
        published: '2024-03-05',
        origin: 'https://gazette.example/a',
        text: `${TEXT}\n\nMore, with "quotes".`,
      },
    ]);
  });

  it('reads semicolon-separated tables and a lone text column; empty cells are left out', () => {
    expect(parseCsv(`title;text\n;${TEXT}`, 'x.csv').ok).toBe(true);
    expect(parseCsv(`text\n${TEXT}`, 'x.csv').ok).toBe(true);
  });

  it('refuses a table without a text column', () => {
    expect(parseCsv(`title,url\nA,https://x.example`, 'x.csv')).toEqual({
      ok: false,
      errors: ['no text column: the header row must name one of text, body, content (it names title, url)'],
    });
  });

  it('names bad rows as a spreadsheet numbers them', () => {
    const r = parseCsv(`title,text,published\nA,${TEXT},2024-01-01\nB,,2024-01-02\nC,${TEXT},yesterday`, 'x.csv');
    expect(r.ok ? [] : r.errors).toEqual([
      'row 3: "text" is missing',
      'row 4: "published" must be a date YYYY-MM-DD or an ISO timestamp, not "yesterday"',
    ]);
  });

  it('reports where Papa Parse could not split the table', () => {
    const unterminated = parseCsv(`title,text\nA,${TEXT}\nB,"${TEXT}\nC,more`, 'x.csv');
    expect(unterminated.ok ? [] : unterminated.errors).toEqual(['line 3: Quoted field unterminated']);
    const extra = parseCsv(`title,text\nA,${TEXT},extra`, 'x.csv');
    expect(extra.ok ? [] : extra.errors).toEqual(['row 2: Too many fields: expected 2 fields but parsed 3']);
  });
});
