import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS, sliceClock, yieldToPage } from './slices';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('sliceClock', () => {
  it('is due once its slice has run out, and starts a new slice after the pause', async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = sliceClock();
    expect(clock.due()).toBe(false);
    now += SLICE_MS;
    expect(clock.due()).toBe(false);
    now += 1;
    expect(clock.due()).toBe(true);
    await clock.pause();
    expect(clock.due()).toBe(false);
  });

  it('reads the slice length each time, so a caller can change it between slices', () => {
    let now = 0;
    let slice = 50;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = sliceClock(() => slice);
    now = 20;
    expect(clock.due()).toBe(false);
    slice = 10;
    expect(clock.due()).toBe(true);
  });
});

describe('yieldToPage', () => {
  it("uses the page's scheduler.yield where there is one", async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToPage();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('otherwise resumes after a message-channel hop, without a timer (which browsers clamp)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate'] });
    const channels = vi.spyOn(globalThis, 'MessageChannel');
    await yieldToPage();
    expect(channels).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
