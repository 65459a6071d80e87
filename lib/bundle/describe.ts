/** How a JSON value reads in an error message: "a number", "null", "an array". */
export function describeType(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  const t = typeof x;
  return t === 'object' ? 'an object' : `a ${t}`;
}

/** A value quoted for an error message, shortened so a message stays one line. */
export function quote(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > max ? one.slice(0, max) + '…' : one);
}

export const formatCount = (n: number) => n.toLocaleString('en-US');
