/**
 * A word function that remembers its answers. News repeats its nouns, so each is worked out once per run of
 * the engine; the memory is bounded by forgetting everything past `limit` words.
 */
export function memoized<T>(f: (word: string) => T, limit = 10_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      if (known.size >= limit) known.clear();
      answer = f(word);
      known.set(word, answer);
    }
    return answer;
  };
}
