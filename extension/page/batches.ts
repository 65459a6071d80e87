/** The most characters of page text sent in one message: small enough that neither side blocks for long. */
export const BATCH_CHARS = 32_000;

/**
 * Takes the next batch from `pending` (removing it): blocks the reader can see first, in document order,
 * then the rest, up to `maxChars` (always at least one block).
 */
export function takeBatch<T extends { text: string; visible: boolean }>(pending: T[], maxChars = BATCH_CHARS): T[] {
  const order = [...pending.keys()].sort((a, b) => Number(pending[b]!.visible) - Number(pending[a]!.visible) || a - b);
  const taken = new Set<number>();
  let chars = 0;
  for (const index of order) {
    const length = pending[index]!.text.length;
    if (taken.size > 0 && chars + length > maxChars) break;
    taken.add(index);
    chars += length;
  }
  const batch = [...taken].sort((a, b) => a - b).map((i) => pending[i]!);
  const rest = pending.filter((_, i) => !taken.has(i));
  pending.splice(0, pending.length, ...rest);
  return batch;
}
