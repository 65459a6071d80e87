import { useEffect, useState } from 'preact/hooks';

/** Waits for a pause in typing, so a search runs once per word rather than once per key. */
const PAUSE_MS = 200;

export function SearchBox({ onSearch }: { onSearch: (query: string) => void }) {
  const [value, setValue] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => onSearch(value), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value, onSearch]);
  return (
    <div class="search">
      <label for="article-search">Search titles and outlets</label>
      <input
        id="article-search"
        type="search"
        data-testid="article-search"
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        placeholder="e.g. hostages reuters"
      />
    </div>
  );
}
