/**
 * The spelling rules of English plurals, without any word list: "casualties" → "casualty", "boxes" →
 * "box", "Iraqis" → "iraqi". The words they get wrong are WordNet's, distilled into
 * lib/claims/grammar/wordnet.ts by scripts/lexicon/wordnet.ts, which runs these same rules.
 */
export function singularByRule(word: string): string {
  const w = word.toLowerCase();
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  // "status", "virus", "glass", "famous": endings of singulars. Short words ("gas", "bus") are kept too.
  if (/(?:ss|us)$/.test(w) || w.length <= 3) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
