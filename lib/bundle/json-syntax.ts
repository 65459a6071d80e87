const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Unwinds the descent from wherever the first error is found. */
class ErrorAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at offset ${offset}`);
  }
}

/**
 * The offset of the first JSON syntax error in `s`, or null when there is none (or nesting is too deep
 * to tell). JSON.parse does not say where "Unexpected token" errors are, and a user fixing a file by
 * hand needs the line.
 */
export function syntaxErrorOffset(s: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new ErrorAt(i);
  };
  const skipWhitespace = () => {
    while (i < s.length && WHITESPACE.has(s[i]!)) i++;
  };
  const expect = (c: string) => (s[i] === c ? i++ : fail());
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(s)) fail();
    i = re.lastIndex;
  };
  const string = () => {
    expect('"');
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\\') {
        i++;
        if (s[i] === 'u') {
          i++;
          sticky(HEX4);
        } else if (ESCAPES.has(s[i] ?? '')) i++;
        else fail();
      } else if (s.charCodeAt(i) < 0x20) fail();
      else i++;
    }
    expect('"');
  };
  const items = (close: string, item: () => void) => {
    i++;
    skipWhitespace();
    if (s[i] === close) return void i++;
    for (;;) {
      item();
      skipWhitespace();
      if (s[i] === close) return void i++;
      expect(',');
    }
  };
  const value = (): void => {
    skipWhitespace();
    const c = s[i];
    if (c === '{') {
      items('}', () => {
        skipWhitespace();
        string();
        skipWhitespace();
        expect(':');
        value();
      });
    } else if (c === '[') items(']', value);
    else if (c === '"') string();
    else if (c === 't' || c === 'f' || c === 'n') {
      const word = ['true', 'false', 'null'].find((w) => s.startsWith(w, i));
      i = word ? i + word.length : fail();
    } else sticky(NUMBER);
  };
  try {
    value();
    skipWhitespace();
    if (i < s.length) fail();
    return null;
  } catch (e) {
    return e instanceof ErrorAt ? e.offset : null;
  }
}

/**
 * The offset of the first bracket nested deeper than `max` in JSON text (brackets in strings do not
 * count), or null. Checked before JSON.parse, which would build every level of "[[[[…" in memory.
 */
export function tooDeepAt(s: string, max: number): number | null {
  // No deeper than its opening brackets: an article's line has one or two, found far faster by indexOf
  // than by reading every character of its text, as the import of a 50 MB bundle did.
  let opening = 0;
  for (const bracket of ['{', '[']) {
    for (let at = s.indexOf(bracket); at !== -1 && opening <= max; at = s.indexOf(bracket, at + 1)) opening++;
  }
  if (opening <= max) return null;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}
