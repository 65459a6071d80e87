import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, re-run whenever the tables it read change, in this page or another
 * extension page. `data` is undefined until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: unknown } {
  const [state, setState] = useState<{ data: T | undefined; error: unknown }>({ data: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ data, error: undefined }),
      error: (error) => setState((s) => ({ ...s, error })),
    });
    return () => subscription.unsubscribe();
    // The caller's `deps` say when `query` changes; eslint.config.js checks them where useLiveQuery is called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
