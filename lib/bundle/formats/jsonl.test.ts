import { describe, expect, it } from 'vitest';
import { parseJsonLines } from './jsonl';

const TEXT = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';

describe('parseJsonLines', () => {
  it('reads one article per line, skipping blank lines', () => {
    const r = parseJsonLines(
      `${JSON.stringify({ text: TEXT, outlet: 'Gazette' })}\n\n${JSON.stringify({ text: `${TEXT} Again.` })}\n`,
      'a.jsonl',
    );
    expect(r.ok && r.articles.map((a) => a.outlet)).toEqual(['Gazette', 'a']);
  });

  it('refuses the file, naming each bad line and column', () => {
    const r = parseJsonLines(`${JSON.stringify({ text: TEXT })}\n{"text": x}\n{"title": "t"}`, 'a.jsonl');
    expect(r).toEqual({
      ok: false,
      errors: ["line 2: not JSON: Unexpected token 'x' at column 10", 'line 3: "text" is missing'],
    });
  });
});
