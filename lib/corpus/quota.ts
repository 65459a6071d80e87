/** An import refused because the browser's storage quota for the extension is used up. */
export class QuotaError extends Error {
  constructor(
    /** About how many bytes the whole bundle needs. */
    readonly neededBytes: number,
    cause: unknown,
  ) {
    super(`The disk is full: the bundle needs about ${megabytes(neededBytes)}. Nothing was imported.`, { cause });
    this.name = 'QuotaError';
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** IndexedDB's QuotaExceededError, as Dexie passes it on (possibly as the cause of an aborted transaction). */
export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 4; depth++) {
    if (typeof x === 'object' && (x as { name?: unknown }).name === 'QuotaExceededError') return true;
    x = (x as { inner?: unknown; cause?: unknown }).inner ?? (x as { cause?: unknown }).cause;
  }
  return false;
}
