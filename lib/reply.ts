/**
 * Answers a runtime message from async work. Chrome keeps the channel open only when the listener
 * returns `true` synchronously (it ignores a returned promise), so the answer goes through sendResponse.
 */
export function replyWith<T>(work: Promise<T>, sendResponse: (answer: T) => void): true {
  void work.then(sendResponse);
  return true;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
