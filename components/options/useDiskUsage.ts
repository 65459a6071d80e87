import { useEffect, useState } from 'preact/hooks';

/**
 * What the extension's storage takes on disk (navigator.storage.estimate(): the corpus is nearly all of
 * it), estimated again whenever `changed` does; undefined until known or where the browser cannot say.
 */
export function useDiskUsage(storage: Pick<StorageManager, 'estimate'>, changed: unknown): number | undefined {
  const [usage, setUsage] = useState<number>();
  useEffect(() => {
    let current = true;
    storage
      .estimate()
      .then((estimate) => current && setUsage(estimate.usage))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [storage, changed]);
  return usage;
}
