/**
 * Work on the page's main thread is cut into slices of a few milliseconds with a yield between them, so
 * the page's own input handling and rendering never wait long behind the extension (no long task).
 */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page's pending work a turn: scheduler.yield where present, else a message-channel hop (no timer clamping). */
export function yieldToPage(): Promise<void> {
  const pageScheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (pageScheduler?.yield) return pageScheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resume();
    channel.port2.postMessage(null);
  });
}

/** Tells a loop when its slice is used up; `pause()` yields and starts the next slice. */
export function sliceClock(sliceMs: () => number = () => SLICE_MS) {
  let started = performance.now();
  return {
    due: () => performance.now() - started > sliceMs(),
    async pause() {
      await yieldToPage();
      started = performance.now();
    },
  };
}

export type SliceClock = ReturnType<typeof sliceClock>;
