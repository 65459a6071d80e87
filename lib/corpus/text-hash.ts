/**
 * SHA-256 (first 128 bits, hex) of a text with its whitespace collapsed, so that the same article with
 * other line breaks is recognised. A 32-bit hash would collide within a corpus of 100,000 articles.
 */
export async function textHash(text: string): Promise<string> {
  // The same as replacing every run of whitespace with a space, without replacing each single space.
  const normalised = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalised));
  return [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
