/**
 * A value worked out the first time it is asked for and kept, a null or undefined answer too (where `??=` would work
 * it out again each time): for what a claim's sentence tells that only a few pairs ever ask.
 */
export function readOnce<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}
