import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageParsed, pageShown } from './page-shown';

// pageShown waits on the browser's parsing, painting and frames; here they are stated, to test what it
// waits for in which case (whether the waits are long enough is for the page bench and the e2e tests).
function fakeDocument(readyState: DocumentReadyState, visibilityState: DocumentVisibilityState) {
  const listeners = new Map<string, () => void>();
  vi.stubGlobal('document', {
    readyState,
    visibilityState,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  });
  return { fire: (type: string) => listeners.get(type)?.() };
}

function fakeContext() {
  const frameCallbacks: (() => void)[] = [];
  const ctx = {
    requestAnimationFrame: (callback: () => void) => frameCallbacks.push(callback),
  } as unknown as ContentScriptContext;
  return { ctx, frameCallbacks };
}

/** Whether `promise` has settled once pending tasks (the yield to the page included) have run. */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resume) => setTimeout(resume, 20));
  return done;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('pageParsed', () => {
  it('resolves at once when the document is parsed, else at DOMContentLoaded', async () => {
    fakeDocument('interactive', 'visible');
    expect(await settled(pageParsed())).toBe(true);
    const loading = fakeDocument('loading', 'visible');
    const parsed = pageParsed();
    expect(await settled(parsed)).toBe(false);
    loading.fire('DOMContentLoaded');
    expect(await settled(parsed)).toBe(true);
  });
});

describe('pageShown', () => {
  it('waits for the first frame of a visible page not yet painted', async () => {
    fakeDocument('complete', 'visible');
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([]);
    const { ctx, frameCallbacks } = fakeContext();
    const shown = pageShown(ctx);
    expect(await settled(shown)).toBe(false);
    expect(frameCallbacks).toHaveLength(1);
    frameCallbacks[0]!();
    expect(await settled(shown)).toBe(true);
  });

  it('does not wait for a frame in a hidden tab or on a page already painted', async () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([]);
    fakeDocument('complete', 'hidden');
    const hidden = fakeContext();
    expect(await settled(pageShown(hidden.ctx))).toBe(true);
    expect(hidden.frameCallbacks).toHaveLength(0);

    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{} as PerformanceEntry]);
    fakeDocument('complete', 'visible');
    const painted = fakeContext();
    expect(await settled(pageShown(painted.ctx))).toBe(true);
    expect(painted.frameCallbacks).toHaveLength(0);
  });
});
