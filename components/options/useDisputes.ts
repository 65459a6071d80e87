import { useEffect, useState } from 'preact/hooks';
import { readDisputes, removeDispute, watchDisputes } from '@/extension/page/disputes-store';
import type { Dispute } from '@/lib/disputes';

/** The reader's marks of wrong matches, kept in step with storage (a card in any tab may add one). */
export function useDisputes(): { disputes: Dispute[] | null; remove: (key: string) => void } {
  const [disputes, setDisputes] = useState<Dispute[] | null>(null);
  useEffect(() => {
    readDisputes().then(setDisputes, () => setDisputes([]));
    return watchDisputes(setDisputes);
  }, []);
  return { disputes, remove: (key) => void removeDispute(key) };
}
